// The search index as rows for IndexedDB: one row per word (its postings), a head row (field
// statistics, counts, the last change it includes) and the documents and records in chunks of
// META_CHUNK. A query loads only its own words; a write rewrites only the words and chunks it
// touched. Pure: rows in, index out, and back.
import { FIELD_NAMES, SEARCH_INDEX_VERSION } from './fields';
import { META_CHUNK, emptyIndex, pushRecord, recordKey, type PostingsStore, type RecordInfo, type SearchIndex, type TextSource } from './engine';

export interface MetaHead {
  id: 'index';
  version: number;
  /** The last queued change (lib/db indexChanges.seq) the index includes. */
  seq: number;
  fieldLength: number[];
  fieldCount: number[];
  liveDocs: number;
  deadDocs: number;
  docs: number;
  records: number;
  chunk: number;
}

export interface DocChunk {
  id: string; // "d:<n>"
  docRecord: Int32Array;
  docField: Uint8Array;
  docLength: Int32Array;
  docAlive: Uint8Array;
}

export interface RecordChunk {
  id: string; // "r:<n>"
  /** Per record: 0 article, 1 annotation. */
  recKind: Uint8Array;
  recId: string[];
  recArticle: string[];
  recAlive: Uint8Array;
  /** Per record (annotations; empty for articles): tags, colour, has a note, created. */
  ownTags: string[][];
  ownColor: string[];
  ownNote: Uint8Array;
  ownCreated: Float64Array;
}

export type MetaRow = MetaHead | DocChunk | RecordChunk;

export interface TermRow {
  term: string;
  postings: Int32Array;
  /** A batch row (see BATCH_MARK): its words, and where each word's postings end in `postings`. */
  words?: string[];
  ends?: Int32Array;
}

export const docChunkId = (n: number) => `d:${n}`;
export const recordChunkId = (n: number) => `r:${n}`;

function docChunk(index: SearchIndex, n: number): DocChunk {
  const from = n * META_CHUNK;
  const to = Math.min(index.docRecord.length, from + META_CHUNK);
  return {
    id: docChunkId(n),
    docRecord: Int32Array.from(index.docRecord.slice(from, to)),
    docField: Uint8Array.from(index.docField.slice(from, to)),
    docLength: Int32Array.from(index.docLength.slice(from, to)),
    docAlive: Uint8Array.from(index.docAlive.slice(from, to), (b) => (b ? 1 : 0)),
  };
}

function recordChunk(index: SearchIndex, n: number): RecordChunk {
  const list = index.records.slice(n * META_CHUNK, (n + 1) * META_CHUNK);
  return {
    id: recordChunkId(n),
    recKind: Uint8Array.from(list, (r) => (r.kind === 'article' ? 0 : 1)),
    recId: list.map((r) => r.id),
    recArticle: list.map((r) => r.articleId),
    recAlive: Uint8Array.from(list, (r) => (r.alive ? 1 : 0)),
    ownTags: list.map((r) => r.own?.tags ?? []),
    ownColor: list.map((r) => r.own?.color ?? ''),
    ownNote: Uint8Array.from(list, (r) => (r.own?.note ? 1 : 0)),
    ownCreated: Float64Array.from(list, (r) => r.own?.createdAt ?? 0),
  };
}

/** The head and the chunks changed since the last save, and forgets that they changed. */
export function takeDirtyMeta(index: SearchIndex, seq: number): MetaRow[] {
  const head: MetaHead = {
    id: 'index',
    version: SEARCH_INDEX_VERSION,
    seq,
    fieldLength: [...index.fieldLength],
    fieldCount: [...index.fieldCount],
    liveDocs: index.liveDocs,
    deadDocs: index.deadDocs,
    docs: index.docRecord.length,
    records: index.records.length,
    chunk: META_CHUNK,
  };
  const rows: MetaRow[] = [head, ...[...index.dirtyDocChunks].map((n) => docChunk(index, n)), ...[...index.dirtyRecChunks].map((n) => recordChunk(index, n))];
  index.dirtyDocChunks.clear();
  index.dirtyRecChunks.clear();
  return rows;
}

/** Separates a word from the save that wrote a delta row of its postings ("word\u0001000042"). */
export const DELTA_MARK = '\u0001';
/** Delta rows a word may have before its postings are written whole again. */
export const MAX_DELTAS = 8;

/**
 * Starts the key of a batch row: one row holding every word a save changed, with only their new
 * postings ("\u0002000000000042"). A save writes that one row instead of a delta row per word — a
 * saved article with its highlights touches about a thousand words, and IndexedDB took 130 ms in
 * Chromium to write their rows, one transaction or not; one row is a few ms.
 */
export const BATCH_MARK = '\u0002';
/**
 * Batch rows kept before they are folded into per-word delta rows (one fold per this many saves,
 * in the worker after the save is reported). Each is read at open and kept in memory, so a few
 * dozen small rows cost nothing; folding merges their repeated words into one delta row each.
 */
export const MAX_BATCHES = 32;

export const batchKey = (seq: number) => `${BATCH_MARK}${String(seq).padStart(12, '0')}`;
export const isBatchKey = (key: string) => key.startsWith(BATCH_MARK);

