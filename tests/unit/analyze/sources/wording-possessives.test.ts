// "in X’s words/phrase" set off from its sentence gives what is said next to it X's words (pass
// wording-possessives); French and German write the author after the noun of wording (accordingTo:
// "selon les mots de", "mit den Worten von"). A pronoun's words ("in her words") and "in other words" name no one.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'The app offers (in libertarian economist Tyler Cowen’s phrase) “markets in everything”.', ['libertarian economist Tyler Cowen']],
  ['en', 'In the mayor’s words, the plan was “a disaster”.', ['the mayor']],
  ['en', 'In her words, it was “a disaster”. In other words, it failed.', []],
  ['fr', 'Pour reprendre les mots de Jean Dupont, le plan a « échoué ».', ['Jean Dupont']],
  ['de', 'Mit den Worten von Olaf Scholz: „Der Plan ist gescheitert.“', ['Olaf Scholz']],
];

describe('possessive authors of the wording', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
});
