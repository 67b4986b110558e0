// Pass: a range whose first end is written in words ("two to three years", "between four and six
// weeks", "zwei bis drei Jahre", "de deux à trois ans", "від двох до трьох років"). The spelled pass
// lists each number on its own, so "two" was a count and "three years" a measure: one range read as
// two figures. Here a bare count in words, the lexicon's "to" word (`rangeToWords`) or the closer of
// an opener before it (`rangePairs`: "between … and", "від … до"), and a larger figure right after
// are made one range, with the opener ("between four and six", as the numbers pass keeps "from 4 to
// 9 years"). "One" counts as the first end only before a second end in words ("one to seven days").
// Languages whose "to" alone means "up to" (uk, ru: "до") need the opener.
import { SP } from './compile';
import { before } from './context-words';
import { rangeToWords } from '../lexicons/range-pairs';
import { claim, type FigureContext, type FigurePass } from './types';
import type { FigureSpan } from '../types';

const HAS_DIGIT = /\p{N}/u;
/** One end of a range: where it stands and its value. */
type End = { start: number; end: number; value: number };

export const wordRanges: FigurePass = {
  name: 'word-ranges',
  run(ctx) {
    const toWords = rangeToWords(ctx.lex);
    if (!toWords.size && !ctx.F.rangeOpenerBefore) return;
    const ones = new Set([...ctx.lex.oneWords, ...ctx.lex.scaleArticles].map((w) => w.toLowerCase()));
    const out = [...ctx.out].sort((x, y) => x.start - y.start);
    const drop = new Set<FigureSpan>();
    for (let k = 0; k < out.length; k++) {
      const b = out[k];
      if (!isSecondEnd(b)) continue;
      const a = k > 0 && !drop.has(out[k - 1]) ? out[k - 1] : undefined;
      const lo = a ? spelledCount(a) : null;
      const link = lo ? linkBetween(ctx, lo.end, b.start) : null;
      if (lo && link) {
        if (finish(ctx, lo, link, b, toWords)) drop.add(a!);
      } else if (!HAS_DIGIT.test(b.text)) rangeFromOne(ctx, ones, b, toWords);
    }
    if (drop.size) ctx.out.splice(0, ctx.out.length, ...ctx.out.filter((f) => !drop.has(f)));
  },
};

/** Can `b` close a range: a number that is a count, a measure, money or a share? */
function isSecondEnd(b: FigureSpan): boolean {
  return typeof b.value === 'number' && (b.kind === 'count' || b.kind === 'measure' || b.kind === 'money' || b.kind === 'percent');
}

/** The first end a figure listed right before can be: a bare count in words ("two", "четырёх"), or null. */
function spelledCount(a: FigureSpan): End | null {
  return a.kind === 'count' && !a.unit && typeof a.value === 'number' && !HAS_DIGIT.test(a.text) ? { start: a.start, end: a.end, value: a.value } : null;
}

/** "one to seven days": "one" ("un", "ein") as the first end before a second end in words. */
function rangeFromOne(ctx: FigureContext, ones: Set<string>, b: FigureSpan, toWords: Set<string>): void {
  const one = oneBefore(ctx, ones, b.start);
  if (one) finish(ctx, one.lo, one.word, b, toWords);
}

/** The linking word alone between two figures ("to", "and", "bis", "до"), lower case, or null. */
function linkBetween(ctx: FigureContext, from: number, to: number): string | null {
  const m = /^[ \u00a0]+(\p{L}+)[ \u00a0]+$/u.exec(ctx.text.slice(from, to));
  return m && to - from <= 12 ? m[1].toLowerCase() : null;
}

/** "one to" / "un à" / "ein bis" right before `at`: the word for one, and where it stands. */
function oneBefore(ctx: FigureContext, ones: Set<string>, at: number): { lo: End; word: string } | null {
  const m = /(?<![\p{L}\p{N}])(\p{L}+)[ \u00a0]+(\p{L}+)[ \u00a0]+$/u.exec(before(ctx, at, 24));
  if (!m || !ones.has(m[1].toLowerCase())) return null;
  const start = at - m[0].length;
  if (ctx.used[start]) return null;
  return { lo: { start, end: start + m[1].length, value: 1 }, word: m[2].toLowerCase() };
}

/** Make `b` the range from `lo` when the link is a "to" word or the closer of an opener before `lo`; true when made. */
function finish(ctx: FigureContext, lo: End, link: string, b: FigureSpan, toWords: Set<string>): boolean {
  const { F } = ctx;
  // the tokens between must be one line of one sentence
  if (ctx.text.slice(lo.start, b.start).includes('\n')) return false;
  let start = lo.start;
  const op = F.rangeOpenerBefore?.exec(before(ctx, lo.start, 16));
  const closers = op ? F.rangePairs.get(op[1].toLowerCase()) : undefined;
  if (op && (closers?.includes(link) || toWords.has(link))) start -= op[0].length;
  else if (!toWords.has(link)) return false;
  let low = lo.value;
  const high = b.value as number;
  // "two to three million": the scale of the second end is the first's too
  if (high >= 1000 * low) {
    const scale = scaleOf(ctx, b);
    if (scale > 1) low *= scale;
  }
  if (!(high > low)) return false;
  claim(ctx, start, b.end);
  b.start = start;
  b.text = ctx.text.slice(start, b.end);
  b.value = [low, high];
  b.kind = 'range';
  return true;
}

/** The scale word inside a figure's text ("three million euros" → 1e6), or 1. */
function scaleOf(ctx: FigureContext, f: FigureSpan): number {
  for (const w of f.text.toLowerCase().split(new RegExp(`${SP}+`, 'u'))) {
    const s = ctx.F.scaleMap.get(w);
    if (s != null && s > 1) return s;
  }
  return 1;
}
