// Creating, editing and deleting annotations. Every write is one transaction (an annotation never
// exists without its article snapshot) and every failure becomes an error with a code (lib/errors);
// the caller keeps what the user typed until a write succeeds.
import type { Article } from '../extract/types';
import { articleKey } from '../url';
import { GlossError } from '../errors';
import { cleanTags } from '../model';
import { describeStorageError, toSavedArticle } from './articles';
import { annotationChange, articleChange, loadAnalyzer, queueIndexChanges, queueOutbox, refreshAnnotationFacets, refreshArticleSummary, syncDocIds, writeTables } from './derived';
import type {
  AnnotationRecord,
  GlossDatabase,
  HighlightColor,
  SavedArticle,
  TagRecord,
  TextPositionSelector,
  TextQuoteSelector,
} from './schema';

export interface NewAnnotation {
  selectors: [TextQuoteSelector, TextPositionSelector];
  color: HighlightColor;
  note?: string;
  tags?: string[];
  /** A UUID the caller made (so the panel can show the annotation before the write ends); else a new one. */
  id?: string;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw describeStorageError(error);
  }
}

async function rememberTags(db: GlossDatabase, tags: string[], now: number) {
  for (const name of tags) {
    if (!(await db.tags.get(name))) {
      await db.tags.add({ name, color: null, createdAt: now });
      await queueOutbox(db, [syncDocIds.tag(name)]);
    }
  }
}

/**
 * Adds an annotation to an article. A live article that is not in the library yet is saved with
 * it, so the text the annotation was made on is kept.
 */
export function createAnnotation(
  db: GlossDatabase,
  article: Article | SavedArticle,
  input: NewAnnotation,
  now = Date.now(),
): Promise<AnnotationRecord> {
  return guard(async () => {
    const analyzeArticle = await loadAnalyzer(); // before the transaction: an import inside it would let it commit
    return db.transaction('rw', writeTables(db), async () => {
      const articleId = 'id' in article ? article.id : articleKey(article.url, article.canonicalUrl);
      if (!(await db.articles.get(articleId))) {
        const saved = 'id' in article ? article : toSavedArticle(article, now);
        const analysis = analyzeArticle(saved);
        await db.articles.put(saved);
        await db.analyses.put(analysis);
        await refreshArticleSummary(db, saved, analysis);
        await queueIndexChanges(db, [articleChange(saved)]);
      }
      const tags = cleanTags(input.tags ?? []);
      const record: AnnotationRecord = {
        id: input.id ?? crypto.randomUUID(),
        articleId,
        url: article.url,
        selectors: input.selectors,
        color: input.color,
        note: input.note ?? '',
        tags,
        createdAt: now,
        modifiedAt: now,
      };
      await db.annotations.add(record);
      await rememberTags(db, tags, now);
      await refreshAnnotationFacets(db, articleId);
      await queueIndexChanges(db, [annotationChange(record)]);
      return record;
    });
  });
}

export type AnnotationPatch = Partial<Pick<AnnotationRecord, 'color' | 'note' | 'tags' | 'selectors'>>;

export function updateAnnotation(db: GlossDatabase, id: string, patch: AnnotationPatch, now = Date.now()) {
  return guard(() =>
    db.transaction('rw', writeTables(db), async () => {
      const current = await db.annotations.get(id);
      if (!current) throw new GlossError('annotation-missing', 'This annotation no longer exists.');
      const next: AnnotationRecord = { ...current, ...patch, modifiedAt: now };
      if (patch.tags) next.tags = cleanTags(patch.tags);
      await db.annotations.put(next);
      if (patch.tags) await rememberTags(db, next.tags, now);
      await refreshAnnotationFacets(db, next.articleId);
      await queueIndexChanges(db, [annotationChange(next)]);
      return next;
    }),
  );
}

/** Deletes an annotation and returns it, so the caller can offer Undo (restoreAnnotation). */
export function deleteAnnotation(db: GlossDatabase, id: string): Promise<AnnotationRecord | undefined> {
  return guard(() =>
    db.transaction('rw', writeTables(db), async () => {
      const current = await db.annotations.get(id);
      await db.annotations.delete(id);
      if (current) {
        await refreshAnnotationFacets(db, current.articleId);
        await queueIndexChanges(db, [annotationChange(current, true)]);
      }
      return current;
    }),
  );
}

export function restoreAnnotation(db: GlossDatabase, record: AnnotationRecord): Promise<void> {
  return guard(() =>
    db.transaction('rw', writeTables(db), async () => {
      await db.annotations.put(record);
      await refreshAnnotationFacets(db, record.articleId);
      await queueIndexChanges(db, [annotationChange(record)]);
    }),
  );
}

/** An article's annotations, in reading order (by position in the text they were made on). */
export function listAnnotations(db: GlossDatabase, articleId: string): Promise<AnnotationRecord[]> {
  return guard(async () => {
    const list = await db.annotations.where('articleId').equals(articleId).toArray();
    return list.sort((a, b) => a.selectors[1].start - b.selectors[1].start || a.createdAt - b.createdAt);
  });
}

export function listTags(db: GlossDatabase): Promise<TagRecord[]> {
  return guard(() => db.tags.orderBy('name').toArray());
}

export function setTagColor(db: GlossDatabase, name: string, color: HighlightColor | null, now = Date.now()) {
  return guard(() =>
    db.transaction('rw', db.tags, db.outbox, async () => {
      const current = await db.tags.get(name);
      await db.tags.put({ name, color, createdAt: current?.createdAt ?? now });
      await queueOutbox(db, [syncDocIds.tag(name)]);
    }),
  );
}
