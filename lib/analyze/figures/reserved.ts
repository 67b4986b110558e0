// Pass: text that holds digits but never a figure — URLs, e-mail addresses, domains, identifiers
// after their label ("DOI: 10.1007/…", "ISBN …"), phone
// numbers (also emergency numbers next to a word of calling: "911 calls", and service numbers after one: "call police on 101"), a line's numbering ("Meal 2"), footnote and comment counters ("[3]", "(8)", "(10, 11)"), a code's section glued to its number ("401(k)"), a reference's volume and pages ("2015; 28: 685-690"), a box score's line score ("28 31 25 30 — 114"), a case number ("FHC/ABJ/03/095/2018") and list numbering — is claimed first so
// that no later pass reads a number out of it.
import { ageInBrackets } from './context-words';
import { claim, eachAt, eachAtDigitRuns, indicesOf, mergeStarts, type FigureContext, type FigurePass } from './types';

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”«»]+/giu;
// An e-mail address, /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u: its part from the "@" on, sticky, and a
// character of the name before it (see `eachEmail`). A global scan of the whole regex tried the name
// part at every character of every word (most of the pass on a page with a few "@" handles).
const EMAIL_TAIL_AT = /@[\p{L}\p{N}.-]+\.\p{L}{2,}/uy;
const EMAIL_NAME_CHAR = /^[\p{L}\p{N}._%+-]$/u;
// a domain is found from its top-level part, then widened back to the start of the name
const TLD_RE = /\.(?<=[\p{L}\p{N}]\.)(?:com|org|net|gov|edu|int|eu|ua|ru|de|fr|uk|io|info|test|co|ch|at|pl|by|kz)(?:\/[^\s]*)?(?![\p{L}\p{N}])/giu;
// (a look-ahead for the first character: see `startsWith` in ../text)
const PHONE_RE = /(?=[+(0])(?:\+\d{1,3}(?:[\s\u00a0.-]?\(?\d{1,5}\)?){2,5}(?![\p{N}])|(?<![\p{L}\p{N}]|\p{N}[.,])(?:\+\d{1,3}[\s\u00a0./-]?)?(?:\(?0\d{2,5}\)?[\s\u00a0./-]?\d{3,}(?:[\s\u00a0.-]\d{2,})*|0\d[\s\u00a0./-]\d{3,4}[\s\u00a0.-]\d{4}|0[1-9](?:[\s\u00a0.]\d\d){4}|0[\s\u00a0-]\d{3}(?:[\s\u00a0-]\d{2,3}){2,3})(?![\p{N}]))/gu;
// (a free line written with its "0" apart, "0 800 50 12 34", "0-800-500-609" in Ukraine: no thousands group opens on
// "0", and the number's first group was listed as a count, "0 800")
// (a two-digit area code, "02-751-1500" in Seoul, "01 42 68 53 00" in Paris, needs two groups after
// it, so that "05-2019" or "07.2019" stays a date; before, the first was listed as a range and a count)
// North American numbers: "347-966-3806", "(212) 555-0100". The look-behind (no digit or hyphen
// before the number) stands after the number's first character, which the regex can then look for
// first; before it, an unoptimised regex (see `startsWith` in ../text) tried it at every character.
const NANP_RE = /(?:\((?<![\p{N}-]\()\d{3}\)[\s\u00a0]?|\d(?<![\p{N}-]\d)\d{2}[-.])\d{3}[-.]\d{4}(?![\p{N}])/gu;
// Lines of one capitalised word and a number are a heading's numbering when the same word numbers two of them or
// more with different numbers ("Meal 1" … "Meal 2", "Step 3", "Schritt 2", "Étape 3", "Крок 2"), no quantity: a meal
// plan listed each "Meal 1" as a count. One such line alone keeps its figure (an infobox's "Killed 42", "Injured
// 120"; a name alone on a line, "Apollo 11", is a known gap).
const LABEL_LINE_RE = /(?<=^|\n)(\p{Lu}\p{Ll}+)[ \u00a0](\d{1,3})(?=\n|$)/gu;
// (also a list of references: "(10, 11)", "[27, 28, 29]")
const MARKER_RE = /[[(]\d{1,3}(?:,[\s\u00a0]?\d{1,3})*[\])]|\n\d{1,2}[.)](?=\s)/gu;
// A section of a code glued to its number: "401(k)", "403(b)", "501(c)(3)" name a plan or a status, no quantity.
const SECTION_RE = /(?<![\p{L}\p{N}])\d{1,4}(?=\([a-z]\))(?:\([a-z0-9]{1,3}\))+/gu;
// A reference's volume, issue and pages, which are no quantity (labelling policy: page and issue
// numbers): after the year in the Vancouver style ("2015; 28: 685-690", "2019;12(3):45–52") or as
// volume(issue), pages in the APA style ("Nature, 28(3), 685–690"). Without this the volume was
// listed as a count and the pages as a range.
const CITATION_RE = /(?<=(?:1[89]|20)\d\d;[\s\u00a0]?)\d{1,4}(?:\(\d{1,4}\))?:[\s\u00a0]?\d{1,6}(?:[-–]\d{1,6})?|(?<![\p{L}\p{N}])\d{1,4}\(\d{1,4}\),[\s\u00a0]\d{1,6}[-–]\d{1,6}(?![\p{N}])/gu;
// A file or case number of capitals and digits joined by slashes, three parts or more: "FHC/ABJ/03/095/2018",
// "A/RES/70/1". Its digits are no quantity (the suit number's "03" was listed as a count); a part of
// capitals is required, so a date ("12/05/2019") or "24/7/365" is left to the other passes.
const CODE_RE = /(?<![\p{L}\p{N}/])(?=[\p{Lu}\d]*\p{Lu})(?:[\p{Lu}\d]+\/){2,}[\p{Lu}\d]+(?![\p{L}\p{N}]|\/[\p{L}\p{N}])|(?<![\p{L}\p{N}/])(?:\d+\/)+(?=\p{Lu})(?:[\p{Lu}\d]+\/)+[\p{Lu}\d]+(?![\p{L}\p{N}]|\/[\p{L}\p{N}])/gu;
// The same, sticky, tried only where a match can start (see `eachAtDigitRuns`, `eachCode`): each
// global scan opens on a look-behind that V8 tries at every character (a 1 MB page of 50k numbers:
// 8 + 33 + 67 ms for these three, most of the pass).
const SECTION_AT = new RegExp(SECTION_RE.source, 'uy');
const CITATION_AT = new RegExp(CITATION_RE.source, 'uy');
const CODE_AT = new RegExp(CODE_RE.source, 'uy');
const CODE_CHAR = /^[\p{Lu}\d]$/u;
// Slashed numbers that are words, not quantities or dates: "24/7" (all the time, also "24/7/365"), "9/11" (the
// attacks, named in every language by the American date), "20/20" (vision, hindsight). A full date ("9/11/2001")
// and a fraction in a longer run ("3/9/11") are left to the other passes.
const SLASH_WORD_RE = /(?<![\p{N}/.,])(?:24\/7(?:\/365)?|9\/11|20\/20)(?![\p{N}/]|[.,]\d)/gu;
// What each of them starts with.
const SLASH_WORDS = ['24/7', '9/11', '20/20'];
// A box score's line score: three per-period scores or more of one or two digits in a row, separated by single
// spaces, and the total after a dash ("Lakers 28 31 25 30 — 114", "0 0 1 0 2 — 3"): a score is no figure (labelling
// policy), and each period was listed as a count. Prose never writes numbers so; "1 000 000" has groups of three.
// (the look-behind stands after the first digit, which the regex can look for first)
const LINE_SCORE_RE = /\d(?<![\p{N}.,:/-]\d)\d?(?: \d{1,2}){2,}(?:[ \u00a0]*[-–—][ \u00a0]*\d{1,3})?(?![\p{N}%]|[.,:]\d)/gu;
// The scans above, sticky, each tried only where one of its matches can start (see `eachAt`): a
// global scan tries a regex at every character, and V8 runs a regex compiled unoptimised (see
// `startsWith` in ../text) look-behinds and alternations first — these scans were the costliest step
// of the figures in Chromium. Where each starts: a URL at "http" before "://" or at "www."; a domain
// at its dot; a phone number at "+", "(" or a "0" that opens a run of digits (its look-behind bars a
// digit before it); a North American number at "(" or where a run of digits starts; a marker at "[",
// "(" or a line feed; a slashed word and a line score where a run of digits starts.
const URL_AT = new RegExp(URL_RE.source, 'iuy');
const TLD_AT = new RegExp(TLD_RE.source, 'iuy');
const PHONE_AT = new RegExp(PHONE_RE.source, 'uy');
const NANP_AT = new RegExp(NANP_RE.source, 'uy');
const MARKER_AT = new RegExp(MARKER_RE.source, 'uy');
const SLASH_WORD_AT = new RegExp(SLASH_WORD_RE.source, 'uy');
const LINE_SCORE_AT = new RegExp(LINE_SCORE_RE.source, 'uy');
const LABEL_LINE_AT = new RegExp(LABEL_LINE_RE.source, 'uy');

const stickies = new WeakMap<RegExp, RegExp>();
/** The regex, sticky (made once). */
function stickyCopy(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) stickies.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return y;
}

