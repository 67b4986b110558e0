// Reading and removing articles in the library (saving, which keeps earlier texts, is savedCopy.ts).
// Storage errors become codes a reader's message is made from (disk full, private window, blocked
// upgrade) instead of vanishing in a console.
import Dexie from 'dexie';
import type { Article } from '../extract/types';
import { claimReviewField } from '../extract/claim-review';
import { articleKey } from '../url';
import { GlossError, type StorageErrorCode } from '../errors';
import { articleVersion, type ArticleVersionRecord } from '../model';
import type { AnnotationRecord, GlossDatabase, SavedArticle, StoredAnalysis } from './schema';
import { annotationChange, articleChange, loadAnalyzer, queueIndexChanges, writeTables } from './derived';
import { isCurrent, summarize } from './summary';

/** A storage failure, with the code the UI translates (lib/errors) and the kind older callers read. */
export class StorageError extends GlossError {
  readonly kind: 'quota' | 'unavailable' | 'blocked' | 'unknown';
  constructor(code: StorageErrorCode, message: string, detail?: string, options?: { cause?: unknown }) {
    super(code, message, detail, options);
    this.name = 'StorageError';
    this.kind = code === 'storage-quota' ? 'quota' : code === 'storage-unavailable' ? 'unavailable' : code === 'storage-blocked' ? 'blocked' : 'unknown';
  }
}

/** Maps IndexedDB/Dexie failures to a StorageError: a code for the UI, an English message for logs. */
export function describeStorageError(error: unknown): GlossError {
  if (error instanceof GlossError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === Dexie.errnames.QuotaExceeded || inner === 'QuotaExceededError' || name === 'QuotaExceededError') {
    return new StorageError('storage-quota', 'Your disk or browser storage is full, so Gloss could not save. Free some space and try again; nothing you saved before is lost.', undefined, { cause: error });
  }
  if (name === Dexie.errnames.MissingAPI || name === Dexie.errnames.InvalidState || name === 'SecurityError') {
    return new StorageError('storage-unavailable', 'This window cannot store data (a private window, or storage is disabled), so Gloss cannot save here.', undefined, { cause: error });
  }
  if (name === 'BlockedError' || name === Dexie.errnames.VersionChange || name === Dexie.errnames.DatabaseClosed) {
    return new StorageError('storage-blocked', 'Gloss was updated while another Gloss page was open. Close the other Gloss panels or tabs and try again.', undefined, { cause: error });
  }
  const detail = (error as Error)?.message ?? String(error);
  return new StorageError('storage-failed', `Gloss could not save: ${detail}`, detail, { cause: error });
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
    ...claimReviewField(article.claimReview),
    savedAt: previous?.savedAt ?? now,
    updatedAt: now,
    version: previous ? articleVersion(previous) : 1,
  };
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
  /** Its earlier texts (articleVersions). */
  versions: ArticleVersionRecord[];
  /** Its stored analysis, put back by Undo instead of analysing the text again (when still current). */
  analysis?: StoredAnalysis;
}

/**
 * Removes an article from the library together with its annotations and earlier texts (one transaction) and
 * returns what it removed, so the caller can offer Undo (restoreArticle).
 */
export async function removeArticle(db: GlossDatabase, id: string): Promise<RemovedArticle | null> {
  try {
    return await db.transaction('rw', writeTables(db), async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      const annotations = await db.annotations.where('articleId').equals(id).toArray();
      const versions = await db.articleVersions.where('articleId').equals(id).toArray();
      const analysis = await db.analyses.get(id);
      await db.annotations.where('articleId').equals(id).delete();
      await db.articleVersions.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      await db.summaries.delete(id);
      await db.analyses.delete(id);
      await queueIndexChanges(db, [articleChange(article, true), ...annotations.map((a) => annotationChange(a, true))]);
      return { article, annotations, versions, ...(analysis ? { analysis } : {}) };
    });
  } catch (error) {
    throw describeStorageError(error);
  }
}

export async function restoreArticle(db: GlossDatabase, removed: RemovedArticle): Promise<void> {
  try {
    const { article, annotations } = removed;
    const kept = removed.analysis && isCurrent(removed.analysis, article) ? removed.analysis : undefined;
    const analysis = kept ?? (await loadAnalyzer())(article);
    await db.transaction('rw', writeTables(db), async () => {
      // Every request goes out together (one wait of the transaction, not three): the writes, and
      // the article's other annotations for its summary — read before or after the writes (the
      // order is IndexedDB's), the restored ones replace theirs by id either way.
      const [others] = await Promise.all([
        db.annotations.where('articleId').equals(article.id).toArray(),
        db.articles.put(article),
        db.annotations.bulkPut(annotations),
        db.articleVersions.bulkPut(removed.versions ?? []),
        db.analyses.put(analysis),
        queueIndexChanges(db, [articleChange(article), ...annotations.map((a) => annotationChange(a))]),
      ]);
      const all = new Map(others.map((a) => [a.id, a]));
      for (const a of annotations) all.set(a.id, a);
      await db.summaries.put(summarize(article, [...all.values()], analysis));
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
