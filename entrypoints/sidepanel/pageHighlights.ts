// Mirrors the panel's highlights on the original page: sends each placed annotation's quote (with
// its context in the article text), note and tags to the page's content script, which finds the
// quote in the live DOM, draws it and shows the note when the reader points at it. Sent again
// whenever the highlights change and after every read of the tab: a reloaded page is a new
// document with nothing drawn, even when its text (and so the panel) did not change. Only a tab
// still showing the page the article was read from gets them (#14: nothing for another document).
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { describe } from '../../lib/anchor';
import { sameDocumentUrl, type PageHighlight } from '../../lib/messages';
import type { HighlightColor } from '../../lib/model';
import { toPage } from './messaging';

export interface PlacedHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  note: string;
  tags: string[];
}

/** What the page of `articleUrl` should show: the highlights placed on the article's `text`. */
export interface PageMirror {
  articleUrl: string;
  text: string;
  placed: PlacedHighlight[];
}

/**
 * Sends the placed annotations of the article read from `articleUrl` to tab `tabId` — only while the
 * tab still shows that page (the content script checks again, against its own document).
 */
export async function pushPageHighlights(tabId: number | null, { articleUrl, text, placed }: PageMirror): Promise<void> {
  if (tabId === null) return;
  try {
    const tab = await browser.tabs.get(tabId);
    // tab.url is hidden when Gloss may not read the tab: then the content script's check decides.
    if (tab.url !== undefined && !sameDocumentUrl(tab.url, articleUrl)) return;
    const items: PageHighlight[] = placed.map((p) => ({ id: p.id, color: p.color, quote: describe(text, p.start, p.end)[0], note: p.note, tags: p.tags }));
    await toPage(tabId)('gloss/highlights', { items, url: articleUrl });
  } catch {
    // the page went away or was never read: nothing to draw on
  }
}

const signature = (m: PageMirror) => `${m.articleUrl}#${m.placed.map((p) => `${p.id}:${p.color}:${p.start}:${p.end}:${p.note}:${p.tags.join(',')}`).join('|')}`;

/**
 * Keeps the page's highlights in step with `mirror` (null: this panel does not mirror, e.g. a saved
 * copy). `pageReads` counts completed reads of the tab (useTabReading).
 */
export function usePageHighlights(tabId: number | null, mirror: PageMirror | null, pageReads: number): void {
  const key = mirror ? signature(mirror) : null;
  useEffect(() => {
    if (mirror) void pushPageHighlights(tabId, mirror);
  }, [tabId, key, mirror?.text, pageReads]); // eslint-disable-line react-hooks/exhaustive-deps
}
