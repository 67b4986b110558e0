// Pass: a range of years with its opener is one figure, as a range of numbers is (labelling policy: a
// range keeps "between"): "between 2015 and 2019", "zwischen 2019 und 2022", "entre 2021 et 2023",
// "между 2014 и 2022 годами", "з 2014 по 2022 рік". The years pass finds each year alone; this one
// joins two years when the text before the first ends with an opener of the lexicon's rangePairs and
// only that opener's closer stands between them. Without an opener ("in 2015 and 2019") they stay two.
import type { Lexicon } from '../lexicons';
import type { FigureSpan } from '../types';
import { alternation } from '../text';
import { before } from './context-words';
import { SP } from './compile';
import { claim, type FigureContext, type FigurePass } from './types';

interface YearRangeWords { opener: RegExp; closers: Map<string, Set<string>>; gap: RegExp; secondYear: RegExp }
const cache = new WeakMap<Lexicon, YearRangeWords | null>();

function words(lex: Lexicon): YearRangeWords | null {
  let w = cache.get(lex);
  if (w !== undefined) return w;
  const pairs = lex.rangePairs.filter(([o]) => o);
  const closers = new Map<string, Set<string>>();
  for (const [o, c] of pairs) closers.set(o.toLowerCase(), (closers.get(o.toLowerCase()) ?? new Set()).add(c.toLowerCase()));
  w = pairs.length
    ? {
        opener: new RegExp(`(?<![\\p{L}])(${alternation(pairs.map((p) => p[0]))})${SP}+$`, 'iu'),
        closers,
        gap: new RegExp(`^${SP}+(${alternation(pairs.map((p) => p[1]))})${SP}+$`, 'iu'),
        secondYear: new RegExp(`(?<![\\p{L}])(${alternation(pairs.map((p) => p[0]))})${SP}+(?:1[89]|20)\\d\\d${SP}+(${alternation(pairs.map((p) => p[1]))})${SP}+$`, 'iu'),
      }
    : null;
  cache.set(lex, w);
  return w;
}

/**
 * Does the text `b` before a year end with a range's opener, a year and the opener's closer ("з 2014 до ")? Then the
 * closer is no approximator ("до 2022" is also "up to 2022"): the year closes the range, read here afterwards.
 */
export function closesYearRange(lex: Lexicon, b: string): boolean {
  const w = words(lex);
  const m = w?.secondYear.exec(b);
  return !!m && !!w?.closers.get(m[1].toLowerCase())?.has(m[2].toLowerCase());
}

// A year as the years pass values it, alone ("2015"; not "2024/25").
const YEAR_VALUE = /^\d{4}$/;

export const yearRanges: FigurePass = {
  name: 'yearRanges',
  run(ctx: FigureContext) {
    const w = words(ctx.lex);
    if (!w) return;
    const years = ctx.out.filter((f) => f.kind === 'date' && YEAR_VALUE.test(String(f.value))).sort((a, b) => a.start - b.start);
    const drop = new Set<FigureSpan>();
    for (let k = 1; k < years.length; k++) {
      const [y1, y2] = [years[k - 1], years[k]];
      if (drop.has(y1) || !(Number(y1.value) < Number(y2.value))) continue;
      const g = w.gap.exec(ctx.text.slice(y1.end, y2.start));
      // (the opener sits right before the first year: 16 characters hold the longest opener with its space, "zwischen ", "between ")
      const op = g && w.opener.exec(before(ctx, y1.start, 16));
      if (!g || !op || !w.closers.get(op[1].toLowerCase())?.has(g[1].toLowerCase())) continue;
      const start = y1.start - op[0].length;
      if (ctx.used[start]) continue;
      claim(ctx, start, y2.end);
      drop.add(y1);
      y2.value = `${y1.value}–${y2.value}`;
      y2.start = start;
      y2.text = ctx.text.slice(start, y2.end);
    }
    if (drop.size) ctx.out.splice(0, ctx.out.length, ...ctx.out.filter((f) => !drop.has(f)));
  },
};
