// The search index persisted in the Gloss database: word rows in `searchTerms`, the rest in
// `searchMeta`, and the changes lib/db queued in `indexChanges` since the index last saved.
// Saving writes the changed words and the meta and drops the changes it took in, in one
// transaction, so the stored index and the queue never disagree.
import { changesOf, type GlossDatabase, type IndexChange, type SearchMetaRecord } from '../db/schema';
import type { PostingsStore, SearchIndex, TextSource } from './engine';
import { MAX_BATCHES, MAX_DELTAS, batchRow, chunkIds, deltaKey, isBatchKey, restoreIndex, takeDirtyMeta, takeDirtyParts, takeDirtyTerms, termOfKey, unpackBatch, usableHead, type DocChunk, type RecordChunk, type TermRow } from './persist';

const META_ID = 'index';
/** Word rows written per transaction while saving a rebuilt index (keeps each transaction small). */
const TERM_CHUNK = 5000;

/**
 * The stored postings: per word a whole row and the delta rows folds added, read together in one
 * request, then the word's parts in the batch rows of the saves since the last fold (persist.ts),
 * which are kept in memory. Whole, deltas, batches: oldest first, the order the postings were added.
 */
export class TermStore implements PostingsStore {
  /** word → its delta row keys, oldest first. */
  readonly deltas = new Map<string, string[]>();
  /** Batch rows not folded yet, by key (oldest first): each word's new postings. */
  readonly batches = new Map<string, Map<string, Int32Array>>();
  /** Set while a fold rewrites rows: a load that overlapped it reads again once it is done. */
  private fold: Promise<void> | null = null;
  private folds = 0;

  constructor(private readonly db: GlossDatabase) {}

  /** Reads every stored key once: the vocabulary, and which words have delta rows; and the batch rows. */
  async vocabulary(): Promise<string[]> {
    const keys = (await this.db.searchTerms.toCollection().primaryKeys()) as string[];
    const words = new Set<string>();
    const batchKeys: string[] = [];
    for (const key of keys) {
      if (isBatchKey(key)) {
        batchKeys.push(key);
        continue;
      }
      const term = termOfKey(key);
      words.add(term);
      if (term !== key) this.noteDelta(term, key);
    }
    for (const list of this.deltas.values()) list.sort();
    for (const row of await this.db.searchTerms.bulkGet(batchKeys.sort())) {
      if (!row) continue;
      const parts = unpackBatch(row);
      this.batches.set(row.term, parts);
      for (const w of parts.keys()) words.add(w);
    }
    return [...words];
  }

  /** Records a batch row just written. */
  addBatch(row: TermRow) {
    this.batches.set(row.term, unpackBatch(row));
  }

  private noteDelta(term: string, key: string) {
    const list = this.deltas.get(term);
    if (list) list.push(key);
    else this.deltas.set(term, [key]);
  }

  /** Keeps the delta map in step with rows just written and deleted. */
  written(rows: TermRow[], obsolete: string[]) {
    const gone = new Set(obsolete);
    for (const term of new Set(obsolete.map(termOfKey))) {
      const kept = this.deltasOf(term).filter((k) => !gone.has(k));
      if (kept.length) this.deltas.set(term, kept);
      else this.deltas.delete(term);
    }
    for (const row of rows) {
      const term = termOfKey(row.term);
      if (term !== row.term) this.noteDelta(term, row.term);
    }
  }

  deltasOf = (term: string) => this.deltas.get(term) ?? [];

  /** Runs `rewrite` (a fold) with loads held off: none reads rows from before it and batches from after. */
  async folding(rewrite: () => Promise<void>): Promise<void> {
    const done = rewrite();
    this.fold = done.catch(() => undefined);
    this.folds++;
    try {
      await done;
    } finally {
      this.fold = null;
      this.folds++;
    }
  }

  async load(terms: string[]) {
    for (;;) {
      if (this.fold) await this.fold;
      const before = this.folds;
      const rows = await this.readRows(terms);
      if (this.folds === before && !this.fold) return rows;
    }
  }

  private async readRows(terms: string[]) {
    const keys = terms.flatMap((t) => [t, ...this.deltasOf(t)]);
    const rows = await this.db.searchTerms.bulkGet(keys);
    const parts = new Map<string, Int32Array[]>();
    rows.forEach((row, i) => {
      if (!row) return;
      const term = termOfKey(keys[i]);
      const list = parts.get(term);
      if (list) list.push(row.postings);
      else parts.set(term, [row.postings]);
    });
    for (const batch of this.batches.values()) {
      for (const term of terms) {
        const part = batch.get(term);
        if (!part) continue;
        const list = parts.get(term);
        if (list) list.push(part);
        else parts.set(term, [part]);
      }
    }
    const out = new Map<string, ArrayLike<number>>();
    for (const [term, list] of parts) out.set(term, list.length === 1 ? list[0] : concat(list));
    return out;
  }
}

export function termStore(db: GlossDatabase): TermStore {
  return new TermStore(db);
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
  const store = termStore(db);
  const [docs, recs, vocabulary] = await Promise.all([db.searchMeta.bulkGet(ids.docs), db.searchMeta.bulkGet(ids.records), store.vocabulary()]);
  if (docs.some((c) => !c) || recs.some((c) => !c)) return null;
  const index = restoreIndex(head, docs as unknown as DocChunk[], recs as unknown as RecordChunk[], vocabulary, store, databaseTexts(db));
  return index ? { index, seq: head.seq } : null;
}

const storeOf = (index: SearchIndex) => (index.store instanceof TermStore ? index.store : null);

