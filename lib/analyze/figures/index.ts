// Figures: counts, money, percentages, ranges, measures and dates, with a normalised value and
// unit. The work is split into named passes, one file each, run in the order of FIGURE_PASSES over
// one shared context: text that is never a figure (URLs, phones) is claimed first, then numbers glued to a CJK counter ("3人"), then clock
// times, periods (quarters, decades, centuries) with a period word before a decade or century ("Mitte der 1990er-Jahre"), dates, years, ranges of years with their opener ("between 2015 and 2019"), sizes that name a product ("the 16-inch MacBook Pro"), numbers in digits, amounts without a number ("billions of dollars"), numbers in words ("one" before a noun apart), ranges opening on a number in words ("two to three years"), a minus word before a temperature ("minus three degrees"), a duration in two units made one ("four years and eight months"), the figures in tables are marked as such, and last a sentence's full stop after a dotless abbreviation ("4 млн.") is left out; a character claimed by one pass is never
// part of a later figure. Every word a pass looks for comes from the language's lexicon.
import type { AnalysisContext } from '../context';
import type { Lexicon } from '../lexicons';
import type { FigureSpan } from '../types';
import { abbreviationStops } from './abbreviation-stops';
import { cjkCounters } from './cjk-counters';
import { compileFigures } from './compile';
import { compoundDurations } from './compound-durations';
import { dates } from './dates';
import { eraPeriods } from './era-periods';
import { nameSizes } from './name-sizes';
import { numberAdjectives } from './number-adjectives';
import { numbers } from './numbers';
import { oneCounts } from './one-counts';
import { periods } from './periods';
import { reserved } from './reserved';
import { signs } from './signs';
import { spelled } from './spelled';
import { tables } from './tables';
import { vagueAmounts } from './vague-amounts';
import { times } from './times';
import { digitRuns, type FigureContext, type FigurePass } from './types';
import { wordRanges } from './word-ranges';
import { years } from './years';
import { yearRanges } from './year-ranges';

export type { FigurePass, FigureContext } from './types';

/** Every figure pass, in the order they run. */
export const FIGURE_PASSES: readonly FigurePass[] = [reserved, cjkCounters, times, periods, eraPeriods, dates, years, yearRanges, nameSizes, numbers, vagueAmounts, spelled, oneCounts, wordRanges, numberAdjectives, signs, compoundDurations, tables, abbreviationStops];

const euLexicons = new WeakMap<Lexicon, Lexicon>();
/** The lexicon with comma decimals and dot or space thousands ("17.000", "1,5"). */
function euNumbers(lex: Lexicon): Lexicon {
  let v = euLexicons.get(lex);
  if (!v) euLexicons.set(lex, (v = { ...lex, numbers: 'eu' }));
  return v;
}

/** Run the figure passes (all, or only those named) and return the figures in reading order. */
export function findFigures(base: AnalysisContext, only?: readonly string[]): FigureSpan[] {
  // a text in a language without a lexicon that writes "17.000" and "1,5" is read with the lexicon's words and those separators
  const eu = base.numberFormat === 'eu' && base.lex.numbers !== 'eu';
  const lex = eu ? euNumbers(base.lex) : base.lex;
  const F = compileFigures(eu ? `${base.lang}+eu` : base.lang, lex);
  const ctx: FigureContext = { ...base, lex, F, used: new Uint8Array(base.text.length), out: [], digitRuns: digitRuns(base.text), curlyMarks: null, personNames: null, words: null };
  for (const pass of FIGURE_PASSES) if (!only || only.includes(pass.name)) pass.run(ctx);
  return ctx.out.sort((a, b) => a.start - b.start);
}
