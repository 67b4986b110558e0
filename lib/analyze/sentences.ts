// The project's one sentence segmenter: the analysis (which sentence a cue, a name or a link is
// in), the citation a reader copies (lib/export/citation.ts) and the sentence shown with each
// entry of the Sources and Figures lists all use it, so they agree on where a sentence ends.
//
// Built on Intl.Segmenter (ICU sentence rules), run per block and per line, then corrected with the
// language's abbreviation list (lexicons: `abbreviations`): ICU ends a sentence at "Mr. Smith",
// "Oct. 3"-style abbreviations before a capital, "z. B." or "U.S. Army"; those breaks are undone.
// Long lines are cut into chunks first: V8's segment iterator slows down on very long strings.
import { LEXICONS, baseLang, type Lexicon } from './lexicons';
import { firstMayBreak } from './may-break';
import { firstAfter } from './sorted';

export interface SentenceIndex {
  /** Start offsets of the sentences, ascending (white space at their edges excluded). */
  starts: number[];
  /** End offsets (exclusive), same order. */
  ends: number[];
  /** Index of the sentence that contains `pos`, or of the last one starting before it (-1 if none). */
  at(pos: number): number;
}

// ICU is fed pieces of at most this many characters: beyond a few thousand, iterating segments of
// one string costs more than linear time in V8 (measured: 120k chars 280 ms whole vs 5 ms in pieces).
const MAX_PIECE = 2000;
// How far back from a break the abbreviation check looks (longest abbreviation + spaces).
const LOOKBACK = 24;

interface Rules {
  abbr: Set<string>;
  /** Abbreviations the norm writes without a dot (lexicon `dotlessAbbreviations`: "млн", "грн"): a dot after one before a capital ends the sentence. */
  dotless: Set<string>;
  starters: Set<string>;
  months: Set<string>;
  /**
   * ICU's sentence segmenter, made on first use: a text whose every line is one sentence (see
   * isOneSentence) never needs it, and making one loads ICU's break rules (a tenth of the analysis
   * of bench:hostile's quotes page, whose one line has no terminator, in a fresh Chromium page).
   */
  segmenter(): Intl.Segmenter;
}
const rulesCache = new Map<string, Rules>();

function rulesFor(lang: string | null | undefined): Rules {
  const key = lang ? baseLang(lang) : '*';
  let r = rulesCache.get(key);
  if (r) return r;
  const lexes: Lexicon[] = lang ? [LEXICONS[key]] : Object.values(LEXICONS);
  const lc = (xs: Iterable<string>) => new Set([...xs].map((w) => w.toLowerCase()));
  let segmenter: Intl.Segmenter | undefined;
  r = {
    // written case kept: "No. 3" is an abbreviation, "said no. The" ends a sentence
    abbr: new Set(lexes.flatMap((l) => l.abbreviations.map((a) => a.replace(/\.$/, '').replace(/\s+/g, '')))),
    dotless: lc(lexes.flatMap((l) => l.dotlessAbbreviations)),
    starters: lc(lexes.flatMap((l) => [...l.pronouns, ...l.determiners, ...l.stopWords])),
    months: lc(lexes.flatMap((l) => Object.keys(l.months))),
    segmenter: () => (segmenter ??= new Intl.Segmenter(lang ? key : 'en', { granularity: 'sentence' })),
  };
  rulesCache.set(key, r);
  return r;
}

// A line without any of MAY_BREAK's characters (./may-break) has no sentence break for ICU to find (its breaks
// follow a terminator or a paragraph separator): it is one sentence, and the segmenter is not run on
// it. Poems, lists and table rows are mostly such lines; 100k of them cost 1–4 s in the segmenter.

