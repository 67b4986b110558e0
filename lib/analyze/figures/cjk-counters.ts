// Pass: numbers glued to a CJK counter or date word ("3人", "5日", "２０１９年", "10月5日", "3万人", "50%").
// Chinese and Japanese write no space between a number and what it counts, and a number stands between
// two ideographs, so the numbers pass (which takes a letter touching a number for a model's code: "G7",
// "5G") read none of them. Here a run of digits (ASCII or full-width) with its counter is one figure:
// a date from the year, month and day words; an age; money; a share; else a count. No lexicon has
// these languages, so the counters are this pass's own table; a text with no CJK character is skipped.
import { pushFigure, type FigureContext, type FigurePass } from './types';
import type { FigureKind } from '../types';

const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
// digits, ASCII or full-width, with decimals ("1.5", "１．５")
const NUM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
// a date: year, month and day words, at least one ("2019年", "10月5日", "2019年10月")
// (the look-ahead makes every match hold a number and its word: an empty match at every character stepped
// back into a surrogate pair under the u flag and never moved on)
const DATE = `(?=${NUM}[年月日])(?:(${NUM})年)?(?:(${NUM})月)?(?:(${NUM})日)?`;
// scale words between the number and its counter
const SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 千: 1e3 };
// counters and their kind (and unit): people, things, ages, money, shares
const COUNTERS: Record<string, [FigureKind, string?]> = {
  人: ['count'], 名: ['count'], 件: ['count'], 個: ['count'], 个: ['count'], 台: ['count'], 回: ['count'], 次: ['count'], 本: ['count'], 枚: ['count'], 頭: ['count'], 匹: ['count'], 戸: ['count'], 棟: ['count'], 社: ['count'], 校: ['count'], か国: ['count'], カ国: ['count'], 国: ['count'],
  歳: ['measure', 'yr'], 岁: ['measure', 'yr'], 年間: ['measure', 'yr'], か月: ['measure', 'mo'], カ月: ['measure', 'mo'], ヶ月: ['measure', 'mo'], 日間: ['measure', 'd'], 時間: ['measure', 'h'], 分間: ['measure', 'min'], 週間: ['measure', 'wk'],
  円: ['money', 'JPY'], 元: ['money', 'CNY'], ドル: ['money', 'USD'], 美元: ['money', 'USD'], ユーロ: ['money', 'EUR'], 欧元: ['money', 'EUR'],
  '%': ['percent', '%'], '％': ['percent', '%'], キロ: ['measure', 'km'], 公里: ['measure', 'km'], トン: ['measure', 't'], 吨: ['measure', 't'], 度: ['measure', '°'],
};
const COUNTER_ALT = Object.keys(COUNTERS).sort((a, b) => b.length - a.length).join('|');
const SCALE_ALT = Object.keys(SCALES).join('|');
// (not after a Latin letter, a model's code: "iPhone15人気", nor after 第, an ordinal: "第2次世界大戦"; 位 is a rank, no counter)
const RE = new RegExp(`(?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ第])(?:(${NUM})(${SCALE_ALT})?(${COUNTER_ALT})|${DATE})`, 'gu');

/** A number with full-width digits and point read as ASCII. */
const num = (s: string) => Number(s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
const pad = (n: number) => String(n).padStart(2, '0');

/** The date value of year, month and day words ("2019", "2019-10-05", "--10-05", "---05"), or null. */
function dateValue(y?: string, m?: string, d?: string): string | null {
  const mo = m ? num(m) : null;
  const day = d ? num(d) : null;
  if ((mo != null && (mo < 1 || mo > 12)) || (day != null && (day < 1 || day > 31))) return null;
  if (y && !/^\d{4}$/.test(String(num(y)))) return null;
  if (y) return [String(num(y)), mo != null ? pad(mo) : null, mo != null && day != null ? pad(day) : null].filter(Boolean).join('-');
  if (mo != null) return day != null ? `--${pad(mo)}-${pad(day)}` : `--${pad(mo)}`;
  return `---${pad(day!)}`;
}

export const cjkCounters: FigurePass = {
  name: 'cjk-counters',
  run(ctx) {
    const { text } = ctx;
    if (!HAS_CJK.test(text)) return;
    RE.lastIndex = 0;
    for (let m = RE.exec(text); m; m = RE.exec(text)) {
      if (!m[0]) {
        RE.lastIndex += (text.codePointAt(RE.lastIndex) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      const end = m.index + m[0].length;
      if (m[1]) {
        const [kind, unit] = COUNTERS[m[3]];
        pushFigure(ctx, m.index, end, kind, num(m[1]) * (m[2] ? SCALES[m[2]] : 1), unit);
      } else {
        const v = dateValue(m[4], m[5], m[6]);
        if (v) pushFigure(ctx, m.index, end, 'date', v);
      }
    }
  },
};
