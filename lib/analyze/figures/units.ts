// What follows a number: a scale, or a unit, currency or percent word ("km", "euros", "per cent"), decided by
// context where the word is both ("243 pounds" of weight, "5 million pounds" of money).
import type { FigureKind } from '../types';
import type { FigureContext } from './types';
import { firstAtOrAfter } from '../sorted';

export interface UnitAfter {
  kind: FigureKind;
  /** ISO currency code (money) or normalised unit. */
  unit: string;
  /** Offset after the unit word. */
  end: number;
}

/** Normalised units of time (lexicon `units`): a number with one is a duration. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['s', 'min', 'h', 'd', 'wk', 'mo', 'yr']);

/**
 * The scale word right after `pos` ("million", "bn", "млн"), or with `attached` first one glued to an
 * amount of money ("$1.2bn", "£750mn", "$300M"): its factor and where it ends.
 */
export function scaleAfter(ctx: FigureContext, pos: number, attached: boolean): { scale: number; end: number } | null {
  const { F, text } = ctx;
  let m: RegExpExecArray | null = null;
  if (attached) {
    F.scaleAttachedAt.lastIndex = pos;
    m = F.scaleAttachedAt.exec(text);
  }
  if (!m) {
    F.scaleAt.lastIndex = pos;
    m = F.scaleAt.exec(text);
  }
  // (an attached scale's case matters, "M": looked up as written when its lower case is no scale)
  return m ? { scale: F.scaleMap.get(m[1].toLowerCase()) ?? F.scaleMap.get(m[1]) ?? 1, end: pos + m[0].length } : null;
}

/** The unit word right after `pos`, if any. `scaled`: a scale word came before ("5 million pounds"). */
export function unitAfter(ctx: FigureContext, pos: number, scaled: boolean, hasCurrency: boolean): UnitAfter | null {
  const { F, text } = ctx;
  if (inchMarkAt(ctx, pos)) return { kind: 'measure', unit: 'in', end: pos + 1 };
  F.unitAt.lastIndex = pos;
  const um = F.unitAt.exec(text);
  if (!um) return decimalPointAfter(ctx, pos) ?? caseUnitAfter(ctx, pos);
  const word = um[1].toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  const u = F.unitMap.get(word);
  // a bare single letter ("p" for pence) only when attached to the number; a Cyrillic one is set apart
  // by the language's typography ("150 г", "1 л", "5 т") and is no word of its own there
  if (!u || (/^\p{L}$/u.test(um[1]) && um[0].length > 1 && !/^\p{Script=Cyrillic}$/u.test(um[1]))) return null;
  const end = pos + um[0].length;
  // "5 г. до н. э.", "3 т. р.", "249 л.с.": a single letter followed by a dot and another letter is an
  // abbreviation of its own (a year, thousands of roubles, horsepower), not grams, tonnes or litres
  if (/^\p{L}$/u.test(um[1]) && /^\.(?:\p{L}|[\s\u00a0]\p{Ll})/u.test(text.slice(end, end + 3))) return null;
  // "120W 42nd St": a glued letter before an ordinal or a street is an address's direction, not watts
  if (/^\p{L}$/u.test(um[1])) {
    const rest = text.slice(end, end + MAX_STREET_LOOKAHEAD);
    if (ORDINAL_AFTER.test(rest) || F.streetAfter.test(rest)) return null;
  }
  // "10x Genomics", "777x jets": a multiple's "x" before a capitalised word, or after a whole number of
  // three digits or more, is part of a name or a model ("a 2x zoom", "1.5x" are multiples)
  // "1920×1080", "1080 x 1920": a multiplication sign before another number joins the sides of a dimension, no multiple
  if (u.unit === '×' && /^[x×X]$/.test(um[1]) && /^[ \u00a0]?\d/.test(text.slice(end, end + 2))) return null;
  if (u.unit === '×' && /^[xX]$/.test(um[1]) && (/^[\s\u00a0]+\p{Lu}/u.test(text.slice(end, end + 3)) || /(?<![\d.,])\d{3,}$/.test(text.slice(Math.max(0, pos - 12), pos)))) return null;
  // "500 TB cases", "2,000 TB deaths": set apart and before a noun, the letters are a word of their own
  if (um[0].length > um[1].length && ctx.lex.nounlessUnits.includes(word) && nounAfter(ctx, end)) return null;
  const measure = ctx.lex.ambiguousUnits[word];
  if (u.kind === 'money' && measure && !hasCurrency && !scaled && !moneyContext(ctx, pos)) return { kind: 'measure', unit: measure, end };
  return { kind: u.kind, unit: u.unit, end };
}

