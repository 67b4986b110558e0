// The search index as rows for IndexedDB: one row per word (its postings) and one row for the rest
// (documents, records, the highlights' facets, the last change it includes). A query then loads only
// its own words; a write rewrites only the words it touched. Pure: rows in, index out, and back.
import { FIELD_NAMES, SEARCH_INDEX_VERSION } from './fields';
import { emptyIndex, ensureTerms, recordKey, type PostingsStore, type SearchIndex, type TextSource } from './engine';

export interface PersistedMeta {
  version: number;
  /** The last queued change (lib/db indexChanges.seq) the index includes. */
  seq: number;
  docRecord: Int32Array;
  docField: Uint8Array;
  docLength: Int32Array;
  docAlive: Uint8Array;
  fieldLength: number[];
  fieldCount: number[];
  liveDocs: number;
  deadDocs: number;
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

export interface TermRow {
  term: string;
  postings: Int32Array;
}

/** The index's non-term part, as stored. */
export function snapshotMeta(index: SearchIndex, seq: number): PersistedMeta {
  const n = index.records.length;
  const meta: PersistedMeta = {
    version: SEARCH_INDEX_VERSION,
    seq,
    docRecord: Int32Array.from(index.docRecord),
    docField: Uint8Array.from(index.docField),
    docLength: Int32Array.from(index.docLength),
    docAlive: Uint8Array.from(index.docAlive, (b) => (b ? 1 : 0)),
    fieldLength: [...index.fieldLength],
    fieldCount: [...index.fieldCount],
    liveDocs: index.liveDocs,
    deadDocs: index.deadDocs,
    recKind: new Uint8Array(n),
    recId: new Array<string>(n),
    recArticle: new Array<string>(n),
    recAlive: new Uint8Array(n),
    ownTags: new Array<string[]>(n),
    ownColor: new Array<string>(n),
    ownNote: new Uint8Array(n),
    ownCreated: new Float64Array(n),
  };
  index.records.forEach((r, i) => {
    meta.recKind[i] = r.kind === 'article' ? 0 : 1;
    meta.recId[i] = r.id;
    meta.recArticle[i] = r.articleId;
    meta.recAlive[i] = r.alive ? 1 : 0;
    meta.ownTags[i] = r.own?.tags ?? [];
    meta.ownColor[i] = r.own?.color ?? '';
    meta.ownNote[i] = r.own?.note ? 1 : 0;
    meta.ownCreated[i] = r.own?.createdAt ?? 0;
  });
  return meta;
}

/**
 * The word rows changed since the last save (postings added to words not in memory are merged
 * with their stored postings first), and forgets that they changed.
 */
export async function takeDirtyTerms(index: SearchIndex): Promise<TermRow[]> {
  await ensureTerms(index, index.dirty);
  const rows = [...index.dirty].map((term) => ({ term, postings: Int32Array.from(index.postings.get(term) ?? []) }));
  index.dirty.clear();
  return rows;
}

/** Whether a stored index can be used (else it is rebuilt). */
export function usableMeta(meta: unknown): meta is PersistedMeta {
  const m = meta as Partial<PersistedMeta> | undefined;
  return !!m && m.version === SEARCH_INDEX_VERSION && m.docRecord instanceof Int32Array && Array.isArray(m.recId) && m.fieldCount?.length === FIELD_NAMES.length;
}

/** An index over stored rows: its words' postings load on demand from `store`. */
export function restoreIndex(meta: PersistedMeta, vocabulary: string[], store: PostingsStore, texts: TextSource): SearchIndex {
  const index = emptyIndex(texts, store);
  index.vocab = new Set(vocabulary);
  index.docRecord = Array.from(meta.docRecord);
  index.docField = Array.from(meta.docField);
  index.docLength = Array.from(meta.docLength);
  index.docAlive = Array.from(meta.docAlive, (b) => b === 1);
  index.fieldLength = [...meta.fieldLength];
  index.fieldCount = [...meta.fieldCount];
  index.liveDocs = meta.liveDocs;
  index.deadDocs = meta.deadDocs;
  index.records = meta.recId.map((id, i) => {
    const kind = meta.recKind[i] === 0 ? ('article' as const) : ('annotation' as const);
    const own = kind === 'annotation' ? { tags: meta.ownTags[i], color: meta.ownColor[i], note: meta.ownNote[i] === 1, createdAt: meta.ownCreated[i] } : undefined;
    return { kind, id, articleId: meta.recArticle[i], alive: meta.recAlive[i] === 1, docs: [] as number[], own };
  });
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