/**
 * Saves what changed since the last save and drops the queued changes up to `seq`: the changed
 * words' new postings in one batch row (or, `whole`, every dirty word's whole row).
 */
export async function saveIndex(db: GlossDatabase, index: SearchIndex, seq: number, whole = false): Promise<void> {
  const store = storeOf(index);
  let rows: TermRow[];
  let obsolete: string[] = [];
  if (whole || !store) ({ rows, obsolete } = takeDirtyTerms(index, seq, store?.deltasOf ?? (() => []), whole));
  else {
    const parts = takeDirtyParts(index);
    rows = parts.size ? [batchRow(seq, parts)] : [];
  }
  const meta = takeDirtyMeta(index, seq);
  // The four requests go out together (one round trip of the transaction, not four).
  await db.transaction('rw', db.searchTerms, db.searchMeta, db.indexChanges, () =>
    Promise.all([
      db.searchTerms.bulkPut(rows),
      obsolete.length ? db.searchTerms.bulkDelete(obsolete) : undefined,
      db.searchMeta.bulkPut(meta as unknown as SearchMetaRecord[]),
      db.indexChanges.where('seq').belowOrEqual(seq).delete(),
    ]),
  );
  if (whole || !store) store?.written(rows, obsolete);
  else for (const row of rows) store.addBatch(row);
}

/** Whether enough batch rows piled up to fold them (see `foldBatches`). */
export const needsFold = (index: SearchIndex) => (storeOf(index)?.batches.size ?? 0) >= MAX_BATCHES;

/**
 * Folds the batch rows into per-word rows, in one transaction: a word's parts from all batches
 * become one delta row, or — when the word already has MAX_DELTAS deltas and is in memory — its
 * whole row, replacing those deltas. Run after a save, when nothing unsaved is in memory.
 */
export async function foldBatches(db: GlossDatabase, index: SearchIndex): Promise<void> {
  const store = storeOf(index);
  if (!store || !store.batches.size) return;
  await store.folding(() => foldInto(db, index, store));
}

async function foldInto(db: GlossDatabase, index: SearchIndex, store: TermStore) {
  const batchKeys = [...store.batches.keys()];
  const merged = new Map<string, Int32Array[]>();
  for (const batch of store.batches.values()) for (const [w, part] of batch) {
    const list = merged.get(w);
    if (list) list.push(part);
    else merged.set(w, [part]);
  }
  const seq = Number(batchKeys[batchKeys.length - 1].slice(1));
  const rows: TermRow[] = [];
  const obsolete: string[] = [];
  for (const [term, parts] of merged) {
    const deltas = store.deltasOf(term);
    const list = index.postings.get(term);
    if (list && deltas.length >= MAX_DELTAS) {
      rows.push({ term, postings: Int32Array.from(list.slice(0, index.saved.get(term) ?? list.length)) });
      obsolete.push(...deltas);
    } else rows.push({ term: deltaKey(term, seq), postings: concat(parts) });
  }
  await db.transaction('rw', db.searchTerms, async () => {
    await db.searchTerms.bulkPut(rows);
    await db.searchTerms.bulkDelete([...obsolete, ...batchKeys]);
  });
  store.written(rows, obsolete);
  for (const key of batchKeys) store.batches.delete(key);
}

/** The parts end to end, in a new array. */
function concat(parts: Int32Array[]): Int32Array {
  const all = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

/** Replaces the whole stored index with a freshly built one (in chunks; the head goes last, so an interrupted save is never taken for a whole index). */
export async function replaceIndex(db: GlossDatabase, index: SearchIndex, seq: number, progress?: (done: number, total: number) => void): Promise<void> {
  await db.transaction('rw', db.searchTerms, db.searchMeta, async () => {
    await db.searchMeta.clear();
    await db.searchTerms.clear();
  });
  const { rows }: { rows: TermRow[] } = takeDirtyTerms(index, seq, () => [], true);
  for (let i = 0; i < rows.length; i += TERM_CHUNK) {
    await db.searchTerms.bulkPut(rows.slice(i, i + TERM_CHUNK));
    progress?.(Math.min(rows.length, i + TERM_CHUNK), rows.length);
  }
  await saveIndex(db, index, seq, true);
}

/** The last change queued so far (0 when none). */
export async function lastChange(db: GlossDatabase): Promise<number> {
  return ((await db.indexChanges.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

export interface QueuedChanges {
  changes: IndexChange[];
  /** The seq of the last row read (the index includes the queue up to it once they are applied). */
  seq: number;
  /** False when the read stopped at `limit` changes: more rows may follow. */
  end: boolean;
}

/**
 * Queue rows read at once: one getAll (a cursor stopping at `limit` changes would cost a round trip
 * per row). Rows beyond a step's `limit` changes are read again by the next step.
 */
const ROWS_PER_READ = 100;

/** Changes queued after `seq`, oldest first: whole rows, until they hold `limit` changes or the queue ends. */
export async function changesAfter(db: GlossDatabase, seq: number, limit: number): Promise<QueuedChanges> {
  const rows = await db.indexChanges.where('seq').above(seq).limit(ROWS_PER_READ).toArray();
  let count = 0;
  let taken = 0;
  while (taken < rows.length && count < limit) count += changesOf(rows[taken++]).length;
  const used = rows.slice(0, taken);
  const end = taken === rows.length && rows.length < ROWS_PER_READ;
  return { changes: used.flatMap(changesOf), seq: used.length ? used[used.length - 1].seq! : seq, end };
}
