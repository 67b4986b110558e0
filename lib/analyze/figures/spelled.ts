// Pass: numbers written in words. Fractions ("ein Viertel", "la moitié"), approximate quantities
// ("several hundred", "tens of thousands", "a dozen"), multiples ("twice", "doubled", "вдвічі"),
// and spelled-out numbers, also compound ("twenty-five", "fünfundzwanzig", "two hundred") and with
// a scale and a unit or currency ("two million euros", "zwei Millionen", "a million people").
// A capitalised number word counts at the start of a sentence ("Three people died"); inside one
// it is part of a name ("Formula One", "the Big Four").
import { T, type Token } from '../text';
import type { FigureKind, FigureSpan } from '../types';
import { isoDate } from './compile';
import { before, isSentenceStart, yearLeadLength } from './context-words';
import { scaleAfter, unitAfter } from './units';
import { apostrophes, type Durations } from './pass-words';
import { isVagueAmount } from './vague-amounts';
import { claim, isFree, pushFigure, type FigureContext, type FigurePass } from './types';

export const spelled: FigurePass = {
  name: 'spelled',
  run(ctx) {
    const { F, tokens, lex } = ctx;
    const dur = F.durations;
    const inert = inertWordsOf(ctx);
    const openers = openerWordsOf(ctx);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok.t !== T.Word || ctx.used[tok.s]) continue;
      if (!mayOpen(ctx, openers, tok.lc)) continue;
      let skip = inert.get(tok.lc);
      if (skip === undefined) {
        if (inert.size > MAX_MEMO_WORDS) inert.clear();
        inert.set(tok.lc, (skip = !opensSomething(ctx, dur, tok.lc)));
      }
      if (skip) continue;
      if (tok.cap && !lex.capitalisedNouns && !isSentenceStart(ctx, tok.s)) continue;
      const ylen = readYearPhrase(ctx, i);
      if (ylen) {
        i += ylen - 1;
        continue;
      }
      const flen = F.fraction.at(tokens, i);
      // (a longer approximate quantity that opens with a fraction is read whole: "half a million", "half a dozen")
      if (flen && (F.approx.at(tokens, i) ?? 0) <= flen) {
        const end = tokens[i + flen - 1].e;
        const pct = lex.fractions[phrase(ctx, tok.s, end)];
        // "the first half of next year", "in the second half": a part of a period, not a share
        const afterOrdinal = i > 0 && Object.hasOwn(lex.quarterOrdinals, tokens[i - 1].lc) && tokens[i - 1].block === tok.block;
        if (pct != null && andAHalf(ctx, i) && flen === 1 && addHalf(ctx, i, pct / 100)) {
          /* read with the quantity before it */
        } else if (pct != null && !afterOrdinal && !ordinalHere(ctx, i, i + flen - 1) && !partOfTime(ctx, i, end) && !fractionOfUnit(ctx, tok.s, end, pct)) pushFigure(ctx, tok.s, end, 'percent', pct, '%');
        i += flen - 1;
        continue;
      }
      const dlen = dur.first.has(tok.lc) ? duration(ctx, dur, i) : 0;
      if (dlen) {
        i += dlen - 1;
        continue;
      }
      const alen = F.approx.at(tokens, i);
      if (alen) {
        const end = tokens[i + alen - 1].e;
        const said = phrase(ctx, tok.s, end);
        // "plus d’une dizaine": the elided "de" before it is no part of the amount
        const el = ELIDED_DE.exec(said)?.[0].length ?? 0;
        // "Десятка лучших": the top ten, a rank (labelling policy: ranks are no figures)
        const nx = tokens[i + alen];
        if (nx && nx.block === tok.block && lex.rankAfterAmounts?.includes(nx.lc)) {
          i += alen - 1;
          continue;
        }
        finish(ctx, tok.s + el, end, isVagueAmount(lex, said) ? NaN : lex.approxQuantities[said] ?? NaN);
        i += alen - 1;
        continue;
      }
      const xlen = readMultiple(ctx, i);
      if (xlen) {
        i += xlen - 1;
        continue;
      }
      // "one and a half times": the number word with its half (read alone, "one and a" was no number)
      const hf = i + 3 < tokens.length && (Object.hasOwn(lex.numberWords, tok.lc) || lex.oneWords.includes(tok.lc)) && andAHalf(ctx, i + 3) && F.fraction.at(tokens, i + 3) === 1 ? lex.fractions[tokens[i + 3].lc] : undefined;
      if (hf != null && addHalf(ctx, i + 3, hf / 100)) {
        i += 3;
        continue;
      }
      const n = readNumber(ctx, i);
      // "мільярд доларів", "более миллиона человек": a scale word alone is one of its scale where no number stands before
      // it; read after the number, which takes a compound on ("тысяча двести рублей" is 1200, not 1000 and 200)
      if ((!n || n.last === i) && F.loneScales.has(tok.lc) && !numberFractionOrFigureBefore(ctx, i)) {
        i = loneScale(ctx, i);
        continue;
      }
      if (!n) continue;
      if (compoundOrdinal(ctx, i, n.last, n.value)) {
        i = n.last + 1;
        continue;
      }
      if (namedByHead(ctx, i)) {
        i = n.last;
        continue;
      }
      // a capitalised number word inside a sentence, in a language that capitalises nouns, only as a noun ("Tausende")
      if (tok.cap && !isSentenceStart(ctx, tok.s) && n.value < 12) continue;
      // (a plural scale alone names no number: "millions of people" is listed without a value)
      const value = n.last === i && isVagueAmount(lex, tok.lc) ? NaN : n.value;
      if (n.unit) pushFigure(ctx, tok.s, tokens[n.last].e, 'measure', value, n.unit);
      // ("plus d’un million": the elided "de" before the article is no part of the amount)
      else {
        // "два с половиной миллиона рублей": the half after the number is part of it (lexicon numberHalves)
        const half = halfAfter(ctx, tokens[n.last].e);
        finish(ctx, tok.s + (ELIDED_DE.exec(tok.lc)?.[0].length ?? 0), tokens[n.last].e + half, value + (half ? 0.5 : 0));
        while (half && n.last + 1 < tokens.length && tokens[n.last + 1].e <= tokens[n.last].e + half) n.last++;
      }
      i = n.last;
    }
  },
};

