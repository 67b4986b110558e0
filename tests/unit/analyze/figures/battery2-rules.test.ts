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

const DANGLING_LINK: Case[] = [
  // a scale read with its link to a currency ("millions d'") before a noun that is no unit: the link stays out
  ['fr', "La France compte 68 millions d'habitants et 2 millions de chômeurs.", [{ text: '68 millions', kind: 'count', value: 68e6 }, '2 millions']],
  ['fr', "Le budget prévoit 3 milliards d'euros.", [{ text: "3 milliards d'euros", kind: 'money' }]],
];

const HALF_YEARS: Case[] = [
  ['ru', 'В первом полугодии выручка выросла на 8,5%.', [{ text: 'первом полугодии', kind: 'date', value: 'H1' }, '8,5%']],
  ['de', 'Im zweiten Halbjahr stieg der Umsatz.', [{ text: 'zweiten Halbjahr', value: 'H2' }]],
  ['fr', 'Au premier semestre, les ventes ont reculé.', ['premier semestre']],
  // with its year the years pass reads it whole, year word and all
  ['ru', 'Во втором полугодии 2024 года спрос упал.', ['втором полугодии 2024 года']],
];

const FIFTHS: Case[] = [
  // "a fifth", "a tenth" are shares; before a noun they are ordinals ("a fifth term"), as "a third" is
  ['en', 'Sales fell by a fifth, and a tenth of the staff left.', [{ text: 'a fifth', kind: 'percent', value: 20 }, { text: 'a tenth', value: 10 }]],
  ['en', 'He won a fifth term on a tenth straight day of rain.', []],
];

const PERIOD_BEFORE_MONTH: Case[] = [
  // the period word stays with a bare month, the plain preposition before it goes
  ['de', 'Seit Anfang März und bis Ende Mai gilt die Regel.', ['Anfang März', 'Ende Mai']],
];

const BEFORE_HYPHEN_ADJECTIVE: Case[] = [
  // a number word before a number's hyphenated adjective counts what it describes; before a bare number it stays out
  ['en', 'Police arrested two 17-year-old boys; two 17 were named.', ['two', '17-year-old', '17']],
  ['ru', 'Задержаны трое 17-летних подростков.', [{ text: 'трое', kind: 'count', value: 3 }, '17-летних']],
];

describe('figure battery 2 rules', () => {
  it.each(BEFORE_HYPHEN_ADJECTIVE)('a number word before a hyphenated adjective (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(HALF_YEARS)('a half-year without its year (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(FIFTHS)('a fifth and a tenth (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(PERIOD_BEFORE_MONTH)('a period word before a month (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(DANGLING_LINK)('a scale\'s link before no unit (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it.each(NOUN_BEFORE_AMOUNT)('a capitalised noun before an amount (%s): %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
