// Keeps the panel on the right tab and re-reads it when it changes: the tab given in the URL
// (?tabId=N), or else the active tab of the panel's window. Re-reads on tab switch, on load, on
// single-page-app navigation (reported by the content script) and when the user invokes Gloss.
// An unchanged text keeps the same reading (the reader does not redraw), but every completed read
// counts in `pageReads`: a reloaded page is a new document that needs its highlights again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseNotice } from '../../lib/messages';
import { readTab, type TabReading } from './readTab';

export type PanelReading = { state: 'loading' } | { state: 'empty' } | TabReading;

export function useTabReading(fixedTabId: number | null) {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  const [reading, setReading] = useState<PanelReading>({ state: fixedTabId === null ? 'empty' : 'loading' });
  const generation = useRef(0);
  const [pageReads, setPageReads] = useState(0);
  const shownTab = useRef<number | null>(null);

  const reload = useCallback(async (id: number | null) => {
    const mine = ++generation.current;
    if (id === null) {
      setReading({ state: 'empty' });
      return;
    }
    // Re-reading the same tab keeps the article on screen until the new reading arrives.
    const sameTab = shownTab.current === id;
    shownTab.current = id;
    setReading((previous) => (sameTab && previous.state === 'article' ? previous : { state: 'loading' }));
    const result = await readTab(id);
    if (mine !== generation.current) return;
    if (result.state === 'article') setPageReads((n) => n + 1);
    setReading((previous) =>
      previous.state === 'article' && result.state === 'article' && previous.article.text === result.article.text &&
      previous.article.html === result.article.html ? previous : result,
    );
  }, []);

  // Follow the active tab of this window when no tab was given.
  useEffect(() => {
    if (fixedTabId !== null) return;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void browser.windows.getCurrent().then(async (w) => {
      windowId = w.id;
      const [active] = await browser.tabs.query({ active: true, windowId: w.id });
      setTabId(active?.id ?? null);
    });
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);

  useEffect(() => {
    void reload(tabId);
    if (tabId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      // Page events come in bursts (a load fires several updates): read once, 150 ms after the last.
      timer = setTimeout(() => void reload(tabId), 150);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabId && (change.status === 'complete' || change.url)) soon();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) setReading({ state: 'no-tab' });
    };
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== browser.runtime.id) return;
      const notice = parseNotice(raw);
      if (notice?.type === 'gloss/page-changed' && sender.tab?.id === tabId) soon();
      if (notice?.type === 'gloss/invoked' && !sender.tab && notice.tabId === tabId) soon();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, reload]);

  return { tabId, reading, pageReads, reload: () => reload(tabId) };
}
