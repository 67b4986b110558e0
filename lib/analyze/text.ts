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
// Alternatives: a word, a number, a block break, a punctuation mark. No capture groups: the kind of
// a match is read off its first character (`kindOf`), which is cheaper than V8 building four
// capture strings for each of the text's tokens.
const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-’'.·‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\n\n+|[^\s\p{L}\p{N}]/gu;
const ELIDED = /^(?:[ldjmnstc]|qu)[’'](?=\p{L})/iu;
const WORD_START = /^[\p{L}\p{M}]/u;
const NUMBER_START = /^\p{N}/u;
// What a TOKEN_RE match is; 0 for a block break.
const BLOCK_BREAK = 0;

// Per UTF-16 code unit, remembered once computed (0: not yet): the kind of a token starting with
// it, and whether it is an upper-case letter. Both are asked for every token, and outside ASCII
// each answer took a regex test or a one-character string (Cyrillic text: 4 % of its analysis).
const KIND_BY_UNIT = new Uint8Array(0x10000);
const UPPER_BY_UNIT = new Uint8Array(0x10000); // 1 upper case, 2 not

/** The kind of a TOKEN_RE match, from its first character. */
function kindOf(v: string): T | typeof BLOCK_BREAK {
  const c = v.charCodeAt(0);
  if (c === 10) return BLOCK_BREAK; // "\n" starts only a block break: a lone one is white space
  // a surrogate starts a letter or digit outside the BMP: decided on the whole code point
  if (c >= 0xd800 && c <= 0xdfff) return startKind(v);
  return (KIND_BY_UNIT[c] ||= startKind(v));
}

function startKind(v: string): T {
  return WORD_START.test(v) ? T.Word : NUMBER_START.test(v) ? T.Num : T.Punct;
}

/** Does the UTF-16 unit change when lower-cased (an upper-case or title-case letter)? */
function isUpperUnit(code: number): boolean {
  if (!UPPER_BY_UNIT[code]) {
    const c = String.fromCharCode(code);
    UPPER_BY_UNIT[code] = c !== c.toLowerCase() ? 1 : 2;
  }
  return UPPER_BY_UNIT[code] === 1;
}

const isApostrophe = (code: number) => code === 0x2019 || code === 0x27; // ’ '

/**
 * Where a word's capital is: its first character, or the one after an elided article (French and
 * Italian: "l’Insee" is capitalised like "Insee"). Read as character codes: indexing a non-Latin
 * string (v[1]) makes a new one-character string each time.
 */
function capitalIndex(v: string): number {
  const after1 = isApostrophe(v.charCodeAt(1));
  if ((after1 || isApostrophe(v.charCodeAt(2))) && ELIDED.test(v)) return after1 ? 2 : 3;
  return 0;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let block = 0;
  // One lower-cased string per distinct word: an article repeats its words, and every pass looks
  // words up by `lc` in sets and maps; a shared string is lowered once and hashed once (V8 caches
  // a string's hash in the string), not once per occurrence. Numbers are mostly distinct and
  // punctuation is one character: those are lowered as they come, not kept.
  const lower = new Map<string, string>();
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const s = m.index;
    const v = m[0];
    const kind = kindOf(v);
    if (kind === BLOCK_BREAK) {
      block++;
      continue;
    }
    if (kind === T.Word) {
      let lc = lower.get(v);
      if (lc === undefined) {
        lc = v.toLowerCase();
        lower.set(v, lc);
      }
      out.push({ s, e: s + v.length, t: T.Word, lc, cap: isUpperUnit(v.charCodeAt(capitalIndex(v))), block });
    } else out.push({ s, e: s + v.length, t: kind, lc: v.toLowerCase(), cap: false, block });
  }
  return out;
}

/** Multi-word phrases looked up on the token stream by their first word (case-insensitive). */
export class PhraseMatcher {
  private byFirst = new Map<string, string[][]>();
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const words = p.toLowerCase().trim().split(/\s+/);
      if (!words[0]) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0], list);
    }
  }
  /** Number of tokens of the longest phrase starting at token i (0 if none). */
  at(tokens: Token[], i: number): number {
    const list = this.byFirst.get(tokens[i].lc);
    if (!list) return 0;
    outer: for (const words of list) {
      for (let k = 1; k < words.length; k++) {
        const t = tokens[i + k];
        if (!t || t.lc !== words[k] || t.block !== tokens[i].block) continue outer;
      }
      return words.length;
    }
    return 0;
  }
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
// Longest quotation kept, in characters: a pair further apart is an unclosed mark and a stray one.
const MAX_QUOTE_CHARS = 4000;
const MARKS = /[“”„«»"‹›「」]|\n\n/g;

/**
 * Quotation ranges [start, end) (marks included), per block, nested quotes folded into the outer
 * one. One pass with a stack of open marks, so the time is linear in the text whatever the marks
 * (an article of 50,000 opening quotes that never close took minutes with a scan per mark).
 */
export function findQuotes(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let stack: Array<{ ch: string; at: number }> = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n\n') {
      stack = []; // a quotation never spans blocks
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && (OPEN_CLOSE[top.ch].includes(c) ? c !== '"' || top.ch === '"' : straightCloses(text, i, c, top.ch))) {
      stack.pop();
      if (i + 1 - top.at <= MAX_QUOTE_CHARS) pairs.push([top.at, i + 1]);
      continue;
    }
    // a straight quote only opens at a word start
    if (!OPEN_CLOSE[c] || (c === '"' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]))) continue;
    stack.push({ ch: c, at: i });
  }
  // nested quotes fold into the outer one; pairs come out innermost first
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const p of pairs) if (!out.length || p[0] >= out[out.length - 1][1]) out.push(p);
  return out;
}

/**
 * A straight quote right after a word or punctuation closes a curly opening quote, and a curly
 * closing quote closes a straight opening one: pages that mix marks (“It is popular," she said;
 * "On whose authority?” said Hill) are common, and left open the quote would swallow the
 * attribution after it.
 */
function straightCloses(text: string, i: number, c: string, open: string): boolean {
  if (i === 0 || /\s/u.test(text[i - 1])) return false;
  return (c === '"' && (open === '“' || open === '„')) || (c === '”' && open === '"');
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
