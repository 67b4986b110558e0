// Search across the library: article titles and texts, highlighted quotes, notes and tags.
// Returns the matching article ids (null when there is no query), a rank, and a snippet each.
import { useMemo } from 'react';
import type { AnnotationRecord, SavedArticle } from '../../lib/db';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase();

export function useLibrarySearch(articles: SavedArticle[] | undefined, annotations: AnnotationRecord[] | undefined, query: string) {
  return useMemo(() => {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    if (!articles || terms.length === 0) return { ids: null as Set<string> | null, rank: null as ((id: string) => number) | null, snippets: undefined as Map<string, string> | undefined };
    const notes = new Map<string, string>();
    for (const a of annotations ?? []) notes.set(a.articleId, `${notes.get(a.articleId) ?? ''} ${a.selectors[0].exact} ${a.note} ${a.tags.join(' ')}`);
    const ids = new Set<string>();
    const scores = new Map<string, number>();
    const snippets = new Map<string, string>();
    for (const article of articles) {
      const title = fold(article.title);
      const extra = fold(notes.get(article.id) ?? '');
      const body = fold(article.text);
      let score = 0;
      let ok = true;
      for (const term of terms) {
        const inTitle = title.includes(term);
        const inExtra = extra.includes(term);
        const at = body.indexOf(term);
        if (!inTitle && !inExtra && at < 0) {
          ok = false;
          break;
        }
        score += (inTitle ? 5 : 0) + (inExtra ? 3 : 0) + (at >= 0 ? 1 : 0);
        if (!snippets.has(article.id) && at >= 0) {
          snippets.set(article.id, `…${article.text.slice(Math.max(0, at - 60), at + term.length + 80).replace(/\s+/g, ' ')}…`);
        }
      }
      if (ok) {
        ids.add(article.id);
        scores.set(article.id, score);
      }
    }
    return { ids, rank: (id: string) => -(scores.get(id) ?? 0), snippets };
  }, [articles, annotations, query]);
}
