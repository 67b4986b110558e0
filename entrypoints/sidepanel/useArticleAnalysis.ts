// The article's Sources and Figures, read after the reader is on screen. The analysis used to run
// inside the panel's first render (a useMemo), so the reader appeared only once every source and
// figure was found: 1–2 ms on a news article, but 0.3–0.6 s on a very long or figure-dense page,
// with a blank panel meanwhile. React's deferred value (React 19: with an initial value) renders
// the reader first with no analysis, then reads the text in a render of its own that React may
// interrupt; until then the lists say they are still reading, never "No sources found".
import { useDeferredValue, useMemo } from 'react';
import { analyzeTextReusing } from '../../lib/analyze/lastAnalysis';
import type { Analysis } from '../../lib/analyze/types';
import type { Article } from '../../lib/extract/types';

const NOTHING_YET: Analysis = { sources: [], figures: [] };

/** No text is a distinct string from every article's text, so the first render never waits on analysis. */
const NOT_READ = '\u0000not-read';

export interface ArticleAnalysis {
  analysis: Analysis;
  /** True until the shown text's analysis is ready (the lists then say "Reading…"). */
  pending: boolean;
}

export function useArticleAnalysis(article: Article): ArticleAnalysis {
  // the text the deferred render has caught up with: a new article's text lags one render behind
  const readText = useDeferredValue(article.text, NOT_READ);
  const ready = readText === article.text;
  const analysis = useMemo(
    () =>
      ready
        ? analyzeTextReusing(article.text, { lang: article.lang, links: article.links, published: article.publishedTime, url: article.url, canonicalUrl: article.canonicalUrl, siteName: article.siteName })
        : NOTHING_YET,
    [ready, article.text, article.lang, article.links, article.publishedTime, article.url, article.canonicalUrl, article.siteName],
  );
  return { analysis, pending: !ready };
}
