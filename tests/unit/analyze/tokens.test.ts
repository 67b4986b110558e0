// The tokenizer (lib/analyze/text.ts) scans character codes by hand; its tokens must be exactly those
// of the regex it replaced, kept here as the reference: same offsets, kinds and blocks, on every BMP
// code unit, on astral code points and lone surrogates, and on random mixes of the characters
// where the two could part (joiners, marks, other scripts' digits, line feeds).
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, tokenize } from '../../../lib/analyze/text';

const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-’'.·‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\n\n+|[^\s\p{L}\p{N}]/gu;

/** "start:end:kind:block" of each token, read with the reference regex. */
function reference(text: string): string {
  const out: string[] = [];
  let block = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const v = m[0];
    if (v.charCodeAt(0) === 10) {
      block++;
      continue;
    }
    const kind = /^[\p{L}\p{M}]/u.test(v) ? 1 : /^\p{N}/u.test(v) ? 2 : 3;
    out.push(`${m.index}:${m.index + v.length}:${kind}:${block}`);
  }
  return out.join(' ');
}

const scanned = (text: string) =>
  tokenize(text)
    .map((t) => `${t.s}:${t.e}:${t.t}:${t.block}`)
    .join(' ');

const CHARS = ['a', 'B', 'é', 'Ж', '1', '٣', '½', '²', 'Ⅻ', '\u0301', '\u0903', '-', '’', "'", '.', '·', '‑', ',', ' ', '\u00a0', '\n', '\t', '“', '%', '😀', '𝐀', '𝟙', '\ud800', '\udc00', '\u2028', 'ǅ', 'İ'];

describe('tokenize', () => {
  it('reads words, numbers, punctuation and block breaks as the reference regex does', () => {
    for (const text of ['rk.gov.ru, U.N. and l’Insee', '1,200.50 or 3.5% — “yes”', 'a\nb\n\n\nc \n \n d', 'café\u0301s 𝐀𝐁 😀😀', 'x-‑y ··z'])
      expect(scanned(text)).toBe(reference(text));
  });

  it('agrees with the reference on every BMP code unit, alone and between letters or digits', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `1${ch}2`]) if (scanned(text) !== reference(text)) expect([c.toString(16), scanned(text)]).toEqual([c.toString(16), reference(text)]);
    }
  });

  it('agrees with the reference on astral code points and on random mixes', () => {
    for (let cp = 0x10000; cp < 0x30000; cp += 97) {
      const text = `x${String.fromCodePoint(cp)}5${String.fromCodePoint(cp)}`;
      expect(scanned(text)).toBe(reference(text));
    }
    let seed = 1;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let j = 1 + rnd(12); j > 0; j--) text += CHARS[rnd(CHARS.length)];
      expect(scanned(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});

describe('PhraseMatcher', () => {
  it('a word that opens no phrase is found at no token (`opens` false, `at` 0)', () => {
    const m = new PhraseMatcher(['a dozen', 'Half a million', 'dozens']);
    const tokens = tokenize('half a million and a dozen but not a few');
    expect(['half', 'a', 'dozens'].map((w) => m.opens(w))).toEqual([true, true, true]);
    expect(['million', 'and', 'few'].map((w) => m.opens(w))).toEqual([false, false, false]);
    expect(tokens.map((_, i) => m.at(tokens, i))).toEqual([3, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
  });
});

describe('word numbers (Token.w)', () => {
  it('equal for the same lower case, 0 for a word no matcher asked for, numbers and punctuation', () => {
    new PhraseMatcher(['quarkly said']);
    const tokens = tokenize('Quarkly, quarkly QUARKLY zzyzxq 12.');
    const [a, , b, c, z, n, p] = tokens;
    expect(a.w).toBeGreaterThan(0);
    expect([b.w, c.w]).toEqual([a.w, a.w]);
    expect([z.w, n.w, p.w]).toEqual([0, 0, 0]);
  });

  it('a matcher built after the text was tokenised still finds its phrases (by the words, not their numbers)', () => {
    const tokens = tokenize('Then glorptish blorfed the vote, glorptish blorfed again.');
    const late = new PhraseMatcher(['glorptish blorfed', 'the vote']);
    expect(tokens.map((_, i) => late.at(tokens, i))).toEqual([0, 2, 0, 2, 0, 0, 2, 0, 0, 0]);
    // and one built before finds the same on a later text
    const again = tokenize('Then glorptish blorfed the vote, glorptish blorfed again.');
    expect(again.map((_, i) => late.at(again, i))).toEqual([0, 2, 0, 2, 0, 0, 2, 0, 0, 0]);
  });
});
