// An article's annotations as the panel needs them: read live from the database, anchored to the
// text being shown (exact, moved or fuzzy; null when they cannot be placed), and the actions that
// change them. Every write reports failure instead of swallowing it.
//
// A new annotation is shown at once, before its write ends (`create` returns synchronously): the
// panel can open its note or tag editor in the same key event, so no keystroke typed meanwhile is
// lost or taken for a shortcut. It stays shown until the live query brings the stored record (same
// id, so the editor and its draft stay put); writes to it wait for its creation.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { anchorMany, describe } from '../../lib/anchor';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  listTags,
  previousVersion,
  restoreAnnotation,
  updateAnnotation,
  type AnnotationPatch,
  type AnnotationRecord,
  type HighlightColor,
  type SavedArticle,
} from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import type { SyncConflict } from '../../lib/db/schema';
import { resolveConflict, type ConflictChoice } from '../../lib/sync/conflicts';
import { articleKey } from '../../lib/url';
import type { ListedAnnotation } from '../../components/AnnotationList';
import { db } from './db';

export interface AnchoredAnnotation extends ListedAnnotation {
  record: AnnotationRecord;
}

const NO_RECORDS: AnnotationRecord[] = [];

function listed(records: AnnotationRecord[], text: string, before: Map<string, string>, conflicts: Map<string, SyncConflict>): AnchoredAnnotation[] {
  const anchors = anchorMany(text, records.map((r) => ({ id: r.id, selectors: r.selectors })));
  const list = records.map((record) => {
    const [quote] = record.selectors;
    const at = anchors.get(record.id) ?? null;
    const earlier = before.get(record.id);
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
      ...(earlier !== undefined && earlier !== quote.exact ? { beforeUpdate: earlier } : {}),
      ...(record.author ? { author: record.author } : {}),
      ...(conflicts.get(record.id)?.resolvedRevs ? {} : { conflicts: conflicts.get(record.id)?.versions }),
    };
  });
  // reading order in the current text; the unanchored keep their original order at the end
  return list.sort((a, b) => (a.anchored?.start ?? Infinity) - (b.anchored?.start ?? Infinity) || a.record.selectors[1].start - b.record.selectors[1].start);
}

export function useAnnotations(articleId: string, text: string) {
  const records = useLiveQuery(() => listAnnotations(db, articleId), [articleId]);
  const tags = useLiveQuery(() => listTags(db), []) ?? [];
  const previous = useLiveQuery(() => previousVersion(db, articleId), [articleId]);
  // Annotations edited on two devices while apart (sync); few rows, read whole.
  const conflictRows = useLiveQuery(() => db.syncConflicts.toArray(), []);
  // Created here, not yet in the live query's answer.
  const [fresh, setFresh] = useState<AnnotationRecord[]>([]);
  const creating = useRef(new Map<string, Promise<unknown>>());

  const stored = records ?? NO_RECORDS;
  useEffect(() => {
    // Once the stored record is there, the shown-early copy goes.
    if (fresh.some((f) => stored.some((r) => r.id === f.id))) setFresh((list) => list.filter((f) => !stored.some((r) => r.id === f.id)));
  }, [stored, fresh]);

  const items = useMemo<AnchoredAnnotation[]>(() => {
    const all = [...stored, ...fresh.filter((f) => !stored.some((r) => r.id === f.id))];
    const before = new Map((previous?.annotations ?? []).map((a) => [a.id, a.selectors[0].exact]));
    return listed(all, text, before, new Map((conflictRows ?? []).map((c) => [c.id, c])));
  }, [stored, fresh, text, previous, conflictRows]);

  /** Waits until an annotation made here is stored (writes to it must come after). */
  const settled = (id: string) => creating.current.get(id) ?? Promise.resolve();

  const create = useCallback(
    (article: Article | SavedArticle, start: number, end: number, color: HighlightColor) => {
      const id = crypto.randomUUID();
      const selectors = describe(text, start, end);
      const now = Date.now();
      const record: AnnotationRecord = {
        id,
        articleId: 'id' in article ? article.id : articleKey(article.url, article.canonicalUrl),
        url: article.url,
        selectors,
        color,
        note: '',
        tags: [],
        createdAt: now,
        modifiedAt: now,
      };
      setFresh((list) => [...list, record]);
      const written = createAnnotation(db, article, { id, selectors, color }, now).catch((error) => {
        setFresh((list) => list.filter((f) => f.id !== id));
        throw error;
      });
      creating.current.set(id, written.catch(() => undefined));
      return { id, written };
    },
    [text],
  );

  return {
    loaded: records !== undefined,
    items,
    tags,
    create,
    update: async (id: string, patch: AnnotationPatch) => {
      await settled(id);
      return updateAnnotation(db, id, patch);
    },
    reattach: (id: string, start: number, end: number) => updateAnnotation(db, id, { selectors: describe(text, start, end) }),
    remove: async (id: string) => {
      await settled(id);
      return deleteAnnotation(db, id);
    },
    restore: (record: AnnotationRecord) => restoreAnnotation(db, record),
    resolveConflict: (id: string, choice: ConflictChoice) => resolveConflict(db, id, choice),
  };
}
