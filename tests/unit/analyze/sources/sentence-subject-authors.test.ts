// Cues (lib/analyze/sources/sentence-subject.ts docAuthorLink): the subject a sentence opens with, read for a verb far
// from it, keeps a document's author joined by its link word ("Research from my6sense, which …, has proved that").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Research from my6sense, which is enabling over 100 clients to improve performance and has proved that widgets work.', ['Research from my6sense']],
  ['en', 'A report by the IMF is out and has warned that growth slows.', ['A report by the IMF']],
  // a lower-case word after the link word is no author
  ['en', 'Research from the lab is out and has shown that it works.', ['Research']],
];

describe('sentence subject with a document author', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
