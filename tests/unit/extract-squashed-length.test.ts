// lib/extract/squashed-length.ts answers `squash(el.textContent).length <= limit` without building
// the text: pinned against that expression on trees of text, white space of every kind, comments and
// nesting, at every limit around the true length.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { squashedLengthAtMost } from '../../lib/extract/squashed-length';

const squash = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();

const PARTS = ['a', 'word', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é', '😀', '.', '<b>x</b>', '<i> </i>', '<!-- c -->', '<span>in <em>side</em> </span>', '<p></p>'];

/** A pseudo-random sequence (fixed seed): the same trees on every run. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
}

describe('squashedLengthAtMost', () => {
  it('gives the answer of squash(textContent).length <= limit', () => {
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    const rand = rng(7);
    for (let k = 0; k < 400; k++) {
      const div = document.createElement('div');
      div.innerHTML = Array.from({ length: Math.floor(rand() * 12) }, () => PARTS[Math.floor(rand() * PARTS.length)]).join('');
      const len = squash(div.textContent).length;
      for (const limit of [0, len - 2, len - 1, len, len + 1, 1000]) {
        if (limit < 0) continue;
        expect(squashedLengthAtMost(div, limit), `${JSON.stringify(div.innerHTML)} at ${limit}`).toBe(len <= limit);
      }
    }
  });

  it('stops reading past the limit', () => {
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    const div = document.createElement('div');
    div.innerHTML = '<p>one two</p>'.repeat(1000);
    expect(squashedLengthAtMost(div, 1000)).toBe(false);
    expect(squashedLengthAtMost(div, 7999)).toBe(true);
  });
});
