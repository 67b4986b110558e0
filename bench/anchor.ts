// npm run bench:anchor — time lib/anchor on a synthetic 10,000-word article with 500 annotations:
// the unchanged text (exact path) and after word edits throughout (moved and fuzzy paths). Prints
// median, p95 and min over several runs and how the annotations came out; wrong ones must be 0.
// Targets: under 50 ms for 500 exact, under 250 ms after edits. Annotations are described with
// DEFAULT_CONTEXT_LENGTH, or ANCHOR_CONTEXT=32 for records as stored before session 16.
import { performance } from 'node:perf_hooks';
import { anchor, anchorMany, DEFAULT_CONTEXT_LENGTH, describe, indexText, type AnchorResult } from '../lib/anchor';
import { applyEdits, makeAnnotations, makeArticle, makeEdits, removeParagraphs } from './lib/anchor-synth';

const WORDS = 10_000;
const ANNOTATIONS = 500;
const RUNS = 15;
const WARMUP = 3;

const text = makeArticle(WORDS);
const ranges = makeAnnotations(text, ANNOTATIONS);
const CONTEXT = Number(process.env.ANCHOR_CONTEXT ?? DEFAULT_CONTEXT_LENGTH);
const stored = ranges.map((r, i) => ({ id: i, selectors: describe(text, r.start, r.end, CONTEXT) }));

// Wall time, and CPU time of this process (steadier when other jobs share the cores).
function time(fn: () => unknown) {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
  return { median: q(ms, 0.5), p95: q(ms, 0.95), min: ms[0], total: ms.reduce((a, b) => a + b, 0), cpuMedian: q(cpu, 0.5) };
}

function outcome(results: Map<number, AnchorResult | null>, expected: Array<{ start: number; end: number; touched: boolean }>) {
  const c = { exact: 0, moved: 0, fuzzy: 0, unanchored: 0, correct: 0, wrong: 0, missed: 0, touchedNear: 0, touchedFar: 0, touchedNull: 0 };
  expected.forEach((e, i) => {
    const r = results.get(i) ?? null;
    if (r) c[r.quality]++;
    else c.unanchored++;
    if (!e.touched) {
      if (!r) c.missed++;
      else if (r.start === e.start && r.end === e.end) c.correct++;
      else c.wrong++;
    } else if (!r) c.touchedNull++;
    else if (Math.abs(r.start - e.start) <= 20) c.touchedNear++;
    else c.touchedFar++;
  });
  return c;
}

const fmt = (t: ReturnType<typeof time>) =>
  `median ${t.median.toFixed(1)} ms · p95 ${t.p95.toFixed(1)} ms · min ${t.min.toFixed(1)} ms · ${RUNS} runs ${t.total.toFixed(0)} ms · CPU median ${t.cpuMedian.toFixed(1)} ms`;

console.log(`lib/anchor bench: ${WORDS} words (${text.length} chars), ${ANNOTATIONS} annotations with ${CONTEXT} characters of context, Node ${process.version}, load ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
console.log(`  indexText once: ${fmt(time(() => indexText(text)))}`);

const exactTime = time(() => anchorMany(text, stored));
const exactOut = outcome(anchorMany(text, stored), ranges.map((r) => ({ ...r, touched: false })));
console.log(`  500 exact          anchorMany: ${fmt(exactTime)}  (target < 50 ms)`);
console.log(`                     ${JSON.stringify(exactOut)}`);

const rows: Array<{ name: string; wall: boolean; cpu: boolean; wrong: number }> = [
  { name: '500 exact', wall: exactTime.median < 50, cpu: exactTime.cpuMedian < 50, wrong: exactOut.wrong },
];
for (const edits of [100, 300, 1000]) {
  const { text: edited, carried } = applyEdits(text, makeEdits(text, edits), ranges);
  const t = time(() => anchorMany(edited, stored));
  const out = outcome(anchorMany(edited, stored), carried);
  const touched = carried.filter((c) => c.touched).length;
  console.log(`  after ${String(edits).padStart(4)} edits    anchorMany: ${fmt(t)}  (target < 250 ms; ${touched} annotations have changed words)`);
  console.log(`                     ${JSON.stringify(out)}`);
  rows.push({ name: `${edits} edits`, wall: t.median < 250, cpu: t.cpuMedian < 250, wrong: out.wrong });
}

// Paragraphs removed: annotations in them must come back unanchored, never on a look-alike elsewhere.
{
  const { text: cut, carried } = removeParagraphs(text, 10, ranges);
  const t = time(() => anchorMany(cut, stored));
  const res = anchorMany(cut, stored);
  let removed = 0;
  let attachedRemoved = 0;
  let keptCorrect = 0;
  let keptWrong = 0;
  let keptMissed = 0;
  carried.forEach((c, i) => {
    const r = res.get(i) ?? null;
    if (c.removed) {
      removed++;
      if (r) attachedRemoved++;
    } else if (!r) keptMissed++;
    else if (r.start === c.start && r.end === c.end) keptCorrect++;
    else keptWrong++;
  });
  console.log(`  10 paragraphs cut   anchorMany: ${fmt(t)}`);
  console.log(`                     ${JSON.stringify({ inRemovedParagraphs: removed, attachedAnyway: attachedRemoved, keptCorrect, keptWrong, keptMissed })}`);
  rows.push({ name: 'paragraphs cut', wall: t.median < 250, cpu: t.cpuMedian < 250, wrong: attachedRemoved + keptWrong });
}

// For comparison: one anchor() call per annotation, each folding the whole text again.
{
  const { text: edited } = applyEdits(text, makeEdits(text, 300), ranges);
  const t0 = performance.now();
  for (const s of stored) anchor(edited, s.selectors);
  console.log(`  (500 separate anchor() calls after 300 edits, no shared index: ${(performance.now() - t0).toFixed(0)} ms, one run)`);
}

const list = (f: (r: (typeof rows)[0]) => boolean) => rows.filter(f).map((r) => r.name).join(', ') || 'none';
console.log(`targets missed by wall median: ${list((r) => !r.wall)} · by CPU median: ${list((r) => !r.cpu)}`);
console.log(`wrong attachments: ${rows.reduce((a, r) => a + r.wrong, 0)}`);
if (rows.some((r) => r.wrong > 0)) process.exitCode = 1;
