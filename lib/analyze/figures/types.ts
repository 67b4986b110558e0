// The contract between the figure passes: each pass reads the shared context and claims ranges of
// the text for its figures (a claimed character is never part of a second figure); passes run in
// the order of FIGURE_PASSES (lib/analyze/figures/index.ts), so earlier passes win.
import type { AnalysisContext } from '../context';
import type { FigureKind, FigureSpan } from '../types';
import type { FigureLexicon } from './compile';
import type { WordIndex } from './word-index';

export interface FigureContext extends AnalysisContext {
  /** The language's figure words, compiled once per language. */
  F: FigureLexicon;
  /** 1 where a character is taken (by a figure or by something that is never one, like a URL). */
  used: Uint8Array;
  out: FigureSpan[];
  /** Where each run of ASCII digits starts, ascending (`digitRuns`). */
  digitRuns: number[];
  /**
   * Where the text's curly quotes („ “ ” « ») and line ends stand, ascending: built by the inch-mark check
   * (units.ts) at its first candidate, null until then — most texts have no straight quote after a number.
   */
  curlyMarks: number[] | null;
  /**
   * Whether "First Surname" before a bracket names a person, per name asked (context-words.ts `personName`): a page
   * naming one person many times asks once. Null until first asked.
   */
  personNames: Map<string, boolean> | null;
  /** Where each word of the text stands (word-index.ts), for the person-name check; null until first asked. */
  words: WordIndex | null;
}

export interface FigurePass {
  /** Short name, used in tests and to run a subset of passes. */
  name: string;
  run(ctx: FigureContext): void;
}

/** Offsets where a run of ASCII digits starts (a digit after no digit), ascending. */
export function digitRuns(text: string): number[] {
  const out: number[] = [];
  let prevDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit && !prevDigit) out.push(i);
    prevDigit = digit;
  }
  return out;
}

/**
 * Each match a global scan of `re` over the text would find, in order, for a sticky `re` whose every
 * match starts where a run of digits starts (it opens on a digit and cannot follow one): `re` is tried
 * at those places only. Why not the global scan: V8 compiles a regex unoptimised once the process has
 * generated much code (bench:analyze after its 181 jsdom pages), and an unoptimised scan tries the
 * regex, look-behind first, at every character — ten times the cost of these few hundred tries.
 */
export function eachAtDigitRuns(ctx: FigureContext, re: RegExp, f: (m: RegExpExecArray) => void): void {
  eachAt(ctx.text, re, ctx.digitRuns, f);
}

/**
 * Each match a global scan of `re` over `text` would find, in order, for a sticky `re` whose every
 * match starts at one of `starts` (ascending): `re` is tried there only (see eachAtDigitRuns).
 */
export function eachAt(text: string, re: RegExp, starts: readonly number[], f: (m: RegExpExecArray) => void): void {
  let done = 0;
  for (const p of starts) {
    if (p < done) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) continue;
    done = p + m[0].length;
    f(m);
  }
}

/** Where each occurrence of `s` starts in `text`, ascending. */
export function indicesOf(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

/** The offsets of several lists in one ascending list without repeats. */
export function mergeStarts(...lists: ReadonlyArray<readonly number[]>): number[] {
  // (a typed array sorts its numbers in ascending order without calling a comparator for each pair)
  const all = Float64Array.from(lists.flat()).sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]);
  return out;
}

export function isFree(ctx: FigureContext, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ctx.used[i]) return false;
  return true;
}

export function claim(ctx: FigureContext, a: number, b: number): void {
  ctx.used.fill(1, a, b);
}

/** Add a figure over [start, end) unless part of it is taken. */
export function pushFigure(ctx: FigureContext, start: number, end: number, kind: FigureKind, value?: FigureSpan['value'], unit?: string): boolean {
  if (end <= start || !isFree(ctx, start, end)) return false;
  claim(ctx, start, end);
  const f: FigureSpan = { start, end, text: ctx.text.slice(start, end), kind };
  if (value !== undefined && !(typeof value === 'number' && Number.isNaN(value))) f.value = value;
  if (unit) f.unit = unit;
  ctx.out.push(f);
  return true;
}
