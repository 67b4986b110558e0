// Pass "number-adjectives": a number and a unit written as one adjective are a measure, in the
// languages whose lexicon lists the prefixes and stems (ru, uk, de); English joins them with a hyphen.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['ru', 'Президент прибыл с двухдневным визитом; ему дали трехлетний срок и пятипроцентную надбавку.', [{ text: 'двухдневным', kind: 'measure', value: 2, unit: 'd' }, { text: 'трехлетний', value: 3, unit: 'yr' }, { text: 'пятипроцентную', value: 5, unit: '%' }]],
  ['uk', "Дводенний візит; п'ятирічний термін; сторічний ювілей.", [{ text: 'Дводенний', value: 2, unit: 'd' }, { text: "п'ятирічний", value: 5, unit: 'yr' }, { text: 'сторічний', value: 100, unit: 'yr' }]],
  ['de', 'Die zweitägige Konferenz und ein Dreijähriger; eine dreifache Erhöhung.', [{ text: 'zweitägige', value: 2, unit: 'd' }, { text: 'Dreijähriger', value: 3, unit: 'yr' }, { text: 'dreifache', value: 3, unit: '×' }]],
  // a prefix alone, or a word that only starts like one, is no figure
  ['ru', 'Летний отдых; десятилетие; Семипалатинск.', []],
  ['de', 'Achtung: der Elfmeter, die Dreiecke.', []],
  ['en', 'A two-day visit.', []],
];

describe('number-adjectives', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['number-adjectives']), want));
});
