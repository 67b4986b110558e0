// What the library page shows, computed from the stored records: one row per article with its
// counts, and the filters and sort orders a researcher narrows a library with.
import type { AnnotationRecord, SavedArticle } from '../lib/db';

export interface ArticleRow {
  article: SavedArticle;
  annotations: AnnotationRecord[];
  tags: string[];
  colors: string[];
  hasNotes: boolean;
}

export interface LibraryFilters {
  site: string;
  tag: string;
  color: string;
  from: string; // YYYY-MM-DD, published date
  to: string;
  hasNotes: boolean;
}

export const NO_FILTERS: LibraryFilters = { site: '', tag: '', color: '', from: '', to: '', hasNotes: false };

export type SortKey = 'saved' | 'published' | 'title' | 'annotations';

export function buildRows(articles: SavedArticle[], annotations: AnnotationRecord[]): ArticleRow[] {
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const a of annotations) {
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  return articles.map((article) => {
    const list = (byArticle.get(article.id) ?? []).sort((a, b) => a.selectors[1].start - b.selectors[1].start);
    return {
      article,
      annotations: list,
      tags: [...new Set(list.flatMap((a) => a.tags))],
      colors: [...new Set(list.map((a) => a.color))],
      hasNotes: list.some((a) => a.note.trim() !== ''),
    };
  });
}

export function filterRows(rows: ArticleRow[], f: LibraryFilters): ArticleRow[] {
  return rows.filter((r) => {
    if (f.site && (r.article.siteName ?? hostOf(r.article.url)) !== f.site) return false;
    if (f.tag && !r.tags.includes(f.tag)) return false;
    if (f.color && !r.colors.includes(f.color)) return false;
    if (f.hasNotes && !r.hasNotes) return false;
    const day = (r.article.publishedTime ?? '').slice(0, 10);
    if (f.from && (!day || day < f.from)) return false;
    if (f.to && (!day || day > f.to)) return false;
    return true;
  });
}

export function sortRows(rows: ArticleRow[], key: SortKey): ArticleRow[] {
  const out = [...rows];
  const cmp: Record<SortKey, (a: ArticleRow, b: ArticleRow) => number> = {
    saved: (a, b) => b.article.savedAt - a.article.savedAt,
    published: (a, b) => (b.article.publishedTime ?? '').localeCompare(a.article.publishedTime ?? ''),
    title: (a, b) => a.article.title.localeCompare(b.article.title),
    annotations: (a, b) => b.annotations.length - a.annotations.length || b.article.savedAt - a.article.savedAt,
  };
  return out.sort(cmp[key]);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function siteOf(article: SavedArticle): string {
  return article.siteName ?? hostOf(article.url);
}
