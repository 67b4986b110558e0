// Sources and figures of every saved article, for the library's indexes. Analysis is cheap per
// article but not free for thousands: it runs in small slices between frames, newest first, and
// is cached per article version, so the page renders at once and the indexes fill in.
import { useEffect, useState } from 'react';
import { analyzeText, type Analysis } from '../../lib/analyze';
import type { SavedArticle } from '../../lib/db';

const cache = new Map<string, { updatedAt: number; analysis: Analysis }>();

export function analysisOf(article: SavedArticle): Analysis {
  const hit = cache.get(article.id);
  if (hit && hit.updatedAt === article.updatedAt) return hit.analysis;
  let analysis: Analysis;
  try {
    analysis = analyzeText(article.text, { lang: article.lang, links: article.links, published: article.publishedTime });
  } catch (error) {
    // One article the analyzer cannot read (an imported record with odd data) must not stop the
    // indexes at it: it counts as having no sources or figures, and the others go on.
    console.error(`Gloss: analysis of ${article.id} failed`, error);
    analysis = { sources: [], figures: [] };
  }
  cache.set(article.id, { updatedAt: article.updatedAt, analysis });
  return analysis;
}

export function useAnalyses(articles: SavedArticle[] | undefined) {
  const [done, setDone] = useState(0);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!articles) return;
    let i = 0;
    let cancelled = false;
    let reported = 0;
    const slice = () => {
      if (cancelled) return;
      const until = performance.now() + 12;
      while (i < articles.length && performance.now() < until) analysisOf(articles[i++]);
      // Progress re-renders the page: at most twice a second, not after every slice.
      if (i >= articles.length || performance.now() - reported > 500) {
        reported = performance.now();
        setDone(i);
      }
      if (i < articles.length) setTimeout(slice, 0);
      else setVersion((v) => v + 1);
    };
    slice();
    return () => {
      cancelled = true;
    };
  }, [articles]);
  const ready = !!articles && done >= articles.length;
  return { ready, done, total: articles?.length ?? 0, version };
}

export function cachedAnalysis(id: string): Analysis | undefined {
  return cache.get(id)?.analysis;
}
