// Pass "word-ranges": a range whose first end is written in words is one figure, with its opener.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const ALL = ['numbers', 'spelled', 'one-counts', 'word-ranges'];

const CASES: Case[] = [
  ['en', 'Repairs take two to three weeks; the trial lasted between four and six months.', [
    { text: 'two to three weeks', kind: 'range', value: [2, 3], unit: 'wk' },
    { text: 'between four and six months', kind: 'range', value: [4, 6] },
  ]],
  ['en', 'Expect one to five days of rain and five to 10 percent more costs.', [
    { text: 'one to five days', kind: 'range', value: [1, 5] },
    { text: 'five to 10 percent', kind: 'range', value: [5, 10] },
  ]],
  // the scale of the second end is the first's; a fall is no range, nor two numbers listed apart
  ['en', 'From two to three million visitors came. The lead went from four to two, and two or three times.', [
    { text: 'From two to three million', kind: 'range', value: [2e6, 3e6] },
    { text: 'four' },
    { text: 'two' },
    { text: 'two' },
    { text: 'three times' },
  ]],
  ['de', 'Die Reparatur dauert zwei bis drei Wochen, zwischen vier und sechs Monate, ein bis zwei Tage.', [
    { text: 'zwei bis drei Wochen', kind: 'range', value: [2, 3] },
    { text: 'zwischen vier und sechs Monate', kind: 'range', value: [4, 6] },
    { text: 'ein bis zwei Tage', kind: 'range', value: [1, 2] },
  ]],
  ['fr', 'Il faut de deux à trois semaines, entre un et cinq jours.', [
    { text: 'de deux à trois semaines', kind: 'range', value: [2, 3] },
    { text: 'entre un et cinq jours', kind: 'range', value: [1, 5] },
  ]],
  // "до" alone is "up to": only with its opener
  ['uk', 'Ремонт триває від двох до трьох тижнів, а до п’яти років ніхто не чекає.', [
    { text: 'від двох до трьох тижнів', kind: 'range', value: [2, 3] },
    { text: 'п’яти років' },
  ]],
  ['ru', 'Ремонт длится от двух до трёх недель.', [{ text: 'от двух до трёх недель', kind: 'range', value: [2, 3] }]],
];

describe('word-ranges', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ALL), want));
});

// One lexicon table (`rangePairs`) gives the range words of every pass: numbers, word ranges, times and days of a month.
describe('range pairs: one table, read per use', async () => {
  const { LEXICONS } = await import('../../../../lib/analyze/lexicons');
  const { numberRangePairs, rangeToWords, dayRangePairs } = await import('../../../../lib/analyze/lexicons/range-pairs');
  it('keeps each use its own pairs', () => {
    expect([...rangeToWords(LEXICONS.en)]).toEqual(['to']);
    expect([...rangeToWords(LEXICONS.uk)]).toEqual([]);
    expect(numberRangePairs(LEXICONS.fr).map((p) => p.slice(0, 2).join('…'))).toEqual(['de…à', 'entre…et']);
    expect(dayRangePairs(LEXICONS.fr).map((p) => p.slice(0, 2).join('…'))).toEqual(['du…au', 'entre…et', '…au']);
    expect(numberRangePairs(LEXICONS.ru).some(([o]) => o === 'между')).toBe(false);
    expect(dayRangePairs(LEXICONS.en).map((p) => p.slice(0, 2).join('…'))).toContain('from…through');
  });
});