// Per compiled lexicon, whether a word opens nothing this pass reads (most words of an article): it
// is then skipped with one look-up instead of the ten each branch of the loop asks. Cleared when
// this large (MAX_MEMO_WORDS), to bound its memory.
const inertWords = new WeakMap<FigureContext['F'], Map<string, boolean>>();

/** The words of the lexicon's memo, true for a word that opens nothing (see opensSomething). */
function inertWordsOf(ctx: FigureContext): Map<string, boolean> {
  let memo = inertWords.get(ctx.F);
  if (!memo) inertWords.set(ctx.F, (memo = new Map()));
  return memo;
}

// Per compiled lexicon, every word opensSomething finds in a list (see mayOpen).
const openerWords = new WeakMap<FigureContext['F'], Set<string>>();

/** The words of the lexicon's lists that opensSomething looks a word up in, lower case. */
function openerWordsOf(ctx: FigureContext): Set<string> {
  const { F, lex } = ctx;
  let set = openerWords.get(F);
  if (set) return set;
  set = new Set<string>([
    ...F.yearSpans.firstWords(), ...F.yearOrdinals.keys(), ...F.fraction.firstWords(), ...F.durations.first, ...F.approx.firstWords(),
    ...F.multipliers.firstWords(), ...Object.keys(lex.multipliersBeforeDeterminer), ...Object.keys(lex.numberWords), ...lex.oneWords,
    ...F.scaleArticles, ...F.loneScales, ...F.numberWords.keys(), ...F.scaleMap.keys(),
  ]);
  openerWords.set(F, set);
  return set;
}

/**
 * Can the word open something (opensSomething)? False for a word in none of its lists, without a hyphen, in a
 * language that writes no numbers as one compound word: opensSomething asks only those lists then. Why: this small
 * set is answered from the cache, where the memo of all words met (up to MAX_MEMO_WORDS strings of earlier pages)
 * was a run of cache misses per word, 4 % of the analysis in a line profile.
 */
function mayOpen(ctx: FigureContext, openers: Set<string>, w: string): boolean {
  return openers.has(w) || ctx.lex.compoundNumbers || w.includes('-');
}

/** The words each branch of the loop needs at its first token: a fraction, a duration, a quantity, a multiple, a number. */
function opensSomething(ctx: FigureContext, dur: Durations, w: string): boolean {
  // (a list asked here belongs in openerWordsOf too: mayOpen skips a word in none of them)
  const { F, lex } = ctx;
  if (F.yearSpans.opens(w) || F.yearOrdinals.has(w)) return true;
  if (F.fraction.opens(w) || dur.first.has(w) || F.approx.opens(w) || F.multipliers.opens(w)) return true;
  if (Object.hasOwn(lex.multipliersBeforeDeterminer, w) || Object.hasOwn(lex.numberWords, w) || lex.oneWords.includes(w)) return true;
  if (F.scaleArticles.has(w) || F.loneScales.has(w) || parts(ctx, w)) return true;
  // "five-year": a number word joined to its noun (readNumber)
  return w.includes('-') && F.numberWords.get(w.split('-')[0]) != null;
}

