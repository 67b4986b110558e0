// Saving and reading articles in the library. Storage errors are turned into messages a reader
// can act on (disk full, private window, blocked upgrade) instead of vanishing in a console.
import Dexie from 'dexie';
import type { Article } from '../extract/types';
import { articleKey } from '../url';
import type { AnnotationRecord, GlossDatabase, SavedArticle } from './schema';
import { annotationChange, articleChange, loadAnalyzer, queueIndexChanges, refreshArticleSummary, writeTables } from './derived';

export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'unavailable' | 'blocked' | 'unknown',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Maps IndexedDB/Dexie failures to a StorageError with a message for people. */
export function describeStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === Dexie.errnames.QuotaExceeded || inner === 'QuotaExceededError' || name === 'QuotaExceededError') {
    return new StorageError('Your disk or browser storage is full, so Gloss could not save. Free some space and try again; nothing you saved before is lost.', 'quota', { cause: error });
  }
  if (name === Dexie.errnames.MissingAPI || name === Dexie.errnames.InvalidState || name === 'SecurityError') {
    return new StorageError('This window cannot store data (a private window, or storage is disabled), so Gloss cannot save here.', 'unavailable', { cause: error });
  }
  if (name === 'BlockedError' || name === Dexie.errnames.VersionChange || name === Dexie.errnames.DatabaseClosed) {
    return new StorageError('Gloss was updated while another Gloss page was open. Close the other Gloss panels or tabs and try again.', 'blocked', { cause: error });
  }
  return new StorageError(`Gloss could not save: ${(error as Error)?.message ?? String(error)}`, 'unknown', { cause: error });
}

/** The record to store: Article's fields copied one by one (nothing else that rode along is stored). */
export function toSavedArticle(article: Article, now: number, previous?: SavedArticle): SavedArticle {
  return {
    id: articleKey(article.url, article.canonicalUrl),
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    html: article.html,
    text: article.text,
    links: article.links,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt: previous?.savedAt ?? now,
    updatedAt: now,
  };
}

/**
 * Saves (or updates) an article. Its sources and figures are analysed here, once per version of
 * the article (before the transaction: analysis is CPU work), and stored with its summary.
 */
export async function saveArticle(db: GlossDatabase, article: Article, now = Date.now()): Promise<SavedArticle> {
  try {
    const analysis = (await loadAnalyzer())(toSavedArticle(article, now));
    return await db.transaction('rw', writeTables(db), async () => {
      const id = articleKey(article.url, article.canonicalUrl);
      const record = toSavedArticle(article, now, await db.articles.get(id));
      await db.articles.put(record);
      await db.analyses.put(analysis);
      await refreshArticleSummary(db, record, analysis);
      await queueIndexChanges(db, [articleChange(record)]);
      return record;
    });
  } catch (error) {
    throw describeStorageError(error);
  }
}

export async function findSavedArticle(db: GlossDatabase, url: string, canonicalUrl?: string | null) {
  try {
    return await db.articles.get(articleKey(url, canonicalUrl));
  } catch (error) {
    throw describeStorageError(error);
  }
}

export interface RemovedArticle {
  article: SavedArticle;
  annotations: AnnotationRecord[];
}

/**
 * Removes an article from the library together with its annotations (one transaction) and
 * returns what it removed, so the caller can offer Undo (restoreArticle).
 */
export async function removeArticle(db: GlossDatabase, id: string): Promise<RemovedArticle | null> {
  try {
    return await db.transaction('rw', writeTables(db), async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      const annotations = await db.annotations.where('articleId').equals(id).toArray();
      await db.annotations.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      await db.summaries.delete(id);
      await db.analyses.delete(id);
      await queueIndexChanges(db, [articleChange(article, true), ...annotations.map((a) => annotationChange(a, true))]);
      return { article, annotations };
    });
  } catch (error) {
    throw describeStorageError(error);
  }
}

export async function restoreArticle(db: GlossDatabase, removed: RemovedArticle): Promise<void> {
  try {
    const analysis = (await loadAnalyzer())(removed.article);
    await db.transaction('rw', writeTables(db), async () => {
      await db.articles.put(removed.article);
      await db.annotations.bulkPut(removed.annotations);
      await db.analyses.put(analysis);
      await refreshArticleSummary(db, removed.article, analysis);
      await queueIndexChanges(db, [articleChange(removed.article), ...removed.annotations.map((a) => annotationChange(a))]);
    });
  } catch (error) {
    throw describeStorageError(error);
  }
}

export async function listSavedArticles(db: GlossDatabase): Promise<SavedArticle[]> {
  try {
    return await db.articles.orderBy('savedAt').reverse().toArray();
  } catch (error) {
    throw describeStorageError(error);
  }
}
