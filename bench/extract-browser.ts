// `npm run bench:extract:browser`: extraction speed where the panel runs it, in real Chromium
// (/usr/bin/chromium, headless), on the 181 pages of the Zyte article-extraction benchmark.
// In ONE run, page by page, interleaved (the order rotates every repetition):
//   plain Readability 0.6.0 vs our pipeline (extractArticle + analyzeText, what the panel does),
//   1. from a DOMParser document (parsed once, untimed; plain clones it, ours clones it too)
//   2. from the HTML string (DOMParser parse timed; ours consumes the document it parsed)
// Each page runs --reps times (default 5); a page's time is the median of its reps. Prints the
// median and p95 over pages and the ratio ours/plain, the F1 of both on the benchmark's ground
// truth (to show the browser gets the same articles as Node), and where our time goes per phase.
//
//   npm run bench:extract:browser [-- --data DIR] [--reps N] [--limit N]
//   npm run bench:extract:browser -- --profile VARIANT   (oursDoc, plainDoc, oursString, plainString:
//     every page --reps times under the V8 CPU profiler; prints the functions with the most self
//     and inclusive time, writes /tmp/gloss-extract-VARIANT.cpuprofile; no timing table)
//   npm run bench:extract:browser -- --against REF   (the working tree's lib/ against git ref REF's,
//     interleaved in one run: whether a change made ours faster, whatever the load; bench/lib/extract-ab.ts)
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { corpusScore } from './lib/zyte-metric';
import { times as profileTimes, type Profile } from './lib/hostile-profile';
import { abScript, runAb } from './lib/extract-ab';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(arg('--data') ?? process.env.GLOSS_BENCH_DATA ?? join(repo, '..', 'shared', 'bench', 'article-extraction'));
const REPS = Number(arg('--reps') ?? 5);
const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
if (!existsSync(join(dataDir, 'ground-truth.json'))) {
  console.error(`bench:extract:browser: no benchmark data at ${dataDir} (pass --data DIR or set GLOSS_BENCH_DATA)`);
  process.exit(2);
}
const gt: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8'));
let ids = readdirSync(join(dataDir, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -8)).filter((id) => gt[id]).sort();
if (arg('--limit')) ids = ids.slice(0, Number(arg('--limit')));
if (process.env.GLOSS_IDS) ids = JSON.parse(readFileSync(process.env.GLOSS_IDS, 'utf8'));

type Variant = 'plainDoc' | 'oursDoc' | 'plainString' | 'oursString';
const VARIANTS: Variant[] = ['plainDoc', 'oursDoc', 'plainString', 'oursString'];