/** Is the number word at token i a name with the noun before it ("a figure eight", "figure-eight"; lexicon numberNameHeads)? */
function namedByHead(ctx: FigureContext, i: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.numberNameHeads?.length || i < 1) return false;
  const h = tokens[i - 1].lc === '-' && i > 1 ? tokens[i - 2] : tokens[i - 1];
  return h.block === tokens[i].block && h.t === T.Word && tokens[i].s - h.e <= 1 && lex.numberNameHeads.includes(h.lc);
}

/** "… and a half": a fraction after "and a" (lexicon coordinators, indefiniteArticles) at token i. */
function andAHalf(ctx: FigureContext, i: number): boolean {
  const { tokens, lex } = ctx;
  if (i < 2 || tokens[i - 2].block !== tokens[i].block) return false;
  return lex.indefiniteArticles.includes(tokens[i - 1].lc) && lex.coordinators.includes(tokens[i - 2].lc);
}

/**
 * "a year and a half", "one and a half times", "a cup and a half": a fraction after "and a" adds to the quantity
 * before it, so the figure before grows over it (and over a unit after it), or an article and a unit before it
 * make one; it is no share of anything (the fraction alone was listed as 50 %).
 */
function addHalf(ctx: FigureContext, i: number, frac: number): boolean {
  const { tokens, text, F } = ctx;
  const and = tokens[i - 2].s;
  let end = tokens[i].e;
  F.unitAt.lastIndex = end;
  const um = F.unitAt.exec(text);
  const unit = um ? F.unitMap.get(um[1].toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ')) : undefined;
  // only a count or a measure grows by a half ("5% and a half of …", a date, a share do not)
  const prev = figureEndingBefore(ctx, and);
  // after a bare number, "… and a half of the stores closed" is the half of something after it (lexicon
  // quantityLinks), a share ("a cup and a half of honey" has its unit)
  const nx = tokens[i + 1];
  const ofAfter = !!nx && nx.t === T.Word && nx.block === tokens[i].block && ctx.lex.quantityLinks.includes(nx.lc);
  if (prev && ((prev.kind !== 'count' && prev.kind !== 'measure') || (prev.kind === 'count' && !prev.unit && ofAfter))) return false;
  if (prev) {
    if (unit && unit.kind === 'measure' && !prev.unit) {
      end += um![0].length;
      prev.kind = 'measure';
      prev.unit = unit.unit;
    }
    if (!isFree(ctx, prev.end, end)) return true;
    claim(ctx, prev.end, end);
    prev.end = end;
    figureEnds(ctx).set(end, prev);
    prev.text = text.slice(prev.start, end);
    if (typeof prev.value === 'number') prev.value += frac;
    return true;
  }
  // "one and a half times": a number word before "and"
  const n = tokens[i - 3];
  const nv = n && n.block === tokens[i].block && n.t === T.Word ? (Object.hasOwn(ctx.lex.numberWords, n.lc) ? ctx.lex.numberWords[n.lc] : ctx.lex.oneWords.includes(n.lc) ? 1 : undefined) : undefined;
  if (typeof nv === 'number') {
    const measure = unit && unit.kind === 'measure';
    pushFigure(ctx, n.s, measure ? end + um![0].length : end, measure ? 'measure' : 'count', nv + frac, measure ? unit.unit : undefined);
    return true;
  }
  // "a cup and a half": an article and a unit before "and"
  const u = tokens[i - 3];
  const art = tokens[i - 4];
  const before = u && art && u.block === tokens[i].block ? F.unitMap.get(u.lc) : undefined;
  if (before && before.kind === 'measure' && ctx.lex.indefiniteArticles.includes(art.lc)) pushFigure(ctx, art.s, end, 'measure', 1 + frac, before.unit);
  return true;
}

/** The figures listed so far by their end offset (the first listed wins), kept up to date as figures are listed. */
const endIndex = new WeakMap<FigureSpan[], { map: Map<number, FigureSpan>; n: number }>();
function figureEnds(ctx: FigureContext): Map<number, FigureSpan> {
  let ix = endIndex.get(ctx.out);
  if (!ix) endIndex.set(ctx.out, (ix = { map: new Map(), n: 0 }));
  for (; ix.n < ctx.out.length; ix.n++) {
    const f = ctx.out[ix.n];
    const had = ix.map.get(f.end);
    if (!had || had.end !== f.end) ix.map.set(f.end, f);
  }
  return ix.map;
}

/** The figure that ends right before offset `at`, with only spaces between (looked up by end offset, not scanned). */
function figureEndingBefore(ctx: FigureContext, at: number): FigureSpan | undefined {
  const ends = figureEnds(ctx);
  let p = at;
  while (p > 0 && /[\s\u00a0]/u.test(ctx.text[p - 1])) p--;
  for (let q = p; q <= at; q++) {
    const f = ends.get(q);
    if (f && f.end === q) return f;
  }
  return undefined;
}

/** "more than a year", "within a month", "nach einem Jahr": a single unit of time after a duration lead is a measure; its token count, or 0. */
function duration(ctx: FigureContext, d: Durations, i: number): number {
  const { lex, tokens, text } = ctx;
  if (!d.lead) return 0;
  const len = d.spans.at(tokens, i);
  if (!len) return 0;
  const last = tokens[i + len - 1];
  const next = tokens[i + len];
  if (next && next.block === last.block && d.relative.has(next.lc)) return 0;
  if (!d.lead.test(text.slice(Math.max(0, tokens[i].s - MAX_LEAD_CHARS), tokens[i].s))) return 0;
  const unit = lex.durationSpans[phrase(ctx, tokens[i].s, last.e)];
  return unit && pushFigure(ctx, tokens[i].s, last.e, 'measure', 1, unit) ? len : 0;
}
// The longest duration lead, in characters ("more than ", "mindestens ").
const MAX_LEAD_CHARS = 16;

/** The lexicon key of text[a, b): lower case, single spaces. */
function phrase(ctx: FigureContext, a: number, b: number): string {
  return ctx.text.slice(a, b).toLowerCase().replace(/[\s\u00a0]+/g, ' ');
}

/** The value of a word's number parts ("twenty-five" → [20, 5], "fünfundzwanzig" → [5, 20]), or null. */
function parts(ctx: FigureContext, w: string): number[] | null {
  const { F } = ctx;
  const v = F.numberWords.get(w) ?? small(ctx, w);
  if (v != null) return [v];
  if (w.includes('-')) {
    const ps = w.split('-').map((p) => F.numberWords.get(p) ?? small(ctx, p));
    return ps.every((p) => p != null) ? (ps as number[]) : null;
  }
  const ps = ctx.lex.compoundNumbers ? compoundParts(ctx, w) : null;
  return ps?.length ? ps : null;
}

// Compound splits per word, per language: in a language that writes numbers as one word
// ("fünfundzwanzig") every word of an article is tried at each of its prefixes, and the answer
// depends on the word and the lexicon only. Cleared when this large, to bound its memory.
const MAX_MEMO_WORDS = 20000;
const splitMemo = new WeakMap<FigureContext['F'], Map<string, number[] | null>>();

/** `split(ctx, w, 0)`, memoised. */
function compoundParts(ctx: FigureContext, w: string): number[] | null {
  let memo = splitMemo.get(ctx.F);
  if (!memo) splitMemo.set(ctx.F, (memo = new Map()));
  let ps = memo.get(w);
  if (ps === undefined) {
    if (memo.size > MAX_MEMO_WORDS) memo.clear();
    ps = split(ctx, w, 0);
    memo.set(w, ps);
  }
  return ps;
}

/** A hundred or thousand scale word as a number part ("hundred" → 100), or null. */
function small(ctx: FigureContext, w: string): number | null {
  if (w.length < 3) return null; // "k", "m": abbreviations after digits, not words
  const s = ctx.F.scaleMap.get(w);
  return s != null && s <= 1000 ? s : null;
}

/** "fünfundzwanzig" → [5, 20]: a compound split greedily into number words and joiners. */
function split(ctx: FigureContext, w: string, from: number): number[] | null {
  if (from === w.length) return [];
  for (let to = w.length; to > from + 1; to--) {
    const p = w.slice(from, to);
    const v = ctx.F.numberWords.get(p) ?? small(ctx, p);
    const joiner = ctx.F.joiners.has(p);
    if (v == null && !joiner) continue;
    const rest = split(ctx, w, to);
    if (rest) return v == null ? rest : [v, ...rest];
  }
  return null;
}

/** Can number part `b` follow part `a` in one number? */
function follows(a: number, b: number): boolean {
  if (b === 100 || b === 1000) return a < 1000;
  if (a === 100 || a === 1000) return b < a;
  // "двести пятьдесят", "neuf cents": a word of hundreds takes the tens and units after it
  if (a > 100 && a < 1000 && a % 100 === 0) return b < 100;
  return a >= 20 && a % 10 === 0 && a < 100 && b < 10;
}

/** Combine number parts: units and tens add, "hundred"/"thousand" multiply what came before. */
function combine(values: number[]): number {
  let total = 0;
  let cur = 0;
  for (const v of values) {
    if (v === 100) cur = (cur || 1) * 100;
    else if (v === 1000) {
      total += (cur || 1) * 1000;
      cur = 0;
    } else cur += v;
  }
  return total + cur;
}

/**
 * "тысяча девятьсот сорок пятый год", "у тисяча дев'ятсот сорок п'ятому році": a year spelled out ends on an ordinal
 * (lexicon yearOrdinals) before a year word (lexicon yearWords); read whole as a date, without its preposition as a year in
 * digits is (./years). The tokens read, or 0.
 */
function ordinalYear(ctx: FigureContext, i: number): number {
  const { tokens, F } = ctx;
  if (!F.yearOrdinals.size) return 0;
  const values: number[] = [];
  for (let k = i; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.t !== T.Word || t.block !== tokens[i].block || (k > i && t.s - tokens[k - 1].e > 1)) return 0;
    const ord = F.yearOrdinals.get(t.lc);
    if (ord != null) {
      const yw = tokens[k + 1];
      if ((values.length && (ord >= 1000 || !follows(values[values.length - 1], ord))) || yw.block !== t.block || !F.yearWords.has(yw.lc)) return 0;
      const year = combine(values) + ord;
      if (year < MIN_SPELLED_YEAR || year > MAX_SPELLED_YEAR) return 0;
      pushFigure(ctx, tokens[i].s - yearLeadLength(ctx, tokens[i].s), yw.e, 'date', String(year));
      return k + 2 - i;
    }
    // ("две тысячи": after a number the plural scale is its scale, not "thousands" alone)
    const sc = values.length ? small(ctx, t.lc) : null;
    const p = sc != null ? [sc] : parts(ctx, t.lc);
    if (!p || (values.length && !follows(values[values.length - 1], p[0]))) return 0;
    values.push(...p);
  }
  return 0;
}
// After the hundreds of a paired year: its other number, one word or two joined by a hyphen ("forty-five"), sticky.
const PAIRED_YEAR_REST = /[ \u00a0]+(\p{L}+)(?:-(\p{L}+))?(?![\p{L}\p{N}-])/uy;

