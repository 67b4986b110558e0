// Tokens, clause boundaries and quotations of an article text: the one pass over the characters
// that the source finder walks on. Offsets are UTF-16 indices into the original text (nothing is
// normalised, so spans map back exactly).

export const enum T {
  Word = 1,
  Num = 2,
  Punct = 3,
}

export interface Token {
  s: number;
  e: number;
  t: T;
  /** Lower-cased text of the token. */
  lc: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the block ("\n\n"-separated paragraph) the token is in. */
  block: number;
}

// A word: letters/marks/digits with inner apostrophes, hyphens, dots (rk.gov.ru, U.N) or middle dots.
const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-’'.·‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\n\n+|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const ELIDED = /^(?:[ldjmnstc]|qu)[’'](?=\p{L})/iu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let block = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const s = m.index;
    const v = m[0];
    const c = v.charCodeAt(0);
    if (c === 10) {
      block++;
      continue;
    }
    const t = /\p{N}/u.test(v[0]) ? T.Num : /[\p{L}\p{M}]/u.test(v[0]) ? T.Word : T.Punct;
    // French/Italian elision: "l’Insee" is capitalised like "Insee"
    const el = t === T.Word && ELIDED.exec(v);
    const capOf = el ? v.slice(el[0].length) : v;
    out.push({ s, e: s + v.length, t, lc: v.toLowerCase(), cap: t === T.Word && UPPER.test(capOf), block });
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].s < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '"': '"', '‹': '›', '「': '」' };

/** Quotation ranges [start, end) (marks included), per block, nested quotes folded into the outer one. */
export function findQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    const close = OPEN_CLOSE[ch];
    if (close) {
      // a straight quote only opens at a word start
      if (ch === '"' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) {
        i++;
        continue;
      }
      let j = i + 1;
      let depth = 0;
      for (; j < n; j++) {
        const c = text[j];
        if (c === '\n' && text[j + 1] === '\n') break;
        if (c === ch && ch !== '"' && ch !== '„' && !close.includes(c)) depth++;
        else if (close.includes(c)) {
          if (depth === 0) break;
          depth--;
        }
      }
      if (j < n && close.includes(text[j])) {
        out.push([i, j + 1]);
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** Build a sorted-lookup "inside a quote" test from quote ranges. */
export function quoteIndex(quotes: Array<[number, number]>): (pos: number) => [number, number] | null {
  return (pos) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (pos < q[0]) hi = mid - 1;
      else if (pos >= q[1]) lo = mid + 1;
      else return q;
    }
    return null;
  };
}

/** Escape a literal for a RegExp; white space inside matches any run of spaces (also no-break ones). */
export function reEscape(s: string): string {
  return s
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u00a0\\u202f]+');
}

/** One alternation of literals, longest first (so "per cent" wins over "per"). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(reEscape)
    .join('|');
}

/** A word-bounded, case-insensitive matcher for a list of phrases (letters/digits may not touch it). */
export function phraseRe(words: Iterable<string>, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, flags);
}
