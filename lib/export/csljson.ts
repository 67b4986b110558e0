// CSL-JSON citations (the input format of citeproc, Zotero, Pandoc's citeproc, Manubot).
//
// One item per article: type "article-newspaper", title, author ({family, given}, or {literal}
// for organisations and one-word names), container-title (site), issued and accessed as
// date-parts, URL, language; id is the same citation key as the BibTeX export.
import { citationKeys } from './keys';
import type { ExportOptions, SavedArticle } from './types';
import { dateParts, nameParts, sortArticles, splitAuthors } from './types';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  language?: string;
}

export function cslItem(article: SavedArticle, id: string, options: ExportOptions = {}): CslItem {
  const now = options.now ?? new Date();
  const item: CslItem = {
    id,
    type: 'article-newspaper',
    title: article.title,
    accessed: { 'date-parts': [[now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()]] },
    URL: article.url,
  };
  const authors = splitAuthors(article.byline).map((n): CslName => {
    const p = nameParts(n);
    return p ? { family: p.family, given: p.given } : { literal: n };
  });
  if (authors.length) item.author = authors;
  if (article.siteName) item['container-title'] = article.siteName;
  const issued = dateParts(article.publishedTime);
  if (issued) item.issued = { 'date-parts': [issued] };
  if (article.lang) item.language = article.lang;
  return item;
}

export function toCslJson(input: { articles: SavedArticle[] }, options: ExportOptions = {}): CslItem[] {
  const keys = citationKeys(input.articles);
  return sortArticles(input.articles).map((a) => cslItem(a, keys.get(a.id)!, options));
}

/** A CSL-JSON file (an array of items). */
export function exportCslJson(input: { articles: SavedArticle[] }, options: ExportOptions = {}): string {
  return JSON.stringify(toCslJson(input, options), null, 2) + '\n';
}