/**
 * "nineteen forty-five", "in eighteen twelve": a year said as its hundreds (lexicon yearHundreds) and a number from
 * ten to ninety-nine is one date, not two counts; without its preposition, as a year in digits. The tokens read, or 0.
 */
function pairedYear(ctx: FigureContext, i: number): number {
  const { tokens, lex, text } = ctx;
  const tok = tokens[i];
  if (!Object.hasOwn(lex.yearHundreds, tok.lc)) return 0;
  PAIRED_YEAR_REST.lastIndex = tok.e;
  const m = PAIRED_YEAR_REST.exec(text);
  if (!m) return 0;
  const a = lex.numberWords[m[1].toLowerCase()];
  const b = m[2] === undefined ? 0 : lex.numberWords[m[2].toLowerCase()];
  // ten to nineteen alone, or a multiple of ten with a unit after its hyphen or none
  if (a === undefined || b === undefined || a < 10 || a > 99 || (a < 20 ? m[2] !== undefined : a % 10 !== 0 || b > 9)) return 0;
  const end = tok.e + m[0].length;
  if (!pushFigure(ctx, tok.s - yearLeadLength(ctx, tok.s), end, 'date', String(lex.yearHundreds[tok.lc] * 100 + a + b))) return 0;
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1].e <= end) k++;
  return k - i + 1;
}

