// Tokens, clause boundaries and quotations of an article text: the one pass over the characters
// that the source finder walks on. Offsets are UTF-16 indices into the original text (nothing is
// normalised, so spans map back exactly).
import { firstAfter, firstAtOrAfter } from './sorted';

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
  /**
   * The word's number in the vocabulary (`wordId`) when the text was tokenised, 0 for a word not in
   * it then (and for a number or punctuation mark). See TokenList.
   */
  w: number;
}

/**
 * The tokens of a text as `tokenize` gives them, with the size of the vocabulary then (`vocab`): a
 * word numbered later (ids above it) has w = 0 in these tokens and must be looked up by its `lc`.
 */
export type TokenList = Token[] & { vocab?: number };

// The words that phrase matchers and the language check look for (lower case), numbered from 1 as
// they are first asked for. A token carries its word's number (Token.w), so such a look-up is one
// on a small integer, and a word in none of them (most words of a text) is skipped without any:
// a Map keyed by strings hashes the token's string and compares it with the key character by
// character, and with a lexicon's keys (a different string) on every hit. Bounded by the lexicons.
const VOCAB = new Map<string, number>();

// A filter in front of VOCAB: a bit per (length, first two and last two code units) hashed into
// 2^18, set for every numbered word. Most words of a text are in no list, and a clear bit tells so
// without the look-up (a miss in a Map of ~10,000 strings was a third of tokenising). With only the
// first and last unit in 2^16 bits, 38 % of the words in no list passed the filter; now about 5 % (the 181 benchmark pages).
const FILTER_BITS = 18;
const VOCAB_FILTER = new Uint8Array(1 << (FILTER_BITS - 3));

