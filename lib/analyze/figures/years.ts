// Pass: years ("2023" in "in 2023", "early 2020", "2024/25", "2022-23", "2025 року", "the first quarter of 2025"), unless
// the number is a quantity ("2024 people", "2000 %"), part of a name ("Horizon 2020") or a house
// number ("of 1909 Jolinda Drive").
import { before, nameBefore, namedElsewhere, yearLeadLength } from './context-words';
import type { Lexicon } from '../lexicons';
import { alternation } from '../text';
import { eachAtDigitRuns, isFree, pushFigure, type FigureContext, type FigurePass } from './types';
import { streetAfter } from './word-spots';
import { closesYearRange } from './year-ranges';

export const years: FigurePass = {
  name: 'years',
  run(ctx) {
    const { F, text } = ctx;
    // every match opens a run of digits (its look-behind bars a digit before it): the sticky regex is
    // tried there only, not scanned over the whole text (a tenth of the figure passes' time)
    eachAtDigitRuns(ctx, F.year, (m) => {
      let start = m.index;
      const end = m.index + m[0].length;
      if (!isFree(ctx, start, end)) return;
      const after = text.slice(end, end + 30);
      F.countNounAt.lastIndex = 0;
      if (!m[2] && F.countNounAt.test(after)) return;
      if (/^[\s\u00a0]?(?:%|[-–]\d)/u.test(after)) return;
      // "1080 x 1920", "1920×1080": a side of a dimension, no year
      if (DIMENSION_AFTER.test(after) || DIMENSION_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return;
      if (streetAfter(ctx, end)) return;
      const b = before(ctx, start);
      // ("з 2014 до 2022 року": the second year of a range, its closer no approximator)
      if (F.prefixCur.test(b) || (F.approxBefore.test(b) && !comparedYear(ctx, b, start, end) && !closesYearRange(ctx.lex, b))) return;
      const period = F.periodBefore.exec(b);
      // (where every noun is capitalised, a noun after a date's preposition and an article before a year is no name:
      // "seit der Landtagswahl 2019", "nach der Flut 2021"; "Die Agenda 2010", "Windows 2000" and an acronym, "EM 2024", still are)
      // ("Euro 2020 qualifying is over.": a sentence's first word is that name when the text names it inside a sentence too)
      if (!period && (nameBefore(ctx, start) || namedElsewhere(ctx, start, m[1])) && !(ctx.lex.capitalisedNouns && eventBefore(ctx, start))) return;
      if (period) start -= period[0].length;
      // "Some of 2019's best gadgets": a year in the possessive modifies the noun after it; the preposition before is another's
      // (and a plain preposition stays out: "in 2015" is "2015", "early 2020" keeps its period word)
      else if (!/^[’']s(?![\p{L}])/u.test(after)) start -= yearLeadLength(ctx, start);
      let value: string = m[1];
      if (m[2]) value = `${m[1]}/${m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]}`;
      pushFigure(ctx, start, end, 'date', value);
    });
  },
};

// A multiplication sign (or the letter x) between two numbers: the sides of a dimension ("1080 x 1920 pixels").
const DIMENSION_AFTER = /^[ \u00a0]?[x×][ \u00a0]?\d/u;
const DIMENSION_BEFORE = /\d[ \u00a0]?[x×][ \u00a0]?$/u;

/**
 * Is the word right before `at` (one space) a noun in lower case after its capital ("Pandemie", not "EM",
 * "iPhone", nor a currency's word: "Euro") after a date's preposition and an article ("seit der", "nach der"): an
 * event in its year?
 */
function eventBefore(ctx: FigureContext, at: number): boolean {
  const m = /([\p{L}]+)[ \u00a0]+([\p{L}]+)[ \u00a0]+(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)[ \u00a0]$/u.exec(ctx.text.slice(Math.max(0, at - 60), at));
  // (a currency's word names a tournament before a year, no event in its year: "nach der Euro 2024")
  if (m && ctx.F.unitMap.get(m[3].toLowerCase())?.kind === 'money') return false;
  // (or a conjunction carrying the preposition on: "seit der Landtagswahl 2019 und der Flut 2021")
  const lead = m?.[1].toLowerCase() ?? '';
  return !!m && (ctx.lex.datePreps.includes(lead) || ctx.lex.coordinators.includes(lead)) && ctx.lex.determiners.includes(m[2].toLowerCase());
}

const thanCache = new Map<Lexicon, RegExp | null>();
// A year other than the one at hand, in digits.
const OTHER_YEAR = /(?<![\p{L}\p{N}.,])(?:1[89]|20)\d\d(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Is the year in [start, end), after an approximator `b` ends with, a year compared with another ("2023 wurden mehr
 * verkauft als 2022", "higher in 2023 than 2022")? Its approximator ends with a word of comparison (lexicon
 * `thanWords`), the comparison ends with the year (see yearEndsClause) and its sentence names another year;
 * "more than 2022 people" has its count noun, read before.
 */
function comparedYear(ctx: FigureContext, b: string, start: number, end: number): boolean {
  let re = thanCache.get(ctx.lex);
  if (re === undefined) thanCache.set(ctx.lex, (re = ctx.lex.thanWords.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(ctx.lex.thanWords)})[\\s\\u00a0]+$`, 'iu') : null));
  if (!re?.test(b) || !yearEndsClause(ctx, end)) return false;
  const s = ctx.sentences.at(start);
  if (s < 0) return false;
  const from = ctx.sentences.starts[s];
  const to = Math.max(ctx.sentences.ends[s], end);
  for (const y of ctx.text.slice(from, to).matchAll(OTHER_YEAR)) if (from + y.index! !== start) return true;
  return false;
}

/**
 * Does the text after a year at `end` leave it alone: the clause's end, a punctuation mark, a date's preposition or a
 * conjunction ("than 2022.", "als 2022,", "than 2022 and", "than 2022 in Paris")? Any other word after it is what the
 * number counts ("more than 2022 athletes", "mehr als 2000 Besucher"), so it is no compared year.
 */
function yearEndsClause(ctx: FigureContext, end: number): boolean {
  const w = /^[\s\u00a0]*([\p{L}]+)/u.exec(ctx.text.slice(end, end + 40));
  if (!w) return true;
  const word = w[1].toLowerCase();
  return ctx.lex.datePreps.includes(word) || ctx.lex.coordinators.includes(word);
}
