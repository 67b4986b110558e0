// Pass "claim-clauses": a claim noun (lexicon claimNouns) with its named author — a possessive before
// it, an agent preposition or a genitive name after it — and the clause of what was claimed is a
// source: the author with the noun. A noun with no author, or a pronoun's, names no one.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const PASSES = ['claim-clauses'];
const CASES: Array<[string, string, string[]]> = [
  ['en', 'The elimination came in light of Van Der Beek’s announcement that his wife had suffered a miscarriage.', ['Van Der Beek’s announcement']],
  ['en', 'Smith’s claim that prices rise is false.', ['Smith’s claim']],
  // a view held, with its author and clause; not a view with a relative clause and no author
  ['en', 'The plan rests on Smith’s belief that markets correct themselves. The house offers a fine view that everyone loves.', ['Smith’s belief']],
  ['de', 'Das widerspricht der Auffassung von Müller, dass die Preise steigen.', ['der Auffassung von Müller']],
  // adjectives between the possessive author and the noun
  ['en', 'Schiff’s astounding assertion that he doesn’t know is odd; Robert Mueller’s own congressional testimony that he was not familiar with it.', ['Schiff’s astounding assertion', 'Robert Mueller’s own congressional testimony']],
  ['en', 'Sunday’s surprise announcement that prices rise; Smith’s company and his claim that it works.', []],
  ['en', 'The confirmation comes despite an earlier declaration by China’s health chiefs that the risk was minimal.', ['an earlier declaration by China’s health chiefs']],
  ['de', 'Die Ankündigung von Müller, dass die Preise sinken, überraschte.', ['Die Ankündigung von Müller']],
  ['fr', 'L’annonce par le ministère que les prix baissent a surpris.', ['L’annonce par le ministère']],
  ['uk', 'Заява Зеленського про те, що війна закінчиться, здивувала.', ['Заява Зеленського']],
  ['ru', 'Заявление Пескова о том, что переговоры идут, удивило.', ['Заявление Пескова']],
  // no author, a pronoun's, a time, or no clause: nothing
  ['en', 'The claim that vaccines cause autism is false. His announcement that he quits surprised.', []],
  ['en', 'The statement Monday that prices rise was wrong. Smith’s announcement came late.', []],
];

describe('claim-clauses', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, PASSES))).toEqual(want);
  });
});
