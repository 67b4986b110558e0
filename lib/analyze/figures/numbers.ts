// Pass: numbers written in digits, each extended in place: a currency before it ("$", "US$",
// "DKK "), a sign, a fraction ("1-1/2", "2½", "3/4"), a range ("15-20%"), a scale ("million",
// "bn", "млн"), a unit, currency or percent word after it (by context where a word is both:
// "243 pounds" of weight), and a rate ("$30 a tonne", "58 Euro im Monat"). Numbers glued to
// letters ("G7", "COVID-19", "5G", with a variant: "A350-900"), following a name word ("Boeing 737")
// or a reference word ("Section 230"; a plural one before two: "junctions 4 and 5") or naming a variant
// ("787-9": a shorter number after a hyphen) are not figures.
import type { FigureKind, FigureSpan } from '../types';
import { dotThousands, isoDate, parseNumber } from './compile';
import { ageInBrackets, ageInCommas, before, nameBefore, namedElsewhere } from './context-words';
import { colonScoreAt, isBareScore, recordAt, scoreLineNumbers } from './scores';
import { claim, eachAtDigitRuns, isFree, pushFigure, type FigureContext, type FigurePass } from './types';
import { TIME_UNITS, scaleAfter, unitAfter, type UnitAfter } from './units';
import { changeBefore, repeatedUnitRange } from './unit-ranges';
import { nounBeforeAmount } from './noun-amounts';
import { referenceBefore, streetAfter, streetBefore } from './word-spots';

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };
// "1-1/2", "1 1/2", "2½", "6 ½": a whole number and a fraction after it
const MIXED = /^(?:[-  ](\d{1,2})\/(\d{1,2})(?![\d/])|[  ]?([½¼¾⅓⅔⅛]))/u;
// "3/4": a proper fraction with a small denominator (not "24/7" or a date)
const FRACTION = /^\/([2-9]|1[0-6])(?![\d/])/;