// The years a spelled year may name: a four-digit year of the last millennium or this one's first century ("сорок пятом
// году" alone is no year a reader can place).
const MIN_SPELLED_YEAR = 1000;
const MAX_SPELLED_YEAR = 2100;

/** The ordinal after token `last` that goes on the number ending there ("сорок" + "пятой" → 5; lexicon yearOrdinals), or null. */
function ordinalAfter(ctx: FigureContext, last: number): number | null {
  const { tokens, F } = ctx;
  const t = tokens[last];
  const nx = tokens[last + 1];
  const ord = nx && nx.block === t.block && nx.s - t.e <= 1 ? F.yearOrdinals.get(nx.lc) : undefined;
  const p = ord != null && ord < 100 ? parts(ctx, t.lc) : null;
  return p && follows(p[p.length - 1], ord!) ? ord! : null;
}

/**
 * "на сорок пятой минуте", "у двадцять першому столітті": the number from token i to `last` is the tens of a
 * compound ordinal, a place, no count (labelling policy); both words are claimed. Before a month ("двадцать пятого
 * марта", "двадцять п'ятого березня") the ordinal is the day: the month's date, read by the dates pass, widens over it.
 */
function compoundOrdinal(ctx: FigureContext, i: number, last: number, tens: number): boolean {
  const { tokens, F } = ctx;
  const ord = ordinalAfter(ctx, last);
  if (ord == null) return false;
  const start = tokens[i].s;
  const oe = tokens[last + 1].e;
  const mt = tokens[last + 2];
  const day = tens + ord;
  const month = mt && mt.t === T.Word && mt.block === tokens[i].block && mt.s - oe <= 1 ? F.monthMap.get(mt.lc) : undefined;
  const date = month != null && day <= MAX_DAY ? ctx.out.find((f) => f.kind === 'date' && f.start === mt.s) : undefined;
  const value = date && typeof date.value === 'string' ? isoDate(+date.value.slice(0, 4) || null, month!, day) : undefined;
  claim(ctx, start, oe);
  if (date && value && /^\d{4}-\d\d$/.test(String(date.value))) {
    date.start = start;
    date.text = ctx.text.slice(start, date.end);
    date.value = value;
  }
  return true;
}
// The last day a month may have: a compound ordinal beyond it before a month is no day.
const MAX_DAY = 31;

