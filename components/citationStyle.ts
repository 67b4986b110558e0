// The citation style setting ("Copy with citation" cites in it), kept in extension storage so the
// panel and the library share it, and the copy itself: the citation engine is loaded lazily — on
// the first idle moment after a reader opens, so a copy still runs within the click's activation.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_CITATION_STYLE, isCitationStyle, quoteWithStyledCitation, type CitationStyle } from '../lib/export/styles';
import type { CitableArticle } from '../lib/export/citation';

const KEY = 'gloss:citationStyle';

export async function getCitationStyle(): Promise<CitationStyle> {
  const got = await browser.storage.local.get(KEY);
  return isCitationStyle(got[KEY]) ? got[KEY] : DEFAULT_CITATION_STYLE;
}

export function setCitationStyle(style: CitationStyle): Promise<void> {
  return browser.storage.local.set({ [KEY]: style });
}

export function useCitationStyle(): [CitationStyle, (style: CitationStyle) => void] {
  const [style, setStyle] = useState<CitationStyle>(DEFAULT_CITATION_STYLE);
  useEffect(() => {
    void getCitationStyle().then(setStyle);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[KEY] && isCitationStyle(changes[KEY].newValue)) setStyle(changes[KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return [style, (next) => void setCitationStyle(next).then(() => setStyle(next))];
}

/** Loads the citation engine in the background (once), so the first copy does not wait for it. */
export function preloadCitations(): void {
  const load = () => void import('../lib/export/citeEngine');
  if ('requestIdleCallback' in window) requestIdleCallback(load);
  else setTimeout(load, 1000);
}

/** The quote and its citation in the chosen style, ready for the clipboard. */
export async function quoteForCopy(quote: string, article: CitableArticle): Promise<string> {
  return quoteWithStyledCitation(quote, article, await getCitationStyle());
}
