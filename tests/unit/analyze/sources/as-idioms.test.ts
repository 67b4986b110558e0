// Pass "as-idioms": the name in an as-clause closed by an idiom of wording ("As Gaiman put it, …",
// "wie Müller es formulierte", "comme le formule Macron", "как выразился Путин") is the origin of the claim.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'As the novelist Terry Pratchett once put it, the plan was doomed.', ['the novelist Terry Pratchett']],
  ['en', 'Prices rose, as one analyst put it, sharply.', ['one analyst']],
  ['de', 'Wie der Minister es ausdrückte, ist das Projekt gescheitert.', ['der Minister']],
  ['fr', 'Comme le formule l’économiste Jean Dupont, le projet a échoué.', ['l’économiste Jean Dupont']],
  ['ru', 'Проект, как выразился министр финансов, провалился.', ['министр финансов']],
  ['uk', 'Як висловився прем’єр-міністр, проєкт провалився.', ['прем’єр-міністр']],
  // not: a pronoun, an idiom that does not close its clause, no as-word, an as-word inside a clause
  ['en', 'As he put it, the plan was doomed. As Smith put it down, the cup broke.', []],
  ['en', 'Smith put it on the table. He sat down as Jones put it away.', []],
];

describe('as-idioms', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['as-idioms']))).toEqual(want);
  });
});