/** The word's position in VOCAB_FILTER. */
function filterBit(word: string): number {
  const n = word.length;
  // (charCodeAt past the end is NaN, which the bit operations read as 0)
  const ends = word.charCodeAt(0) ^ (word.charCodeAt(n - 1) << 7) ^ (n << 13);
  const inner = Math.imul(word.charCodeAt(1) ^ (word.charCodeAt(n - 2) << 9), 0x85ebca6b);
  return Math.imul(ends ^ inner, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/** The vocabulary number of a lower-case word, numbering it if new. */
export function wordId(word: string): number {
  let id = VOCAB.get(word);
  if (id === undefined) {
    VOCAB.set(word, (id = VOCAB.size + 1));
    const bit = filterBit(word);
    VOCAB_FILTER[bit >>> 3] |= 1 << (bit & 7);
  }
  return id;
}

/** The vocabulary number of a lower-case word, 0 if it has none. */
function numberOf(word: string): number {
  const bit = filterBit(word);
  return VOCAB_FILTER[bit >>> 3] & (1 << (bit & 7)) ? VOCAB.get(word) ?? 0 : 0;
}

// A word: letters/marks/digits with inner apostrophes, hyphens, dots (rk.gov.ru, U.N) or middle dots.
// The tokens are those of this regex, read left to right (a word, a number, a block break, a
// punctuation mark; white space and a lone "\n" are skipped):
//   /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-’'.·‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\n\n+|[^\s\p{L}\p{N}]/gu
// `tokenize` scans the character codes itself rather than running it: the regex built a match
// array and a string per token, and a regex compiled when V8 has already generated much code (the
// bench's 181 jsdom pages, then the analysis) is compiled unoptimised and tried at every character
// — the tokens of a 5,000-word article took 8 ms instead of 1.
const WORD_JOINERS = new Set([0x2d, 0x2019, 0x27, 0x2e, 0xb7, 0x2011]); // - ’ ' . · ‑ (inside a word)
const NUMBER_JOINERS = new Set([0x2e, 0x2c]); // . , (inside a number)

// What a code point is to the tokenizer.
const LETTER = 1; // \p{L} or \p{M}: starts or continues a word
const NUMBER = 2; // \p{N}: starts a number, continues a word or a number
const SPACE = 3; // \s: between tokens
const OTHER = 4; // anything else: a punctuation token of its own
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
const SPACE_CHAR = /^\s$/u;

function classify(ch: string): number {
  return LETTER_OR_MARK.test(ch) ? LETTER : NUMBER_CHAR.test(ch) ? NUMBER : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

// Per UTF-16 code unit, its class once computed (0: not yet); astral code points in a map.
const CLASS_BY_UNIT = new Uint8Array(0x10000);
const CLASS_BY_ASTRAL = new Map<number, number>();

/** Is there a surrogate pair (one astral code point) at `i`? */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The class of the code point at `i` (a lone surrogate is OTHER, as the regex reads it). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (pairAt(text, i)) {
    const cp = text.codePointAt(i)!;
    let k = CLASS_BY_ASTRAL.get(cp);
    if (k === undefined) CLASS_BY_ASTRAL.set(cp, (k = classify(String.fromCodePoint(cp))));
    return k;
  }
  return (CLASS_BY_UNIT[c] ||= classify(String.fromCharCode(c)));
}

/** Code units of the code point at `i`. */
const widthAt = (text: string, i: number) => (pairAt(text, i) ? 2 : 1);

/** End of the run of code points of class LETTER or NUMBER (or only NUMBER) from `i`. */
function runEnd(text: string, i: number, numbersOnly: boolean): number {
  while (i < text.length) {
    const k = classAt(text, i);
    if (k !== NUMBER && (numbersOnly || k !== LETTER)) break;
    i += widthAt(text, i);
  }
  return i;
}

/** End of a word starting at `i`: letters, marks and digits, parts joined by single joiners ("U.N", "l’Insee"). */
function wordEnd(text: string, i: number): number {
  i = runEnd(text, i + widthAt(text, i), false);
  return joinedEnd(text, i, WORD_JOINERS, false);
}

/** End of a number starting at `i`: digits, groups joined by "." or "," ("1,200.5"). */
function numberEnd(text: string, i: number): number {
  return joinedEnd(text, runEnd(text, i, true), NUMBER_JOINERS, true);
}

/** From the end `i` of a run: past each joiner that has another run right after it. */
function joinedEnd(text: string, i: number, joiners: Set<number>, numbersOnly: boolean): number {
  while (joiners.has(text.charCodeAt(i))) {
    const e = runEnd(text, i + 1, numbersOnly);
    if (e === i + 1) break;
    i = e;
  }
  return i;
}

const ELIDED = /^(?:[ldjmnstc]|qu)[’'](?=\p{L})/iu;

// Per UTF-16 code unit, remembered once computed (0: not yet): whether it is an upper-case letter.
// Asked for every word, and outside ASCII each answer took a one-character string.
const UPPER_BY_UNIT = new Uint8Array(0x10000); // 1 upper case, 2 not

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

// A name written in camel case starts with at most this many lower-case letters before its capital ("iFixit",
// "eBay", "iPhone"); a longer lower-case start is a word with a capital inside by accident.
const MAX_CAMEL_PREFIX = 3;
// … and has at least this many lower-case letters after the capital: units ("kWh", "mAh") and abbreviations ("mRNA",
// "iOS") have fewer.
const MIN_CAMEL_TAIL = 2;
const CAMEL_NAME = new RegExp(`^\\p{Ll}{1,${MAX_CAMEL_PREFIX}}\\p{Lu}\\p{Ll}{${MIN_CAMEL_TAIL},}`, 'u');
// Function words that extraction glues to the next word when a space is lost ("theMinister", "anOfficial",
// "theGuardian", "derMinister", "leMinistre"): a lower-case start that is one of them makes no camel-case name.
// The tokenizer does not know the text's language, so this is one small fixed set of the articles, prepositions and
// conjunctions of English, German and French (none starts a camel-case brand: "iFixit", "eBay", "iPhone", "eToro").
const GLUED_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'by', 'to', 'in', 'on', 'at', 'and', 'or', 'for', 'as', 'but', 'nor',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'im', 'am', 'zu', 'zum', 'zur', 'von', 'vom', 'und', 'mit', 'bei', 'aus',
  'le', 'la', 'les', 'de', 'du', 'un', 'et', 'au', 'aux', 'en', 'par', 'sur', 'ou',
]);

/**
 * Is the word a name written in camel case ("iFixit points out", "eBay said")? Such a name is capitalised as far as
 * the passes are concerned. Tried only on a word whose second or third character is a capital.
 */
function camelName(v: string): boolean {
  if (v.length <= MAX_CAMEL_PREFIX || !(isUpperUnit(v.charCodeAt(1)) || isUpperUnit(v.charCodeAt(2)) || isUpperUnit(v.charCodeAt(3))) || !CAMEL_NAME.test(v)) return false;
  let k = 1;
  while (!isUpperUnit(v.charCodeAt(k))) k++;
  return !GLUED_FUNCTION_WORDS.has(v.slice(0, k));
}

export function tokenize(text: string): TokenList {
  const out: TokenList = [];
  let block = 0;
  // One lower-cased string per distinct word: an article repeats its words, and every pass looks
  // words up by `lc` in sets and maps; a shared string is lowered once and hashed once (V8 caches
  // a string's hash in the string), not once per occurrence. Numbers are mostly distinct and
  // punctuation is one character: those are lowered as they come, not kept. Each distinct lower
  // case gets its vocabulary number (Token.w) once.
  const lower = new Map<string, Token>(); // a word as written → its first token (its lc and id)
  const n = text.length;
  let i = 0;
  while (i < n) {
    const s = i;
    if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) {
      // a block break: "\n\n" and any more line feeds after it
      i += 2;
      while (text.charCodeAt(i) === 10) i++;
      block++;
      continue;
    }
    const kind = classAt(text, i);
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind === LETTER) {
      i = wordEnd(text, i);
      const v = text.slice(s, i);
      const seen = lower.get(v);
      if (seen) {
        out.push({ s, e: i, t: T.Word, lc: seen.lc, cap: seen.cap, block, w: seen.w });
        continue;
      }
      const lc = v.toLowerCase();
      const tok: Token = { s, e: i, t: T.Word, lc, cap: isUpperUnit(v.charCodeAt(capitalIndex(v))) || camelName(v), block, w: numberOf(lc) };
      lower.set(v, tok);
      out.push(tok);
      continue;
    }
    i = kind === NUMBER ? numberEnd(text, i) : i + widthAt(text, i);
    const v = text.slice(s, i);
    out.push({ s, e: i, t: kind === NUMBER ? T.Num : T.Punct, lc: v.toLowerCase(), cap: false, block, w: 0 });
  }
  out.vocab = VOCAB.size;
  return out;
}

