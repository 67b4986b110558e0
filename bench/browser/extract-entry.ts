// The page script of `npm run bench:extract:browser` (bundled by esbuild, run in Chromium): plain
// Readability and Gloss's pipeline (extraction + analysis, what the panel does) on one page, each
// timed with performance.now() inside the browser, both from a DOMParser document (the document
// is parsed once, untimed; plain Readability clones it as the panel would have to) and from the
// HTML string (the parse is timed). Exposes `window.glossBench`.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';
import { analyzeText } from '../../lib/analyze';

type Variant = 'plainDoc' | 'oursDoc' | 'plainString' | 'oursString';

function plain(doc: Document): string {
  return new Readability(doc).parse()?.textContent ?? '';
}

/** When the last run of ours had its article: the panel shows the reader then, and analyses after. */
let extractedAt = 0;

function ours(doc: Document, url: string, consume: boolean, profile?: Record<string, number>): string {
  const r = extractArticle(doc, { url, purify: window, consumeDocument: consume, timings: profile }); // as the panel does
  extractedAt = performance.now();
  if (!r.isArticle) return '';
  const t = performance.now();
  analyzeText(r.article.text, { lang: r.article.lang, links: r.article.links, published: r.article.publishedTime });
  if (profile) profile.analysis = (profile.analysis ?? 0) + performance.now() - t;
  return r.article.text;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const run: Record<Variant, (html: string, url: string, doc: Document) => string> = {
  plainDoc: (_h, _u, doc) => plain(doc.cloneNode(true) as Document),
  oursDoc: (_h, url, doc) => ours(doc, url, false),
  plainString: (html) => plain(parse(html)),
  oursString: (html, url) => ours(parse(html), url, true),
};

/** Times every variant `reps` times on one page (order rotated each rep); texts from the last rep. */
function page(html: string, url: string, reps: number) {
  const doc = parse(html);
  const variants: Variant[] = ['plainDoc', 'oursDoc', 'plainString', 'oursString'];
  const ms: Record<Variant, number[]> = { plainDoc: [], oursDoc: [], plainString: [], oursString: [] };
  // ours until its article was extracted (the reader is shown; the analysis follows, entrypoints/sidepanel/useArticleAnalysis)
  const reader: Record<'oursDoc' | 'oursString', number[]> = { oursDoc: [], oursString: [] };
  const text: Partial<Record<Variant, string>> = {};
  for (let r = 0; r < reps; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length];
      const t = performance.now();
      extractedAt = t;
      let out = '';
      try {
        out = run[v](html, url, doc);
      } catch (e) {
        out = '';
        console.error(`${v} failed on ${url}: ${String(e)}`);
      }
      ms[v].push(performance.now() - t);
      if (v === 'oursDoc' || v === 'oursString') reader[v].push(extractedAt - t);
      text[v] = out;
    }
  }
  return { ms, text, reader };
}

/** One untimed-phase breakdown of our pipeline on the parsed document (milliseconds per phase). */
function profile(html: string, url: string, reps: number): Record<string, number> {
  const doc = parse(html);
  const p: Record<string, number> = {};
  for (let r = 0; r < reps; r++) ours(doc, url, false, p);
  for (const k of Object.keys(p)) p[k] /= reps;
  return p;
}

/** One variant once (for a CPU profile). */
function only(v: Variant, html: string, url: string, doc: Document): string {
  return run[v](html, url, doc);
}

/** `variant` `reps` times on one page, untimed (the CPU profile of `--profile` records it). */
function repeat(v: Variant, html: string, url: string, reps: number): void {
  const doc = parse(html);
  for (let r = 0; r < reps; r++) run[v](html, url, doc);
}

(globalThis as unknown as { glossBench: unknown }).glossBench = { page, profile, only, repeat };
