// The per-article summary the library page lists (see ArticleSummary in schema.ts), and the stored
// analysis it takes its source and figure counts from. Pure functions of records: lib/db calls them
// inside the transaction of every write, the v3 migration calls them for existing data.
import { ANALYZER_VERSION } from '../analyze';
import { UNSTAMPED } from '../authors';
import type { AnnotationRecord, ArticleSummary, HighlightColor, SavedArticle, StoredAnalysis } from './schema';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** What the library calls an article's site: its name, else its host. */
export function siteOf(article: Pick<SavedArticle, 'siteName' | 'url'>): string {
  return article.siteName ?? hostOf(article.url);
}

type SummaryFields = Pick<ArticleSummary, 'highlights' | 'notes' | 'tags' | 'colors' | 'authors'>;

/** Counts, tags, colours and authors of an article's highlights. */
export function annotationFacets(annotations: AnnotationRecord[]): SummaryFields {
  const tags = new Set<string>();
  const colors = new Set<HighlightColor>();
  const authors = new Set<string>();
  let notes = 0;
  for (const a of annotations) {
    for (const t of a.tags) tags.add(t);
    colors.add(a.color);
    authors.add(a.author || UNSTAMPED);
    if (a.note.trim() !== '') notes++;
  }
  return { highlights: annotations.length, notes, tags: [...tags], colors: [...colors], authors: [...authors] };
}

/** Distinct sources and figures of a stored analysis, as the summary shows them. */
export function analysisCounts(analysis: StoredAnalysis | undefined): Pick<ArticleSummary, 'sources' | 'figures' | 'analyzer'> {
  if (!analysis) return { sources: null, figures: null, analyzer: null };
  return { sources: analysis.sources.length, figures: analysis.figures.length, analyzer: analysis.version };
}

/** The summary of an article with its annotations and (when it has one) its current analysis. */
export function summarize(article: SavedArticle, annotations: AnnotationRecord[], analysis?: StoredAnalysis): ArticleSummary {
  const current = analysis && isCurrent(analysis, article) ? analysis : undefined;
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    site: siteOf(article),
    publishedTime: article.publishedTime,
    lang: article.lang,
    savedAt: article.savedAt,
    updatedAt: article.updatedAt,
    ...annotationFacets(annotations),
    ...analysisCounts(current),
    textMissing: article.text === '',
  };
}

/** Whether a stored analysis is of this version of the article, by this version of the analyser. */
export function isCurrent(analysis: StoredAnalysis, article: Pick<SavedArticle, 'updatedAt'>): boolean {
  return analysis.version === ANALYZER_VERSION && analysis.updatedAt === article.updatedAt;
}

/** Whether the summary's source and figure counts need (re)computing. */
export function needsAnalysis(summary: Pick<ArticleSummary, 'analyzer'>): boolean {
  return summary.analyzer !== ANALYZER_VERSION;
}
