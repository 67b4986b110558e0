// Pass: numbers written in digits, each extended in place: a currency before it ("$", "US$",
// "DKK "), a sign, a fraction ("1-1/2", "2½", "3/4"), a range ("15-20%"), a scale ("million",
// "bn", "млн"), a unit, currency or percent word after it (by context where a word is both:
// "243 pounds" of weight), and a rate ("$30 a tonne", "58 Euro im Monat"). Numbers glued to
// letters ("G7", "COVID-19", "5G", with a variant: "A350-900"), following a name word ("Boeing 737")
// or naming a variant ("787-9": a shorter number after a hyphen) are not figures.
import type { FigureKind, FigureSpan } from '../types';
import { isoDate, parseNumber } from './compile';
import { before, nameBefore, namedElsewhere } from './context-words';
import { alternation } from '../text';
import { colonScoreAt, isBareScore, recordAt, scoreLineNumbers } from './scores';
import { claim, eachAtDigitRuns, isFree, pushFigure, type FigureContext, type FigurePass } from './types';
import { TIME_UNITS, unitAfter } from './units';
import { changeBefore, repeatedUnitRange } from './unit-ranges';
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

const tallies = new WeakMap<FigureContext['lex'], RegExp | null>();
/** The lexicon's words of voting as one regex ("vote", "Stimmen", "голосов"), or null. */
function tallyWords(lex: FigureContext['lex']): RegExp | null {
  if (!tallies.has(lex)) tallies.set(lex, lex.tallyWords.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.tallyWords)})(?![\\p{L}])`, 'iu') : null);
  return tallies.get(lex)!;
}

/** A number that is part of a name or a reference, with its range tail ("Collection 1-4", "§§ 3-5"): neither number is read again. */
function notAFigure(ctx: FigureContext, ns: number, ne: number): void {
  const r = at(ctx, ctx.F.rangeSepAt, ne);
  const m2 = r ? at(ctx, ctx.F.numAt, ne + r[0].length) : null;
  claim(ctx, ns, r && m2 ? ne + r[0].length + m2[0].length : ne);
}

/** Characters read after a model's number for its variant: a hyphen and a few digits ("-900"), with room to see what follows. */
const CODE_TAIL_SPAN = 12;

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
  const scaled = !!at(ctx, ctx.F.scaleAttachedAt, ne) || !!at(ctx, ctx.F.scaleAt, ne);
  return scaled || /^\d{1,3}(?:,\d{3})+/.test(raw) ? { code, start: ns - 1 } : null;
}

// After "12." these words make it the first day of a span of days ("am 12. bis 13. September", "den 3. und 4. Mai"), no ordinal.
const ORDINAL_RUN_ON = /^[ \u00a0](?:bis|und|oder)(?![\p{L}])/iu;

function readNumber(ctx: FigureContext, ns: number, raw: string): void {
  const { F, text, lex } = ctx;
  // "Ein Spiel endete 2:1": a score with a colon is no figure (./scores)
  const colon = colonScoreAt(text, ns);
  if (colon && text[ns - 1] !== ':') return claim(ctx, ns, ns + colon);
  // "a 6-speed gearbox", "a 4-cylinder engine": a number joined to a configuration noun names a kind (lexicon configurationNouns)
  const config = F.configurationAt ? at(ctx, F.configurationAt, ns + raw.length) : null;
  if (config) return claim(ctx, ns, ns + raw.length + config[0].length);
  // "improved to 14-0-1": a record of wins, losses and ties is no figure (./scores)
  const record = /[-–]/.test(text[ns - 1] ?? '') ? 0 : recordAt(text, ns);
  if (record) return claim(ctx, ns, ns + record);
  let ne = ns + raw.length;
  // "der 1. FC Köln", "zum 5. Mal", "nach dem 2. Weltkrieg": after an article or a preposition, a number with a dot and a
  // word after it is an ordinal (lexicon ordinalDotLeads), no figure (labelling policy); "am 5. Mai" is a date, read before
  if (F.ordinalDotBefore && text.charCodeAt(ne) === 0x2e && /^\d{1,3}$/.test(raw) && /^[ \u00a0]\p{L}/u.test(text.slice(ne + 1, ne + 3)) && F.ordinalDotBefore.test(before(ctx, ns, 12)) && !ORDINAL_RUN_ON.test(text.slice(ne + 1, ne + 8)))
    return claim(ctx, ns, ne + 1);
  const prev = text[ns - 1] ?? ' ';
  const prev2 = text[ns - 2] ?? ' ';
  let value = parseNumber(raw, lex.numbers);
  let unit: string | undefined;
  let kind: FigureKind = 'count';
  const cur = currencyBefore(ctx, ns) ?? letterCurrencyBefore(ctx, ns, raw);
  let curCode = cur?.code;
  let start = cur?.start ?? ns;
  // G7, COVID-19, Ту-95; a model's code with its hyphenated variant is one name ("A350-900", "Су-27-1")
  if (!curCode && (/[\p{L}]/u.test(prev) || (/[-‑]/.test(prev) && /[\p{L}]/u.test(prev2)))) return claimCodeTail(ctx, raw, ne);
  // Boeing 737, CAC 40, NHS 111 — but a duration after a name is no part of it ("told the U.N. General Assembly 18 months ago")
  // (a number in groups of thousands names no model: "allein in München 80.000", "Texas 12,000")
  if (!curCode && !THOUSANDS.test(raw) && (nameBefore(ctx, ns) || namedElsewhere(ctx, ns, raw)) && !durationAfter(ctx, ne)) return notAFigure(ctx, ns, ne);
  // "as of 1.8.3", "192.168.0.1": a decimal number going on with another dotted group is a version or an address, no
  // figure — but a year, a month and a day so joined are a date ("2018.04.05 ~ OPEN RUN")
  // (a dot must follow: most numbers need no copy of the text after them)
  const dotted = text.charCodeAt(ne) === 0x2e ? /^(?:\.\d+)+(?![\p{L}\p{N}])/u.exec(text.slice(ne, ne + 24)) : null;
  if (!curCode && dotted && (raw.includes('.') || dotted[0].split('.').length > 2)) {
    const ymd = /^((?:1[89]|20)\d\d)\.(\d{1,2})\.(\d{1,2})$/.exec(raw + dotted[0]);
    const iso = ymd ? isoDate(+ymd[1], +ymd[2], +ymd[3]) : undefined;
    if (iso) {
      pushFigure(ctx, ns, ne + dotted[0].length, 'date', iso);
      return;
    }
    return claim(ctx, ns, ne + dotted[0].length);
  }
  // references and addresses: "Section 230", "ч. 4 ст. 159", "520 Third Street", "rue 12" — a house number has no
  // group separator or decimals: "19,000 lane miles", "1.300 Weg-Kilometer" are quantities before a street word
  const grouped = /\d[.,\u00a0\u202f ]\d/.test(raw);
  // (a street word that starts a unit is none: "87 square miles")
  if (!curCode && (referenceBefore(ctx, ns) || (!grouped && (streetBefore(ctx, ns) || (streetAfter(ctx, ne) && !unitAfter(ctx, ne, false, false)))))) return notAFigure(ctx, ns, ne);
  let sign = 1;
  if (!curCode && /[-−]/.test(prev) && /[\s(]/.test(prev2)) {
    start = ns - 1;
    sign = -1;
  }
  // fraction: "1-1/2 years", "2½ hours", "3/4 of voters"
  const mixed = MIXED.exec(text.slice(ne, ne + 8));
  if (mixed && (mixed[3] || (+mixed[1] < +mixed[2] && +mixed[2] <= 16))) {
    value += mixed[3] ? VULGAR[mixed[3]] : +mixed[1] / +mixed[2];
    ne += mixed[0].length;
  } else {
    const fr = text.charCodeAt(ne) === 0x2f ? FRACTION.exec(text.slice(ne, ne + 4)) : null;
    if (fr && value < +fr[1] && /^\d+$/.test(raw)) {
      value /= +fr[1];
      ne += fr[0].length;
    }
  }
  // range
  let hi: number | null = null;
  let bare: { sep: string; hi: string } | null = null;
  const r = at(ctx, F.rangeSepAt, ne);
  if (r) {
    let p2 = ne + r[0].length;
    const c2 = /^(?:US\$|\$|€|£|¥|₴|₽)/.exec(text.slice(p2, p2 + 3));
    if (c2) p2 += c2[0].length;
    const m2 = at(ctx, F.numAt, p2);
    if (m2 && !/^(?:1[89]|20)\d\d$/.test(raw)) {
      hi = parseNumber(m2[0], lex.numbers);
      ne = p2 + m2[0].length;
      // "787-9", "787-10 passenger aircraft": a hyphen joining a shorter number to one of three digits or
      // more names a model's variant (or gives a score); a range runs up ("200-300"), a tally keeps its size ("218-214")
      if (!c2 && r[0] === '-' && /^\d{3,}$/.test(raw) && /^\d+$/.test(m2[0]) && m2[0].length < raw.length) return claim(ctx, ns, ne);
      // a game's score ("the Wild's 4-1 win") is no figure (labelling policy)
      if (!c2 && F.scoreAfter.test(text.slice(ne, ne + 24))) return claim(ctx, ns, ne);
      if (!c2 && !mixed) bare = { sep: r[0], hi: m2[0] };
    }
  }
  // "from 4 to 9 years", "от 4 до 9 лет", "zwischen 5 und 7 Prozent": a range in words
  if (hi == null && F.rangeOpenerBefore) {
    // (a plus sign before the first end is part of the range: "від +2 до +7")
    const plus = text[start - 1] === '+' && /[\s(]/.test(text[start - 2] ?? ' ') ? 1 : 0;
    const op = F.rangeOpenerBefore.exec(before(ctx, start - plus, 16));
    const closers = op ? F.rangePairs.get(op[1].toLowerCase()) : undefined;
    // (the second end may have a sign: "від 0 до +3", "de -5 à -2 °C")
    const m2 = closers && new RegExp(`^[\\s\\u00a0]+(?:${closers.join('|')})[\\s\\u00a0]+(?:US\\$|\\$|€|£)?([-−+](?=\\d))?`, 'iu').exec(text.slice(ne, ne + 20));
    const n2 = m2 ? at(ctx, F.numAt, ne + m2[0].length) : null;
    if (op && n2 && !/^(?:1[89]|20)\d\d$/.test(raw)) {
      hi = (m2![1] && m2![1] !== '+' ? -1 : 1) * parseNumber(n2[0], lex.numbers);
      start -= plus + op[0].length;
      ne += m2![0].length + n2[0].length;
    }
  }
  // "at least 25 to 30 times", "5 bis 7 Prozent": two bare numbers joined by "to" before the unit they share are one range
  if (hi == null && F.rangeToAt && !curCode && !mixed && !/^(?:1[89]|20)\d\d$/.test(raw)) {
    const tm = at(ctx, F.rangeToAt, ne);
    const n2 = tm ? at(ctx, F.numAt, ne + tm[0].length) : null;
    const e2 = n2 ? ne + tm![0].length + n2[0].length : 0;
    if (n2 && !/^(?:1[89]|20)\d\d$/.test(n2[0]) && !/^[\p{N}.,]/u.test(text[e2] ?? '') && (unitAfter(ctx, e2, false, false) || at(ctx, F.scaleAt, e2))) {
      const v2 = parseNumber(n2[0], lex.numbers);
      if (v2 > value) {
        hi = v2;
        ne = e2;
      }
    }
  }
  // "3 in 10 adults", "3 sur 10", "3 из 10": a proportion of a larger whole (not a year: "5 in 2019") is one share
  if (hi == null && !curCode && !mixed && /^\d+$/.test(raw) && F.proportionAt) {
    const pm = at(ctx, F.proportionAt, ne);
    const whole = pm ? parseNumber(pm[1], lex.numbers) : 0;
    // (a unit after the whole makes it a quantity of its own: "3 in 10 days")
    if (pm && whole > value && !/^(?:1[89]|20)\d\d$/.test(pm[1]) && !unitAfter(ctx, ne + pm[0].length, false, false)) {
      pushFigure(ctx, start, ne + pm[0].length, 'percent', Math.round((1000 * value) / whole) / 10);
      return;
    }
  }
  // scale
  let scale = 1;
  const sm = (curCode ? at(ctx, F.scaleAttachedAt, ne) : null) ?? at(ctx, F.scaleAt, ne);
  if (sm) {
    scale = F.scaleMap.get(sm[1].toLowerCase()) ?? F.scaleMap.get(sm[1]) ?? 1;
    ne += sm[0].length;
  }
  // unit / currency / percent
  const u = unitAfter(ctx, ne, scale > 1, !!curCode);
  // "до 2030 года", "2022 року": a year's number with the word for "year" names that year, not a span
  // of years (the years pass leaves a year after "до", "up to", which is also an approximator)
  if (u && u.unit === 'yr' && !curCode && hi == null && scale === 1 && /^(?:1[89]|20)\d\d$/.test(raw) && lex.yearWords.includes(text.slice(ne, u.end).trim().toLowerCase())) {
    pushFigure(ctx, start, u.end, 'date', raw);
    return;
  }
  if (u && !curCode && /^\d+$/.test(raw) && isVideoLines(text, ne, u.end, value, scale, hi)) {
    kind = 'measure';
    unit = 'p';
    ne = u.end;
  } else if (u) {
    if (u.kind === 'money') curCode = curCode ?? u.unit;
    else {
      kind = u.kind;
      unit = u.unit;
    }
    ne = u.end;
  } else if (!curCode && F.ageNounAt && at(ctx, F.ageNounAt, ne)) {
    // "a 34-year-old", "den 42-Jährigen", "35-річного": an age, a measure in years (labelling policy)
    kind = 'measure';
    unit = 'yr';
    ne += at(ctx, F.ageNounAt, ne)![0].length;
  } else if (F.hyphenUnitAt && !curCode) {
    const hm = at(ctx, F.hyphenUnitAt, ne);
    if (hm) {
      kind = 'measure';
      unit = F.unitMap.get(hm[1] + 's')?.unit ?? F.unitMap.get(hm[1])?.unit ?? hm[1];
      ne += hm[0].length;
    }
  }
  // "ein 34-jähriger Mann", "за 10-річний період": a declined adjective of measure after the hyphen (an age, a span)
  if (!u && !unit && !curCode && F.hyphenStemAt) {
    const hm = at(ctx, F.hyphenStemAt, ne);
    const stemUnit = hm ? lex.hyphenUnitStems?.[hm[1].toLowerCase()] : undefined;
    if (hm && stemUnit) {
      kind = 'measure';
      unit = stemUnit;
      ne += hm[0].length;
    }
  }
  // a letter glued to the number that is no unit: an ordinal or a model name ("5G", "2nd")
  if (/[\p{L}]/u.test(text[ne] ?? '') && ne === ns + raw.length) return;
  // "80% to 90%", "$24 to $28": the unit repeated after the range's second end (not "from 3% to 5%": a change)
  if (hi == null && !mixed && (kind === 'percent' || (curCode && !u)) && !F.rangeOpenerBefore?.test(before(ctx, start, 16)) && !changeBefore(ctx, start)) {
    const rr = repeatedUnitRange(ctx, ne, kind === 'percent', value * scale);
    if (rr) {
      hi = rr.hi / scale;
      ne = rr.end;
    }
  }
  if (curCode) {
    kind = 'money';
    unit = curCode;
    const rm = at(ctx, F.rateAt, ne);
    if (rm) {
      unit = `${curCode}/${(rm[1] || rm[2]).toLowerCase()}`;
      ne += rm[0].length;
    }
  }
  // "6-4, 7-6 (5)", "level the series 1-1": a score with nothing after it (./scores)
  if (bare && !u && !curCode && scale === 1 && kind === 'count' && isBareScore(text, ns, ne, raw, bare.sep, bare.hi, tallyWords(lex))) return claim(ctx, start, ne);
  // "aged 34", "at the age of 9": an age, a measure in years (labelling policy), not a count
  if (kind === 'count' && !u && hi == null && scale === 1 && /^\d{1,3}$/.test(raw) && (ageBefore(ctx, start, 'ageBefore') || (ageBefore(ctx, start, 'ageCopulas') && AGE_ENDS.test(text.slice(ne, ne + 12))))) {
    kind = 'measure';
    unit = 'yr';
  }
  const lo = sign * value * scale;
  const v: FigureSpan['value'] = hi != null ? [lo, hi * scale] : lo;
  if (hi != null) kind = 'range';
  pushFigure(ctx, start, ne, kind, v, unit);
}


// A whole number written in groups of thousands ("80.000", "12,000", "1 500"): a quantity, never a model's number.
const THOUSANDS = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/;

const AGE_BEFORE = new Map<string, RegExp | null>();
// After a copula's number, what makes it an age: its clause ends, or "years", "and" or a time word follows.
const AGE_ENDS = /^(?:[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:years?|and|last|this|next|in|on|today|yesterday)(?![\p{L}]))/u;

/** Do the lexicon's words of an age (`ageBefore`: "aged", "at the age of"; or `ageCopulas`: "I'm") end right before `start`? */
function ageBefore(ctx: FigureContext, start: number, field: 'ageBefore' | 'ageCopulas'): boolean {
  const key = `${ctx.lang} ${field}`;
  let re = AGE_BEFORE.get(key);
  if (re === undefined) {
    const words = ctx.lex[field] ?? [];
    const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]+')).join('|');
    re = words.length ? new RegExp(`(?<![\\p{L}])(?:${alt})[\\s\\u00a0]+$`, 'iu') : null;
    AGE_BEFORE.set(key, re);
  }
  return !!re && re.test(before(ctx, start, 24));
}

/** Is the word after the number ending at `ne` (one space) a unit of time ("18 months", "zwei Jahre")? */
function durationAfter(ctx: FigureContext, ne: number): boolean {
  const m = /^[ \u00a0]([\p{L}]+)/u.exec(ctx.text.slice(ne, ne + 20));
  const u = m ? ctx.F.unitMap.get(m[1].toLowerCase()) : undefined;
  return !!u && u.kind === 'measure' && TIME_UNITS.has(u.unit);
}
