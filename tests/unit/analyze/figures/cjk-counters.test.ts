// Pass "cjk-counters": numbers glued to a Chinese or Japanese counter or date word are one figure each.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // a model's code ("iPhone15"), an ordinal after 第 and a rank with 位 are no counts
  ['ja', 'iPhone15人気、第2次世界大戦、3位に入った。', []],
  ['ja', '東京で3人が死亡し、10月5日に２０１９年の記録を更新した。', [
    { text: '3人', kind: 'count', value: 3 }, { text: '10月5日', kind: 'date', value: '--10-05' }, { text: '２０１９年', kind: 'date', value: '2019' },
  ]],
  ['ja', '3万人が参加、50%増、1500円、80歳。', [
    { text: '3万人', value: 30000 }, { text: '50%', kind: 'percent' }, { text: '1500円', kind: 'money', unit: 'JPY' }, { text: '80歳', kind: 'measure', unit: 'yr' },
  ]],
  ['zh', '北京有3人受伤，5日发布了2019年的数据，共100万元。', [
    { text: '3人' }, { text: '5日', value: '---05' }, { text: '2019年', value: '2019' }, { text: '100万元', kind: 'money', value: 1e6, unit: 'CNY' },
  ]],
  // no CJK character: nothing read here ("5G", "3 people" are the numbers pass's)
  ['en', 'In 2019, 3 people bought 5G phones.', []],
];

describe('cjk-counters', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['cjk-counters']), want));
  // a character outside the BMP next to CJK text: the scan moves on (an empty match there looped for ever)
  it('ends on a text with emoji and ideographs', () => expectFigures(figuresOf('日本 😀 の記事 3人', 'ja', ['cjk-counters']), ['3人']));
});