// Characters the case-insensitive match of a regex reads as another letter than their lower case does
// ("ſ" is an "s", U+1C80–U+1C88 are old forms of Cyrillic letters).
const OTHER_FOLDS = /[ſ\u1c80-\u1c88]/u;

/**
 * Where an identifier's label can start, any case (the identifier regex is case-insensitive): each
 * place the lower-cased text has a label's first word. Null when the lower-cased text does not line
 * up with the text or folds a letter otherwise than the regex does (then the regex scans it all).
 * Why: texts pass the identifier hint on a word that only holds a label ("doing"), and the regex's
 * look-behind was then tried at every character.
 */
function labelStarts(text: string, labels: readonly string[]): number[] | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || OTHER_FOLDS.test(text)) return null;
  const firsts = new Set(labels.map((l) => l.trim().split(/\s+/)[0].toLowerCase()));
  return mergeStarts(...[...firsts].map((w) => indicesOf(lower, w)));
}

/** Where a URL can start: 4 and 5 characters before each "://" ("http", "https"), and at each "www." (any case). */
function urlStarts(text: string): number[] {
  const out: number[] = [];
  for (const k of indicesOf(text, '://')) out.push(k - 5, k - 4);
  const w = (i: number) => (text.charCodeAt(i) | 0x20) === 0x77; // "w" or "W"
  for (const k of indicesOf(text, '.')) if (k >= 3 && w(k - 1) && w(k - 2) && w(k - 3)) out.push(k - 3);
  return mergeStarts(out.filter((p) => p >= 0));
}

