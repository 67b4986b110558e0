// Pass: text that holds digits but never a figure — URLs, e-mail addresses, domains, identifiers
// after their label ("DOI: 10.1007/…", "ISBN …"), phone
// numbers (also emergency numbers next to a word of calling: "911 calls"), a line's numbering ("Meal 2"), footnote and comment counters ("[3]", "(8)", "(10, 11)"), a code's section glued to its number ("401(k)"), a reference's volume and pages ("2015; 28: 685-690"), a box score's line score ("28 31 25 30 — 114"), a case number ("FHC/ABJ/03/095/2018") and list numbering — is claimed first so
// that no later pass reads a number out of it.
import { ageInBrackets } from './context-words';
import { claim, eachAtDigitRuns, type FigureContext, type FigurePass } from './types';

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”«»]+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// a domain is found from its top-level part, then widened back to the start of the name
const TLD_RE = /\.(?<=[\p{L}\p{N}]\.)(?:com|org|net|gov|edu|int|eu|ua|ru|de|fr|uk|io|info|test|co|ch|at|pl|by|kz)(?:\/[^\s]*)?(?![\p{L}\p{N}])/giu;
// (a look-ahead for the first character: see `startsWith` in ../text)
const PHONE_RE = /(?=[+(0])(?:\+\d{1,3}(?:[\s\u00a0.-]?\(?\d{1,5}\)?){2,5}(?![\p{N}])|(?<![\p{L}\p{N}]|\p{N}[.,])(?:\+\d{1,3}[\s\u00a0./-]?)?(?:\(?0\d{2,5}\)?[\s\u00a0./-]?\d{3,}(?:[\s\u00a0.-]\d{2,})*|0\d[\s\u00a0./-]\d{3,4}[\s\u00a0.-]\d{4}|0[1-9](?:[\s\u00a0.]\d\d){4})(?![\p{N}]))/gu;
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
// A box score's line score: three per-period scores or more of one or two digits in a row, separated by single
// spaces, and the total after a dash ("Lakers 28 31 25 30 — 114", "0 0 1 0 2 — 3"): a score is no figure (labelling
// policy), and each period was listed as a count. Prose never writes numbers so; "1 000 000" has groups of three.
// (the look-behind stands after the first digit, which the regex can look for first)
const LINE_SCORE_RE = /\d(?<![\p{N}.,:/-]\d)\d?(?: \d{1,2}){2,}(?:[ \u00a0]*[-–—][ \u00a0]*\d{1,3})?(?![\p{N}%]|[.,:]\d)/gu;
// Longest run of name characters a domain is widened over.
const MAX_DOMAIN = 253;

export const reserved: FigurePass = {
  name: 'reserved',
  run(ctx) {
    const { text } = ctx;
    for (const re of [URL_RE, EMAIL_RE, TLD_RE, PHONE_RE, NANP_RE, MARKER_RE, SLASH_WORD_RE, LINE_SCORE_RE]) {
      if (re === EMAIL_RE && !text.includes('@')) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (re === TLD_RE) {
          let a = m.index;
          while (a > 0 && m.index - a < MAX_DOMAIN && /[\p{L}\p{N}.-]/u.test(text[a - 1])) a--;
          claim(ctx, a, m.index + m[0].length);
          continue;
        }
        // a "phone" that is really a spaced thousands group ("180 000") or a lone year is left alone
        if (re === PHONE_RE && !/^[+(]|^0/.test(m[0])) continue;
        // "Anna Müller (34) sagte": an age after a name, no counter (read by ./numbers)
        if (re === MARKER_RE && ageInBrackets(ctx, m.index, m.index + m[0].length)) continue;
        claim(ctx, m.index, m.index + m[0].length);
      }
    }
    if (text.includes('\n') || text.length < 40) {
      LABEL_LINE_RE.lastIndex = 0;
      const byWord = new Map<string, { numbers: Set<string>; at: Array<[number, number]> }>();
      for (let m = LABEL_LINE_RE.exec(text); m; m = LABEL_LINE_RE.exec(text)) {
        let w = byWord.get(m[1]);
        if (!w) byWord.set(m[1], (w = { numbers: new Set(), at: [] }));
        w.numbers.add(m[2]);
        w.at.push([m.index + m[0].length - m[2].length, m.index + m[0].length]);
      }
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
      id.lastIndex = 0;
      for (let m = id.exec(text); m; m = id.exec(text)) claim(ctx, m.index, m.index + m[0].length);
    }
    const em = ctx.F.emergency;
    // most texts hold no emergency number: a plain search spares the regex its scan
    if (em && ctx.lex.emergencyNumbers.some((n) => text.includes(n))) {
      em.lastIndex = 0;
      for (let m = em.exec(text); m; m = em.exec(text)) {
        const [a, b] = m.indices![m[1] ? 1 : 2]!;
        claim(ctx, a, b);
      }
    }
  },
};

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
