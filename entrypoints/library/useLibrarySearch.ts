// Search across the library with lib/search: article titles, sites and texts, highlighted quotes,
// notes and tags. One index per library state, built when the records change; each query returns
// the matching article ids, their rank, and a snippet of what matched.
import { useMemo } from 'react';
import type { AnnotationRecord, SavedArticle } from '../../lib/db';
import { buildIndex, search } from '../../lib/search';

export interface LibrarySearch {
  ids: Set<string> | null;
  rank: ((id: string) => number) | null;
  snippets: Map<string, string> | undefined;
}

export function useLibrarySearch(articles: SavedArticle[] | undefined, annotations: AnnotationRecord[] | undefined, query: string): LibrarySearch {
  const searching = query.trim() !== '';
  // Built only once someone searches, then again only when the records change.
  const index = useMemo(
    () => (articles && searching ? buildIndex({ articles, annotations: annotations ?? [] }) : null),
    [articles, annotations, searching],
  );
  return useMemo(() => {
    if (!index || !searching) return { ids: null, rank: null, snippets: undefined };
    const { hits } = search(index, query, {}, { limit: 5000 });
    const best = new Map<string, number>();
    const snippets = new Map<string, string>();
    for (const hit of hits) {
      best.set(hit.articleId, Math.max(best.get(hit.articleId) ?? 0, hit.score));
      if (!snippets.has(hit.articleId) && hit.snippet) snippets.set(hit.articleId, hit.snippet);
    }
    return { ids: new Set(best.keys()), rank: (id: string) => -(best.get(id) ?? 0), snippets };
  }, [index, query, searching]);
}