// The word before a final dot, as the regex WORD_BEFORE_DOT that `wordBeforeDot` reads without running it:
//   /([\p{L}\p{N}][\p{L}\p{N}.\-’']*?)\.["”»’)\]]*[\s\u00a0\u202f]*$/u
const NEXT_WORD = /^[\s\u00a0\u202f"“„«(‘]*([\p{L}\p{N}][\p{L}\p{N}’'-]*)/u;

// Per UTF-16 code unit, remembered once computed (0: not yet): 1 a letter or digit (\p{L}, \p{N}), 2 not.
const LETTER_OR_DIGIT_BY_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// What WORD_BEFORE_DOT lets a word go on with after its first letter or digit: . - ’ '
const WORD_INNER = new Set([0x2e, 0x2d, 0x2019, 0x27]);
// What it lets stand between the dot and the spaces at the end: " ” » ’ ) ]
const AFTER_DOT = new Set([0x22, 0x201d, 0xbb, 0x2019, 0x29, 0x5d]);
const isSpaceUnit = (c: number) => SPACE_UNIT.test(String.fromCharCode(c));
const SPACE_UNIT = /^\s$/;

/** Code units of the code point ending at `k` (exclusive): 2 for a surrogate pair, else 1. */
function widthBefore(s: string, k: number): number {
  const lo = s.charCodeAt(k - 1);
  const hi = k >= 2 ? s.charCodeAt(k - 2) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
}

/** Is the code point of `width` units starting at `k` a letter or digit? */
function letterOrDigitAt(s: string, k: number, width: number): boolean {
  if (width === 2) return LETTER_OR_DIGIT.test(s.slice(k, k + 2));
  const c = s.charCodeAt(k);
  return (LETTER_OR_DIGIT_BY_UNIT[c] ||= LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2) === 1;
}

/**
 * What `WORD_BEFORE_DOT.exec(before)` finds — the word before the final dot (its group 1) and where the match starts
 * — read backwards from the end: the regex, tried at each of the 24 characters, was a sixth of building the sentence index (line profile).
 * (Checked equal to the regex on 2,000,000 random strings of letters, digits, marks, spaces and surrogates.)
 * After the dot only closing marks then spaces may stand, so the dot is the one before them; the match starts at the
 * first letter or digit of the run of word characters (letters, digits, . - ’ ') that ends at the dot.
 */
function wordBeforeDot(before: string): { word: string; start: number } | null {
  let k = before.length;
  while (k > 0 && isSpaceUnit(before.charCodeAt(k - 1))) k--;
  while (k > 0 && AFTER_DOT.has(before.charCodeAt(k - 1))) k--;
  if (k === 0 || before.charCodeAt(k - 1) !== 0x2e) return null;
  const dot = k - 1;
  // back over the word's characters; `start` is the leftmost letter or digit among them
  let start = -1;
  for (let j = dot; j > 0; ) {
    const w = widthBefore(before, j);
    const at = j - w;
    if (letterOrDigitAt(before, at, w)) start = at;
    else if (!(w === 1 && WORD_INNER.has(before.charCodeAt(at)))) break;
    j = at;
  }
  return start < 0 ? null : { word: before.slice(start, dot), start };
}

/** Is ICU's break at `b` (start of the next sentence) wrong, because the text before it ends in an abbreviation? */
function falseBreak(text: string, b: number, rules: Rules): boolean {
  // a sentence does not start in lower case: "“Why?” he asked." is one sentence
  if (/^[\s\u00a0\u202f"“„«(‘]*\p{Ll}/u.test(text.slice(b, b + 8))) return true;
  const before = text.slice(Math.max(0, b - LOOKBACK), b);
  const m = wordBeforeDot(before);
  if (!m) return false;
  // the word must start at a word boundary (not be the tail of "3.5" or "gov.ua")
  const wStart = m.start;
  if (wStart > 0 && /[\p{L}\p{N}.]/u.test(before[wStart - 1])) return false;
  const word = m.word;
  // ("40 млрд грн. Видання посилається …": an abbreviation written without a dot ends the sentence with its full stop)
  if (rules.abbr.has(word)) return !rules.dotless.has(word.toLowerCase());
  // an initial: "John F. Kennedy", "z. B.", "M. Macron"
  if (/^\p{L}$/u.test(word)) return true;
  // (the next word is read only by the two tests below: most breaks follow a plain word)
  const next = () => NEXT_WORD.exec(text.slice(b, b + 40))?.[1] ?? '';
  // an initialism ("U.S. Army") ends a sentence only before a word that starts one ("U.S. The")
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const w = next();
    return !!w && !rules.starters.has(w.toLowerCase());
  }
  // an ordinal day before a month: "am 3. Oktober"
  if (/^\d{1,2}$/.test(word) && rules.months.has(next().toLowerCase())) return true;
  return false;
}

/** Cut a long line into pieces at white space, preferring a space after sentence punctuation. */
function pieces(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let s = from;
  while (to - s > MAX_PIECE) {
    let cut = -1;
    for (let i = s + MAX_PIECE; i > s + MAX_PIECE / 2; i--) {
      if (/\s/.test(text[i]) && /[.!?…]/.test(text[i - 1])) {
        cut = i;
        break;
      }
    }
    if (cut < 0) for (let i = s + MAX_PIECE; i > s + MAX_PIECE / 2 && cut < 0; i--) if (/\s/.test(text[i])) cut = i;
    if (cut < 0) cut = s + MAX_PIECE;
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, to]);
}

/**
 * A line ICU would not break: no terminator at all, or only one, as its last character before
 * white space ("In 1990, 12 people paid $40."): ICU breaks only after a terminator (and the closing
 * marks and spaces after it) or a paragraph separator, so the one break is the line's end. Lines
 * longer than MAX_PIECE are cut into pieces (see `pieces`), which can break them: not these.
 * A feed of short one-sentence paragraphs (100k of them: 0.15 s of segmenter calls) skips ICU.
 */
function isOneSentence(line: string): boolean {
  const k = firstMayBreak(line);
  return k < 0 || (line.length <= MAX_PIECE && line.trimEnd().length === k + 1);
}

function build(text: string, lang: string | null | undefined): SentenceIndex {
  const rules = rulesFor(lang);
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) {
      starts.push(a);
      ends.push(b);
    }
  };
  // lines: blocks are separated by "\n\n", lines inside a block by "\n" (a <br>): both end a sentence
  const LINE = /[^\n]+/g;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    if (isOneSentence(m[0])) {
      add(m.index, m.index + m[0].length);
      continue;
    }
    const ps: Array<[number, number]> = [];
    pieces(text, m.index, m.index + m[0].length, ps);
    let open = -1; // start of the sentence being built (merged across false breaks)
    for (const [a, b] of ps) {
      for (const seg of rules.segmenter().segment(text.slice(a, b))) {
        const s = a + seg.index;
        if (open < 0) open = s;
        else if (s > open && !falseBreak(text, s, rules)) {
          add(open, s);
          open = s;
        }
      }
    }
    if (open >= 0) add(open, m.index + m[0].length);
  }
  const at = (pos: number) => firstAfter(starts, pos) - 1;
  return { starts, ends, at };
}

// The panel asks for the sentence of every listed entry: the index of the last few texts is kept.
const CACHE_SIZE = 4;
const cache: Array<{ text: string; lang: string; index: SentenceIndex }> = [];

/** The sentences of `text` (cached for the last few texts). Without a language, every lexicon's abbreviations apply. */
export function sentenceIndex(text: string, lang?: string | null): SentenceIndex {
  const key = lang ? baseLang(lang) : '*';
  const hit = cache.find((c) => c.lang === key && c.text === text);
  if (hit) return hit.index;
  const index = build(text, lang);
  cache.unshift({ text, lang: key, index });
  if (cache.length > CACHE_SIZE) cache.pop();
  return index;
}

/** The sentence(s) that contain text[start, end): from the start of the first to the end of the last. */
export function sentenceAround(text: string, start: number, end: number, lang?: string | null): string {
  const idx = sentenceIndex(text, lang);
  const i = idx.at(start);
  const j = idx.at(Math.max(start, end - 1));
  if (i < 0) return text.slice(start, end).trim();
  const from = Math.min(idx.starts[i], start);
  const to = Math.max(idx.ends[Math.max(i, j)], end);
  return text.slice(from, to).trim();
}
