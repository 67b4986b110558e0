// The one tally both blind batteries (attribution-battery.ts, figure-battery.ts) print: each scores a case
// into found / missed / boundary / extra spans, and this adds them up per file so the two scorers keep
// one result shape and one notion of a clean case.

export type SpanResult = { found: number; missed: string[]; boundary: string[]; extra: string[] };
/** detected counts the spans that are scored (found, boundary or extra), not those on optional spans. */
export type BatteryTally = { cases: number; clean: number; expected: number; found: number; missed: number; boundary: number; extra: number; detected: number };

export const isSpanResultClean = (r: SpanResult) => !r.missed.length && !r.boundary.length && !r.extra.length;

/** Score every case and add up its results; `expectedOf` is how many spans the case lists. */
export function tallyCases<C>(cases: readonly C[], score: (c: C) => SpanResult, expectedOf: (c: C) => number): BatteryTally {
  const t: BatteryTally = { cases: cases.length, clean: 0, expected: 0, found: 0, missed: 0, boundary: 0, extra: 0, detected: 0 };
  for (const c of cases) {
    const r = score(c);
    t.expected += expectedOf(c);
    t.found += r.found;
    t.missed += r.missed.length;
    t.boundary += r.boundary.length;
    t.extra += r.extra.length;
    t.detected += r.found + r.boundary.length + r.extra.length;
    if (isSpanResultClean(r)) t.clean++;
  }
  return t;
}
