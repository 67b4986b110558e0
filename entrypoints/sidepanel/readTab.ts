// Turns a tab into what the panel shows: asks the background for the page's serialized DOM, parses
// it with DOMParser (an inert document: no scripts run, nothing loads) and extracts the article
// in the extension's origin. The page is never trusted: every answer is validated first. Failures
// are codes (the panel words them in the reader's language), with the browser's words as detail.
import DOMPurify from 'dompurify';
import { extractArticle, type NotArticleReason } from '../../lib/extract';
import type { Article } from '../../lib/extract/types';
import { MessageError } from '../../lib/messages';
import { toBackground } from './messaging';

export type ReadProblem = 'unreadable-answer' | 'no-answer' | 'page-failed' | 'extract-failed';

export type TabReading =
  | { state: 'article'; article: Article }
  | { state: 'not-article'; reason: NotArticleReason; title?: string | null; url?: string }
  | { state: 'restricted' | 'no-access' | 'no-tab'; url?: string }
  | { state: 'error'; problem: ReadProblem; detail?: string; url?: string };

const describe = (error: unknown) => String((error as Error)?.message ?? error);

export async function readTab(tabId: number): Promise<TabReading> {
  let response;
  try {
    response = await toBackground('gloss/read-tab', { tabId });
  } catch (error) {
    if (error instanceof MessageError && error.reason === 'bad-answer') return { state: 'error', problem: 'unreadable-answer' };
    return { state: 'error', problem: 'no-answer', detail: describe(error instanceof MessageError ? error.cause ?? error : error) };
  }
  if (response.ok) return articleFromHtml(response.snapshot.html, response.snapshot.url);
  if (response.reason === 'unreadable-answer') return { state: 'error', problem: 'unreadable-answer', url: response.url };
  if (response.reason === 'error') return { state: 'error', problem: 'page-failed', detail: response.detail, url: response.url };
  return { state: response.reason, url: response.url };
}

export function articleFromHtml(html: string, url: string): TabReading {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = extractArticle(doc, { url, purify: DOMPurify });
    if (result.isArticle) return { state: 'article', article: result.article };
    return { state: 'not-article', reason: result.reason, title: result.title, url };
  } catch (error) {
    return { state: 'error', problem: 'extract-failed', detail: describe(error), url };
  }
}
