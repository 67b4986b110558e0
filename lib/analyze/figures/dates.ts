// Pass: dates with a month name ("1 October", "September 12, 2024", "3. Oktober 2024",
// "16 вересня 2024 року"), ISO dates and numeric dates ("03.10.2024"); a bare month only with its
// preposition ("in May"), and never a month word that is usually something else ("may", "march").
import { T } from '../text';
import { isoDate } from './compile';
import { before } from './context-words';
import { pushFigure, type FigureContext, type FigurePass } from './types';

export const dates: FigurePass = {
  name: 'dates',
  run(ctx) {
    const { F, text } = ctx;
    for (const tok of ctx.tokens) {
      // "mid-December" is one token: the month starts after its joined preposition
      const hy = tok.t === T.Word ? tok.lc.indexOf('-') + 1 : 0;
      const joined = hy > 0 && F.hyphenPreps.has(tok.lc.slice(0, hy)) && F.monthMap.has(tok.lc.slice(hy));
      if (tok.t !== T.Num && !(tok.t === T.Word && F.monthMap.has(tok.lc)) && !joined) continue;
      if (ctx.used[tok.s]) continue;
      F.date.lastIndex = joined ? tok.s + hy : tok.s;
      const m = F.date.exec(text);
      if (m) dateMatch(ctx, m);
    }
  },
};

function dateMatch(ctx: FigureContext, m: RegExpExecArray): void {
  const { F, text, lex } = ctx;
  let start = m.index;
  const end = m.index + m[0].length;
  let y: number | null = null;
  let mo: number | null = null;
  let d: number | null = null;
  let monthTok: string | undefined;
  if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if (m[4]) {
    // d.m.yyyy, d/m/yyyy; m/d/yyyy where the month is written first, when the first part can be a month
    [d, mo, y] = [+m[4], +m[6], +m[7]];
    if (lex.monthBeforeDay && m[5] === '/' && mo <= 12 && d <= 12) [d, mo] = [mo, d];
    else if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else if (m[8]) {
    d = +m[8];
    monthTok = m[9];
    y = m[10] ? +m[10] : null;
  } else if (m[11]) {
    monthTok = m[11];
    d = +m[12];
    y = m[13] ? +m[13] : null;
  } else if (m[14]) {
    monthTok = m[14];
    y = m[16] ? +m[16] : null;
  }
  if (monthTok) {
    mo = F.monthMap.get(monthTok.toLowerCase()) ?? null;
    if (!mo) return;
    if (lex.capitalisedMonths && !/^\p{Lu}/u.test(monthTok)) return; // "may", "march" as words
    if (!y && !d) {
      // a bare month keeps its preposition; a short or ambiguous one is a date only with it
      const prep = F.datePrepBefore.exec(before(ctx, start));
      // "the March high": after an article, a capitalised month is one
      const det = F.determinerBefore.test(before(ctx, start, 12)) && /^\p{Lu}/u.test(monthTok);
      if (prep) {
        start -= prep[0].length;
        // "in mid-December": a preposition before the joined one
        const outer = prep[0].endsWith('-') ? F.datePrepBefore.exec(before(ctx, start)) : null;
        if (outer && !outer[0].endsWith('-')) start -= outer[0].length;
      } else if (!det && (monthTok.length <= 3 || lex.ambiguousMonths.includes(monthTok.toLowerCase()))) return;
    }
  }
  const value = isoDate(y ?? ctx.year ?? null, mo, d);
  if (!value) return;
  // "October." and "in May." end a sentence: the dot belongs to the month only when it is abbreviated
  const sentenceDot = !!monthTok && ((monthTok.length > 3 || !abbreviates(F.monthMap, monthTok)) && /^(?:[\s\u00a0]+\p{Lu}|\s*$|\n)/u.test(text.slice(end, end + 3)));
  const e2 = text[end - 1] === '.' && sentenceDot ? end - 1 : end;
  pushFigure(ctx, start, e2, 'date', value);
}

/** Whether a month word is a shortening of a longer one ("Jun" of "June"; not "May", "Mai", "mai"). */
function abbreviates(months: Map<string, number>, word: string): boolean {
  const lc = word.toLowerCase();
  const month = months.get(lc);
  for (const [name, n] of months) if (n === month && name.length > lc.length && name.startsWith(lc)) return true;
  return false;
}
