// Rules added for the second figure battery (tests/fixtures/figure-battery-2), one test each: every
// case below failed before its rule.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const NOUN_BEFORE_AMOUNT: Case[] = [
  // the subject after the verb, then the amount: no "Konzern 1" name
  ['de', 'Im dritten Quartal verdiente der Konzern 1,4 Mrd. Euro.', ['dritten Quartal', { text: '1,4 Mrd. Euro', kind: 'money', value: 1.4e9 }]],
  ['de', 'Im Mai zahlte die Bank 500 Euro.', ['Im Mai', { text: '500 Euro', kind: 'money', value: 500 }]],
  // a name's number stands alone
  ['de', 'Paragraf 218 wird seit Jahren diskutiert.', []],
];

describe('figure battery 2 rules', () => {
  it.each(NOUN_BEFORE_AMOUNT)('a capitalised noun before an amount (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
