// Scores the attribution battery (tests/fixtures/attribution-battery): short news sentences, each
// with the source spans the labelling policy asks for, written before the detector was run on them.
// One case is one sentence analysed alone as a paragraph. Shared by the unit test (which keeps
// passing cases passing) and bench/attribution-battery.ts (which prints the per-language tallies).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/analyze';

export const BATTERY_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/attribution-battery');
export const BATTERY_FILES = ['en', 'de', 'fr', 'ru', 'uk', 'neg'] as const;

export type BatteryCase = { id: string; lang: string; text: string; sources: Array<string | string[]>; optional?: string[] };
export type CaseResult = { found: number; missed: string[]; boundary: string[]; extra: string[] };
export type Tally = { cases: number; clean: number; expected: number; found: number; missed: number; boundary: number; extra: number };

export function loadBattery(file: (typeof BATTERY_FILES)[number]): BatteryCase[] {
  return JSON.parse(readFileSync(join(BATTERY_DIR, `${file}.json`), 'utf8')) as BatteryCase[];
}

/** found: a detected source equals the span (or an alternative); boundary: overlaps it only; extra: overlaps nothing expected. */
export function scoreCase(c: BatteryCase): CaseResult {
  const got = analyzeText(c.text, { lang: c.lang }).sources.map((s) => s.text);
  const at = (s: string) => [c.text.indexOf(s), c.text.indexOf(s) + s.length];
  const overlaps = (a: string, b: string) => { const [x, y] = at(a), [u, v] = at(b); return x < v && u < y; };
  const used = new Set<string>();
  const r: CaseResult = { found: 0, missed: [], boundary: [], extra: [] };
  for (const e of c.sources) {
    const alts = Array.isArray(e) ? e : [e];
    const hit = got.find((g) => alts.includes(g));
    if (hit) { r.found++; used.add(hit); continue; }
    const near = got.find((g) => alts.some((a) => overlaps(a, g)));
    if (near) { used.add(near); r.boundary.push(`${alts[0]} -> ${near}`); } else r.missed.push(alts[0]);
  }
  const allowed = [...c.sources.flat(), ...(c.optional ?? [])];
  for (const g of got) if (!used.has(g) && !allowed.some((a) => overlaps(a, g))) r.extra.push(g);
  return r;
}

export const isClean = (r: CaseResult) => !r.missed.length && !r.boundary.length && !r.extra.length;

export function tallyBattery(cases: BatteryCase[]): Tally {
  const t: Tally = { cases: cases.length, clean: 0, expected: 0, found: 0, missed: 0, boundary: 0, extra: 0 };
  for (const c of cases) {
    const r = scoreCase(c);
    t.expected += c.sources.length;
    t.found += r.found;
    t.missed += r.missed.length;
    t.boundary += r.boundary.length;
    t.extra += r.extra.length;
    if (isClean(r)) t.clean++;
  }
  return t;
}
