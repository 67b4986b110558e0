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

const WORD_BEFORE_DOT = /([\p{L}\p{N}][\p{L}\p{N}.\-’']*?)\.["”»’)\]]*[\s\u00a0\u202f]*$/u;
const NEXT_WORD = /^[\s\u00a0\u202f"“„«(‘]*([\p{L}\p{N}][\p{L}\p{N}’'-]*)/u;

/** Is ICU's break at `b` (start of the next sentence) wrong, because the text before it ends in an abbreviation? */
function falseBreak(text: string, b: number, rules: Rules): boolean {
  // a sentence does not start in lower case: "“Why?” he asked." is one sentence
  if (/^[\s\u00a0\u202f"“„«(‘]*\p{Ll}/u.test(text.slice(b, b + 8))) return true;
  const before = text.slice(Math.max(0, b - LOOKBACK), b);
  const m = WORD_BEFORE_DOT.exec(before);
  if (!m) return false;
  // the word must start at a word boundary (not be the tail of "3.5" or "gov.ua")
  const wStart = before.length - m[0].length;
  if (wStart > 0 && /[\p{L}\p{N}.]/u.test(before[wStart - 1])) return false;
  const word = m[1];
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
