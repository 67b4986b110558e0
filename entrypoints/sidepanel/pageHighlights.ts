// Mirrors the panel's highlights on the original page: sends each placed annotation's quote (with
// its context in the article text) to the page's content script, which finds it in the live DOM.
import { browser } from 'wxt/browser';
import { describe } from '../../lib/anchor';
import { sameDocumentUrl, type PageHighlight, type ToContent } from '../../lib/messages';

/**
 * Sends the placed annotations of the article read from `articleUrl` to tab `tabId` — only while the
 * tab still shows that page (the content script checks again, against its own document).
 */
export async function pushPageHighlights(
  tabId: number | null,
  articleUrl: string,
  text: string,
  placed: Array<{ id: string; color: string; start: number; end: number }>,
) {
  if (tabId === null) return;
  try {
    const tab = await browser.tabs.get(tabId);
    // tab.url is hidden when Gloss may not read the tab: then the content script's check decides.
    if (tab.url !== undefined && !sameDocumentUrl(tab.url, articleUrl)) return;
    const items: PageHighlight[] = placed.map((p) => ({ id: p.id, color: p.color, quote: describe(text, p.start, p.end)[0] }));
    const message: ToContent = { type: 'gloss/highlights', items, url: articleUrl };
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // the page went away or was never read: nothing to draw on
  }
}
