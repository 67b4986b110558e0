// Mirrors the panel's highlights on the original page: sends each placed annotation's quote (with
// its context in the article text) to the page's content script, which finds it in the live DOM.
import { browser } from 'wxt/browser';
import { describe } from '../../lib/anchor';
import type { PageHighlight } from '../../lib/messages';

export function pushPageHighlights(
  tabId: number | null,
  text: string,
  placed: Array<{ id: string; color: string; start: number; end: number }>,
) {
  if (tabId === null) return;
  const items: PageHighlight[] = placed.map((p) => ({ id: p.id, color: p.color, quote: describe(text, p.start, p.end)[0] }));
  browser.tabs.sendMessage(tabId, { type: 'gloss/highlights', items }).catch(() => {
    // the page went away or was never read: nothing to draw on
  });
}
