// The whole pipeline on edited real pages: HTML → lib/extract → Article.text → lib/anchor. Nine
// outlet-style edits of four pages, every outcome compared with the expectation written down before
// the anchoring code ran on them (tests/fixtures/anchor-pages/README.md). Wrong attachments must be
// zero; correct ones have a floor.
import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { anchorMany, describe, DEFAULT_CONTEXT_LENGTH, LEGACY_CONTEXT_LENGTH, wordDiff, type AnchorResult } from '../../lib/anchor';
import { extractText, versionHtml } from '../fixtures/anchor-pages/gen';
import { PAGES } from '../fixtures/anchor-pages/pages';

const dir = new URL('../fixtures/anchor-pages/', import.meta.url);
const fixtures = new URL('../fixtures/', import.meta.url);
const read = (p: string, base = dir) => readFileSync(new URL(p, base), 'utf8');

type Range = { start: number; end: number; exact: string };
type Expectation = Range | null | { anyOf: Array<null | { within: [number, number] }> };
type Verdict = 'correct' | 'wrong' | 'missed' | 'unknown';

/** Correct outcomes required of the 417 cases (440 at session 15; a little room for a changed extraction). */
const FLOOR = 432;

/** Maps offsets of `from` to `to` where both have the same words around them; null elsewhere. */
function offsetMap(from: string, to: string): (x: number) => number | null {
  if (from === to) return (x) => x;
  const same: Array<[number, number, number]> = [];
  let f = 0;
  let t = 0;
  for (const part of wordDiff(from, to)) {
    if (part.op === 'same') same.push([f, f + part.text.length, t]);
    if (part.op !== 'ins') f += part.text.length;
    if (part.op !== 'del') t += part.text.length;
  }
  return (x) => {
    for (const [s, e, at] of same) if (x >= s && x <= e) return at + (x - s);
    return null;
  };
}

function mapExpectation(exp: Expectation, map: (x: number) => number | null, text: string): Expectation | undefined {
  if (exp === null) return null;
  if ('anyOf' in exp) {
    const alts = exp.anyOf.map((alt) => {
      if (alt === null) return null;
      const s = map(alt.within[0]);
      const e = map(alt.within[1]);
      return s === null || e === null ? undefined : { within: [s, e] as [number, number] };
    });
    return alts.includes(undefined) ? undefined : { anyOf: alts as Array<null | { within: [number, number] }> };
  }
  const s = map(exp.start);
  const e = map(exp.end);
  return s === null || e === null ? undefined : { start: s, end: e, exact: text.slice(s, e) };
}

function judge(exp: Expectation | undefined, got: AnchorResult | null): Verdict {
  if (exp === undefined) return 'unknown';
  if (exp && 'anyOf' in exp) {
    const ok = exp.anyOf.some((alt) => (alt === null ? got === null : !!got && got.start >= alt.within[0] && got.end <= alt.within[1]));
    return ok ? 'correct' : 'wrong';
  }
  if (exp === null) return got === null ? 'correct' : 'wrong';
  if (got === null) return 'missed';
  return got.start === exp.start && got.end === exp.end ? 'correct' : 'wrong';
}

interface Row {
  page: string;
  version: string;
  id: string;
  verdict: Verdict;
  got: AnchorResult | null;
}

function runTable(contextLength: number) {
  const rows: Row[] = [];
  const drift: string[] = [];
  for (const p of PAGES) {
    const html = read(p.source, fixtures);
    const base = read(`${p.id}/base.txt`);
    expect(extractText(html, p.url)).toBe(base);
    const { annotations } = JSON.parse(read(`${p.id}/annotations.json`)) as { annotations: Array<{ id: string; start: number; end: number }> };
    const expected = JSON.parse(read(`${p.id}/expected.json`)) as Record<string, Record<string, Expectation>>;
    const stored = annotations.map((a) => ({ id: a.id, selectors: describe(base, a.start, a.end, contextLength) }));
    for (const [version, edits] of Object.entries(p.versions)) {
      const text = extractText(versionHtml(html, edits, `${p.id}/${version}`), p.url);
      const predicted = read(`${p.id}/${version}.predicted.txt`);
      if (text !== predicted) drift.push(`${p.id}/${version}: ${diffSummary(predicted, text)}`);
      const map = offsetMap(predicted, text);
      const results = anchorMany(text, stored);
      for (const a of annotations) {
        const got = results.get(a.id) ?? null;
        rows.push({ page: p.id, version, id: a.id, verdict: judge(mapExpectation(expected[version][a.id], map, text), got), got });
      }
    }
  }
  return { rows, drift };
}

function diffSummary(a: string, b: string): string {
  return wordDiff(a, b)
    .filter((d) => d.op !== 'same')
    .map((d) => `${d.op === 'del' ? '-' : '+'}${JSON.stringify(d.text.slice(0, 60))}`)
    .join(' ');
}

// Stored before session 16 (32 characters of context) and since (DEFAULT_CONTEXT_LENGTH).
suite.each([LEGACY_CONTEXT_LENGTH, DEFAULT_CONTEXT_LENGTH])('anchoring on edited real pages, %i characters of context', (contextLength) => {
  it('never attaches to the wrong place, re-attaches most', { timeout: 120_000 }, () => {
    const { rows, drift } = runTable(contextLength);
    const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
    const table = new Map<string, Record<Verdict, number>>();
    for (const r of rows) {
      const k = `${r.page} ${r.version}`;
      const c = table.get(k) ?? { correct: 0, missed: 0, wrong: 0, unknown: 0 };
      c[r.verdict]++;
      table.set(k, c);
    }
    console.log(
      `[anchor pages, context ${contextLength}] ${rows.length} cases: ${count('correct')} correct, ${count('wrong')} wrong, ${count('missed')} missed, ${count('unknown')} unknown\n` +
        [...table].map(([k, c]) => `  ${k.padEnd(36)} ${c.correct}/${c.missed}/${c.wrong}${c.unknown ? ` (${c.unknown} unknown)` : ''}`).join('\n') +
        '\n' +
        rows
          .filter((r) => r.verdict !== 'correct')
          .map((r) => `  ${r.verdict.padEnd(7)} ${r.page}/${r.version} ${r.id}: got ${r.got ? JSON.stringify(r.got.exact) + ' ' + r.got.quality : 'null'}`)
          .join('\n') +
        (drift.length ? '\n  extraction differs from the prediction:\n    ' + drift.join('\n    ') : ''),
    );
    expect(rows.filter((r) => r.verdict === 'wrong').map((r) => `${r.page}/${r.version} ${r.id}`)).toEqual([]);
    expect(count('correct')).toBeGreaterThanOrEqual(FLOOR);
    // template churn alone must not change the text, nor where any annotation lands
    expect(drift.filter((d) => d.split(':')[0].endsWith('/template'))).toEqual([]);
    expect(rows.filter((r) => r.version === 'template' && r.verdict !== 'correct').map((r) => `${r.page} ${r.id}`)).toEqual([]);
  });
});
