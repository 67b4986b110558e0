// Scores the attribution battery (tests/fixtures/attribution-battery): short news texts, each with
// the source spans the labelling policy asks for, written before the detector was run on them.
// A sentence case (en.json … neg.json) is one sentence analysed alone as a paragraph; a passage
// (passages.json) is 2–6 sentences in paragraphs split by a blank line, analysed as one whole text
// the way the CLI and the side panel hand an article body to analyzeText. Expected spans are
// occurrences in reading order, so a name labelled twice must be found twice. Shared by the unit
// test (which keeps passing cases passing) and bench/attribution-battery.ts (per-language tallies).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/analyze';
import { isSpanResultClean, tallyCases, type BatteryTally, type SpanResult } from './battery-tally';

export const BATTERY_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/attribution-battery');
export const BATTERY_FILES = ['en', 'de', 'fr', 'ru', 'uk', 'neg'] as const;
export const PASSAGE_FILE = 'passages';
export const PASSAGE_LANGS = ['en', 'de', 'fr', 'ru', 'uk'] as const;
/** The second passage battery (session 25, written blind): de/fr/ru/uk agency-style passages. */
export const BATTERY2_DIR = join(BATTERY_DIR, '../attribution-battery-2');
export const PASSAGE2_LANGS = ['de', 'fr', 'ru', 'uk'] as const;
/** The third passage battery (session 26, written blind): de/uk regional and national news passages. */
export const BATTERY3_DIR = join(BATTERY_DIR, '../attribution-battery-3');
export const PASSAGE3_LANGS = ['de', 'uk'] as const;

export type BatteryCase = { id: string; lang: string; text: string; sources: Array<string | string[]>; optional?: string[] };
export type CaseResult = SpanResult;
export type Tally = BatteryTally;
type Span = { start: number; end: number };

export function loadBattery(file: (typeof BATTERY_FILES)[number] | typeof PASSAGE_FILE): BatteryCase[] {
  return JSON.parse(readFileSync(join(BATTERY_DIR, `${file}.json`), 'utf8')) as BatteryCase[];
}

export const loadBattery2 = (): BatteryCase[] =>
  JSON.parse(readFileSync(join(BATTERY2_DIR, 'passages.json'), 'utf8')) as BatteryCase[];

export const loadBattery3 = (): BatteryCase[] =>
  JSON.parse(readFileSync(join(BATTERY3_DIR, 'passages.json'), 'utf8')) as BatteryCase[];

/** The fourth passage battery (session 26, written blind): English long-tail attribution passages. */
export const BATTERY4_DIR = join(BATTERY_DIR, '../attribution-battery-4');
export const PASSAGE4_LANGS = ['en'] as const;

export const loadBattery4 = (): BatteryCase[] =>
  JSON.parse(readFileSync(join(BATTERY4_DIR, 'passages.json'), 'utf8')) as BatteryCase[];

function occurrences(text: string, s: string, after = 0): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(s, after); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length });
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** An expected entry's candidate occurrences: every occurrence of each alternative at or after
 *  `from` (reading order); the sentence files list a sentence's few spans in no set order, so
 *  when nothing follows `from` any occurrence will do. */
function candidates(c: BatteryCase, alts: string[], from: number): Span[] {
  const after = alts.flatMap((s) => occurrences(c.text, s, from));
  const spans = after.length ? after : alts.flatMap((s) => occurrences(c.text, s));
  if (!spans.length) throw new Error(`${c.id}: expected ${JSON.stringify(alts)} is not in the text`);
  return spans.sort((a, b) => a.start - b.start);
}

/** found: a detected source equals an occurrence of the entry (or of an alternative), aligned in
 *  reading order (so "Ridley" found in "Ridley said" after "Tom Ridley, chief executive of Ridley
 *  Foods" counts, and a name labelled twice must be found twice); boundary: an unanswered entry
 *  whose first occurrence a detected source overlaps; extra: a detected source that overlaps no
 *  expected occurrence and no optional span. Each detected source answers one entry at most. */
export function scoreCase(c: BatteryCase): CaseResult {
  const got = analyzeText(c.text, { lang: c.lang }).sources.map((s) => ({ start: s.start, end: s.end }));
  const used = new Set<number>();
  const r: CaseResult = { found: 0, missed: [], boundary: [], extra: [] };
  const show = (x: Span) => c.text.slice(x.start, x.end);
  let from = 0;
  const entries = c.sources.map((e) => {
    const cands = candidates(c, Array.isArray(e) ? e : [e], from);
    const i = got.findIndex((g, k) => !used.has(k) && cands.some((a) => same(a, g)));
    if (i >= 0) { used.add(i); r.found++; from = got[i].end; return { cands: [got[i]], done: true }; }
    // unanswered: placed at its first occurrence, with the alternatives that overlap it
    const first = cands.filter((a) => overlaps(a, cands[0]) || a.start === cands[0].start);
    if (cands[0].start >= from) from = cands[0].end;
    return { cands: first, done: false };
  });
  for (const { cands, done } of entries) {
    if (done) continue;
    const i = got.findIndex((g, k) => !used.has(k) && cands.some((a) => overlaps(a, g)));
    if (i < 0) { r.missed.push(show(cands[0])); continue; }
    used.add(i);
    r.boundary.push(`${show(cands[0])} -> ${show(got[i])}`);
  }
  const allowed = [...entries.flatMap((e) => e.cands), ...(c.optional ?? []).flatMap((o) => occurrences(c.text, o))];
  got.forEach((g, k) => { if (!used.has(k) && !allowed.some((a) => overlaps(a, g))) r.extra.push(show(g)); });
  return r;
}

export const isClean = isSpanResultClean;

export const tallyBattery = (cases: BatteryCase[]): Tally => tallyCases(cases, scoreCase, (c) => c.sources.length);
