// Pass "signs": a minus word before a temperature is its sign, in every language, as "-3 °C" in digits is.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['en', 'It was minus 3 degrees outside, or -3 °C; minus three degrees at night.', [
    { text: 'minus 3 degrees', kind: 'measure', value: -3, unit: '°' }, { text: '-3 °C', value: -3 }, { text: 'minus three degrees', value: -3 },
  ]],
  ['de', 'Es waren minus drei Grad. Minus 5 Grad morgen.', [{ text: 'minus drei Grad', kind: 'measure', value: -3, unit: '°' }, { text: 'Minus 5 Grad', value: -5 }]],
  // "au moins": at least, no sign
  ['fr', 'Il faisait moins trois degrés, et au moins trois degrés hier.', [{ text: 'moins trois degrés', kind: 'measure', value: -3 }, { text: 'trois degrés', value: 3 }]],
  ['ru', 'Температура минус три градуса.', [{ text: 'минус три градуса', kind: 'measure', value: -3, unit: '°' }]],
  ['uk', 'Було мінус три градуси.', [{ text: 'мінус три градуси', kind: 'measure', value: -3, unit: '°' }]],
  // not a temperature: an operation, the amount alone
  ['en', 'The price minus 20% is what you pay.', [{ text: '20%', value: 20 }]],
  // a tolerance: "plus or minus" is no sign (lexicon plusMinusWords)
  ['en', 'Accurate to plus or minus 3 degrees.', [{ text: '3 degrees', value: 3 }]],
  ['de', 'Genau auf plus oder minus 3 Grad.', [{ text: '3 Grad', value: 3 }]],
  ['fr', 'À plus ou moins 3 degrés près.', [{ text: '3 degrés', value: 3 }]],
  ['ru', 'Точность плюс-минус 3 градуса.', [{ text: '3 градуса', value: 3 }]],
  ['uk', 'Точність плюс-мінус 3 градуси.', [{ text: '3 градуси', value: 3 }]],
];

describe('pass: signs', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it('without the pass the word is left out', () => {
    const got = figuresOf('Температура минус три градуса.', 'ru', ['spelled']);
    expect(got.map((f) => [f.text, f.value])).toEqual([['три градуса', 3]]);
  });
});
