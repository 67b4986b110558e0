// Scores the figure battery (tests/fixtures/figure-battery): short news sentences, each with the
// figure spans the labelling policy asks for, written before the figure detector was run on them or
// its code was read. One case is one sentence analysed alone as a paragraph. Shared by the unit test
// (which keeps passing cases passing) and bench/figure-battery.ts (per-language tallies).
// Spans are matched by position (expected spans are listed in reading order), so a figure written
// twice in a sentence ("two … two") is scored once per occurrence.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/analyze';
import { isSpanResultClean, tallyCases, type BatteryTally, type SpanResult } from './battery-tally';

export const FIGURE_BATTERY_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/figure-battery');
/** The second battery (session 25), written blind like the first, weighted to de/uk/ru/fr news style. */
export const FIGURE_BATTERY_2_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/figure-battery-2');
/** The third battery (session 26), written blind, de/uk/en police, court, budget, weather, sports,
 *  transport and election news, a third of it negatives (precision). It has no fr or ru file. */
export const FIGURE_BATTERY_3_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/figure-battery-3');
export const FIGURE_BATTERY_FILES = ['en', 'de', 'fr', 'ru', 'uk', 'neg'] as const;
export type FigureBatteryFile = (typeof FIGURE_BATTERY_FILES)[number];

/** Every battery with the files it has, in the order they were written. */
export const FIGURE_BATTERIES: ReadonlyArray<{ name: string; dir: string; files: readonly FigureBatteryFile[] }> = [
  { name: 'figure-battery', dir: FIGURE_BATTERY_DIR, files: FIGURE_BATTERY_FILES },
  { name: 'figure-battery-2', dir: FIGURE_BATTERY_2_DIR, files: FIGURE_BATTERY_FILES },
  { name: 'figure-battery-3', dir: FIGURE_BATTERY_3_DIR, files: ['en', 'de', 'uk', 'neg'] },
];

export type FigureCase = { id: string; lang: string; text: string; figures: Array<string | string[]>; optional?: string[] };
export type FigureResult = SpanResult;
export type FigureTally = BatteryTally;
type Span = { start: number; end: number; text: string };

export function loadFigureBattery(file: FigureBatteryFile, dir = FIGURE_BATTERY_DIR): FigureCase[] {
  return JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as FigureCase[];
}

/** Each expected entry's alternatives as spans, placed at or after the previous entry's start. */
function placeExpected(c: FigureCase): Span[][] {
  let from = 0;
  return c.figures.map((e) => {
    const alts = (Array.isArray(e) ? e : [e]).map((a) => { const start = c.text.indexOf(a, from); return { start, end: start + a.length, text: a }; });
    from = Math.min(...alts.map((a) => a.start));
    return alts;
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** found: a detected figure equals the span (or an alternative); boundary: overlaps it only; extra: overlaps nothing expected or optional. */
export function scoreFigureCase(c: FigureCase): FigureResult {
  const got: Span[] = analyzeText(c.text, { lang: c.lang }).figures.map((f) => ({ start: f.start, end: f.end, text: f.text }));
  const used = new Set<Span>();
  const r: FigureResult = { found: 0, missed: [], boundary: [], extra: [] };
  const expected = placeExpected(c);
  for (const alts of expected) {
    const hit = got.find((g) => !used.has(g) && alts.some((a) => a.start === g.start && a.end === g.end));
    if (hit) { r.found++; used.add(hit); continue; }
    const near = got.find((g) => !used.has(g) && alts.some((a) => overlaps(a, g)));
    if (near) { used.add(near); r.boundary.push(`${alts[0].text} -> ${near.text}`); } else r.missed.push(alts[0].text);
  }
  const optional = (c.optional ?? []).map((o) => { const start = c.text.indexOf(o); return { start, end: start + o.length, text: o }; });
  const allowed = [...expected.flat(), ...optional];
  for (const g of got) if (!used.has(g) && !allowed.some((a) => overlaps(a, g))) r.extra.push(g.text);
  return r;
}

export const isFigureClean = isSpanResultClean;

export const tallyFigureBattery = (cases: FigureCase[]): FigureTally => tallyCases(cases, scoreFigureCase, (c) => c.figures.length);
