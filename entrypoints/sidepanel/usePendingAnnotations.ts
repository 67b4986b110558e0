// Places annotations made on the live page (context menu, shortcut) into the article: the
// background leaves each captured selection in session storage; the panel showing that tab finds
// the quote in the article text, stores the annotation, and clears what it handled.
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { anchor, describe } from '../../lib/anchor';
import { createAnnotation, HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import { PENDING_ANNOTATIONS_KEY, parseCapturedSelection } from '../../lib/messages';
import { t } from '../../components/i18n';
import { db } from './db';

export function usePendingAnnotations(tabId: number | null, article: Article | null, onMessage: (text: string) => void) {
  useEffect(() => {
    if (tabId === null || !article) return;
    let busy = false;
    const consume = async () => {
      if (busy) return;
      busy = true;
      try {
        const stored = (await browser.storage.session.get(PENDING_ANNOTATIONS_KEY))[PENDING_ANNOTATIONS_KEY];
        const list: Array<Record<string, unknown>> = Array.isArray(stored) ? stored : [];
        const mine = list.filter((p) => p?.tabId === tabId);
        if (mine.length === 0) return;
        await browser.storage.session.set({ [PENDING_ANNOTATIONS_KEY]: list.filter((p) => p?.tabId !== tabId) });
        for (const raw of mine) {
          const captured = parseCapturedSelection(raw);
          if (!captured) continue;
          const at = anchor(article.text, [{ type: 'TextQuoteSelector', exact: captured.exact, prefix: captured.prefix, suffix: captured.suffix }]);
          if (!at) {
            onMessage(t('pendingNotFound'));
            continue;
          }
          const color = HIGHLIGHT_COLORS.includes(raw.color as HighlightColor) ? (raw.color as HighlightColor) : 'yellow';
          await createAnnotation(db, article, { selectors: describe(article.text, at.start, at.end), color });
          onMessage(t('highlightSaved'));
        }
      } catch (error) {
        onMessage((error as Error).message);
      } finally {
        busy = false;
      }
    };
    void consume();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && PENDING_ANNOTATIONS_KEY in changes) void consume();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId, article, onMessage]);
}