// Longest run of name characters a domain is widened over.
const MAX_DOMAIN = 253;

export const reserved: FigurePass = {
  name: 'reserved',
  run(ctx) {
    const { text } = ctx;
    // (a claim only marks characters: the order of these scans does not matter)
    eachEmail(ctx, (a, b) => claim(ctx, a, b));
    const plain = (m: RegExpExecArray) => claim(ctx, m.index, m.index + m[0].length);
    eachAt(text, URL_AT, urlStarts(text), plain);
    eachAt(text, TLD_AT, indicesOf(text, '.'), (m) => {
      let a = m.index;
      while (a > 0 && m.index - a < MAX_DOMAIN && /[\p{L}\p{N}.-]/u.test(text[a - 1])) a--;
      claim(ctx, a, m.index + m[0].length);
    });
    const parens = indicesOf(text, '(');
    const zeros = ctx.digitRuns.filter((p) => text.charCodeAt(p) === 0x30);
    eachAt(text, PHONE_AT, mergeStarts(indicesOf(text, '+'), parens, zeros), (m) => {
      // a "phone" that is really a spaced thousands group ("180 000") or a lone year is left alone
      if (/^[+(]|^0/.test(m[0])) plain(m);
    });
    eachAt(text, NANP_AT, mergeStarts(parens, ctx.digitRuns), plain);
    eachAt(text, MARKER_AT, mergeStarts(indicesOf(text, '['), parens, indicesOf(text, '\n')), (m) => {
      // "Anna Müller (34) sagte": an age after a name, no counter (read by ./numbers)
      if (!ageInBrackets(ctx, m.index, m.index + m[0].length)) plain(m);
    });
    // (most texts write none of the slashed words: three plain searches spare the tries)
    if (SLASH_WORDS.some((w) => text.includes(w))) eachAtDigitRuns(ctx, SLASH_WORD_AT, plain);
    eachAtDigitRuns(ctx, LINE_SCORE_AT, plain);
    if (text.includes('\n') || text.length < 40) {
      const byWord = new Map<string, { numbers: Set<string>; at: Array<[number, number]> }>();
      // (a line starts the text or follows a line feed)
      eachAt(text, LABEL_LINE_AT, [0, ...indicesOf(text, '\n').map((k) => k + 1)], (m) => {
        let w = byWord.get(m[1]);
        if (!w) byWord.set(m[1], (w = { numbers: new Set(), at: [] }));
        w.numbers.add(m[2]);
        w.at.push([m.index + m[0].length - m[2].length, m.index + m[0].length]);
      });
      for (const w of byWord.values()) if (w.numbers.size >= 2) for (const [a, b] of w.at) claim(ctx, a, b);
    }
    // every match of these two opens a run of digits (a look-behind bars a digit before it)
    eachAtDigitRuns(ctx, SECTION_AT, (m) => claim(ctx, m.index, m.index + m[0].length));
    eachAtDigitRuns(ctx, CITATION_AT, (m) => claim(ctx, m.index, m.index + m[0].length));
    eachCode(ctx, (m) => {
      // a code needs digits as well as its capitals ("EU/UK/US" is a list of names)
      if (/\d/.test(m[0])) claim(ctx, m.index, m.index + m[0].length);
    });
    // "DOI: 10.1007/978-3-319-09575-2_199-1", "ISBN 978-3-16-148410-0": an identifier is no quantity
    const id = ctx.F.identifier;
    // most texts name no identifier: a plain search for its labels (as the lexicon writes them, and in
    // lower case: "doi:") spares the regex its scan
    if (id && ctx.F.identifierHint!.test(text)) {
      const starts = labelStarts(text, ctx.lex.identifierLabels);
      if (starts) eachAt(text, stickyCopy(id), starts, plain);
      else {
        id.lastIndex = 0;
        for (let m = id.exec(text); m; m = id.exec(text)) plain(m);
      }
    }
    // "a 3-in-1 charging pad", "ein 2-in-1-Laptop": two digits joined into a device's kind (lexicon comboJoiners)
    for (const w of ctx.lex.comboJoiners) {
      if (!text.includes(`-${w}-`)) continue; // (most texts have none: a plain search spares the regex its scan)
      const re = comboRe(w);
      for (let m = re.exec(text); m; m = re.exec(text)) claim(ctx, m.index, m.index + m[0].length);
    }
    const em = ctx.F.emergency;
    // most texts hold no emergency number: a plain search spares the regex its scan
    if (em && (ctx.lex.emergencyNumbers.some((n) => text.includes(n)) || ctx.lex.serviceNumbers.some((n) => text.includes(n)))) {
      em.lastIndex = 0;
      for (let m = em.exec(text); m; m = em.exec(text)) {
        const [a, b] = m.indices![m[1] ? 1 : 2]!;
        claim(ctx, a, b);
      }
    }
  },
};

/**
 * Each match [start, end) a global scan of that e-mail regex would find, in order. Its name part is a run of
 * name characters, none of them "@", so a match's "@" is the first character after that run: for each
 * "@", the run before it (from the end of the last match on) is walked back, and the rest of the
 * address is tried from the "@" (when it fails, no match starts in that run).
 */
function eachEmail(ctx: FigureContext, f: (start: number, end: number) => void): void {
  const { text } = ctx;
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < done) continue;
    let p = at;
    for (let n = charBefore(text, p, EMAIL_NAME_CHAR); p > done && n; n = p > done ? charBefore(text, p, EMAIL_NAME_CHAR) : 0) p -= n;
    if (p === at) continue;
    EMAIL_TAIL_AT.lastIndex = at;
    if (!EMAIL_TAIL_AT.exec(text)) continue;
    done = EMAIL_TAIL_AT.lastIndex;
    f(p, done);
  }
}

