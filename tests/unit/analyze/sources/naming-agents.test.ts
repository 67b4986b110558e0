// The agent of a participle of naming with a quotation of at least two words right before it is the source
// ("Called a “violent rhythm game” by its creators"); a nickname ("Called “Bob” by friends") and a quotation
// followed by more words before "by" ("called “feather duvet lung,” a type of inflammation caused by") are not.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Called a “violent rhythm game” by its creators, the title sold well.', ['its creators']],
  ['en', 'Described as “a masterpiece” by critics, the film opened in May.', ['critics']],
  ['en', 'Called “Bob” by friends, he was quiet.', []],
  ['en', 'He had what is called “feather duvet lung,” a type of inflammation caused by an immune response.', []],
  ['fr', 'Qualifié de « jeu de rythme violent » par le ministre, le titre s’est bien vendu.', ['le ministre']],
];

describe('agents of naming participles', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
});
