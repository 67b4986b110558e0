// Cues (lib/analyze/sources/cues.ts adjectiveHere): a participle after a possessive noun and before a noun is an
// adjective, also before a name ("Stadia’s recommended Chromecast Ultra"); after "’s" meaning "has" it is a verb.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Those playing through Stadia’s recommended Chromecast Ultra will be treated to a 30fps experience.', []],
  ['en', 'Google’s recommended that users update.', ['Google’s']],
  // a company's name with its "’s" as the clause's subject, before its object's name
  ['en', 'Moody’s warned Britain that its rating could be cut. Then Macy’s reported Black Friday sales rose 5%.', ['Moody’s', 'Macy’s']],
];

describe('possessive adjectives', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