const bundle = await build({
  entryPoints: [join(repo, 'bench/browser/extract-entry.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  // what an extension build ships; a profile keeps the functions' names
  minify: !arg('--profile'),
  write: false,
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;

const browser = await chromium.launch({
  executablePath: CHROMIUM_BIN,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  await page.route('**/*', (r) => r.abort()); // nothing loads: DOMParser documents are inert anyway
  await page.setContent('<!DOCTYPE html><title>bench</title>');
  await page.addScriptTag({ content: script });
  page.on('console', (m) => { if (m.type() === 'error') process.stderr.write(`[browser] ${m.text().slice(0, 300)}\n`); });

  const html = (id: string) => gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8');
  type PageResult = { ms: Record<Variant, number[]>; text: Record<Variant, string>; reader: Record<'oursDoc' | 'oursString', number[]> };
  const call = (h: string, url: string, reps: number) =>
    page.evaluate(([h, url, reps]) => {
      (globalThis as unknown as { gc?: () => void }).gc?.();
      return (globalThis as unknown as { glossBench: { page(h: string, u: string, r: number): unknown } }).glossBench.page(h, url, reps);
    }, [h, url, reps] as const) as Promise<PageResult>;

  if (arg('--against')) {
    const ab = await abScript(repo, arg('--against')!);
    try {
      await page.addScriptTag({ content: ab.script });
      const pages = ids.map((id) => ({ html: html(id), url: gt[id].url }));
      await runAb(page, pages.slice(0, 8), 2, arg('--against')!, false); // warm-up: JIT every path
      await runAb(page, pages, REPS, arg('--against')!);
    } finally {
      ab.cleanup();
      await browser.close();
    }
    process.exit(0);
  }
  // warm-up: JIT every path on a few pages, unrecorded
  for (const id of ids.slice(0, 8)) await call(html(id), gt[id].url, 2);
  if (arg('--profile')) {
    await profileVariant(arg('--profile') as Variant);
    process.exit(0);
  }

  /** Every page `REPS` times in one variant under the CPU profiler; prints where the time goes. */
  async function profileVariant(v: Variant) {
    if (!VARIANTS.includes(v)) throw new Error(`--profile takes one of ${VARIANTS.join(', ')}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    for (const id of ids) {
      await page.evaluate(([v, h, url, reps]) =>
        (globalThis as unknown as { glossBench: { repeat(v: string, h: string, u: string, r: number): void } }).glossBench.repeat(v, h, url, reps),
      [v, html(id), gt[id].url, REPS] as const);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const file = `/tmp/gloss-extract-${v}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    writeFileSync('/tmp/gloss-extract-bundle.js', script); // the lines a profile's names point at
    console.log(`CPU profile of ${v}, ${ids.length} pages × ${REPS}; written to ${file}\nself time:`);
    for (const line of profileTimes(profile, 40, false)) console.log(line);
    console.log('inclusive time:');
    for (const line of profileTimes(profile, 60, true)) console.log(line);
    await browser.close();
  }

  const times: Record<Variant, number[]> = { plainDoc: [], oursDoc: [], plainString: [], oursString: [] };
  /** Ours until the reader can be shown (extraction; the panel analyses after, useArticleAnalysis). */
  const readerTimes: Record<'oursDoc' | 'oursString', number[]> = { oursDoc: [], oursString: [] };
  const pred: Record<'plain' | 'ours', Record<string, string>> = { plain: {}, ours: {} };
  const phases: Record<string, number[]> = {};
  const median = (xs: number[]) => quant(xs, 0.5);
  let n = 0;
  for (const id of ids) {
    const h = html(id);
    const r = await call(h, gt[id].url, REPS);
    for (const v of VARIANTS) times[v].push(median(r.ms[v]));
    readerTimes.oursDoc.push(median(r.reader.oursDoc));
    readerTimes.oursString.push(median(r.reader.oursString));
    pred.plain[id] = r.text.plainString;
    pred.ours[id] = r.text.oursString;
    const prof = (await page.evaluate(([h, url]) =>
      (globalThis as unknown as { glossBench: { profile(h: string, u: string, r: number): Record<string, number> } }).glossBench.profile(h, url, 3),
    [h, gt[id].url] as const));
    for (const [k, v] of Object.entries(prof)) (phases[k] ??= []).push(v);
    if (++n % 20 === 0) process.stderr.write(`${n}/${ids.length}\r`);
  }

  const truth = Object.fromEntries(ids.map((id) => [id, gt[id].articleBody]));
  const sOurs = corpusScore(truth, pred.ours);
  const sPlain = corpusScore(truth, pred.plain);
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(`\nExtraction in Chromium (${(await browser.version())}), ${ids.length} pages, ${REPS} reps per page; ` +
    `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores\n`);
  console.log('input             pipeline                 median ms   p95 ms');
  const rows: Array<[string, string, Variant]> = [
    ['DOMParser doc', 'plain Readability', 'plainDoc'], ['DOMParser doc', 'ours (extract+analyze)', 'oursDoc'],
    ['HTML string', 'plain Readability', 'plainString'], ['HTML string', 'ours (extract+analyze)', 'oursString'],
  ];
  for (const [input, name, v] of rows) console.log(`${input.padEnd(16)}  ${name.padEnd(22)}  ${f(median(times[v]))}  ${f(quant(times[v], 0.95))}`);
  for (const [input, v] of [['DOMParser doc', 'oursDoc'], ['HTML string', 'oursString']] as const)
    console.log(`${input.padEnd(16)}  ${'ours, reader shown'.padEnd(22)}  ${f(median(readerTimes[v]))}  ${f(quant(readerTimes[v], 0.95))}`);
  const ratio = (a: Variant, b: Variant) => median(times[a]) / median(times[b]);
  const ratioP95 = (a: Variant, b: Variant) => quant(times[a], 0.95) / quant(times[b], 0.95);
  console.log(`\nratio ours/plain, median: document ${ratio('oursDoc', 'plainDoc').toFixed(2)}x, string ${ratio('oursString', 'plainString').toFixed(2)}x` +
    `   (p95: ${ratioP95('oursDoc', 'plainDoc').toFixed(2)}x, ${ratioP95('oursString', 'plainString').toFixed(2)}x)`);
  const readerRatio = (v: 'oursDoc' | 'oursString', b: Variant) => median(readerTimes[v]) / median(times[b]);
  console.log(`ratio ours until the reader is shown (extraction; the analysis follows it) / plain, median: document ${readerRatio('oursDoc', 'plainDoc').toFixed(2)}x, string ${readerRatio('oursString', 'plainString').toFixed(2)}x` +
    `   (p95: ${(quant(readerTimes.oursDoc, 0.95) / quant(times.plainDoc, 0.95)).toFixed(2)}x, ${(quant(readerTimes.oursString, 0.95) / quant(times.plainString, 0.95)).toFixed(2)}x)`);
  console.log(`F1 in the browser: ours ${sOurs.F1.toFixed(3)} (P ${sOurs.P.toFixed(3)}, R ${sOurs.R.toFixed(3)}), plain ${sPlain.F1.toFixed(3)} (P ${sPlain.P.toFixed(3)}, R ${sPlain.R.toFixed(3)})`);
  console.log('\nwhere our time goes (DOMParser document in; per page, ms):');
  console.log('phase             median     p95    mean');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  for (const [k, xs] of Object.entries(phases)) console.log(`${k.padEnd(14)}  ${f(median(xs))} ${f(quant(xs, 0.95))} ${f(mean(xs))}`);

  const outDir = join(repo, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'extract-browser-latest.json'), JSON.stringify({
    date: new Date().toISOString(), chromium: await browser.version(), pages: ids.length, reps: REPS, loadavg: os.loadavg(),
    median: Object.fromEntries(VARIANTS.map((v) => [v, median(times[v])])), p95: Object.fromEntries(VARIANTS.map((v) => [v, quant(times[v], 0.95)])),
    ratio: { document: ratio('oursDoc', 'plainDoc'), string: ratio('oursString', 'plainString') },
    readerShown: { median: { document: median(readerTimes.oursDoc), string: median(readerTimes.oursString) }, ratio: { document: readerRatio('oursDoc', 'plainDoc'), string: readerRatio('oursString', 'plainString') } },
    f1: { ours: sOurs, plain: sPlain }, phases: Object.fromEntries(Object.entries(phases).map(([k, xs]) => [k, { median: median(xs), mean: mean(xs) }])),
    perPage: ids.map((id, i) => ({ id, ...Object.fromEntries(VARIANTS.map((v) => [v, +times[v][i].toFixed(2)])) })),
  }, null, 1));
} finally {
  await browser.close();
}

function quant(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] : 0;
}
