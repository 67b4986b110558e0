// Mirrors the panel's highlights on the original page: sends each placed annotation's quote (with
// its context in the article text), note and tags to the page's content script, which finds the
// quote in the live DOM, draws it and shows the note when the reader points at it. Sent again
// whenever the highlights change and after every read of the tab: a reloaded page is a new
// document with nothing drawn, even when its text (and so the panel) did not change.
import { useEffect } from 'react';
import { describe } from '../../lib/anchor';
import type { PageHighlight } from '../../lib/messages';
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

export function pushPageHighlights(tabId: number | null, text: string, placed: PlacedHighlight[]): void {
  if (tabId === null) return;
  const items: PageHighlight[] = placed.map((p) => ({ id: p.id, color: p.color, quote: describe(text, p.start, p.end)[0], note: p.note, tags: p.tags }));
  toPage(tabId)('gloss/highlights', { items }).catch(() => {
    // the page went away or was never read: nothing to draw on
  });
}

const signature = (placed: PlacedHighlight[]) => placed.map((p) => `${p.id}:${p.color}:${p.start}:${p.end}:${p.note}:${p.tags.join(',')}`).join('|');

/**
 * Keeps the page's highlights in step with `placed` (null: this panel does not mirror, e.g. a
 * saved copy). `pageReads` counts completed reads of the tab (useTabReading).
 */
export function usePageHighlights(tabId: number | null, text: string | null, placed: PlacedHighlight[] | null, pageReads: number): void {
  const key = placed ? signature(placed) : null;
  useEffect(() => {
    if (text === null || placed === null) return;
    pushPageHighlights(tabId, text, placed);
  }, [tabId, text, key, pageReads]); // eslint-disable-line react-hooks/exhaustive-deps
}