/** The length of the code point ending before `i` when `re` (one code point, anchored) accepts it, else 0. */
function charBefore(text: string, i: number, re: RegExp): number {
  const c = text.charCodeAt(i - 1);
  const n = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return re.test(text.slice(i - n, i)) ? n : 0;
}

const comboCache = new Map<string, RegExp>();
/** "3-in-1": one digit, the joiner between hyphens, one digit (not "1-in-10", a share). */
function comboRe(joiner: string): RegExp {
  let re = comboCache.get(joiner);
  if (!re) comboCache.set(joiner, (re = new RegExp(`(?<![\\p{L}\\p{N}.,-])\\d-${joiner}-\\d(?![\\p{N}]|[.,]\\d)`, 'gu')));
  re.lastIndex = 0;
  return re;
}

/** The length of the code point of CODE_CHAR (a capital or an ASCII digit) ending before `i`, else 0. */
function codeCharBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  const n = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return CODE_CHAR.test(text.slice(i - n, i)) ? n : 0;
}

/**
 * Each match a global scan of CODE_RE would find, in order. A match holds a slash, and the look-behind
 * bars a capital or digit before it, so it starts where the run of capitals and digits before its
 * first slash starts: CODE_AT is tried there only, once per slash (each walk back stops at the slash
 * before, so the walks together read the text at most once).
 */
function eachCode(ctx: FigureContext, f: (m: RegExpExecArray) => void): void {
  const { text } = ctx;
  let done = 0;
  for (let s = text.indexOf('/'); s >= 0; s = text.indexOf('/', s + 1)) {
    let p = s;
    for (let n = codeCharBefore(text, p); p > 0 && n; n = p > 0 ? codeCharBefore(text, p) : 0) p -= n;
    if (p === s || p < done) continue;
    CODE_AT.lastIndex = p;
    const m = CODE_AT.exec(text);
    if (!m) continue;
    done = p + m[0].length;
    f(m);
  }
}
