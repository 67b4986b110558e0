// The browser side of `npm run bench:hostile`, bundled by esbuild into one script and run in a page
// of real Chromium: the extension's own code path on a DOMParser document (entrypoints/sidepanel:
// articleFromHtml.ts, App.tsx's renderableHtml, ArticlePane's analyzeText), next to
// plain Readability on the same DOMParser document. The page generators come along, so a 20 MB
// page is made inside the browser rather than shipped through the debugging protocol.
import DOMPurify from 'dompurify';
import { Readability } from '@mozilla/readability';
import { articleFromHtml } from '../../entrypoints/sidepanel/articleFromHtml';
import { getPurifier, renderableHtml } from '../../lib/extract/sanitize';
import { analyzeText } from '../../lib/analyze';
import { pathological } from '../../tests/security/fixtures/pathological';

const purifier = getPurifier(DOMPurify);
const pages = new Map<string, string>();

/** Milliseconds per step of the last run (lib/extract's own steps, plus parse, second pass, analyze). */
let timings: Record<string, number> = {};

function lap(step: string, since: number): number {
  const now = performance.now();
  timings[step] = (timings[step] ?? 0) + (now - since);
  return now;
}

function ours(html: string, url: string): string {
  const reading = articleFromHtml(html, url, timings);
  if (reading.state !== 'article') return `not an article (${reading.state}: ${JSON.stringify(reading)})`;
  const { article } = reading;
  let t = performance.now();
  renderableHtml(purifier, article); // what the panel renders (App.tsx): sanitised again unless vouched
  t = lap('panel-sanitize', t);
  const a = analyzeText(article.text, { lang: article.lang, links: article.links, published: article.publishedTime, url: article.url, canonicalUrl: article.canonicalUrl, siteName: article.siteName });
  lap('analyze', t);
  return `${article.text.length} chars, ${article.links.length} links, ${a.sources.length} sources, ${a.figures.length} figures`;
}

function plain(html: string): string {
  const t = performance.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parsed = lap('parse', t);
  const r = new Readability(doc).parse();
  lap('readability', parsed);
  return r ? `${r.textContent?.length ?? 0} chars` : 'no article';
}

const glossBench = {
  /** Generates a page (kept until `drop`), returns its length. Not timed. */
  make(id: string, scale: number): number {
    const html = pathological(id).make(scale);
    pages.set(`${id}@${scale}`, html);
    return html.length;
  },
  drop() {
    pages.clear();
  },
  /** Runs one pipeline on a generated page; returns its time in ms and what it found. */
  run(id: string, scale: number, pipeline: 'ours' | 'plain'): { ms: number; note: string; error?: string; steps: Record<string, number> } {
    const html = pages.get(`${id}@${scale}`);
    if (html === undefined) throw new Error(`make ${id}@${scale} first`);
    timings = {};
    const t = performance.now();
    try {
      const note = (pipeline === 'ours' ? ours : plain)(html, `https://hostile.example/${id}`);
      return { ms: performance.now() - t, note, steps: timings };
    } catch (e) {
      return { ms: performance.now() - t, note: '', error: `${(e as Error).name}: ${(e as Error).message}`.slice(0, 120), steps: timings };
    }
  },
};

(globalThis as unknown as { glossBench: typeof glossBench }).glossBench = glossBench;
