// What the words around a number say about it: the text just before it, whether it starts a
// sentence, and whether it belongs to a name ("Boeing 737", "CAC 40", "NHS 111").
import type { FigureContext } from './types';
import { someOccurrence, wordBefore, wordIndex } from './word-index';

const NAME_CHAR = /[\p{L}&.'’-]/u;
const NAME_WORD_OK = /^(?:[\p{Ll}]|\p{Lu}\p{Ll}*$)/u;
const CUR_CODE = /^[A-Z]{3}$/;
/** Capitalised parts joined by hyphens: "Wi-Fi", "Coca-Cola". */
const HYPHEN_NAME = /^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)+$/u;
/** A word with a capital inside it after a lower-case letter: "iPhone", "MagSafe", "AirPods", "PlayStation". */
const CAMEL_NAME = /^(?:\p{Ll}+\p{Lu}|\p{Lu}\p{Ll}+\p{Lu})\p{L}*\p{Ll}\p{L}*$/u;
/** An operating system's name, lower case then capitals: "iOS", "macOS", "watchOS", "tvOS" (a version number follows). */
const LOWER_CAPS_NAME = /^\p{Ll}+\p{Lu}{2,}$/u;
/** Length of the run of digits (and separators) at `pos`. */
const digitsAt = (text: string, pos: number) => /^[\p{N}.,]*/u.exec(text.slice(pos, pos + 20))![0].length;
// What the few characters before a sentence (or clause) start end with.
const SENTENCE_START_BEFORE = /(?:^|[.!?…:;"“”«»—–-]\s*|\n\s*)$/u;

/**
 * NAME_CHAR.test(text[i]) for one code unit: ASCII by its code (the letters, "&", ".", "'", "-"),
 * the rest by the regex. nameBefore walks back over every number's preceding word with it (a regex
 * call per character was a tenth of the analysis of 50k numbers after names; a one-character
 * string per character, 6 % of it in Chromium).
 */
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x80) return NAME_CHAR.test(text[i]);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x26 || c === 0x2e || c === 0x27 || c === 0x2d;
}

/** Could CAMEL_NAME match `w`? It needs a capital after the first character: a word of ASCII without one ("Minister") cannot. */
function mayBeCamel(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return true;
  }
  return false;
}

/** /^\p{Lu}/u.test(w), with an ASCII first letter answered by its code. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x80 ? /^\p{Lu}/u.test(w) : c >= 0x41 && c <= 0x5a;
}

/** Up to `len` characters before `pos`. */
export function before(ctx: FigureContext, pos: number, len = 40): string {
  return ctx.text.slice(Math.max(0, pos - len), pos);
}

/**
 * How many characters before a year at `pos` belong to it: the words of its date preposition that name a part of
 * the year ("early 2020", "bis Ende 2024" → "Ende 2024", "наприкінці 2024 року"), never a plain preposition ("in
 * 2015", "seit 2020", "в 2016 году" are labelled without it, as a date with a year is).
 */
export function yearLeadLength(ctx: FigureContext, pos: number): number {
  const b = before(ctx, pos);
  if (!ctx.F.yearPeriodBefore || !ctx.F.datePrepBefore.test(b)) return 0;
  return ctx.F.yearPeriodBefore.exec(b)?.[0].length ?? 0;
}

/** Does `pos` start a sentence (or a clause after a colon, dash or quotation mark)? */
export function isSentenceStart(ctx: FigureContext, pos: number): boolean {
  return pos === 0 || SENTENCE_START_BEFORE.test(before(ctx, pos, 4));
}

