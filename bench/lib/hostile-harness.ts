// The browser side of `npm run bench:hostile`, bundled by esbuild into one script and run in a page
// of real Chromium: the extension's own code path on a DOMParser document (entrypoints/sidepanel:
// readTab.ts articleFromHtml, App.tsx's second sanitising pass, ArticlePane's analyzeText), next to
// plain Readability on the same DOMParser document. The page generators come along, so a 20 MB
// page is made inside the browser rather than shipped through the debugging protocol.
import DOMPurify from 'dompurify';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';
import { getPurifier, sanitizeHtml } from '../../lib/extract/sanitize';
import { analyzeText } from '../../lib/analyze';
import { pathological } from '../../tests/security/fixtures/pathological';

const purifier = getPurifier(DOMPurify);
const pages = new Map<string, string>();

function ours(html: string, url: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const result = extractArticle(doc, { url, purify: DOMPurify });
  if (!result.isArticle) return `not an article (${result.reason})`;
  const { article } = result;
  sanitizeHtml(purifier, article.html); // the panel sanitises once more before rendering
  const a = analyzeText(article.text, { lang: article.lang, links: article.links, published: article.publishedTime });
  return `${article.text.length} chars, ${article.links.length} links, ${a.sources.length} sources, ${a.figures.length} figures`;
}

function plain(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const r = new Readability(doc).parse();
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
  run(id: string, scale: number, pipeline: 'ours' | 'plain'): { ms: number; note: string; error?: string } {
    const html = pages.get(`${id}@${scale}`);
    if (html === undefined) throw new Error(`make ${id}@${scale} first`);
    const t = performance.now();
    try {
      const note = (pipeline === 'ours' ? ours : plain)(html, `https://hostile.example/${id}`);
      return { ms: performance.now() - t, note };
    } catch (e) {
      return { ms: performance.now() - t, note: '', error: `${(e as Error).name}: ${(e as Error).message}`.slice(0, 120) };
    }
  },
};

(globalThis as unknown as { glossBench: typeof glossBench }).glossBench = glossBench;