/** A phrase of years at token i ("a quarter of a century"; a year spelled with its ordinal), pushed; the tokens read, or 0. */
function readYearPhrase(ctx: FigureContext, i: number): number {
  const { F, tokens, lex } = ctx;
  // "a quarter of a century", "четверть века": one span of years, no share and a century apart (lexicon yearSpans)
  const ylen = F.yearSpans.at(tokens, i);
  if (!ylen) return ordinalYear(ctx, i) || pairedYear(ctx, i);
  const end = tokens[i + ylen - 1].e;
  pushFigure(ctx, tokens[i].s, end, 'measure', lex.yearSpans[phrase(ctx, tokens[i].s, end)], 'yr');
  return ylen;
}

/** A multiple at token i ("twice", "doubled", "double the number"), pushed unless an idiom ("doubled down"); the tokens read, or 0. */
function readMultiple(ctx: FigureContext, i: number): number {
  const { F, tokens, lex } = ctx;
  const tok = tokens[i];
  const mlen = F.multipliers.at(tokens, i);
  // "doubled down": an idiom (lexicon multiplierIdioms)
  if (mlen && lex.multiplierIdioms.includes(tokens[i + mlen]?.lc ?? '')) return mlen;
  // "double the number", "triple that figure": a multiple before a determiner (lexicon multipliersBeforeDeterminer, multiplierFollowers)
  const times = Object.hasOwn(lex.multipliersBeforeDeterminer, tok.lc) ? lex.multipliersBeforeDeterminer[tok.lc] : undefined;
  const nx = tokens[i + 1];
  if (times != null && nx && nx.t === T.Word && nx.block === tok.block && nx.s === tok.e + 1 && lex.multiplierFollowers.includes(nx.lc)) {
    pushFigure(ctx, tok.s, tok.e, 'measure', times, '×');
    return 1;
  }
  if (!mlen) return 0;
  const end = tokens[i + mlen - 1].e;
  pushFigure(ctx, tok.s, end, 'measure', lex.multipliers[phrase(ctx, tok.s, end)], '×');
  return mlen;
}

/** A spelled-out number from token i (words, hyphens, joiners; or "a"/"ein" before a scale). */
function readNumber(ctx: FigureContext, i: number): { value: number; last: number; unit?: string } | null {
  const { tokens, F, text } = ctx;
  const first = tokens[i];
  // "a million", "eine Million": an article before a scale word
  if (F.scaleArticles.has(first.lc)) {
    F.scaleAt.lastIndex = first.e;
    const sm = F.scaleAt.exec(text);
    return sm ? { value: 1, last: i } : null;
  }
  const values: number[] = [];
  let last = -1;
  for (let k = i; k < tokens.length; k++) {
    const t: Token = tokens[k];
    if (t.t !== T.Word || t.block !== first.block || (k > i && t.s - tokens[k - 1].e > 1)) break;
    if (k > i && F.joiners.has(t.lc) && parts(ctx, tokens[k + 1]?.lc ?? '')) continue;
    const p = parts(ctx, t.lc);
    // "two-goal performance", "five-year plan": a number word joined to its noun
    if (!p && k === i && t.lc.includes('-')) {
      const [first, ...rest] = t.lc.split('-');
      const head = F.numberWords.get(first);
      // "a four-cylinder engine", "a four-door sedan": a kind, not a count (lexicon configurationNouns)
      if (head != null && ctx.lex.configurationNouns.includes(rest[0].replace(/s$/, ''))) return null;
      if (head != null) return { value: head, last: k, unit: rest.map((r) => F.unitMap.get(r)).find((u) => u?.kind === 'measure')?.unit };
    }
    // "twenty five" and "two hundred" combine; "three four" (a typo, or a list) does not
    if (!p || (values.length && !follows(values[values.length - 1], p[0]))) break;
    values.push(...p);
    last = k;
  }
  if (last < 0) return null;
  // a lone number word must be followed by a word ("two engineers", not "the two."), also a quoted one
  // ('three "urgent" threats', "zwei „kritische“ Fehler", "trois « graves » menaces", "три «горячие» точки")
  let next = tokens[last + 1];
  if (next && OPENING_QUOTES.has(next.lc) && next.s === tokens[last].e + 1) next = tokens[last + 2];
  // ("two 17-year-old boys", "трое 17-летних подростков": a count of what a number's hyphenated adjective describes)
  if (next && next.t === T.Num && next.block === first.block && next.s === tokens[last].e + 1 && HYPHEN_ADJECTIVE_AFTER.test(ctx.text.slice(next.e, next.e + 2))) return { value: combine(values), last };
  if (!next || next.t !== T.Word || next.block !== first.block) return endsClause(ctx, i, last) ? { value: combine(values), last } : null;
  return { value: combine(values), last };
}