// How far back an open quotation is looked for in the paragraph of an inch mark.
const MAX_QUOTE_LOOKBEHIND = 2000;

/**
 * Is the mark at `pos`, glued to a number, an inch mark ('a 34" screen', "a 15.6″ display")? The double prime
 * always; a straight double quote only where it closes no quotation ('she said "I have 34" friends'): the last
 * straight quote of its paragraph before it closes (or there is none), no curly quotation is open before it
 * (“, «, or a German „ anywhere in the line), and no letter or digit follows.
 */
function inchMarkAt(ctx: FigureContext, pos: number): boolean {
  const { text } = ctx;
  const c = text[pos];
  if (c === '″') return !/[\p{L}\p{N}]/u.test(text[pos + 1] ?? ' ');
  if (c !== '"' || /[\p{L}\p{N}]/u.test(text[pos + 1] ?? ' ')) return false;
  if (curlyQuoteOpen(ctx, pos)) return false;
  // only the last quote before it matters: one after a space (or a line's start) opens, one after a word closes
  const j = text.lastIndexOf('"', pos - 1);
  if (j < 0 || pos - j > MAX_QUOTE_LOOKBEHIND || text.slice(j + 1, pos).includes('\n')) return true;
  // (after a dash or a colon too: 'he said—"we sold 34" units')
  return !(j === 0 || /[\s([{\-–—:/]/u.test(text[j - 1]));
}

/** Is a curly quotation open in the line before `pos` (“We sold 12" he said: the “ is not closed)? */
function curlyQuoteOpen(ctx: FigureContext, pos: number): boolean {
  const { text } = ctx;
  const marks = curlyMarksOf(ctx);
  let english = 0;
  let french = 0;
  for (let k = firstAtOrAfter(marks, pos) - 1; k >= 0 && pos - marks[k] <= MAX_QUOTE_LOOKBEHIND; k--) {
    const q = text[marks[k]];
    if (q === '\n') break;
    if (q === '„') return true;
    // (the nearest of a pair before the mark says whether it is open)
    if (!english && (q === '“' || q === '”')) english = q === '“' ? 1 : -1;
    if (!french && (q === '«' || q === '»')) french = q === '«' ? 1 : -1;
  }
  return english > 0 || french > 0;
}

/** The context's `curlyMarks`, found on first use. */
function curlyMarksOf(ctx: FigureContext): number[] {
  if (!ctx.curlyMarks) {
    ctx.curlyMarks = [];
    for (const m of ctx.text.matchAll(/[„“”«»\n]/gu)) ctx.curlyMarks.push(m.index!);
  }
  return ctx.curlyMarks;
}

// How far after a unit an address's ordinal or street word, or the noun that makes its letters a word, is looked for.
const MAX_STREET_LOOKAHEAD = 40;
// ("120W 42nd St"; a street's name and word, "120W Main Street", are the lexicon's streetAfter)
const ORDINAL_AFTER = /^[\s\u00a0]+\d+(?:st|nd|rd|th)\b/u;

/** Does a word other than a stop word or a quantity's link ("of", "de") follow at `end` ("500 TB | cases")? */
function nounAfter(ctx: FigureContext, end: number): boolean {
  const m = /^[\s\u00a0]+(\p{L}+)/u.exec(ctx.text.slice(end, end + MAX_STREET_LOOKAHEAD));
  const w = m?.[1].toLowerCase();
  return !!w && !ctx.lex.stopWords.includes(w) && !ctx.lex.quantityLinks.includes(w);
}

/** Does the sentence around `pos` speak of money ("paid", "worth", "cost")? */
function moneyContext(ctx: FigureContext, pos: number): boolean {
  const words = ctx.F.moneyWords;
  if (!words.size) return true;
  const si = ctx.sentences.at(pos);
  if (si < 0) return false;
  const sentence = ctx.text.slice(ctx.sentences.starts[si], ctx.sentences.ends[si]).toLowerCase();
  for (const w of sentence.match(/\p{L}+/gu) ?? []) if (words.has(w)) return true;
  return false;
}

/** A unit written in one case only right after `pos` ("151 PS", "197 Nm", "12MP"; lexicon `caseUnits`), if any. */
function caseUnitAfter(ctx: FigureContext, pos: number): UnitAfter | null {
  const re = ctx.F.caseUnitAt;
  if (!re) return null;
  re.lastIndex = pos;
  const m = re.exec(ctx.text);
  if (!m) return null;
  // a hyphen before any of them ("12-MP", "a 100-PS-Motor", "a 9-V battery"), a space never before one read glued ("400 MP candidates": lexicon gluedUnits)
  if (m[1] && m[1] !== '-' && ctx.lex.gluedUnits.includes(m[2])) return null;
  // (a single capital after a hyphen is a code's letter, a filing's or a model's: "a 20-F report", "Form 10-K")
  if (m[1] === '-' && m[2].length === 1 && ctx.lex.gluedUnits.includes(m[2])) return null;
  if (m[2].length === 1 && ctx.lex.gluedUnits.includes(m[2]) && !letterUnitNumber(ctx.text, pos, pos + m[0].length)) return null;
  return { kind: 'measure', unit: ctx.lex.caseUnits[m[2]], end: pos + m[0].length };
}

// A number glued to one capital ("40C", "75F") stands alone in prose: not inside an escape or an address ("%2F",
// "?id=2F", "/2C"), a code glued to letters ("bus X38C"), nor a catalogue name whose number follows ("3C 273").
const LETTER_UNIT_BEFORE = /[%#=/_\p{L}]$/u;
const LETTER_UNIT_AFTER = /^[ \u00a0]?\d/;

/** Is the number ending at `pos`, glued to a one-letter unit ending at `end`, a measure and not part of a code? */
function letterUnitNumber(text: string, pos: number, end: number): boolean {
  let start = pos;
  while (start > 0 && /[\d.,]/.test(text[start - 1])) start--;
  return !LETTER_UNIT_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && !LETTER_UNIT_AFTER.test(text.slice(end, end + 2));
}

// Characters read before a number's end for its decimals: a separator, up to DECIMAL_INT_DIGITS digits, the separator
// and two decimals fit in 10; a number longer than that is no rate's point anyway.
const DECIMAL_WINDOW = 12;
// Digits before the decimal separator a rate's point may have (bounded so the window above always holds the character before them).
const DECIMAL_INT_DIGITS = 6;
// Characters read after the number for " points" and the word after it (" points par match": 17).
const POINT_WORDS_WINDOW = 24;
const decimalEnd = {
  // "0,5", "18,5" — not "2.000" nor "1.250" (dot thousands), nor a decimal after a dotted group
  eu: new RegExp(`(?:^|[^\\d.,])\\d{1,${DECIMAL_INT_DIGITS}},\\d{1,2}$`),
  en: new RegExp(`(?:^|[^\\d.,])\\d{1,${DECIMAL_INT_DIGITS}}\\.\\d{1,2}$`),
};

/**
 * "0,5 point": a percentage point written as a bare point after a number with real decimals (lexicon decimalPointWords),
 * unless a word of a score follows the point (lexicon scorePointWords: "18,5 points par match", "8,5 points sur 10").
 */
function decimalPointAfter(ctx: FigureContext, pos: number): UnitAfter | null {
  const words = ctx.lex.decimalPointWords;
  if (!words.length || !decimalEnd[ctx.lex.numbers === 'eu' ? 'eu' : 'en'].test(ctx.text.slice(Math.max(0, pos - DECIMAL_WINDOW), pos))) return null;
  const m = /^[ \u00a0](\p{L}+)(?![\p{L}])(?:[ \u00a0]+(\p{L}+))?/u.exec(ctx.text.slice(pos, pos + POINT_WORDS_WINDOW));
  if (!m || !words.includes(m[1].toLowerCase())) return null;
  if (m[2] && ctx.lex.scorePointWords.includes(m[2].toLowerCase())) return null;
  return { kind: 'percent', unit: '%', end: pos + 1 + m[1].length };
}
