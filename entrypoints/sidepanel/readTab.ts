// Turns a tab into what the panel shows: asks the background for the page's serialized DOM and
// reads the article from it in the extension's origin (articleFromHtml.ts). The page is never
// trusted: every answer is validated first. Failures are codes (the panel words them in the
// reader's language), with the browser's words as detail.
import { MessageError } from '../../lib/messages';
import { articleFromHtml, describe, type TabReading } from './articleFromHtml';
import { toBackground } from './messaging';

export type { ReadProblem, TabReading } from './articleFromHtml';
export { articleFromHtml } from './articleFromHtml';

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
