// Pass "one-counts": "one" before a noun is a count where the sentence counts (a limiter or an
// approximator before it, a unit after it, another number listed before it); a pronoun, "a
// certain" ("one user quipped") and a name ("Formula One") are not. (Run after the numbers and
// spelled passes, whose figures a listed "one" follows.)
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['en', 'A cell held 155 men with only one toilet; at least one explanation; more than one night.', ['155', { text: 'one', kind: 'count', value: 1 }, { text: 'one', value: 1 }, { text: 'one', value: 1 }]],
  ['en', 'It lasts one hour more.', [{ text: 'one hour', kind: 'measure', unit: 'h' }]],
  ['en', 'Two county warrants, one out-of-county warrant and a fine.', ['Two', { text: 'one', kind: 'count' }]],
  // a pronoun, "a certain", an idiom, a name
  ['en', 'One of the experts left; no one came; “we’d be higher,” one user quipped; I have one myself; Formula One; only one of them; one another.', []],
  ['uk', 'Загинула лише одна людина. Один із постраждалих помер.', [{ text: 'одна', kind: 'count' }]],
  ['ru', 'Погиб только один человек. Один из них ранен.', [{ text: 'один', kind: 'count' }]],
  // where "one" is also the article, there is no such count
  ['de', 'Nur ein Mensch starb.', []],
];

describe('one-counts', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['numbers', 'spelled', 'one-counts']), want));
});
