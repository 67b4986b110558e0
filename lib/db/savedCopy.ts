// Making the library's copy of an article the text the reader sees now. The first save stores it.
// Saving again on a changed page ("Update the saved copy") keeps the text it replaces, with where
// each annotation pointed in it (articleVersions), and carries every annotation over in the same
// transaction: re-anchored on the new text when its passage is still there (lib/anchor, fuzzy),
// else left exactly as it was — its quote from the old text, shown as "could not be placed" and
// ready to be re-attached by hand. Nothing is dropped, and the wording before the update stays
// available. A copy imported without its text (W3C files) simply gets the text: there is no
// earlier text to keep.
import { anchorMany, describe } from '../anchor';
import type { Article } from '../extract/types';
import { articleVersion, versionRecordId, type ArticleVersionRecord } from '../model';
import { articleKey } from '../url';
import { describeStorageError, toSavedArticle } from './articles';
import { annotationChange, articleChange, loadAnalyzer, queueIndexChanges, writeTables } from './derived';
import { summarize } from './summary';
import type { AnnotationRecord, GlossDatabase, SavedArticle } from './schema';

export interface SavedCopyUpdate {
  article: SavedArticle;
  /** Annotations placed on the new text, and those kept with their old quote (not found in it). */
  placed: number;
  unplaced: number;
  /** The version number of the text that was replaced and kept; null when none was. */
  replaced: number | null;
}

const sameSelectors = (a: AnnotationRecord['selectors'], b: AnnotationRecord['selectors']) =>
  a[0].exact === b[0].exact && a[0].prefix === b[0].prefix && a[0].suffix === b[0].suffix && a[1].start === b[1].start && a[1].end === b[1].end;

/** Re-describes each annotation that can be placed on `text`; the others come back unchanged. */
function carryOver(annotations: AnnotationRecord[], text: string) {
  const anchors = anchorMany(text, annotations.map((a) => ({ id: a.id, selectors: a.selectors })));
  const changed: AnnotationRecord[] = [];
  let placed = 0;
  for (const a of annotations) {
    const at = anchors.get(a.id);
    if (!at) continue;
    placed++;
    const selectors = describe(text, at.start, at.end);
    // The reader did not edit the annotation: modifiedAt stays.
    if (!sameSelectors(selectors, a.selectors)) changed.push({ ...a, selectors });
  }
  return { changed, placed, unplaced: annotations.length - placed };
}

function versionOf(previous: SavedArticle, annotations: AnnotationRecord[], now: number): ArticleVersionRecord {
  const version = articleVersion(previous);
  return {
    id: versionRecordId(previous.id, version),
    articleId: previous.id,
    version,
    title: previous.title,
    html: previous.html,
    text: previous.text,
    savedAt: previous.updatedAt,
    replacedAt: now,
    annotations: annotations.map((a) => ({ id: a.id, selectors: a.selectors })),
  };
}

/** Stores `article` as the saved copy; see the module comment for what happens to a changed text. */
export async function updateSavedCopy(db: GlossDatabase, article: Article, now = Date.now()): Promise<SavedCopyUpdate> {
  try {
    // Sources and figures are analysed once per version of the article, before the transaction
    // (CPU work), and stored with its summary and the search index's queue in the same transaction.
    const analysis = (await loadAnalyzer())(toSavedArticle(article, now));
    // The derived rows go out together (one wait of the transaction, not one per row).
    const storeDerived = (record: SavedArticle, annotations: AnnotationRecord[], changed: AnnotationRecord[]) =>
      Promise.all([
        db.analyses.put(analysis),
        db.summaries.put(summarize(record, annotations, analysis)),
        queueIndexChanges(db, [articleChange(record), ...changed.map((a) => annotationChange(a))]),
      ]);
    return await db.transaction('rw', writeTables(db), async () => {
      const id = articleKey(article.url, article.canonicalUrl);
      const [previous, annotations] = await Promise.all([db.articles.get(id), db.annotations.where('articleId').equals(id).toArray()]);
      if (!previous || previous.text === article.text) {
        const record = toSavedArticle(article, now, previous);
        await Promise.all([db.articles.put(record), storeDerived(record, annotations, [])]);
        return { article: record, placed: 0, unplaced: 0, replaced: null };
      }
      const { changed, placed, unplaced } = carryOver(annotations, article.text);
      const keepsText = previous.text !== '';
      const record: SavedArticle = { ...toSavedArticle(article, now, previous), version: articleVersion(previous) + (keepsText ? 1 : 0) };
      const after = new Map(annotations.map((a) => [a.id, a]));
      for (const a of changed) after.set(a.id, a);
      await Promise.all([
        keepsText ? db.articleVersions.put(versionOf(previous, annotations, now)) : undefined,
        db.articles.put(record),
        db.annotations.bulkPut(changed),
        storeDerived(record, [...after.values()], changed),
      ]);
      return { article: record, placed, unplaced, replaced: keepsText ? articleVersion(previous) : null };
    });
  } catch (error) {
    throw describeStorageError(error);
  }
}

/** Saves an article to the library (a changed text keeps the earlier one: updateSavedCopy). */
export async function saveArticle(db: GlossDatabase, article: Article, now = Date.now()): Promise<SavedArticle> {
  return (await updateSavedCopy(db, article, now)).article;
}

/** The text an article had before its latest update, with its annotations' selectors then; null if none. */
export async function previousVersion(db: GlossDatabase, articleId: string): Promise<ArticleVersionRecord | null> {
  try {
    const all = await db.articleVersions.where('articleId').equals(articleId).toArray();
    return all.reduce<ArticleVersionRecord | null>((best, v) => (!best || v.version > best.version ? v : best), null);
  } catch (error) {
    throw describeStorageError(error);
  }
}
