// lib/extract/words.ts counts words in one pass with a class table; it must count exactly what the
// word regex it replaced counts, on every kind of character (letters, digits, marks, apostrophes,
// hyphens, CJK, astral letters and digits, lone surrogates, white space, punctuation).
import { describe, expect, it } from 'vitest';
import { countWords } from '../../lib/extract/words';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const byRegex = (text: string) => text.match(WORD)?.length ?? 0;

const PIECES = [
  'a', 'Z', 'é', 'e\u0301', '\u0301', 'ß', 'я', 'Ї', '中', '文', '٣', '7', '½', "'", '’', '_', '-', '‑', '.', ',', ' ', '\n', '\u00a0',
  '𝐀', '𝟙', '😀', '\ud835', '\udc00', '"', '—', '\u200b', '\u0300', 'ﬁ', 'ǅ',
];

/** A deterministic pseudo-random text of `n` pieces (xorshift). */
function randomText(seed: number, n: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += PIECES[(x >>> 0) % PIECES.length];
  }
  return s;
}

describe('countWords', () => {
  it('counts what the word regex counts', () => {
    for (const t of ['', 'one', 'one two', "don't stop-me now_", '-- a -b- \'c\' ’d', 'e\u0301te ́x', '中文 字', '𝐀𝐁 𝟙2', '\ud835 a \udc00b']) {
      expect(countWords(t), JSON.stringify(t)).toBe(byRegex(t));
    }
  });

  it('agrees with the regex on 2,000 random texts of every character class', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const t = randomText(seed, 1 + (seed % 60));
      expect(countWords(t), JSON.stringify(t)).toBe(byRegex(t));
    }
  });
});