/** A batch row of these words' new postings (see BATCH_MARK). */
export function batchRow(seq: number, parts: Map<string, ArrayLike<number>>): TermRow {
  const words = [...parts.keys()];
  const ends = new Int32Array(words.length);
  let total = 0;
  words.forEach((w, i) => (ends[i] = total += parts.get(w)!.length));
  const postings = new Int32Array(total);
  words.forEach((w, i) => postings.set(parts.get(w)!, i ? ends[i - 1] : 0));
  return { term: batchKey(seq), postings, words, ends };
}

/** Each word's postings in a batch row (views on its array, no copies). */
export function unpackBatch(row: TermRow): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  const ends = row.ends ?? new Int32Array(0);
  (row.words ?? []).forEach((w, i) => out.set(w, row.postings.subarray(i ? ends[i - 1] : 0, ends[i])));
  return out;
}

export const deltaKey = (term: string, seq: number) => `${term}${DELTA_MARK}${String(seq).padStart(12, '0')}`;
export const termOfKey = (key: string) => key.split(DELTA_MARK, 1)[0];

export interface DirtyTerms {
  rows: TermRow[];
  /** Delta rows merged into a whole row, to delete. */
  obsolete: string[];
}

/**
 * What changed in the words' postings since the last save, and forgets it: for each changed word a
 * delta row with only its new postings (a frequent word's whole postings are not rewritten), or —
 * when `whole`, or when the word already has MAX_DELTAS deltas and is in memory — its whole row.
 * `deltasOf(term)` are the delta keys stored for a word.
 */
export function takeDirtyTerms(index: SearchIndex, seq: number, deltasOf: (term: string) => string[], whole = false): DirtyTerms {
  const rows: TermRow[] = [];
  const obsolete: string[] = [];
  for (const [term, part] of takeDirtyParts(index)) {
    const list = index.postings.get(term);
    const deltas = deltasOf(term);
    if (list && (whole || deltas.length >= MAX_DELTAS)) {
      rows.push({ term, postings: Int32Array.from(list) });
      obsolete.push(...deltas);
    } else rows.push({ term: whole ? term : deltaKey(term, seq), postings: Int32Array.from(part) });
  }
  return { rows, obsolete };
}

/**
 * What changed in the words' postings since the last save, and forgets it: each changed word's new
 * postings (a batch row's content; `takeDirtyTerms` makes word rows of them).
 */
export function takeDirtyParts(index: SearchIndex): Map<string, ArrayLike<number>> {
  const parts = new Map<string, ArrayLike<number>>();
  for (const term of index.dirty) {
    const list = index.postings.get(term);
    const part = list ? list.slice(index.saved.get(term) ?? 0) : index.pending.get(term) ?? [];
    if (part.length) parts.set(term, part);
    if (list) index.saved.set(term, list.length);
    else index.pending.delete(term);
  }
  index.dirty.clear();
  return parts;
}

/** Whether a stored head can be used (else the index is rebuilt). */
export function usableHead(head: unknown): head is MetaHead {
  const h = head as Partial<MetaHead> | undefined;
  return !!h && h.version === SEARCH_INDEX_VERSION && h.chunk === META_CHUNK && h.fieldCount?.length === FIELD_NAMES.length;
}

/** The ids of the chunk rows a head needs. */
export function chunkIds(head: MetaHead): { docs: string[]; records: string[] } {
  const count = (n: number) => Math.ceil(n / META_CHUNK);
  return {
    docs: Array.from({ length: count(head.docs) }, (_, i) => docChunkId(i)),
    records: Array.from({ length: count(head.records) }, (_, i) => recordChunkId(i)),
  };
}

function isSorted(list: string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}

/** An index over stored rows (null when a chunk is missing): its words' postings load on demand from `store`. */
export function restoreIndex(head: MetaHead, docs: DocChunk[], recs: RecordChunk[], vocabulary: string[], store: PostingsStore, texts: TextSource): SearchIndex | null {
  const index = emptyIndex(texts, store);
  index.vocab = new Set(vocabulary);
  // The store lists its words in key order, which is sorted: kept, a first prefix query need not sort them.
  if (isSorted(vocabulary)) index.vocabulary = vocabulary;
  for (const c of docs) {
    index.docRecord.push(...c.docRecord);
    index.docField.push(...c.docField);
    index.docLength.push(...c.docLength);
    for (const a of c.docAlive) index.docAlive.push(a === 1);
  }
  for (const c of recs) {
    c.recId.forEach((id, i) => {
      const kind = c.recKind[i] === 0 ? ('article' as const) : ('annotation' as const);
      const own = kind === 'annotation' ? { tags: c.ownTags[i], color: c.ownColor[i], note: c.ownNote[i] === 1, createdAt: c.ownCreated[i] } : undefined;
      pushRecord(index, { kind, id, articleId: c.recArticle[i], alive: c.recAlive[i] === 1, docs: [], own } satisfies RecordInfo);
    });
  }
  if (index.docRecord.length !== head.docs || index.records.length !== head.records) return null;
  index.fieldLength = [...head.fieldLength];
  index.fieldCount = [...head.fieldCount];
  index.liveDocs = head.liveDocs;
  index.deadDocs = head.deadDocs;
  index.docRecord.forEach((r, doc) => index.records[r].docs.push(doc));
  index.records.forEach((r, no) => {
    if (!r.alive) return;
    index.recordNo.set(recordKey(r.kind, r.id), no);
    if (r.kind === 'annotation') {
      let set = index.byArticle.get(r.articleId);
      if (!set) index.byArticle.set(r.articleId, (set = new Set()));
      set.add(no);
    }
  });
  return index;
}
