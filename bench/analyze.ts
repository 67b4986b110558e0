// `npm run bench:analyze`: how long lib/analyze takes per article, next to the extraction it follows.
//   1. a synthetic 5,000-word article built from realistic sentences full of sources and figures,
//      in each language: its first (cold) run, then the median of 40 runs once V8 has optimised;
//   2. the 181 pages of the Zyte article-extraction benchmark (/work/shared/bench/article-extraction):
//      each page extracted with lib/extract (timed) and its text analysed (timed) in the same run;
//      also the ground-truth articleBody texts analysed on their own;
//   3. articles with 2,000 … 32,000 body links (issue #14: it was quadratic): CPU time per size and
//      the ratio to the size half as large (linear: about 2).
// Prints tables of median / p95 times. `-- --snapshot` also refreshes tests/fixtures/gold/*.article.json
// and the benchmark pages' extracted texts (tests/fixtures/article-extraction/extracted.json.gz).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { analyzeText } from '../lib/analyze';
import { extractFromHtml } from '../lib/extract/node';
import { snapshot } from './lib/analyze-gold';
import { syntheticArticle } from './lib/analyze-synthetic';
import { manyLinksArticle } from './lib/analyze-links';
import { snapshotBenchmark } from './lib/benchmark-snapshot';

const BENCH = process.env.GLOSS_BENCH_DIR || '/work/shared/bench/article-extraction';
const WARM_UPS = 40;

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN;
};
const ms = (x: number) => x.toFixed(2).padStart(8);
const row = (label: string, xs: number[], extra = '') =>
  console.log(`${label.padEnd(44)} ${String(xs.length).padStart(5)} ${ms(q(xs, 0.5))} ${ms(q(xs, 0.95))} ${ms(Math.max(...xs))} ${ms(xs.reduce((a, b) => a + b, 0))}  ${extra}`);
const header = (t: string) => {
  console.log(`\n${t}`);
  console.log(`${'what'.padEnd(44)} ${'n'.padStart(5)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} ${'total'.padStart(8)}  (ms)`);
};

async function main() {
  if (process.argv.includes('--snapshot')) {
    const r = await snapshot(new URL('../tests/fixtures/gold', import.meta.url).pathname);
    console.log(`refreshed ${r.length} gold article snapshots`);
    console.log(`refreshed ${snapshotBenchmark()} benchmark page extractions`);
  }
  console.log(`\nload average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs (other processes inflate wall-clock times)`);
  // 1. synthetic 5,000-word article, measured first, in a process that has not yet parsed 181 pages
  // with jsdom: run after them, the CPU reading doubled (garbage collection of jsdom's heap and V8's
  // concurrent compiler threads are counted in the process's CPU time, not the analysis).
  for (const lang of ['en', 'de', 'fr', 'uk', 'ru']) {
    const { text, links } = syntheticArticle(5000, lang);
    const words = text.split(/\s+/).length;
    const c0 = process.cpuUsage();
    const f0 = performance.now();
    analyzeText(text, { lang, links });
    const first = performance.now() - f0;
    const firstCpu = process.cpuUsage(c0);
    // WARM_UPS: the panel analyses one article per page in a process that has analysed others; 40
    // runs let V8 finish optimising (with 5, a third of the 40 timed runs still ran unoptimised code).
    for (let i = 0; i < WARM_UPS; i++) analyzeText(text, { lang, links });
    const times: number[] = [];
    const cpu: number[] = [];
    let r = analyzeText(text, { lang, links });
    for (let i = 0; i < 40; i++) {
      const c1 = process.cpuUsage();
      const t0 = performance.now();
      r = analyzeText(text, { lang, links });
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c1);
      cpu.push((c.user + c.system) / 1000);
    }
    if (lang === 'en') header(`Synthetic article (first run in this process, then 40 runs after ${WARM_UPS} warm-ups; wall clock, then CPU time of this process)`);
    row(`${lang}: ${words} words, first run (cold)`, [first], `CPU ${((firstCpu.user + firstCpu.system) / 1000).toFixed(1)} ms`);
    row(`${lang}: ${words} words, wall`, times, `${r.sources.length} sources, ${r.figures.length} figures, ${text.length} chars`);
    row(`${lang}: ${words} words, CPU`, cpu, '(target median < 15 ms)');
  }
  // 2. benchmark pages
  if (existsSync(BENCH)) {
    const gt = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    const files = readdirSync(join(BENCH, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
    // warm-up: compile regexes, JIT
    analyzeText('Warm-up: the ministry said 5% of 1,000 people, according to officials, on 1 October 2024.', { lang: 'en' });
    const ext: number[] = [];
    const ana: number[] = [];
    const ratio: number[] = [];
    const anaGt: number[] = [];
    let spans = 0;
    let sources = 0;
    let chars = 0;
    let notArticle = 0;
    for (const f of files) {
      const id = f.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(BENCH, 'html', f))).toString('utf8');
      const url = gt[id]?.url || 'https://example.com/';
      const t0 = performance.now();
      const r = extractFromHtml(html, url);
      const t1 = performance.now();
      ext.push(t1 - t0);
      if (r.isArticle) {
        const a = r.article;
        const t2 = performance.now();
        const an = analyzeText(a.text, { lang: a.lang, links: a.links, published: a.publishedTime, url: a.url, canonicalUrl: a.canonicalUrl, siteName: a.siteName });
        const t3 = performance.now();
        ana.push(t3 - t2);
        ratio.push((t3 - t2) / (t1 - t0));
        spans += an.figures.length;
        sources += an.sources.length;
        chars += a.text.length;
      } else notArticle++;
      const body = gt[id]?.articleBody;
      if (body) {
        const t4 = performance.now();
        analyzeText(body, { lang: 'en' });
        anaGt.push(performance.now() - t4);
      }
    }
    header(`Zyte benchmark pages (${files.length}; ${notArticle} judged not an article by lib/extract)`);
    row('extractFromHtml (jsdom parse + extract)', ext);
    row('analyzeText on the extracted text', ana, `${sources} sources, ${spans} figures, ${Math.round(chars / Math.max(1, ana.length))} chars/article`);
    row('analyzeText on ground-truth articleBody', anaGt);
    const sumA = ana.reduce((a, b) => a + b, 0);
    const sumE = ext.reduce((a, b) => a + b, 0);
    console.log(`analysis / extraction: median per page ${(100 * q(ratio, 0.5)).toFixed(1)}%, p95 ${(100 * q(ratio, 0.95)).toFixed(1)}%, over all pages ${(100 * sumA / sumE).toFixed(1)}%  (target < 25%)`);
  } else console.log(`no benchmark pages at ${BENCH}`);

  linkScaling();
}

/** CPU time of analyzeText on articles with 2k … 32k links, and the ratio per doubling. */
function linkScaling() {
  header('Many links (median CPU time of 5 runs; doubling the links should about double the time, ≤ ~2.5x)');
  let prev = 0;
  for (const n of [2000, 4000, 8000, 16000, 32000]) {
    const { text, links } = manyLinksArticle(n);
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      analyzeText(text, { lang: 'en', links });
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const med = q(cpu, 0.5);
    row(`${n} links, ${(text.length / 1e6).toFixed(2)} MB`, cpu, prev ? `x${(med / prev).toFixed(2)} the time of ${n / 2} links` : '');
    prev = med;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
