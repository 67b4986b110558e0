// lib/analyze/sorted.ts: the binary searches every offset lookup of the analysis goes through,
// checked against a linear scan on arrays with runs of equal keys, empty arrays and keys outside.
import { describe, expect, it } from 'vitest';
import { firstAfter, firstAtOrAfter } from '../../../lib/analyze/sorted';

/** Ascending arrays with repeats: every length up to 12, values 0…5 (a fixed pseudo-random walk). */
function arrays(): number[][] {
  const out: number[][] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 3;
  for (let n = 0; n <= 12; n++)
    for (let r = 0; r < 8; r++) {
      const xs: number[] = [];
      for (let i = 0, v = 0; i < n; i++) xs.push((v += next()));
      out.push(xs);
    }
  return out;
}

describe('firstAtOrAfter / firstAfter', () => {
  it('agree with a linear scan, with and without a key', () => {
    for (const xs of arrays())
      for (let x = -1; x <= (xs[xs.length - 1] ?? 0) + 1; x += 0.5) {
        const atOrAfter = xs.findIndex((v) => v >= x);
        const after = xs.findIndex((v) => v > x);
        expect(firstAtOrAfter(xs, x)).toBe(atOrAfter < 0 ? xs.length : atOrAfter);
        expect(firstAfter(xs, x)).toBe(after < 0 ? xs.length : after);
        const items = xs.map((s) => ({ s }));
        expect(firstAtOrAfter(items, x, (t) => t.s)).toBe(firstAtOrAfter(xs, x));
        expect(firstAfter(items, x, (t) => t.s)).toBe(firstAfter(xs, x));
      }
  });

  it('take the first of equal keys at or after, and skip all of them after', () => {
    const xs = [1, 3, 3, 3, 5];
    expect(firstAtOrAfter(xs, 3)).toBe(1);
    expect(firstAfter(xs, 3)).toBe(4);
    expect(firstAtOrAfter([], 3)).toBe(0);
    expect(firstAfter(xs, 9)).toBe(5);
  });
});
