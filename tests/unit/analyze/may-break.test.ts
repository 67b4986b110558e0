// lib/analyze/may-break.ts finds what `line.search(MAY_BREAK)` finds: pinned on every BMP character
// alone, on astral terminals and lone surrogates, and on 20,000 random strings mixing them.
import { describe, expect, it } from 'vitest';
import { firstMayBreak, MAY_BREAK } from '../../../lib/analyze/may-break';

/** A pseudo-random sequence (fixed seed): the same strings on every run. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
}

const PIECES = ['a', ' ', 'word', '.', '!', '?', '\r', '\n', '。', '…', '؟', '।', '\u0085', '\u2028', '\u2029', '𑁇', '𖺘', '😀', '\ud804', '\udc47', 'é', '“', '1,2'];

describe('firstMayBreak', () => {
  it('answers every BMP character as the regex does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `ab${String.fromCharCode(c)}cd`;
      expect(firstMayBreak(s), `U+${c.toString(16)}`).toBe(s.search(MAY_BREAK));
    }
  });

  it('finds the first break of random lines', () => {
    const rand = rng(11);
    for (let k = 0; k < 20_000; k++) {
      const s = Array.from({ length: Math.floor(rand() * 10) }, () => PIECES[Math.floor(rand() * PIECES.length)]).join('');
      expect(firstMayBreak(s), JSON.stringify(s)).toBe(s.search(MAY_BREAK));
    }
  });
});
