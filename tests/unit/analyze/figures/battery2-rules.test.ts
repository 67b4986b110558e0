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

const ERA_PERIODS: Case[] = [
  ['de', 'Mitte der 1990er-Jahre wurde das Werk geschlossen.', [{ text: 'Mitte der 1990er-Jahre', kind: 'date', value: '1990s' }]],
  ['en', 'Sales fell in the mid-1990s and again at the end of the 19th century.', ['mid-1990s', { text: 'the end of the 19th century', value: 'C19' }]],
  ['fr', 'Au début des années 2000, le groupe a changé.', ['début des années 2000']],
  ['ru', 'В середине 2000-х годов цены были ниже.', ['середине 2000-х годов']],
  ['uk', 'У середині 2000-х ціни були нижчими.', ['середині 2000-х']],
];

const YEAR_RANGES: Case[] = [
  ['en', 'Inflation averaged 2.1% between 2015 and 2019, and 3% in 2020 and 2021.', ['2.1%', { text: 'between 2015 and 2019', kind: 'date', value: '2015–2019' }, '3%', '2020', '2021']],
  ['de', 'Zwischen 2019 und 2022 stieg die Zahl.', [{ text: 'Zwischen 2019 und 2022', value: '2019–2022' }]],
  ['fr', 'Les ventes ont progressé entre 2021 et 2023.', ['entre 2021 et 2023']],
  // (the range's year word in the instrumental, lexicon yearWords)
  ['ru', 'Между 2014 и 2022 годами население сократилось.', ['Между 2014 и 2022 годами']],
  ['uk', 'Між 2014 і 2022 роками населення скоротилося.', ['Між 2014 і 2022 роками']],
];

describe('figure battery 2 rules', () => {
  it.each(ERA_PERIODS)('a period word before a decade or century (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(YEAR_RANGES)('a range of years with its opener (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(NOUN_BEFORE_AMOUNT)('a capitalised noun before an amount (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
