// What every write keeps in step with the records, inside the write's own transaction: the
// article's summary (what the library page lists), its stored analysis, and a change queued for
// the persisted search index, and the sync outbox (lib/sync drains it), so a crash between a write
// and its record for sync loses nothing.
import type { AnnotationRecord, GlossDatabase, IndexChange, IndexChangeRow, SavedArticle, StoredAnalysis } from './schema';
import { annotationFacets, summarize } from './summary';

/** The analyser, loaded on the first write that needs it (see ./analysis.ts). */
export const loadAnalyzer = () => import('./analysis').then((m) => m.analyzeArticle);

/** Every table a write touches: pass to db.transaction('rw', …) of each write. */
export const writeTables = (db: GlossDatabase) => [
  db.articles,
  db.annotations,
  db.tags,
  db.summaries,
  db.analyses,
  db.indexChanges,
  db.articleVersions,
  db.outbox,
  db.syncRevs,
  db.syncConflicts,
];

/** Sync document ids (lib/sync/docs.ts names the documents; the outbox rows use the same ids). */
export const syncDocIds = {
  article: (id: string) => `article:${id}`,
  text: (id: string) => `text:${id}`,
  annotation: (id: string) => `annotation:${id}`,
  tag: (name: string) => `tag:${name}`,
};

/** Marks sync documents as changed locally (inside the caller's transaction): see OutboxEntry. */
export async function queueOutbox(db: GlossDatabase, docIds: string[]): Promise<void> {
  if (!docIds.length) return;
  const stamp = crypto.randomUUID();
  await db.outbox.bulkPut([...new Set(docIds)].map((id) => ({ id, stamp })));
}

const outboxIds = (change: IndexChange) =>
  change.kind === 'article' ? [syncDocIds.article(change.id), syncDocIds.text(change.id)] : [syncDocIds.annotation(change.id)];

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

/**
 * Changes per row of the search index's queue: a write's changes are one row (see IndexChangeRow),
 * split only for an import of thousands of records, so no single row is large to read or clone.
 */
export const CHANGES_PER_ROW = 500;

/**
 * Queues written or deleted records for the search index and, unless the write came from sync
 * itself (`fromSync`: a remote change applied here must not be sent back), for sync.
 */
export async function queueIndexChanges(db: GlossDatabase, changes: IndexChange[], fromSync = false): Promise<void> {
  if (!changes.length) return;
  const rows: IndexChangeRow[] = [];
  for (let i = 0; i < changes.length; i += CHANGES_PER_ROW) rows.push({ changes: changes.slice(i, i + CHANGES_PER_ROW) });
  // Both go out together: one wait of the transaction, not two.
  await Promise.all([db.indexChanges.bulkAdd(rows), fromSync ? undefined : queueOutbox(db, changes.flatMap(outboxIds))]);
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
