// Turns a tab into what the panel shows: asks the background for the page's serialized DOM, parses
// it with DOMParser (an inert document: no scripts run, nothing loads) and extracts the article
// in the extension's origin. The page is never trusted: every answer is validated first.
import { browser } from 'wxt/browser';
import DOMPurify from 'dompurify';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/extract/types';
import { parseReadTabResponse } from '../../lib/messages';

export type TabReading =
  | { state: 'article'; article: Article }
  | { state: 'not-article' | 'restricted' | 'no-access' | 'error' | 'no-tab'; message: string; reason?: string; title?: string | null; url?: string };

export async function readTab(tabId: number): Promise<TabReading> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type: 'gloss/read-tab', tabId });
  } catch (error) {
    return { state: 'error', message: String((error as Error)?.message ?? error) };
  }
  const response = parseReadTabResponse(answer);
  if (!response) return { state: 'error', message: 'Gloss got an unreadable answer from its background page.' };
  if (!response.ok) return { state: response.reason, message: response.message, url: response.url };
  return articleFromHtml(response.snapshot.html, response.snapshot.url);
}

export function articleFromHtml(html: string, url: string): TabReading {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = extractArticle(doc, { url, purify: DOMPurify });
    if (result.isArticle) return { state: 'article', article: result.article };
    return { state: 'not-article', message: result.message, reason: result.reason, title: result.title, url };
  } catch (error) {
    return { state: 'error', message: `Gloss could not read this page: ${String((error as Error)?.message ?? error)}`, url };
  }
}
