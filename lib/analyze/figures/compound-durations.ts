// Pass: a duration written in two units, the larger first ("drei Jahren und sechs Monaten", "four
// years and eight months", "3 години 40 хвилин", "31 minutes 12 seconds"), is one figure: a prison
// term, a race time or an alert's length is one quantity, and the earlier passes listed its parts as
// two ("drei Jahren" | "sechs Monaten"). The parts are joined by spaces alone or by the language's
// word for "and" (lexicon andWords); a comma, a list or two parts in the same or a rising unit ("5
// years and 10 years", "2 minutes and 3 hours") are left as they are.
import type { FigureSpan } from '../types';
import type { FigureContext, FigurePass } from './types';
import { TIME_UNITS } from './units';
import { claim } from './types';

// Seconds in each unit of time the passes give (a month and a year on average: 30.4375 and 365.25 days).
const SECONDS: Record<string, number> = { s: 1, min: 60, h: 3600, d: 86400, wk: 604800, mo: 2629800, yr: 31557600 };

// Characters the gap between two parts may hold: spaces and one short word (the longest "and" is "und").
const MAX_GAP = 8;

/** A duration in a single number of its unit of time (not a range or a date). */
const isDuration = (f: FigureSpan): f is FigureSpan & { value: number; unit: string } =>
  f.kind === 'measure' && typeof f.value === 'number' && !!f.unit && TIME_UNITS.has(f.unit) && f.table == null;

/** Is the text between two parts only spaces, or spaces around one of the language's words for "and"? */
function joins(ctx: FigureContext, gap: string): boolean {
  if (gap.length > MAX_GAP || !/^[ \u00a0]/.test(gap)) return false;
  const w = gap.trim();
  return !w || (/[ \u00a0]$/.test(gap) && ctx.lex.andWords.includes(w.toLowerCase()));
}

export const compoundDurations: FigurePass = {
  name: 'compoundDurations',
  run(ctx) {
    if (ctx.out.length < 2) return;
    const sorted = [...ctx.out].sort((a, b) => a.start - b.start);
    const drop = new Set<FigureSpan>();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i];
      const b = sorted[i + 1];
      if (!isDuration(a) || !isDuration(b) || SECONDS[a.unit] <= SECONDS[b.unit]) continue;
      if (!joins(ctx, ctx.text.slice(a.end, b.start))) continue;
      claim(ctx, a.end, b.start);
      // the whole in the smaller unit ("four years and eight months": 56 months)
      a.value = Math.round(((a.value * SECONDS[a.unit]) / SECONDS[b.unit] + b.value) * 100) / 100;
      a.unit = b.unit;
      a.end = b.end;
      a.text = ctx.text.slice(a.start, a.end);
      drop.add(b);
      // (a third part goes on from the merged one: "2 hours 5 minutes 3 seconds")
      sorted[i + 1] = a;
    }
    if (drop.size) ctx.out = ctx.out.filter((f) => !drop.has(f));
  },
};
