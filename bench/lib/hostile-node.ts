// One measurement of `npm run bench:hostile` in Node, in a process of its own (so one page's garbage
// and jsdom windows never count against the next):
//   node --expose-gc --import tsx bench/lib/hostile-node.ts <page id> <ours|plain> <scale>
// ours  = the CLI path: extractFromHtml (jsdom, lib/extract) + analyzeText (lib/analyze)
// plain = jsdom + new Readability(document).parse(), as upstream's harness runs it
// `ours` runs scale/2 and scale twice each, interleaved (the linear-time check uses the faster of
// each); the peak memory is taken over the last full-scale run. Prints one JSON line.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractFromHtml } from '../../lib/extract/node';
import { analyzeText } from '../../lib/analyze';
import { pathological } from '../../tests/security/fixtures/pathological';
import { peakMb, resetPeak } from './peak-memory';

const [id, pipeline, scaleArg] = process.argv.slice(2);
const scale = Number(scaleArg ?? 1);
const page = pathological(id);
const URL = `https://hostile.example/${id}`;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function ours(html: string): string {
  const r = extractFromHtml(html, URL);
  if (!r.isArticle) return `not an article (${r.reason})`;
  const a = analyzeText(r.article.text, { lang: r.article.lang, links: r.article.links, published: r.article.publishedTime });
  return `${r.article.text.length} chars, ${r.article.links.length} links, ${a.sources.length} sources, ${a.figures.length} figures`;
}

function plain(html: string): string {
  const vc = new VirtualConsole();
  vc.on('jsdomError', () => {});
  const dom = new JSDOM(html, { url: URL, virtualConsole: vc });
  try {
    const r = new Readability(dom.window.document).parse();
    return r ? `${r.textContent?.length ?? 0} chars` : 'no article';
  } finally {
    dom.window.close();
  }
}

function timed(run: (html: string) => string, html: string): { ms: number; note: string; error?: string } {
  gc();
  const t = performance.now();
  try {
    const note = run(html);
    return { ms: performance.now() - t, note };
  } catch (e) {
    return { ms: performance.now() - t, note: '', error: `${(e as Error).name}: ${(e as Error).message}`.slice(0, 120) };
  }
}

const run = pipeline === 'plain' ? plain : ours;
const full = page.make(scale);
const result: Record<string, unknown> = { id, pipeline, scale, bytes: full.length };
if (pipeline === 'ours') {
  const half = page.make(scale / 2);
  const firstHalf = timed(run, half);
  resetPeak();
  let last = timed(run, full);
  let peak = peakMb();
  let [halfMs, ms] = [firstHalf.ms, last.ms];
  if (last.ms < 30_000) {
    // a second round, when the first was quick enough to afford it: the faster of each counts
    halfMs = Math.min(halfMs, timed(run, half).ms);
    resetPeak();
    last = timed(run, full);
    peak = peakMb();
    ms = Math.min(ms, last.ms);
  }
  Object.assign(result, { halfMs, ms, note: last.note, error: last.error, peakMb: peak });
} else {
  resetPeak();
  const r = timed(run, full);
  Object.assign(result, { ms: r.ms, note: r.note, error: r.error, peakMb: peakMb() });
}
process.stdout.write(JSON.stringify(result) + '\n');
