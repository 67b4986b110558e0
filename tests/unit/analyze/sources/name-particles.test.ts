// A surname's lower-case particles (lexicon `nameParticles`: "de", "van der", "фон") belong to the name where it is
// read as a run of capitalised words: a possessive author ("de Miranda’s notion that" gave "Miranda’s notion") and a
// name set off by commas after its role ("The author, de Miranda, said" lost the subject and listed "the city matters").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Critics cite de Miranda’s notion that cities shape their people.', ['de Miranda’s notion']],
  ['en', 'He cited van der Berg’s claim that the plan failed.', ['van der Berg’s claim']],
  ['en', 'The author, de Miranda, said the city matters.', ['The author, de Miranda']],
  ['fr', 'L’auteur, de Miranda, a déclaré que la ville compte.', ['L’auteur, de Miranda']],
  ['ru', 'Глава комиссии, фон дер Ляйен, заявила, что план провалился.', ['Глава комиссии, фон дер Ляйен']],
];

describe('name particles', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
});
