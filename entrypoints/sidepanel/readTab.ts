// Turns a tab into what the panel shows: asks the background for the page's serialized DOM and
// reads the article from it in the extension's origin (articleFromHtml.ts). The page is never
// trusted: every answer is validated first.
import { browser } from 'wxt/browser';
import { parseReadTabResponse } from '../../lib/messages';
import { articleFromHtml, type TabReading } from './articleFromHtml';

export type { TabReading } from './articleFromHtml';
export { articleFromHtml } from './articleFromHtml';

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