export const numbers: FigurePass = {
  name: 'numbers',
  run(ctx) {
    const { text } = ctx;
    // "Wild 4, Sabres 1:": the numbers of a round-up's score line are no figures (./scores)
    for (const [a, b] of scoreLineNumbers(text)) if (isFree(ctx, a, b)) claim(ctx, a, b);
    // every number a scan of the text finds starts a run of digits: the previous one ended before a non-digit
    eachAtDigitRuns(ctx, ctx.F.numAt, (m) => {
      const ns = m.index;
      if (!isFree(ctx, ns, ns + m[0].length)) return;
      const prev = text[ns - 1] ?? ' ';
      if (/[\p{N}.,]/u.test(prev) && !/\s/u.test(prev)) return; // tail of another token
      readNumber(ctx, ns, m[0]);
    });
    // "½ cup sweet potato", "¼ cup feta": a fraction sign alone is a number too (after a number, "2½", it is that number's)
    if (/[½¼¾⅓⅔⅛]/u.test(text)) {
      LONE_VULGAR.lastIndex = 0;
      for (let m = LONE_VULGAR.exec(text); m; m = LONE_VULGAR.exec(text)) {
        const ns = m.index;
        if (!isFree(ctx, ns, ns + 1)) continue;
        const u = unitAfter(ctx, ns + 1, false, false);
        if (u && u.kind === 'measure') pushFigure(ctx, ns, u.end, 'measure', VULGAR[m[0]], u.unit);
        // ("½ of voters": a share)
        else if (ctx.lex.quantityLinks.includes((/^[\s\u00a0]+(\p{L}+[’']?)/u.exec(text.slice(ns + 1, ns + 8))?.[1] ?? '').toLowerCase())) pushFigure(ctx, ns, ns + 1, 'percent', Math.round(VULGAR[m[0]] * 1000) / 10, '%');
        else pushFigure(ctx, ns, ns + 1, 'count', VULGAR[m[0]]);
      }
    }
  },
};

// A fraction sign standing alone, not glued to a number or a word.
const LONE_VULGAR = /(?<![\p{L}\p{N}]|\p{N}[ \u00a0])[½¼¾⅓⅔⅛](?![\p{L}\p{N}])/gu;

/** A number that is part of a name or a reference, with its range tail ("Collection 1-4", "§§ 3-5"): neither number is read again. */
function notAFigure(ctx: FigureContext, ns: number, ne: number): void {
  const r = at(ctx, ctx.F.rangeSepAt, ne);
  const m2 = r ? at(ctx, ctx.F.numAt, ne + r[0].length) : null;
  claim(ctx, ns, r && m2 ? ne + r[0].length + m2[0].length : ne);
}

// Characters read after a reference's number for a second one joined by "and": a space, the word, a space and four digits, with room.
const JOINED_REFERENCE_WINDOW = 16;

/**
 * "between junctions 4 and 5", "Sections 3 and 4", "статтями 185 і 190": after a reference word in the plural (lexicon
 * referencePlurals), two numbers joined by the language's "and" (lexicon andWords) are references, both claimed —
 * unless a unit, a scale or a counted noun follows the second ("pages 3 and 40 people"). Alone after a plural a number
 * may be a count ("auf beiden Seiten 30 Verletzte"), so the plural needs the pair.
 */
function joinedReference(ctx: FigureContext, ns: number, ne: number): boolean {
  const { F, text } = ctx;
  if (!F.referencePluralBefore?.test(before(ctx, ns, 16))) return false;
  const m = /^[ \u00a0]+(\p{L}+)[ \u00a0]+(\d{1,4})(?![\p{N}]|[.,]\d)/u.exec(text.slice(ne, ne + JOINED_REFERENCE_WINDOW));
  if (!m || !ctx.lex.andWords.includes(m[1].toLowerCase())) return false;
  const end = ne + m[0].length;
  F.countNounAt.lastIndex = end;
  if (unitAfter(ctx, end, false, false) || scaleAfter(ctx, end, false) || F.countNounAt.test(text)) return false;
  return claimed(ctx, ns, end);
}

/** Characters read after a model's number for its variant: a hyphen and a few digits ("-900"), with room to see what follows. */
const CODE_TAIL_SPAN = 12;

// A unit's word in title case after a number, then a capitalised word ("80 Day Obsession"); and a lower-case word before it.
const TITLE_UNIT_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{2,})[ \u00a0]+(\p{Lu}\p{L}*)/u;
const LOWER_WORD_BEFORE = /(?<![\p{L}])\p{Ll}[\p{L}'’-]*[ \u00a0]+$/u;

/**
 * "If you’ve done 80 Day Obsession with …": where only names are capitalised, a unit written with a capital inside a
 * sentence of lower-case words, before another capitalised word, is a word of a name (a programme, a product), and
 * the number with it; in a headline in title case ("How 80 Day Obsession Works") the word before is capitalised too,
 * and a day, a month or a function word after the unit is no name's word.
 */
function titleUnitName(ctx: FigureContext, ns: number, ne: number): boolean {
  if (ctx.lex.capitalisedNouns) return false;
  const m = TITLE_UNIT_AFTER.exec(ctx.text.slice(ne, ne + 40));
  if (!m || ctx.F.unitMap.get(m[1].toLowerCase())?.kind !== 'measure') return false;
  // ("dropped 10 Inches Tuesday", "3 Days In March": a day, a month or a function word after it is no name's word)
  const next = m[2].toLowerCase();
  return !ctx.lex.weekdays.includes(next) && !ctx.F.monthMap.has(next) && !ctx.F.lowerWords.has(next) && LOWER_WORD_BEFORE.test(before(ctx, ns, 30));
}

/** After a number glued to letters ("A350"), its variant joined by a hyphen ("-900") is part of the code: claimed (not after a year: "FY2020-22"). */
function claimCodeTail(ctx: FigureContext, raw: string, ne: number): void {
  if (/^(?:1[89]|20)\d\d$/.test(raw)) return;
  const m = /^[-‑]\d+(?![\p{L}\p{N}])/u.exec(ctx.text.slice(ne, ne + CODE_TAIL_SPAN));
  if (m) claim(ctx, ne, ne + m[0].length);
}

/** Sticky regex `re` tried at `pos`. */
function at(ctx: FigureContext, re: RegExp, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(ctx.text);
}

/**
 * Lines of a video format: "720p", "1080p" (the standard heights, written without a separator) are a
 * resolution, not pence; "142.9p a litre", "85p" and a share price of "1,080p" stay money.
 */
const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

function isVideoLines(text: string, ne: number, end: number, value: number, scale: number, hi: number | null | undefined): boolean {
  return scale === 1 && hi == null && VIDEO_LINES.has(value) && end === ne + 1 && text[ne] === 'p';
}

/** A currency symbol or code right before the number at `ns`: its ISO code and where it starts. */
function currencyBefore(ctx: FigureContext, ns: number): { code: string; start: number } | null {
  const cur = ctx.F.prefixCur.exec(before(ctx, ns, 8));
  if (!cur) return null;
  const sym = cur[1] || cur[2];
  const code = ctx.F.unitMap.get(sym.toLowerCase());
  if (code?.kind !== 'money' && !cur[1]) return null;
  return { code: code?.unit ?? (sym === '$' ? 'USD' : sym), start: ns - cur[0].length };
}

/**
 * A currency letter glued before the number ("N500m", "N50,000": lexicon `letterCurrencies`), read
 * only with a scale glued or set after it or thousands groups; "N95", "N225" stay names.
 */
function letterCurrencyBefore(ctx: FigureContext, ns: number, raw: string): { code: string; start: number } | null {
  const code = ctx.lex.letterCurrencies[ctx.text[ns - 1] ?? ''];
  if (!code || /[\p{L}\p{N}]/u.test(ctx.text[ns - 2] ?? '')) return null;
  const ne = ns + raw.length;
  return !!scaleAfter(ctx, ne, true) || /^\d{1,3}(?:,\d{3})+/.test(raw) ? { code, start: ns - 1 } : null;
}

// After "12." these words make it the first day of a span of days ("am 12. bis 13. September", "den 3. und 4. Mai"), no ordinal.
const ORDINAL_RUN_ON = /^[ \u00a0](?:bis|und|oder)(?![\p{L}])/iu;
// Characters read after an ordinal's dot for the word that may undo it: a space and "Dieser", "oder" (7), with room.
const ORDINAL_NEXT_WINDOW = 10;

/**
 * Does the word after the dot at `at` make "12." no ordinal: a run-on to a second day ("am 12. bis 13."), or a
 * capitalised article or pronoun opening the next sentence ("übertraf die 10.000. Der Veranstalter"; lexicon sentenceOpeners)?
 */
function noOrdinalAfter(ctx: FigureContext, at: number): boolean {
  const next = ctx.text.slice(at, at + ORDINAL_NEXT_WINDOW);
  if (ORDINAL_RUN_ON.test(next)) return true;
  const m = /^[ \u00a0](\p{Lu}\p{L}*)(?![\p{L}])/u.exec(next);
  return !!m && ctx.lex.sentenceOpeners.includes(m[1]);
}

// A year's four digits: no end of a range or a proportion; with the word for "year" after it, that year.
const YEAR = /^(?:1[89]|20)\d\d$/;

/** What readNumber knows of the number at `ns` so far: each step reads on from `ne` and fills in its part. */
interface Reading {
  /** Where the digits start, and the digits as written. */
  ns: number;
  raw: string;
  /** Where the figure starts (a currency, a sign or a range's opening word before the digits) and ends so far. */
  start: number;
  ne: number;
  value: number;
  sign: number;
  /** The currency's ISO code, from a sign before the number or a currency word after it. */
  curCode: string | undefined;
  /** A whole number and a fraction's pattern after it ("1-1/2"), read or not: no range of bare numbers then. */
  mixed: boolean;
  /** The range's second end (before the scale), and the bare "4-1" it was read from (maybe a score). */
  hi: number | null;
  bare: { sep: string; hi: string } | null;
  scale: number;
  /** The unit, currency or percent word after the number (and its scale), if any. */
  u: UnitAfter | null;
  kind: FigureKind;
  unit: string | undefined;
}

/**
 * Read the number at `ns` (digits `raw`) in steps, each going on from where the last ended: claimed
 * unread (a score, a configuration, an ordinal) or as part of a name, then its sign, fraction, range,
 * scale, unit, a unit repeated after a range, money, a bare score, an age; then its figure is pushed.
 */
function readNumber(ctx: FigureContext, ns: number, raw: string): void {
  if (claimedUnread(ctx, ns, raw)) return;
  const cur = currencyBefore(ctx, ns) ?? letterCurrencyBefore(ctx, ns, raw);
  if (!cur && claimedAsName(ctx, ns, raw)) return;
  const r: Reading = {
    ns,
    raw,
    start: cur?.start ?? ns,
    ne: ns + raw.length,
    value: dotThousands(raw, ctx.lex.numbers, ctx.text.slice(ns + raw.length, ns + raw.length + 40)) ?? parseNumber(raw, ctx.lex.numbers),
    sign: 1,
    curCode: cur?.code,
    mixed: false,
    hi: null,
    bare: null,
    scale: 1,
    u: null,
    kind: 'count',
    unit: undefined,
  };
  readSign(ctx, r);
  readFraction(ctx, r);
  if (readRange(ctx, r)) return;
  readScale(ctx, r);
  if (readUnit(ctx, r)) return;
  // a letter glued to the number that is no unit: an ordinal or a model name ("5G", "2nd")
  if (/[\p{L}]/u.test(ctx.text[r.ne] ?? '') && r.ne === ns + raw.length) return;
  readRepeatedUnit(ctx, r);
  readMoney(ctx, r);
  // "6-4, 7-6 (5)", "level the series 1-1": a score with nothing after it (./scores)
  const { bare } = r;
  if (bare && !r.u && !r.curCode && r.scale === 1 && r.kind === 'count' && isBareScore(ctx.text, ns, r.ne, raw, bare.sep, bare.hi, ctx.F.tallyWords)) return claim(ctx, r.start, r.ne);
  readAge(ctx, r);
  const lo = r.sign * r.value * r.scale;
  const v: FigureSpan['value'] = r.hi != null ? [lo, r.hi * r.scale] : lo;
  pushFigure(ctx, r.start, r.ne, r.hi != null ? 'range' : r.kind, v, r.unit);
}

/** A score with a colon, a configuration, a won-lost record or an ordinal with a dot at `ns`: claimed before anything else is read? */
function claimedUnread(ctx: FigureContext, ns: number, raw: string): boolean {
  const { F, text } = ctx;
  const ne = ns + raw.length;
  // "Ein Spiel endete 2:1": a score with a colon is no figure (./scores)
  const colon = colonScoreAt(text, ns);
  if (colon && text[ns - 1] !== ':') return claimed(ctx, ns, ns + colon);
  // "a 6-speed gearbox", "a 4-cylinder engine": a number joined to a configuration noun names a kind (lexicon configurationNouns)
  const config = F.configurationAt ? at(ctx, F.configurationAt, ne) : null;
  if (config) return claimed(ctx, ns, ne + config[0].length);
  // "Order number 4521-AB", "Form 20-F": a number joined by a hyphen to capital letters is a code, no figure (labelling policy: IDs), unless they are a unit ("a 256-GB drive")
  const code = /^\d+$/.test(raw) ? codeSuffixAt(ctx, ne) : 0;
  if (code) return claimed(ctx, ns, ne + code);
  // "improved to 14-0-1": a record of wins, losses and ties is no figure (./scores)
  const record = /[-–]/.test(text[ns - 1] ?? '') ? 0 : recordAt(text, ns);
  if (record) return claimed(ctx, ns, ns + record);
  // "der 1. FC Köln", "zum 5. Mal", "nach dem 2. Weltkrieg": after an article or a preposition, a number with a dot and a
  // word after it is an ordinal (lexicon ordinalDotLeads), no figure (labelling policy); "am 5. Mai" is a date, read before
  if (F.ordinalDotBefore && text.charCodeAt(ne) === 0x2e && /^\d{1,3}(?:\.\d{3})*$/.test(raw) && /^[ \u00a0]\p{L}/u.test(text.slice(ne + 1, ne + 3)) && F.ordinalDotBefore.test(before(ctx, ns, 12)) && !noOrdinalAfter(ctx, ne + 1))
    return claimed(ctx, ns, ne + 1);
  return false;
}

// A hyphen and one to four capital letters ending a word after a number: the rest of a code ("4521-AB", "20-F").
const CODE_SUFFIX = /^-\p{Lu}{1,4}(?![\p{L}\p{N}])/u;
// Characters read after the number for it: the hyphen, four capitals and the one after them that must not go on the word (6), with room.
const CODE_WINDOW = 8;

/**
 * The length of a code's rest after the number ending at `ne` ("-AB" of "4521-AB"), or 0: not when the capitals are a
 * unit ("256-GB", "100-PS-Motor", "9-V"; lexicon units and caseUnits) or a currency's ISO code ("a 100-USD voucher").
 */
function codeSuffixAt(ctx: FigureContext, ne: number): number {
  const { F, text } = ctx;
  const code = CODE_SUFFIX.exec(text.slice(ne, ne + CODE_WINDOW));
  if (!code) return 0;
  const letters = code[0].slice(1);
  // (a one-letter unit read only glued, "40C", is a code's letter after the hyphen: "a 20-F report")
  const caseUnit = Object.hasOwn(ctx.lex.caseUnits, letters) && !(letters.length === 1 && ctx.lex.gluedUnits.includes(letters));
  if (F.unitMap.has(letters.toLowerCase()) || caseUnit || F.currencyCodes.has(letters)) return 0;
  return unitAfter(ctx, ne, false, false) || hyphenMeasureAt(ctx, ne) ? 0 : code[0].length;
}

/** Claim [a, b) and say so. */
function claimed(ctx: FigureContext, a: number, b: number): true {
  claim(ctx, a, b);
  return true;
}

/**
 * Without a currency: is the number at `ns` part of a code, a name, a version or address, or a
 * reference? Then it is claimed (a dotted year, month and day pushed as a date) and no amount.
 */
function claimedAsName(ctx: FigureContext, ns: number, raw: string): boolean {
  const { text } = ctx;
  const ne = ns + raw.length;
  const prev = text[ns - 1] ?? ' ';
  const prev2 = text[ns - 2] ?? ' ';
  // G7, COVID-19, Ту-95; a model's code with its hyphenated variant is one name ("A350-900", "Су-27-1")
  if (/[\p{L}]/u.test(prev) || (/[-‑]/.test(prev) && /[\p{L}]/u.test(prev2))) {
    claimCodeTail(ctx, raw, ne);
    return true;
  }
  if (titleUnitName(ctx, ns, ne)) return claimed(ctx, ns, ne);
  if (joinedReference(ctx, ns, ne)) return true;
  // Boeing 737, CAC 40, NHS 111 — but a duration after a name is no part of it ("told the U.N. General Assembly 18 months ago")
  // (a number in groups of thousands names no model: "allein in München 80.000", "Texas 12,000")
  if (!THOUSANDS.test(raw) && (nameBefore(ctx, ns) || namedElsewhere(ctx, ns, raw)) && !durationAfter(ctx, ne) && !nounBeforeAmount(ctx, ne)) {
    notAFigure(ctx, ns, ne);
    return true;
  }
  // "as of 1.8.3", "192.168.0.1": a decimal number going on with another dotted group is a version or an address, no
  // figure — but a year, a month and a day so joined are a date ("2018.04.05 ~ OPEN RUN")
  // (a dot must follow: most numbers need no copy of the text after them)
  const dotted = text.charCodeAt(ne) === 0x2e ? /^(?:\.\d+)+(?![\p{L}\p{N}])/u.exec(text.slice(ne, ne + 24)) : null;
  if (dotted && (raw.includes('.') || dotted[0].split('.').length > 2)) {
    const ymd = /^((?:1[89]|20)\d\d)\.(\d{1,2})\.(\d{1,2})$/.exec(raw + dotted[0]);
    const iso = ymd ? isoDate(+ymd[1], +ymd[2], +ymd[3]) : undefined;
    if (iso) pushFigure(ctx, ns, ne + dotted[0].length, 'date', iso);
    else claim(ctx, ns, ne + dotted[0].length);
    return true;
  }
  // references and addresses: "Section 230", "ч. 4 ст. 159", "520 Third Street", "rue 12" — a house number has no
  // group separator or decimals: "19,000 lane miles", "1.300 Weg-Kilometer" are quantities before a street word
  const grouped = /\d[.,\u00a0\u202f ]\d/.test(raw);
  // (a street word that starts a unit is none: "87 square miles")
  if (referenceBefore(ctx, ns) || (!grouped && (streetBefore(ctx, ns) || (streetAfter(ctx, ne) && !unitAfter(ctx, ne, false, false))))) {
    notAFigure(ctx, ns, ne);
    return true;
  }
  return false;
}

/** A minus sign set tight before the number after a space or a bracket ("fell to -5", "(-3)") makes it negative (not with a currency). */
function readSign(ctx: FigureContext, r: Reading): void {
  const prev = ctx.text[r.ns - 1] ?? ' ';
  const prev2 = ctx.text[r.ns - 2] ?? ' ';
  if (!r.curCode && /[-−]/.test(prev) && /[\s(]/.test(prev2)) {
    r.start = r.ns - 1;
    r.sign = -1;
  }
}

/** A fraction after the number: a mixed one ("1-1/2 years", "2½ hours") adds to it, a proper one ("3/4 of voters") divides it. */
function readFraction(ctx: FigureContext, r: Reading): void {
  const { text } = ctx;
  const mixed = MIXED.exec(text.slice(r.ne, r.ne + 8));
  r.mixed = !!mixed;
  if (mixed && (mixed[3] || (+mixed[1] < +mixed[2] && +mixed[2] <= 16))) {
    r.value += mixed[3] ? VULGAR[mixed[3]] : +mixed[1] / +mixed[2];
    r.ne += mixed[0].length;
    return;
  }
  const fr = text.charCodeAt(r.ne) === 0x2f ? FRACTION.exec(text.slice(r.ne, r.ne + 4)) : null;
  if (fr && r.value < +fr[1] && /^\d+$/.test(r.raw)) {
    r.value /= +fr[1];
    r.ne += fr[0].length;
  }
}

/**
 * The range's second end after the number, with a dash, between words ("from 4 to 9") or with "to"
 * before a shared unit; or a proportion. True when that made the number something else: a model's
 * variant or a score (claimed), a share (pushed).
 */
function readRange(ctx: FigureContext, r: Reading): boolean {
  if (readDashRange(ctx, r)) return true;
  if (r.hi == null) readWordRange(ctx, r);
  if (r.hi == null) readToRange(ctx, r);
  return r.hi == null && readProportion(ctx, r);
}

/** "15-20%", "$5-$7": a dash and a second number (not after a year); true when the pair is a model's variant or a game's score, claimed. */
function readDashRange(ctx: FigureContext, r: Reading): boolean {
  const { F, text } = ctx;
  const sep = at(ctx, F.rangeSepAt, r.ne);
  if (!sep) return false;
  let p2 = r.ne + sep[0].length;
  const c2 = /^(?:US\$|\$|€|£|¥|₴|₽)/.exec(text.slice(p2, p2 + 3));
  if (c2) p2 += c2[0].length;
  const m2 = at(ctx, F.numAt, p2);
  if (!m2 || YEAR.test(r.raw)) return false;
  r.hi = parseNumber(m2[0], ctx.lex.numbers);
  r.ne = p2 + m2[0].length;
  // "787-9", "787-10 passenger aircraft": a hyphen joining a shorter number to one of three digits or
  // more names a model's variant (or gives a score); a range runs up ("200-300"), a tally keeps its size ("218-214")
  if (!c2 && sep[0] === '-' && /^\d{3,}$/.test(r.raw) && /^\d+$/.test(m2[0]) && m2[0].length < r.raw.length) return claimed(ctx, r.ns, r.ne);
  // a game's score ("the Wild's 4-1 win") is no figure (labelling policy)
  if (!c2 && F.scoreAfter.test(text.slice(r.ne, r.ne + 24))) return claimed(ctx, r.ns, r.ne);
  if (!c2 && !r.mixed) r.bare = { sep: sep[0], hi: m2[0] };
  return false;
}

/** "from 4 to 9 years", "от 4 до 9 лет", "zwischen 5 und 7 Prozent": an opening word before the number and its closing word after it (lexicon rangePairs). */
function readWordRange(ctx: FigureContext, r: Reading): void {
  const { F, text } = ctx;
  if (!F.rangeOpenerBefore) return;
  // (a plus sign before the first end is part of the range: "від +2 до +7")
  const plus = text[r.start - 1] === '+' && /[\s(]/.test(text[r.start - 2] ?? ' ') ? 1 : 0;
  const op = F.rangeOpenerBefore.exec(before(ctx, r.start - plus, 16));
  const closers = op ? F.rangePairs.get(op[1].toLowerCase()) : undefined;
  // (the second end may have a sign: "від 0 до +3", "de -5 à -2 °C")
  const m2 = closers && new RegExp(`^[\\s\\u00a0]+(?:${closers.join('|')})[\\s\\u00a0]+(?:US\\$|\\$|€|£)?([-−+](?=\\d))?`, 'iu').exec(text.slice(r.ne, r.ne + 20));
  const n2 = m2 ? at(ctx, F.numAt, r.ne + m2[0].length) : null;
  if (op && n2 && !YEAR.test(r.raw)) {
    r.hi = (m2![1] && m2![1] !== '+' ? -1 : 1) * parseNumber(n2[0], ctx.lex.numbers);
    r.start -= plus + op[0].length;
    r.ne += m2![0].length + n2[0].length;
  }
}

/** "at least 25 to 30 times", "5 bis 7 Prozent": two bare numbers joined by "to" before the unit or scale they share, rising. */
function readToRange(ctx: FigureContext, r: Reading): void {
  const { F, text } = ctx;
  if (!F.rangeToAt || r.curCode || r.mixed || YEAR.test(r.raw)) return;
  const tm = at(ctx, F.rangeToAt, r.ne);
  const n2 = tm ? at(ctx, F.numAt, r.ne + tm[0].length) : null;
  const e2 = n2 ? r.ne + tm![0].length + n2[0].length : 0;
  if (n2 && !YEAR.test(n2[0]) && !/^[\p{N}.,]/u.test(text[e2] ?? '') && (unitAfter(ctx, e2, false, false) || at(ctx, F.scaleAt, e2))) {
    const v2 = parseNumber(n2[0], ctx.lex.numbers);
    if (v2 > r.value) {
      r.hi = v2;
      r.ne = e2;
    }
  }
}

/** "3 in 10 adults", "3 sur 10", "3 из 10": a proportion of a larger whole (not a year: "5 in 2019"), pushed as one share; true if so. */
function readProportion(ctx: FigureContext, r: Reading): boolean {
  const { F } = ctx;
  if (r.curCode || r.mixed || !/^\d+$/.test(r.raw) || !F.proportionAt) return false;
  const pm = at(ctx, F.proportionAt, r.ne);
  const whole = pm ? parseNumber(pm[1], ctx.lex.numbers) : 0;
  // (a unit after the whole makes it a quantity of its own: "3 in 10 days")
  if (pm && whole > r.value && !YEAR.test(pm[1]) && !unitAfter(ctx, r.ne + pm[0].length, false, false)) {
    pushFigure(ctx, r.start, r.ne + pm[0].length, 'percent', Math.round((1000 * r.value) / whole) / 10);
    return true;
  }
  return false;
}

/** A scale word after the number ("million", "bn", "млн"; glued after a currency amount too: "$1.2bn"). */
function readScale(ctx: FigureContext, r: Reading): void {
  const s = scaleAfter(ctx, r.ne, !!r.curCode || attachedBeforeCount(ctx, r.ne));
  if (s) {
    // "5 M€", "3 Md€", "20 k€": a scale glued to a currency sign names the currency too (a count before)
    const sign = ctx.F.unitMap.get(ctx.text[s.end - 1]);
    if (sign?.kind === 'money' && !r.curCode) r.curCode = sign.unit;
    r.scale = s.scale;
    r.ne = s.end;
  }
}

/**
 * "5M users", "20k followers": a scale glued to a number without a currency, before a noun the lexicon counts
 * (countNouns: "users", "people"), scales that count; "4k streaming", "a 3M spokesman" are names and stay claimed.
 */
function attachedBeforeCount(ctx: FigureContext, ne: number): boolean {
  const { F, text } = ctx;
  F.scaleAttachedAt.lastIndex = ne;
  const m = F.scaleAttachedAt.exec(text);
  if (!m) return false;
  F.countNounAt.lastIndex = ne + m[0].length;
  return F.countNounAt.test(text);
}

/**
 * "68 millions d'habitants", "2 millions de chômeurs": a scale read with its link to a currency or unit
 * (lexicon scales "millions d'", "millions de") before a noun that is neither: the length of the link to
 * leave out (0 when the text read ends on no link of lexicon quantityLinks).
 */
function danglingLink(ctx: FigureContext, start: number, ne: number): number {
  const read = ctx.text.slice(start, ne);
  for (const l of ctx.lex.quantityLinks) {
    if (!read.toLowerCase().endsWith(l)) continue;
    const sp = /[\s\u00a0]+$/u.exec(read.slice(0, read.length - l.length));
    if (sp) return l.length + sp[0].length;
  }
  return 0;
}

/**
 * The unit, currency or percent word after the number, or a measure joined by a hyphen ("34-year-old",
 * "10-km", "34-jähriger"). True when the word of "year" made the number that year, pushed as a date.
 */
function readUnit(ctx: FigureContext, r: Reading): boolean {
  const { text } = ctx;
  const u = unitAfter(ctx, r.ne, r.scale > 1, !!r.curCode);
  r.u = u;
  if (!u && r.scale > 1) r.ne -= danglingLink(ctx, r.start, r.ne);
  // "до 2030 года", "2022 року": a year's number with the word for "year" names that year, not a span
  // of years (the years pass leaves a year after "до", "up to", which is also an approximator)
  if (u && u.unit === 'yr' && !r.curCode && r.hi == null && r.scale === 1 && YEAR.test(r.raw) && ctx.lex.yearWords.includes(text.slice(r.ne, u.end).trim().toLowerCase())) {
    pushFigure(ctx, r.start, u.end, 'date', r.raw);
    return true;
  }
  if (u && !r.curCode && /^\d+$/.test(r.raw) && isVideoLines(text, r.ne, u.end, r.value, r.scale, r.hi)) {
    r.kind = 'measure';
    r.unit = 'p';
  } else if (u?.kind === 'money') r.curCode = r.curCode ?? u.unit;
  else if (u) {
    r.kind = u.kind;
    r.unit = u.unit;
  }
  if (u) {
    r.ne = u.end;
    return false;
  }
  const hm = r.curCode ? null : hyphenMeasureAt(ctx, r.ne);
  if (hm) {
    r.kind = 'measure';
    r.unit = hm.unit;
    r.ne = hm.end;
  }
  return false;
}

/**
 * A measure joined to the number by a hyphen at `pos`, in this order: an age's noun ("a 34-year-old",
 * "den 42-Jährigen", "35-річного": an age, in years, labelling policy), a unit ("10-km"), a declined
 * adjective of measure ("ein 34-jähriger Mann", "за 10-річний період": an age, a span). Its unit and end.
 */
function hyphenMeasureAt(ctx: FigureContext, pos: number): { unit: string; end: number } | null {
  const { F } = ctx;
  const age = F.ageNounAt ? at(ctx, F.ageNounAt, pos) : null;
  if (age) return { unit: 'yr', end: pos + age[0].length };
  const hu = F.hyphenUnitAt ? at(ctx, F.hyphenUnitAt, pos) : null;
  const hw = hu?.[1].toLowerCase();
  if (hu && hw) return { unit: F.unitMap.get(hw + 's')?.unit ?? F.unitMap.get(hw)?.unit ?? hw, end: pos + hu[0].length };
  const hs = F.hyphenStemAt ? at(ctx, F.hyphenStemAt, pos) : null;
  const stemUnit = hs ? ctx.lex.hyphenUnitStems?.[hs[1].toLowerCase()] : undefined;
  return hs && stemUnit ? { unit: stemUnit, end: pos + hs[0].length } : null;
}

/** "80% to 90%", "$24 to $28": the unit repeated after the range's second end (not "from 3% to 5%" nor after a word of change: a change). */
function readRepeatedUnit(ctx: FigureContext, r: Reading): void {
  if (r.hi != null || r.mixed || !(r.kind === 'percent' || (r.curCode && !r.u))) return;
  if (ctx.F.rangeOpenerBefore?.test(before(ctx, r.start, 16)) || changeBefore(ctx, r.start)) return;
  const rr = repeatedUnitRange(ctx, r.ne, r.kind === 'percent', r.value * r.scale);
  if (rr) {
    r.hi = rr.hi / r.scale;
    r.ne = rr.end;
  }
}

/** With a currency the number is money, and a rate after it gives the unit per what ("$30 a tonne", "58 Euro im Monat"). */
function readMoney(ctx: FigureContext, r: Reading): void {
  if (!r.curCode) return;
  r.kind = 'money';
  r.unit = r.curCode;
  const rm = at(ctx, ctx.F.rateAt, r.ne);
  if (rm) {
    r.unit = `${r.curCode}/${(rm[1] || rm[2]).toLowerCase()}`;
    r.ne += rm[0].length;
  }
}

/** "aged 34", "at the age of 9", "I'm 74" (its clause ending), "Anna Müller (34) sagte": an age, a measure in years (labelling policy), not a count. */
function readAge(ctx: FigureContext, r: Reading): void {
  if (r.kind !== 'count' || r.u || r.hi != null || r.scale !== 1 || !/^\d{1,3}$/.test(r.raw)) return;
  const bracketed = ctx.text[r.start - 1] === '(' ? ageInBrackets(ctx, r.start - 1, r.ne + 1) : ageInCommas(ctx, r.start, r.ne);
  // ("aged 34": a word that is the age's own participle is part of its span, labelling policy; "at the age of" is not)
  const own = ageBefore(ctx, r.start, 'ageSpanWords');
  if (bracketed || own || ageBefore(ctx, r.start, 'ageBefore') || (ageBefore(ctx, r.start, 'ageCopulas') && AGE_ENDS.test(ctx.text.slice(r.ne, r.ne + 12)))) {
    r.kind = 'measure';
    r.unit = 'yr';
    r.start -= own;
  }
}

// A whole number written in groups of thousands ("80.000", "12,000", "1 500"): a quantity, never a model's number.
const THOUSANDS = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/;

const AGE_BEFORE = new Map<string, RegExp | null>();
// After a copula's number, what makes it an age: its clause ends, or "years", "and" or a time word follows.
const AGE_ENDS = /^(?:[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:years?|and|last|this|next|in|on|today|yesterday)(?![\p{L}]))/u;

/**
 * Do the lexicon's words of an age (`ageBefore`: "aged", "at the age of"; `ageSpanWords`: "aged"; or `ageCopulas`: "I'm")
 * end right before `start`? The length of the words with their space, or 0.
 */
function ageBefore(ctx: FigureContext, start: number, field: 'ageBefore' | 'ageSpanWords' | 'ageCopulas'): number {
  const key = `${ctx.lang} ${field}`;
  let re = AGE_BEFORE.get(key);
  if (re === undefined) {
    const words = ctx.lex[field] ?? [];
    const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]+')).join('|');
    re = words.length ? new RegExp(`(?<![\\p{L}])(?:${alt})[\\s\\u00a0]+$`, 'iu') : null;
    AGE_BEFORE.set(key, re);
  }
  return (re && re.exec(before(ctx, start, 24))?.[0].length) || 0;
}

/** Is the word after the number ending at `ne` (one space) a unit of time ("18 months", "zwei Jahre")? */
function durationAfter(ctx: FigureContext, ne: number): boolean {
  const m = /^[ \u00a0]([\p{L}]+)/u.exec(ctx.text.slice(ne, ne + 20));
  const u = m ? ctx.F.unitMap.get(m[1].toLowerCase()) : undefined;
  return !!u && u.kind === 'measure' && TIME_UNITS.has(u.unit);
}