/** Multi-word phrases looked up on the token stream by their first word (case-insensitive). */
export class PhraseMatcher {
  private byFirst = new Map<string, string[][]>();
  /** The same lists by the first word's vocabulary number. */
  private byId = new Map<number, string[][]>();
  /** The highest of those numbers: tokens of a vocabulary at least this large need no `lc` look-up. */
  private maxId = 0;
  /**
   * A bit per vocabulary number, set for the first words' (byId's keys). Most numbered words a text has are some
   * other list's, and a clear bit tells so without the Map look-up (1.3 % of the analysis in a line profile).
   */
  private idBits: Uint8Array;
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const words = p.toLowerCase().trim().split(/\s+/);
      if (!words[0]) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0], list);
    }
    for (const [w, list] of this.byFirst) {
      const id = wordId(w);
      this.byId.set(id, list);
      this.maxId = Math.max(this.maxId, id);
    }
    this.idBits = new Uint8Array((this.maxId >>> 3) + 1);
    for (const id of this.byId.keys()) this.idBits[id >>> 3] |= 1 << (id & 7);
  }
  /** The (lower-case) words a phrase may start with: those `opens` says yes to. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }
  /** May a phrase start with this (lower-case) word? (When not, `at` is 0 wherever the word stands.) */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }
  /** The phrases starting with the token's word. */
  private phrasesOf(tokens: TokenList, t: Token): string[][] | undefined {
    if (t.w) return t.w <= this.maxId && this.idBits[t.w >>> 3] & (1 << (t.w & 7)) ? this.byId.get(t.w) : undefined;
    // a word outside the vocabulary when the text was tokenised opens none of these, unless numbered since
    return tokens.vocab !== undefined && this.maxId <= tokens.vocab ? undefined : this.byFirst.get(t.lc);
  }
  /** Number of tokens of the longest phrase starting at token i (0 if none). */
  at(tokens: TokenList, i: number): number {
    const list = this.phrasesOf(tokens, tokens[i]);
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

const tokenStart = (t: Token) => t.s;

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset, tokenStart);
}

/** Index of the token starting exactly at `offset`, or -1 (a span's first token, when spans start on tokens). */
export function tokenStartingAt(tokens: Token[], offset: number): number {
  const i = tokenAt(tokens, offset);
  return tokens[i]?.s === offset ? i : -1;
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

const quoteEnd = (q: [number, number]) => q[1];

/**
 * Build a sorted-lookup "inside a quote" test from quote ranges (ascending and disjoint, as
 * findQuotes gives them): the first quote ending after `pos` holds it, if it starts at or before it.
 */
export function quoteIndex(quotes: Array<[number, number]>): (pos: number) => [number, number] | null {
  return (pos) => {
    const q = quotes[firstAfter(quotes, pos, quoteEnd)];
    return q && q[0] <= pos ? q : null;
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

/**
 * A look-ahead for the characters the words can start with ("(?=[mp])" for "midnight", "poll"), to
 * put right before their alternation (in a regex with the u flag; with the i flag it takes the other
 * case too); `alsoClass` adds characters in class syntax ("A-Z"). The matches stay the same; a regex fails at once where no word can start. Why: V8
 * compiles a regex unoptimised once the process has generated much code (bench:analyze after
 * extracting its 181 pages with jsdom), and unoptimised code tries every word of an alternation, and
 * every look-behind, at every character it is tried at.
 */
export function startsWith(words: Iterable<string>, alsoClass = ''): string {
  const firsts = new Set<string>();
  for (const w of words) {
    const first = [...w.trim()][0];
    if (first) firsts.add(first.replace(/[\\\]\[^-]/g, '\\$&'));
  }
  return firsts.size || alsoClass ? `(?=[${[...firsts].join('')}${alsoClass}])` : '';
}

/** The one question asked of a hint: does the text hold one of its words? */
export interface WordTest {
  test(text: string): boolean;
}

/**
 * Whether a text holds one of the words as written: the answer of `new RegExp(alternation(words),
 * 'u').test(text)`, found with plain searches when no word has a space inside (those keep the regex,
 * where any run of spaces matches). A plain search takes the same time however V8 compiled the
 * regex (see `startsWith`): on a Ukrainian article a hint regex compiled unoptimised scanned for 0.4 ms.
 */
export function anyOf(words: Iterable<string>): WordTest {
  const list = [...new Set(words)].filter(Boolean).map((w) => w.trim());
  if (!list.length || list.some((w) => /\s/.test(w))) return new RegExp(alternation(list), 'u');
  return { test: (text) => list.some((w) => text.includes(w)) };
}

/** A word-bounded, case-insensitive matcher for a list of phrases (letters/digits may not touch it). */
export function phraseRe(words: Iterable<string>, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, flags);
}
