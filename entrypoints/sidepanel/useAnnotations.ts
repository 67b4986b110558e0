// An article's annotations as the panel needs them: read live from the database, anchored to the
// text being shown (exact, moved or fuzzy; null when they cannot be placed), and the actions that
// change them. Every write reports failure instead of swallowing it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { anchorMany, describe } from '../../lib/anchor';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  listTags,
  restoreAnnotation,
  updateAnnotation,
  type AnnotationPatch,
  type AnnotationRecord,
  type HighlightColor,
  type SavedArticle,
} from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import type { ListedAnnotation } from '../../components/AnnotationList';
import { db } from './db';

export interface AnchoredAnnotation extends ListedAnnotation {
  record: AnnotationRecord;
}

export function useAnnotations(articleId: string, text: string) {
  const records = useLiveQuery(() => listAnnotations(db, articleId), [articleId]);
  const tags = useLiveQuery(() => listTags(db), []) ?? [];

  const items = useMemo<AnchoredAnnotation[]>(() => {
    if (!records) return [];
    const anchors = anchorMany(text, records.map((r) => ({ id: r.id, selectors: r.selectors })));
    const list = records.map((record) => {
      const [quote] = record.selectors;
      const at = anchors.get(record.id) ?? null;
      return {
        record,
        id: record.id,
        color: record.color,
        note: record.note,
        tags: record.tags,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        createdAt: record.createdAt,
        anchored: at ? { start: at.start, end: at.end, text: at.exact, changed: at.exact !== quote.exact } : null,
      };
    });
    // reading order in the current text; the unanchored keep their original order at the end
    return list.sort((a, b) => (a.anchored?.start ?? Infinity) - (b.anchored?.start ?? Infinity) || a.record.selectors[1].start - b.record.selectors[1].start);
  }, [records, text]);

  return {
    loaded: records !== undefined,
    items,
    tags,
    create: (article: Article | SavedArticle, start: number, end: number, color: HighlightColor, extra: { note?: string; tags?: string[] } = {}) =>
      createAnnotation(db, article, { selectors: describe(text, start, end), color, ...extra }),
    update: (id: string, patch: AnnotationPatch) => updateAnnotation(db, id, patch),
    reattach: (id: string, start: number, end: number) => updateAnnotation(db, id, { selectors: describe(text, start, end) }),
    remove: (id: string) => deleteAnnotation(db, id),
    restore: (record: AnnotationRecord) => restoreAnnotation(db, record),
  };
}
