// Cues (./lib/analyze/sources/trusted-persons.ts): "believe" with a person as its object and no clause after means
// trusting that person; nothing is reported ("the manager believed the waitress, who said …" — the waitress reports).
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'My husband called him later, but the manager believed the waitress, who said that I started it.', ['the waitress']],
  ['en', 'She believed Trump. The jury believed the witness.', []],
  // not: a clause after the object, with or without "that"
  ['en', 'The manager believed the waitress was lying. Analysts believe the economy will recover. Experts believe that it spread.', ['The manager', 'Analysts', 'Experts']],
];

describe('trusted persons', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
