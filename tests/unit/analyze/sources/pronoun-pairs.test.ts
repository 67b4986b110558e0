// Cues (./lib/analyze/sources/pronoun-pairs.ts): a subject pronoun joined to a named subject by "and" is one subject
// with it, labelled whole as the gold labels coordinated subjects ("Paganini and his team").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'You can make an even bigger difference by increasing your income, he and his wife Kali explained on an episode of their podcast.', ['he and his wife Kali']],
  ['de', 'Er und seine Frau Kali erklärten, dass es vorbei sei.', ['Er und seine Frau Kali']],
  ['ru', 'Он и его жена Кали заявили, что все кончено.', ['Он и его жена Кали']],
  // a partner naming no one is the source alone, as before
  ['en', 'She and her husband told CNN the house burned.', ['her husband']],
  ['de', 'Er und seine Frau erklärten, dass es vorbei sei.', ['seine Frau']],
  // a pronoun alone is no source; a pronoun not opening its clause is not joined
  // … and the pair word goes with the pronoun
  ['en', 'He said that it was over. Then they and the ministry said that it was over.', ['the ministry']],
  ['en', 'They and the ministry said that it was over.', ['the ministry']],
];

describe('pronoun pairs', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