/** Is the word right before `pos` (one space) a capitalised name word, so the number belongs to a name? */
export function nameBefore(ctx: FigureContext, pos: number): boolean {
  const { text, F } = ctx;
  const sp = pos - 1;
  if (sp < 1 || (text[sp] !== ' ' && text[sp] !== '\u00a0')) return false;
  let wb = sp;
  while (wb > 0 && sp - wb < 30 && isNameChar(text, wb - 1)) wb--;
  const w = text.slice(wb, sp);
  if (!w && modelCodeBefore(text, sp, pos)) return true;
  // a product's name in mixed case ("iPhone 15", "MagSafe 2", "AirPods 2"): a model number follows,
  // unless a unit or percent sign is glued to it ("MacBook 256GB")
  if (w && mayBeCamel(w) && (CAMEL_NAME.test(w) || LOWER_CAPS_NAME.test(w)) && !/[\p{L}%‰]/u.test(text[pos + digitsAt(text, pos)] ?? '')) return true;
  if (!w || !startsUpper(w)) return false;
  const lw = w.toLowerCase().replace(/[.’']$/, '');
  if (F.lowerWords.has(lw) || F.monthMap.has(lw) || F.scaleMap.has(lw)) return false;
  // a unit's word before a number gives its amount ("Rs 2000", "USD 500"), but a capitalised word before a year
  // inside a sentence names an event ("Euro 2020", "the World Cup 2019 final") — where only names are capitalised
  // ("der Jahre 1991 bis 2020" is a span of years; a currency's word before a year is the name there too: "nach der Euro 2024")
  if (F.unitMap.has(lw) && ((ctx.lex.capitalisedNouns && F.unitMap.get(lw)!.kind !== 'money') || !TITLE_WORD.test(w) || !YEAR_AT.test(text.slice(pos, pos + 5)) || amountGoesOn(ctx, pos + 4))) return false;
  if (CUR_CODE.test(w) && F.unitMap.get(lw)?.kind === 'money') return false;
  if (isSentenceStart(ctx, wb)) return false;
  if (placeBeforeCount(ctx, wb, w, pos)) return false;
  // "Wi-Fi 6", "Coca-Cola 2": capitalised parts joined by hyphens, where only names are capitalised (not before a year:
  // "the Trump-Biden 2020 race")
  return NAME_WORD_OK.test(w) || /^[\p{Lu}\p{N}&]+$/u.test(w) || (!ctx.lex.capitalisedNouns && HYPHEN_NAME.test(w) && !/^(?:1[89]|20)\d\d(?!\d)/.test(text.slice(pos, pos + 5)));
}

// A model's code ("G3", "S10", "XPS13") ending the text before a number, and what follows that number: a capitalised word.
const MODEL_CODE_END = /(?<![\p{L}\p{N}.,-])\p{Lu}{1,4}\d{1,3}$/u;
const CAPITALISED_NEXT = /^\d+[ \u00a0]+\p{Lu}/u;
// Characters read before a number for a model's code.
const MAX_MODEL_CODE = 8;

/**
 * "Dell G3 15 Intel Core i5": a number between a model's code (capitals and digits) and a capitalised word is the
 * size or variant in the model's name, as in a capitalised name run; before a lower-case word it may be a count.
 * `sp` is the space before the number at `pos`.
 */
function modelCodeBefore(text: string, sp: number, pos: number): boolean {
  return MODEL_CODE_END.test(text.slice(Math.max(0, sp - MAX_MODEL_CODE), sp)) && CAPITALISED_NEXT.test(text.slice(pos, pos + 8));
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const WORD_BEFORE = /(?<![\p{L}])(\p{Ll}+)[ \u00a0]$/u;

/**
 * "ворог випустив по Україні 45 ударних дронів": a Cyrillic name after a preposition (a place in an oblique case) and a
 * number that goes on with a lower-case word is the place, then a count — no name's number: Cyrillic names keep their
 * number in the nominative, or take a hyphen ("Су-34", "Формула-1"). `wb` is where the name word `w` starts.
 */
function placeBeforeCount(ctx: FigureContext, wb: number, w: string, pos: number): boolean {
  if (!CYRILLIC_WORD.test(w)) return false;
  const p = WORD_BEFORE.exec(before(ctx, wb, 12));
  if (!p || !ctx.F.lowerWords.has(p[1])) return false;
  return /^[ \u00a0]\p{Ll}/u.test(ctx.text.slice(pos + digitsAt(ctx.text, pos), pos + digitsAt(ctx.text, pos) + 2));
}

/** A scale or a rate after a number ending at `end` ("Yen 2000 billion", "Euro 2000 per violation", "Euro 1990 a month"): an amount. */
function amountGoesOn(ctx: FigureContext, end: number): boolean {
  const { F } = ctx;
  F.scaleAt.lastIndex = end;
  F.rateAt.lastIndex = end;
  return F.scaleAt.test(ctx.text) || F.rateAt.test(ctx.text);
}

// A word in title case of three letters or more ("Euro", "Cup"; not "Rs"), and a year's four digits.
const TITLE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const YEAR_AT = /^(?:1[89]|20)\d\d(?![\d.,])/;

// The name-and-number pairs ("Thunderbolt 3", "Wi-Fi 6") a text writes inside a sentence, per analysis.
const namePairs = new WeakMap<FigureContext, Set<string>>();
// A capitalised word and a number after one space, where such a pair may stand:
//   /(?<![\p{L}\p{N}&.'’-])(\p{Lu}[\p{L}&.'’-]{0,29}) (\d{1,4})(?![\p{N}]|[.,]\d)/gu
// read as `eachPair` does: its number, sticky, is tried where a run of digits starts after a space,
// and the word is walked back from there. (The global scan tried its look-behind at every character.)
const PAIR_NUMBER_AT = /(\d{1,4})(?![\p{N}]|[.,]\d)/uy;
// Longest name word of a pair, in code points.
const MAX_PAIR_WORD = 30;
const CAPITAL = /^\p{Lu}$/u;
const NUMBER_CHAR = /^\p{N}$/u;

/** The code point ending before `i` (one or two code units). */
function codePointBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? i - 2 : i - 1, i);
}

/**
 * Each name-and-number pair of the text, [word, digits], as a global scan of the regex above finds
 * them. Its word's characters are all NAME_CHAR and its look-behind bars one before it, so the word is
 * the whole run of them before the space (at most MAX_PAIR_WORD long, opening on a capital, after no
 * digit); its number opens a run of digits.
 */
function eachPair(ctx: FigureContext, f: (word: string, digits: string, at: number) => void): void {
  const { text } = ctx;
  for (const p of ctx.digitRuns) {
    if (p < 2 || text.charCodeAt(p - 1) !== 0x20) continue;
    let s = p - 1;
    let n = 0;
    for (let ch = codePointBefore(text, s); s > 0 && n <= MAX_PAIR_WORD && NAME_CHAR.test(ch); ch = s > 0 ? codePointBefore(text, s) : '') {
      s -= ch.length;
      n++;
    }
    if (n === 0 || n > MAX_PAIR_WORD || (s > 0 && NUMBER_CHAR.test(codePointBefore(text, s)))) continue;
    const first = text.codePointAt(s)!;
    if (!CAPITAL.test(String.fromCodePoint(first))) continue;
    PAIR_NUMBER_AT.lastIndex = p;
    const m = PAIR_NUMBER_AT.exec(text);
    if (m) f(text.slice(s, p - 1), m[1], p);
  }
}

/**
 * Is the number at `pos` (digits `raw`) at a sentence's start after a capitalised word that the same text names with
 * the same number inside a sentence ("Thunderbolt 3 is staying." after "four Thunderbolt 3 ports")? Then it is that
 * name's number too; nameBefore alone cannot tell a name from a sentence's first word.
 */
export function namedElsewhere(ctx: FigureContext, pos: number, raw: string): boolean {
  const sp = pos - 1;
  if (sp < 1 || ctx.text[sp] !== ' ') return false;
  let wb = sp;
  while (wb > 0 && sp - wb < 30 && isNameChar(ctx.text, wb - 1)) wb--;
  const w = ctx.text.slice(wb, sp);
  if (!w || !startsUpper(w) || !isSentenceStart(ctx, wb)) return false;
  let pairs = namePairs.get(ctx);
  if (!pairs) {
    pairs = new Set();
    const found = pairs;
    eachPair(ctx, (word, digits, at) => {
      if (nameBefore(ctx, at)) found.add(`${word} ${digits}`);
    });
    namePairs.set(ctx, pairs);
  }
  return pairs.has(`${w} ${raw}`);
}

// "Anna Müller (34) sagte", "Der Angeklagte (34),": a person's age in brackets after the name or the noun (a press
// convention, mostly German): a given name and a surname, or a determiner and a person's noun (lexicon
// bracketAgeNouns), before the bracket, and the sentence going on after it (a comma, or a word in lower case).
// German capitalises every noun, so two capitalised words are no name by themselves ("Alle Kommentare (8) anzeigen",
// "Siehe Seite (12)"): the surname must come back on its own elsewhere in the text, as a person's does ("Müller
// sagte"), or a title stand before it. A footnote ("… growth (3).") or a list's number has neither.
const AGE_BRACKET_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}'’-]*\.?)[ \u00a0]+(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \u00a0]?$/u;
const AGE_BRACKET_AFTER = /^(?:,|[ \u00a0]+\p{Ll})/u;
// A second "Name (n)" in the same sentence makes the brackets a score or a tally ("Bayern München (2) und Borussia
// Dortmund (1)", "Manchester United (12) beat Liverpool (10)", "Die Grünen (12) und die SPD (40)"), not ages.
const OTHER_BRACKET_AFTER = /^[^.!?\n]{0,80}?\p{Lu}[\p{L}'’-]*[ \u00a0]?\(\d{1,3}\)/u;
const OTHER_BRACKET_BEFORE = /\p{Lu}[\p{L}'’-]*[ \u00a0]?\(\d{1,3}\)[^.!?\n]{0,80}$/u;
// The ages a bracket after a name may hold (a number beyond is no age: a count, a year).
const MAX_BRACKET_AGE = 110;

/** Is "(34)" in [open, close) an age after a name or a person's noun (see AGE_BRACKET_BEFORE)? */
export function ageInBrackets(ctx: FigureContext, open: number, close: number): boolean {
  const { text } = ctx;
  if (text[open] !== '(' || text[close - 1] !== ')') return false;
  const inner = text.slice(open + 1, close - 1);
  if (!/^[1-9]\d?$|^1[01]\d$/.test(inner) || +inner > MAX_BRACKET_AGE) return false;
  if (!AGE_BRACKET_AFTER.test(text.slice(close, close + 3))) return false;
  const head = before(ctx, open, 60);
  const m = AGE_BRACKET_BEFORE.exec(head);
  if (!m) return false;
  if (OTHER_BRACKET_AFTER.test(text.slice(close, close + 100)) || OTHER_BRACKET_BEFORE.test(head.slice(0, m.index))) return false;
  const first = m[1].toLowerCase().replace(/\.$/, '');
  const noun = m[2];
  if (ctx.lex.determiners.includes(first)) return ctx.lex.bracketAgeNouns.includes(noun.toLowerCase());
  return personName(ctx, m[1], noun);
}

/** Is "First Surname" a person's name? Answered once per name and text. */
function personName(ctx: FigureContext, first: string, surname: string): boolean {
  const known = (ctx.personNames ??= new Map());
  const key = `${first}\u0000${surname}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = readsAsPerson(ctx, first, surname)));
  return answer;
}

/** A title before the surname, or the surname on its own elsewhere in the text (and the first name never in lower case). */
function readsAsPerson(ctx: FigureContext, first: string, surname: string): boolean {
  const lc = first.toLowerCase().replace(/\.$/, '');
  if ((ctx.lex.personTitles ?? []).includes(lc)) return true;
  if (!/^\p{Lu}/u.test(first) || ctx.F.lowerWords.has(lc)) return false;
  if (ctx.lex.referenceWords.some((w) => w.toLowerCase() === surname.toLowerCase())) return false;
  // (each question reads its word's places in the text's word index, built at the first: a regex scan of the
  // whole text per name was quadratic on a page of many names in brackets)
  const idx = (ctx.words ??= wordIndex(ctx.text));
  // (a given name is never written in lower case: "alle", "weitere", "siehe" are words of the sentence)
  if (someOccurrence(idx, ctx.text, first.toLowerCase(), () => true)) return false;
  // the surname once without this first name right before it
  return someOccurrence(idx, ctx.text, surname, (k) => wordBefore(idx, ctx.text, k) !== first);
}

// "Jane Doe, 34, of Boston", "Anna Müller, 34, sagte": an age set off by commas after a first name and a surname.
// (the first word no function word: "In Texas, 12," is a place's tally)
const AGE_COMMA_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+\p{Lu}\p{Ll}[\p{L}'’-]*,[ \u00a0]$/u;

/** Is the number in [start, end) an age between commas after a person's first name and surname (AGE_COMMA_BEFORE)? */
export function ageInCommas(ctx: FigureContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (text[end] !== ',' || end - start > 3 || +text.slice(start, end) > MAX_BRACKET_AGE) return false;
  const m = AGE_COMMA_BEFORE.exec(before(ctx, start, 60));
  return !!m && !ctx.F.lowerWords.has(m[1].toLowerCase()) && !ctx.lex.determiners.includes(m[1].toLowerCase());
}