// A hyphen and a letter right after a number in digits: the number opens a hyphenated adjective ("17-year-old", "17-летних").
const HYPHEN_ADJECTIVE_AFTER = /^[-‑]\p{L}/u;

// An elided "de" opening an approximate quantity of the lexicon ("d’une dizaine").
const ELIDED_DE = /^d[’'](?=\p{L})/u;

// Punctuation that ends the clause of a number word with no noun after it ("she had taken eight,").
const CLAUSE_END = new Set([',', '.', ';', '!', '?', '”', '"', ')', '»']);
// Words before such a number that make it stand for a noun said before ("the other two.", "the top three,", "the earlier
// two,", "at two.") or make it vague ("a sibling or two,").
const ANAPHORIC_BEFORE = new Set(['other', 'top', 'last', 'first', 'next', 'final', 'remaining', 'earlier', 'previous', 'former', 'latter', 'same', 'number', 'at', 'of', 'or', 'andere', 'anderen', 'letzten', 'ersten', 'autres', 'derniers', 'premiers', 'інші', 'останні', 'перші', 'другие', 'последние', 'первые']);

/**
 * "She had taken eight,", "seating for four.": a number word that ends its clause after a verb or a preposition
 * counts the noun it leaves out; after an article, a possessive, a pronoun or a word of order ("the two.", "all
 * three,", "the other two", "the top three") it only points back at one, after a reporting verb it is an answer quoted ("he said two."), and a capitalised word before it makes
 * it part of a name ("Chapter Two.").
 */
function endsClause(ctx: FigureContext, first: number, last: number): boolean {
  const { tokens, lex } = ctx;
  const nx = tokens[last + 1];
  const pv = tokens[first - 1];
  if (!nx || !CLAUSE_END.has(nx.lc) || nx.s !== tokens[last].e || nx.block !== tokens[first].block) return false;
  if (!pv || pv.t !== T.Word || pv.cap || pv.block !== tokens[first].block || tokens[first].s - pv.e > 1) return false;
  const w = pv.lc;
  // ("he said two.": an answer quoted, no count of anything said)
  return !(lex.determiners.includes(w) || lex.possessives.includes(w) || lex.pronouns.includes(w) || ANAPHORIC_BEFORE.has(w) || lex.multiplierFollowers.includes(w) || lex.speechVerbs.includes(w));
}

// Quotation marks that open a quoted word after a number word.
const OPENING_QUOTES = new Set(['"', '“', '„', '«', '‘']);

/** Extend a spelled number over a scale and a unit, and add it. */
function finish(ctx: FigureContext, start: number, end: number, value: number): void {
  let scale = 1;
  const sm = scaleAfter(ctx, end, false);
  if (sm) {
    scale = sm.scale;
    end = sm.end;
  }
  let kind: FigureKind = 'count';
  let unit: string | undefined;
  const u = unitAfter(ctx, end, scale > 1, false);
  if (u) {
    kind = u.kind;
    unit = u.unit;
    end = u.end;
  }
  pushFigure(ctx, start, end, kind, value * scale, unit);
}

/**
 * "a third case of plague": an article and a fraction word that is also an ordinal, before a noun,
 * count places, not shares ("кожен третій" is a share whatever follows: it has no article).
 */
function ordinalHere(ctx: FigureContext, first: number, last: number): boolean {
  const t = ctx.tokens[last];
  if (first === last || !ctx.lex.determiners.includes(ctx.tokens[first].lc)) return false;
  const nx = ctx.tokens[last + 1];
  // (any ordinal the lexicon lists: "a third term", "a fifth term", "a tenth straight day")
  const ordinal = Object.hasOwn(ctx.lex.quarterOrdinals, t.lc) || Object.hasOwn(ctx.lex.centuryOrdinals, t.lc);
  if (!ordinal || !nx || nx.t !== T.Word || nx.block !== t.block) return false;
  // "a third of voters", "a third were": a share; "a third case": a place
  return !ctx.lex.periodLinks.includes(nx.lc) && !ctx.F.lowerWords.has(nx.lc);
}

/**
 * Is the token before token i, in its block, a number in digits or words ("два миллиона", "2 миллиона") or a
 * fraction ("четверть миллиона"), or part of a figure read before: a scale word there is no amount of its own?
 * (vague-amounts.ts numberOrHalfBefore asks for a plural scale word: an article or a number with its half, no fraction.)
 */
function numberFractionOrFigureBefore(ctx: FigureContext, i: number): boolean {
  const pv = ctx.tokens[i - 1];
  if (!pv || pv.block !== ctx.tokens[i].block) return false;
  return pv.t === T.Num || ctx.F.numberWords.has(pv.lc) || ctx.F.fraction.opens(pv.lc) || !!ctx.used[pv.s];
}

/**
 * A scale word alone at token i ("мільярд доларів"): one of its scale, with a smaller number after it added on
 * ("Миллион двести тысяч человек" is 1,200,000). Before a coordinator and a number word it is a title's or a saying's
 * ("Тысяча и одна ночь"), and before "раз" a hyperbole ("Тысячу раз говорил"): no number a reader checks (labelling
 * policy: names and what cannot be checked are no figures). Returns the last token read.
 */
function loneScale(ctx: FigureContext, i: number): number {
  const { tokens, lex } = ctx;
  const tok = tokens[i];
  const nx = tokens[i + 1];
  const same = nx && nx.block === tok.block && nx.t === T.Word;
  const third = tokens[i + 2]?.lc ?? '';
  const saying = lex.coordinators.includes(nx?.lc) && (ctx.F.numberWords.has(third) || lex.oneWords.includes(third));
  if (same && (lex.oneExclusions.includes(nx.lc) || saying)) return i + 1;
  const scale = lex.scales[tok.lc] ?? 1;
  const rest = same ? readNumber(ctx, i + 1) : null;
  if (rest && rest.value < scale && !rest.unit) {
    finish(ctx, tok.s, tokens[rest.last].e, scale + rest.value);
    return rest.last;
  }
  finish(ctx, tok.s, tok.s, 1);
  return i;
}

/**
 * Is the fraction at token i (ending at `end`) part of a time, no share: before a unit of time or an hour ("около
 * четверти века", "больше половины часа", "до половини дев'ятої"), or after a clock form's word ("без четверти")?
 */
function partOfTime(ctx: FigureContext, i: number, end: number): boolean {
  const w = ctx.F.timeWords;
  const pv = ctx.tokens[i - 1];
  if (pv && pv.block === ctx.tokens[i].block && w.before.has(apostrophes(pv.lc))) return true;
  const m = /^[\s\u00a0]+([\p{L}'’ʼ]+)/u.exec(ctx.text.slice(end, end + 40));
  return !!m && w.after.has(apostrophes(m[1]));
}

/**
 * "a quarter cup", "a third mile", "ein Viertel Liter", "un quart de litre": a fraction right before a unit of measure is a quantity of
 * that unit, no share; read as a measure of the fraction's value (units of time are read by partOfTime first).
 */
function fractionOfUnit(ctx: FigureContext, start: number, end: number, pct: number): boolean {
  // (or after a quantity link: "un quart de litre")
  const link = ctx.F.vagueWords.link;
  let u = unitAfter(ctx, end, false, false);
  if (!u && link) {
    link.lastIndex = end;
    const m = link.exec(ctx.text);
    if (m) u = unitAfter(ctx, end + m[0].length, false, false);
  }
  return !!u && u.kind === 'measure' && pushFigure(ctx, start, u.end, 'measure', Math.round(pct * 10) / 1000, u.unit);
}

/** The length of the lexicon's half after a number at `end` (" с половиной"), or 0. */
function halfAfter(ctx: FigureContext, end: number): number {
  const re = ctx.F.halves?.after;
  if (!re) return 0;
  re.lastIndex = end;
  return re.exec(ctx.text)?.[0].length ?? 0;
}
