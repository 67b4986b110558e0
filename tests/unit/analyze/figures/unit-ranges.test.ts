// A range whose second amount repeats the first's unit ("80% to 90%", "$24 to $28 a pound") is one figure;
// a falling pair and a change opened by "from" stay two.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // a word of change before the first amount makes the pair a change (lexicon changeWords)
  ['en', 'The Fed cut rates 0.25% to 4.5%. The price was cut by $5 to $20.', [{ text: '0.25%' }, { text: '4.5%' }, { text: '$5' }, { text: '$20' }]],
  ['en', 'Customers breathe 80% to 90% pure oxygen; rates of 97%–98%.', [{ text: '80% to 90%', kind: 'range', value: [80, 90] }, { text: '97%–98%', kind: 'range', value: [97, 98] }]],
  ['en', 'Beef sells at $24 to $28 a pound, worth $5 million to $10 million.', [{ text: '$24 to $28 a pound', kind: 'range', value: [24, 28], unit: 'USD/pound' }, { text: '$5 million to $10 million', value: [5e6, 1e7] }]],
  ['de', 'Die Quote liegt bei 5 % bis 7 %.', [{ text: '5 % bis 7 %', kind: 'range', value: [5, 7] }]],
  // a falling pair is a change; "from … to" names a change too; another unit after the second number is another figure
  ['en', 'It fell from 10% to 5%. The split was 100% - 56%. It rose from 3% to 5%. Shares fell 2.3% to 418.6p.', [{ text: '10%' }, { text: '5%' }, { text: '100%' }, { text: '56%' }, { text: '3%' }, { text: '5%' }, { text: '2.3%' }, { text: '418.6p' }]],
  // a price per unit of weight or volume: "a pound", "an ounce", "a gallon"
  ['en', 'Gold traded at $1,472.19 an ounce and gas at $3 a gallon.', [{ text: '$1,472.19 an ounce', unit: 'USD/ounce' }, { text: '$3 a gallon', unit: 'USD/gallon' }]],
];

describe('unit ranges', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['numbers']), want));
});
