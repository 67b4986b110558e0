// Keeps the panel on the right tab and re-reads it when it changes: the tab given in the URL
// (?tabId=N), or else the active tab of the panel's window. Re-reads on tab switch, on load, on
// single-page-app navigation (reported by the content script) and when the user invokes Gloss.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseBackgroundMessage, parseContentMessage } from '../../lib/messages';
import { readTab, type TabReading } from './readTab';

export type PanelReading = { state: 'loading' } | { state: 'empty' } | TabReading;

export function useTabReading(fixedTabId: number | null) {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  const [reading, setReading] = useState<PanelReading>({ state: fixedTabId === null ? 'empty' : 'loading' });
  const generation = useRef(0);
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
      timer = setTimeout(() => void reload(tabId), 150);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabId && (change.status === 'complete' || change.url)) soon();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) setReading({ state: 'no-tab', message: '' });
    };
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== browser.runtime.id) return;
      const fromPage = parseContentMessage(raw);
      if (fromPage && sender.tab?.id === tabId) soon();
      const fromBackground = parseBackgroundMessage(raw);
      if (fromBackground && fromBackground.tabId === tabId) soon();
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

  return { tabId, reading, reload: () => reload(tabId) };
}
