// The panel's reading of a page's HTML: DOMParser (an inert document: no scripts run, nothing
// loads), then lib/extract. A module of its own, free of extension APIs, so that
// `npm run bench:hostile` measures exactly this code in Chromium.
// Failures are codes (the panel words them in the reader's language), with the browser's words as detail.
import { extractArticle, type NotArticleReason } from '../../lib/extract';
import type { Article } from '../../lib/extract/types';

export type ReadProblem = 'unreadable-answer' | 'no-answer' | 'page-failed' | 'extract-failed';

export type TabReading =
  | { state: 'article'; article: Article }
  | { state: 'not-article'; reason: NotArticleReason; title?: string | null; url?: string }
  | { state: 'restricted' | 'no-access' | 'no-tab'; url?: string }
  | { state: 'error'; problem: ReadProblem; detail?: string; url?: string };

export const describe = (error: unknown) => String((error as Error)?.message ?? error);

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** `timings`, when given, receives ms per step (see ExtractOptions.timings) plus `parse`. */
export function articleFromHtml(html: string, url: string, timings?: Record<string, number>): TabReading {
  try {
    const t = performance.now();
    const doc = parse(html);
    if (timings) timings.parse = (timings.parse ?? 0) + performance.now() - t;
    let result;
    try {
      // The document was parsed for this call alone: extract on it rather than on a copy (cloning
      // a 20 MB page costs as much as parsing it again).
      // (the panel's window: lib/extract keeps a DOMPurify instance of its own for it, configured once)
      result = extractArticle(doc, { url, purify: window, consumeDocument: true, timings });
    } catch (error) {
      // A consumed document is half-changed: a fresh one goes through lib/extract's own retry.
      // A RangeError (stack overflow) would only happen again.
      if (error instanceof RangeError) throw error;
      result = extractArticle(parse(html), { url, purify: window });
    }
    if (result.isArticle) return { state: 'article', article: result.article };
    return { state: 'not-article', reason: result.reason, title: result.title, url };
  } catch (error) {
    return { state: 'error', problem: 'extract-failed', detail: describe(error), url };
  }
}
