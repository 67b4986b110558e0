// What every write keeps in step with the records, inside the write's own transaction: the
// article's summary (what the library page lists), its stored analysis, and a change queued for
// the persisted search index. One place, so a later table kept in step (a sync outbox) is one
// more line here and in WRITE_TABLES.
import type { AnnotationRecord, GlossDatabase, IndexChange, SavedArticle, StoredAnalysis } from './schema';
import { annotationFacets, summarize } from './summary';

/** The analyser, loaded on the first write that needs it (see ./analysis.ts). */
export const loadAnalyzer = () => import('./analysis').then((m) => m.analyzeArticle);

/** Every table a write touches: pass to db.transaction('rw', …) of each write. */
export const writeTables = (db: GlossDatabase) => [db.articles, db.annotations, db.tags, db.summaries, db.analyses, db.indexChanges];

/** Rewrites an article's summary from its record, its annotations and its analysis. */
export async function refreshArticleSummary(db: GlossDatabase, article: SavedArticle, analysis?: StoredAnalysis): Promise<void> {
  const annotations = await db.annotations.where('articleId').equals(article.id).toArray();
  await db.summaries.put(summarize(article, annotations, analysis ?? (await db.analyses.get(article.id))));
}

/** Recomputes the highlight counts, tags and colours of an article's summary after an annotation write. */
export async function refreshAnnotationFacets(db: GlossDatabase, articleId: string): Promise<void> {
  const summary = await db.summaries.get(articleId);
  if (!summary) {
    const article = await db.articles.get(articleId);
    if (article) await refreshArticleSummary(db, article);
    return;
  }
  const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
  await db.summaries.put({ ...summary, ...annotationFacets(annotations) });
}

/** Queues written or deleted records for the search index. */
export async function queueIndexChanges(db: GlossDatabase, changes: IndexChange[]): Promise<void> {
  if (changes.length) await db.indexChanges.bulkAdd(changes);
}

export const articleChange = (article: Pick<SavedArticle, 'id'>, deleted = false): IndexChange => ({
  kind: 'article',
  id: article.id,
  articleId: article.id,
  deleted,
});

export const annotationChange = (annotation: Pick<AnnotationRecord, 'id' | 'articleId'>, deleted = false): IndexChange => ({
  kind: 'annotation',
  id: annotation.id,
  articleId: annotation.articleId,
  deleted,
});
