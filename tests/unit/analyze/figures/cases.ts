// A table row for a figure pass: language, text, and the figures expected (text, and optionally
// kind, value, unit), in reading order.
import { expect } from 'vitest';
import type { FigureSpan } from '../../../../lib/analyze/types';

export type Want = string | { text: string; kind?: string; value?: unknown; unit?: string; table?: number };
export type Case = [string, string, Want[]];

export function expectFigures(got: FigureSpan[], want: Want[]): void {
  expect(got.map((f) => f.text)).toEqual(want.map((w) => (typeof w === 'string' ? w : w.text)));
  want.forEach((w, i) => {
    if (typeof w === 'string') return;
    if (w.kind) expect(got[i].kind, w.text).toBe(w.kind);
    if (w.value !== undefined) expect(got[i].value, w.text).toEqual(w.value);
    if (w.unit) expect(got[i].unit, w.text).toBe(w.unit);
    if (w.table !== undefined) expect(got[i].table, w.text).toBe(w.table);
  });
}
