// Places annotations made on the live page (context menu, shortcut) into the article: the
// background queues each captured selection (lib/pendingQueue); the panel showing that tab takes
// its tab's items — each is handed to one panel only — finds each quote in the article text and
// stores the annotation. It takes when it starts and whenever the background says one is waiting.
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { anchor, describe } from '../../lib/anchor';
import { createAnnotation } from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import { parseNotice } from '../../lib/messages';
import { t } from '../../components/i18n';
import { errorText } from '../../components/errorText';
import { db } from './db';
import { toBackground } from './messaging';

export function usePendingAnnotations(tabId: number | null, article: Article | null, onMessage: (text: string) => void) {
  useEffect(() => {
    if (tabId === null || !article) return;
    let stopped = false;
    let busy: Promise<void> = Promise.resolve();
    const place = async () => {
      const items = await toBackground('gloss/take-pending', { tabId });
      for (const item of items) {
        const at = anchor(article.text, [{ type: 'TextQuoteSelector', exact: item.exact, prefix: item.prefix, suffix: item.suffix }]);
        if (!at) {
          onMessage(t('pendingNotFound'));
          continue;
        }
        await createAnnotation(db, article, { selectors: describe(article.text, at.start, at.end), color: item.color });
        onMessage(t('highlightSaved'));
      }
    };
    // One take at a time in this panel; the background hands each item out once across panels.
    const consume = () => {
      if (stopped) return;
      busy = busy.then(place).catch((error) => onMessage(errorText(error)));
    };
    const onNotice = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      const notice = parseNotice(raw);
      if (sender.id === browser.runtime.id && !sender.tab && notice?.type === 'gloss/pending' && notice.tabId === tabId) consume();
    };
    browser.runtime.onMessage.addListener(onNotice);
    consume();
    return () => {
      stopped = true;
      browser.runtime.onMessage.removeListener(onNotice);
    };
  }, [tabId, article, onMessage]);
}
