// The search index persisted in the Gloss database: word rows in `searchTerms`, the rest in
// `searchMeta`, and the changes lib/db queued in `indexChanges` since the index last saved.
// Saving writes the changed words and the meta and drops the changes it took in, in one
// transaction, so the stored index and the queue never disagree.
import type { GlossDatabase, IndexChange, SearchMetaRecord } from '../db/schema';
import type { PostingsStore, SearchIndex, TextSource } from './engine';
import { chunkIds, restoreIndex, takeDirtyMeta, takeDirtyTerms, usableHead, type DocChunk, type RecordChunk, type TermRow } from './persist';

const META_ID = 'index';
/** Word rows written per transaction while saving a rebuilt index (keeps each transaction small). */
const TERM_CHUNK = 5000;

export function termStore(db: GlossDatabase): PostingsStore {
  return {
    async load(terms) {
      const rows = await db.searchTerms.bulkGet(terms);
      const out = new Map<string, ArrayLike<number>>();
      rows.forEach((row, i) => row && out.set(terms[i], row.postings));
      return out;
    },
  };
}

export function databaseTexts(db: GlossDatabase): TextSource {
  const byId = <T extends { id: string }>(rows: Array<T | undefined>) => new Map(rows.filter((r): r is T => !!r).map((r) => [r.id, r]));
  return {
    articles: async (ids) => (ids.length ? byId(await db.articles.bulkGet(ids)) : new Map()),
    annotations: async (ids) => (ids.length ? byId(await db.annotations.bulkGet(ids)) : new Map()),
  };
}

/** The stored index (its words load on demand), or null when there is none or it is of another version. */
export async function loadStoredIndex(db: GlossDatabase): Promise<{ index: SearchIndex; seq: number } | null> {
  const head = (await db.searchMeta.get(META_ID)) as unknown;
  if (!usableHead(head)) return null;
  const ids = chunkIds(head);
  const [docs, recs, vocabulary] = await Promise.all([
    db.searchMeta.bulkGet(ids.docs),
    db.searchMeta.bulkGet(ids.records),
    db.searchTerms.toCollection().primaryKeys() as Promise<string[]>,
  ]);
  if (docs.some((c) => !c) || recs.some((c) => !c)) return null;
  const index = restoreIndex(head, docs as unknown as DocChunk[], recs as unknown as RecordChunk[], vocabulary, termStore(db), databaseTexts(db));
  return index ? { index, seq: head.seq } : null;
}

/** Saves what changed since the last save and drops the queued changes up to `seq`. */
export async function saveIndex(db: GlossDatabase, index: SearchIndex, seq: number): Promise<void> {
  const rows = await takeDirtyTerms(index);
  const meta = takeDirtyMeta(index, seq);
  await db.transaction('rw', db.searchTerms, db.searchMeta, db.indexChanges, async () => {
    await db.searchTerms.bulkPut(rows);
    await db.searchMeta.bulkPut(meta as unknown as SearchMetaRecord[]);
    await db.indexChanges.where('seq').belowOrEqual(seq).delete();
  });
}

/** Replaces the whole stored index with a freshly built one (in chunks; the head goes last, so an interrupted save is never taken for a whole index). */
export async function replaceIndex(db: GlossDatabase, index: SearchIndex, seq: number, progress?: (done: number, total: number) => void): Promise<void> {
  await db.transaction('rw', db.searchTerms, db.searchMeta, async () => {
    await db.searchMeta.clear();
    await db.searchTerms.clear();
  });
  const rows: TermRow[] = await takeDirtyTerms(index);
  for (let i = 0; i < rows.length; i += TERM_CHUNK) {
    await db.searchTerms.bulkPut(rows.slice(i, i + TERM_CHUNK));
    progress?.(Math.min(rows.length, i + TERM_CHUNK), rows.length);
  }
  await saveIndex(db, index, seq);
}

/** The last change queued so far (0 when none). */
export async function lastChange(db: GlossDatabase): Promise<number> {
  return ((await db.indexChanges.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

/** Queued changes after `seq`, oldest first. */
export function changesAfter(db: GlossDatabase, seq: number, limit: number): Promise<IndexChange[]> {
  return db.indexChanges.where('seq').above(seq).limit(limit).toArray();
}
