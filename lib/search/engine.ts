// The search index: a plain inverted index (term → flat [doc, tf] postings, BM25 with field boosts,
// a sorted vocabulary for prefix matching), records grouped from their fields' docs, and the
// facets the filters test. Pure: it does no I/O itself. Postings that are not in memory come from a
// PostingsStore and record texts (snippets, phrase checks) from a TextSource, so the same index
// runs all in memory (tests, benches: buildIndex) or persisted in IndexedDB with only the words a
// query needs loaded (the library's search worker: ./persist.ts and lib/db/searchStore.ts).
//
// Why hand-written rather than MiniSearch / FlexSearch / Orama: see `npm run bench:library`
// (same documents, same run): it builds ~3× faster than MiniSearch in ~60 % of its memory and does
// what both make awkward — hits grouped by record (article or highlight) with the field that
// matched, AND across the fields of one record, verified phrases, filters joining highlights to
// their article, snippets — and its postings persist per word, so a query loads only its words.
import type { AnnotationRecord, SavedArticle } from '../db/schema';
import { summarize } from '../db/summary';
import { FIELD_NAMES, SEARCH_FIELDS, fieldText, fieldsOf, type HitKind, type SearchField } from './fields';
import { annotationFacets, filterTest, hasFilters, summaryFacets, type Facets, type SearchFilters } from './filters';
import { foldKeepingSeparators, parseQuery, phraseRegex, snippet, words, type ParsedQuery } from './text';

const K1 = 1.2;
const B = 0.75;
/** Words a prefix expands to at most (a two-letter prefix must not load the whole vocabulary). */
const MAX_PREFIX_EXPANSIONS = 300;
/** Phrase candidates checked against the text at most (best first; the page usually fills long before). */
const MAX_PHRASE_CHECKS = 20_000;
/** Texts fetched per batch while verifying phrases. */
const PHRASE_BATCH = 50;

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Characters of context on each side of the first match in a snippet (default 60). */
  context?: number;
  /** Also return every matching article with its best score (the library page's ranking). */
  articleRanks?: boolean;
  /**
   * With articleRanks: rank only this many best articles before returning (the rows a screen
   * shows); the whole order comes from the result's `moreArticles()`, called once those are shown.
   */
  firstArticles?: number;
  /**
   * True once a newer query has replaced this one (the user typed on): the search stops at its next
   * wait for the database and returns an empty result marked `superseded`, leaving the CPU to the newer one.
   */
  superseded?: () => boolean;
  /** Filled with where the search spent its time (ms per step), for the benches. */
  steps?: Record<string, number>;
}

export interface SearchHit {
  kind: HitKind;
  /** Article id or annotation id. */
  id: string;
  articleId: string;
  /** The field whose words scored most for this record. */
  field: SearchField;
  score: number;
  /** Plain text (never HTML): a window of the field around the first match, "…" where cut. */
  snippet: string;
  /** [start, end) of matched words inside `snippet`, for <mark>. */
  highlights: Array<[number, number]>;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Records matching the query and filters (an upper bound when `approximate`). */
  total: number;
  /** True when a phrase query stopped verifying candidates once it had enough hits. */
  approximate: boolean;
  /** With options.articleRanks: matching article ids, best first (only the first ones with options.firstArticles). */
  articles?: string[];
  /** With options.articleRanks: how many articles match. */
  articleCount?: number;
  /** With options.firstArticles, when more articles match: every matching article id, best first. */
  moreArticles?: () => string[];
  /** Stopped because options.superseded said so: nothing to show. */
  superseded?: boolean;
}

const superseded = (): SearchResult => ({ hits: [], total: 0, approximate: false, articles: [], superseded: true });

/** Where postings not held in memory come from (the persisted index). */
export interface PostingsStore {
  load(terms: string[]): Promise<Map<string, ArrayLike<number>>>;
}

/** Where record texts come from (snippets and phrase checks need them; the index keeps none). */
export interface TextSource {
  articles(ids: string[]): Promise<Map<string, SavedArticle>>;
  annotations(ids: string[]): Promise<Map<string, AnnotationRecord>>;
}

/** A highlight's own facets, kept in the index so filters need no database read. */
export interface OwnFacets {
  tags: string[];
  color: string;
  note: boolean;
  createdAt: number;
}

export interface RecordInfo {
  kind: HitKind;
  id: string;
  articleId: string;
  alive: boolean;
  /** Doc numbers of this record's fields. */
  docs: number[];
  /** Annotations only. */
  own?: OwnFacets;
}

export interface SearchIndex {
  /** term → flat [doc, tf, doc, tf, …], for the terms in memory. */
  postings: Map<string, number[]>;
  /** Every term of the index (in memory or not). */
  vocab: Set<string>;
  /** Sorted vocabulary for prefix expansion; null when it must be rebuilt. */
  vocabulary: string[] | null;
  /** Postings added to terms whose stored postings are not loaded yet. */
  pending: Map<string, number[]>;
  /** For terms in memory: how much of their postings (array length) is already stored. */
  saved: Map<string, number>;
  /** Terms whose postings changed since the index was last persisted. */
  dirty: Set<string>;
  /** Chunks (of META_CHUNK docs / records) changed since the index was last persisted. */
  dirtyDocChunks: Set<number>;
  dirtyRecChunks: Set<number>;
  docRecord: number[];
  docField: number[];
  docLength: number[];
  docAlive: boolean[];
  fieldLength: number[];
  fieldCount: number[];
  liveDocs: number;
  deadDocs: number;
  records: RecordInfo[];
  recordNo: Map<string, number>;
  /** Per record, its article's number (articleNo): ranking articles then needs no lookup by id. */
  recordArticle: number[];
  /** Article id → its number, in order of first appearance. */
  articleNo: Map<string, number>;
  /** Article number → its id (articleNo's inverse): ranked article numbers become ids without touching the records. */
  articleIds: string[];
  /** articleId → record numbers of its annotations. */
  byArticle: Map<string, Set<number>>;
  /** An article's facets (from its summary). */
  articleFacets: Map<string, Facets>;
  store: PostingsStore | null;
  texts: TextSource;
  /** In-memory indexes keep their records (tests, benches); persisted ones read texts through `texts`. */
  memory: { articles: Map<string, SavedArticle>; annotations: Map<string, AnnotationRecord> } | null;
}

export interface IndexRecords {
  articles?: SavedArticle[];
  annotations?: AnnotationRecord[];
}

/**
 * Docs or records per stored chunk: a write rewrites the chunks it touched, not the whole index.
 * A save appends to the last chunk and rewrites it whole (a record chunk holds three strings per
 * record): at 8,192 that was up to ~25,000 values cloned into IndexedDB per save; at 1,024 a
 * 10,000-article library reads ~400 chunk rows at open instead of ~50, a few ms.
 */
export const META_CHUNK = 1024;
const chunkOf = (n: number) => Math.floor(n / META_CHUNK);

export const recordKey = (kind: HitKind, id: string) => `${kind === 'article' ? 'a' : 'n'}:${id}`;

export function emptyIndex(texts: TextSource, store: PostingsStore | null = null): SearchIndex {
  return {
    postings: new Map(),
    vocab: new Set(),
    vocabulary: null,
    pending: new Map(),
    saved: new Map(),
    dirty: new Set(),
    dirtyDocChunks: new Set(),
    dirtyRecChunks: new Set(),
    docRecord: [],
    docField: [],
    docLength: [],
    docAlive: [],
    fieldLength: FIELD_NAMES.map(() => 0),
    fieldCount: FIELD_NAMES.map(() => 0),
    liveDocs: 0,
    deadDocs: 0,
    records: [],
    recordNo: new Map(),
    recordArticle: [],
    articleNo: new Map(),
    articleIds: [],
    byArticle: new Map(),
    articleFacets: new Map(),
    store,
    texts,
    memory: null,
  };
}

/** A TextSource over records held in memory. */
function memoryTexts(index: () => SearchIndex): TextSource {
  const pick = <T>(map: Map<string, T>, ids: string[]) => new Map(ids.filter((id) => map.has(id)).map((id) => [id, map.get(id)!]));
  return {
    articles: async (ids) => pick(index().memory!.articles, ids),
    annotations: async (ids) => pick(index().memory!.annotations, ids),
  };
}

/** An index held wholly in memory, with its records (tests, benches, the CLI). */
export function buildIndex(records: IndexRecords): SearchIndex {
  const index: SearchIndex = emptyIndex(memoryTexts(() => index));
  index.memory = { articles: new Map(), annotations: new Map() };
  addRecords(index, records);
  return index;
}

function addDoc(index: SearchIndex, record: number, field: SearchField, text: string) {
  if (!text) return;
  const list = words(text);
  if (list.length === 0) return;
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  const doc = index.docRecord.length;
  const f = FIELD_NAMES.indexOf(field);
  index.docRecord.push(record);
  index.docField.push(f);
  index.docLength.push(list.length);
  index.docAlive.push(true);
  index.fieldLength[f] += list.length;
  index.fieldCount[f]++;
  index.liveDocs++;
  index.dirtyDocChunks.add(chunkOf(doc));
  index.records[record].docs.push(doc);
  for (const [w, tf] of counts) addPosting(index, w, doc, tf);
}

function addPosting(index: SearchIndex, w: string, doc: number, tf: number) {
  index.dirty.add(w);
  const list = index.postings.get(w);
  if (list) list.push(doc, tf);
  else if (index.vocab.has(w)) {
    const pending = index.pending.get(w);
    if (pending) pending.push(doc, tf);
    else index.pending.set(w, [doc, tf]);
  } else {
    index.postings.set(w, [doc, tf]);
    index.vocab.add(w);
    if (index.vocabulary) insertSorted(index.vocabulary, w);
  }
}

/** The first position in a sorted list whose word is not before `w`. */
function lowerBound(list: string[], w: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(list: string[], w: string) {
  list.splice(lowerBound(list, w), 0, w);
}

/** Appends a record (its docs come later), numbering its article. */
export function pushRecord(index: SearchIndex, record: RecordInfo) {
  let article = index.articleNo.get(record.articleId);
  if (article === undefined) {
    index.articleNo.set(record.articleId, (article = index.articleNo.size));
    index.articleIds.push(record.articleId);
  }
  index.records.push(record);
  index.recordArticle.push(article);
}

function newRecord(index: SearchIndex, kind: HitKind, id: string, articleId: string, own?: OwnFacets): number {
  const no = index.records.length;
  pushRecord(index, { kind, id, articleId, alive: true, docs: [], own });
  index.recordNo.set(recordKey(kind, id), no);
  index.dirtyRecChunks.add(chunkOf(no));
  if (kind === 'annotation') {
    let set = index.byArticle.get(articleId);
    if (!set) index.byArticle.set(articleId, (set = new Set()));
    set.add(no);
  }
  return no;
}

function killRecord(index: SearchIndex, key: string) {
  const no = index.recordNo.get(key);
  if (no === undefined) return;
  const r = index.records[no];
  r.alive = false;
  index.dirtyRecChunks.add(chunkOf(no));
  if (r.kind === 'annotation') index.byArticle.get(r.articleId)?.delete(no);
  for (const d of r.docs) {
    if (!index.docAlive[d]) continue;
    index.docAlive[d] = false;
    index.dirtyDocChunks.add(chunkOf(d));
    index.fieldLength[index.docField[d]] -= index.docLength[d];
    index.fieldCount[index.docField[d]]--;
    index.liveDocs--;
    index.deadDocs++;
  }
  index.recordNo.delete(key);
}

/** Indexes one article (replacing an older version of it). */
export function addArticle(index: SearchIndex, a: SavedArticle) {
  killRecord(index, recordKey('article', a.id));
  const no = newRecord(index, 'article', a.id, a.id);
  for (const f of fieldsOf('article')) addDoc(index, no, f, fieldText(f, a));
}

/** Indexes one annotation (replacing an older version of it). */
export function addAnnotation(index: SearchIndex, n: AnnotationRecord) {
  killRecord(index, recordKey('annotation', n.id));
  const no = newRecord(index, 'annotation', n.id, n.articleId, { tags: n.tags, color: n.color, note: n.note.trim() !== '', createdAt: n.createdAt });
  for (const f of fieldsOf('annotation')) addDoc(index, no, f, fieldText(f, n));
}

export function removeRecord(index: SearchIndex, kind: HitKind, id: string) {
  killRecord(index, recordKey(kind, id));
}

/** Adds or replaces (same id) articles and annotations of an in-memory index, and their facets. */
export function addRecords(index: SearchIndex, records: IndexRecords): void {
  const mem = index.memory!;
  const touched = new Set<string>();
  for (const a of records.articles ?? []) {
    mem.articles.set(a.id, a);
    addArticle(index, a);
    touched.add(a.id);
  }
  for (const n of records.annotations ?? []) {
    mem.annotations.set(n.id, n);
    addAnnotation(index, n);
    touched.add(n.articleId);
  }
  refreshMemoryFacets(index, touched);
  maybeCompact(index);
}

/** Removes articles and annotations by id (removing an article does not remove its annotations). */
export function removeRecords(index: SearchIndex, ids: { articleIds?: string[]; annotationIds?: string[] }): void {
  const mem = index.memory!;
  const touched = new Set<string>();
  for (const id of ids.articleIds ?? []) {
    removeRecord(index, 'article', id);
    mem.articles.delete(id);
    index.articleFacets.delete(id);
  }
  for (const id of ids.annotationIds ?? []) {
    const old = mem.annotations.get(id);
    if (old) touched.add(old.articleId);
    removeRecord(index, 'annotation', id);
    mem.annotations.delete(id);
  }
  refreshMemoryFacets(index, touched);
  maybeCompact(index);
}

/** An in-memory index computes its articles' facets itself, the way lib/db summarises them. */
function refreshMemoryFacets(index: SearchIndex, articleIds: Set<string>) {
  const mem = index.memory!;
  for (const id of articleIds) {
    const article = mem.articles.get(id);
    if (!article) continue;
    const own = [...(index.byArticle.get(id) ?? [])].map((no) => mem.annotations.get(index.records[no].id)!).filter(Boolean);
    index.articleFacets.set(id, summaryFacets(summarize(article, own)));
  }
}

/** Rebuilds an in-memory index from its live records when dead docs outnumber half the live ones. */
function maybeCompact(index: SearchIndex) {
  if (index.deadDocs < 5000 || index.deadDocs < index.liveDocs / 2) return;
  const mem = index.memory!;
  const fresh = buildIndex({ articles: [...mem.articles.values()], annotations: [...mem.annotations.values()] });
  Object.assign(index, fresh, { texts: index.texts });
}

/** Loads the postings of these terms from the store (once), merging postings added meanwhile. */
export async function ensureTerms(index: SearchIndex, terms: Iterable<string>): Promise<void> {
  const missing = [...new Set(terms)].filter((t) => index.vocab.has(t) && !index.postings.has(t));
  if (!missing.length) return;
  const loaded = index.store ? await index.store.load(missing) : new Map<string, ArrayLike<number>>();
  for (const t of missing) {
    if (index.postings.has(t)) continue; // loaded by a concurrent call
    const stored = loaded.get(t);
    const list = stored ? Array.from(stored) : [];
    index.saved.set(t, list.length);
    const pending = index.pending.get(t);
    if (pending) list.push(...pending);
    index.pending.delete(t);
    index.postings.set(t, list);
  }
}

function sortedVocabulary(index: SearchIndex): string[] {
  if (!index.vocabulary) index.vocabulary = [...index.vocab].sort();
  return index.vocabulary;
}

/** The terms a query word stands for: itself, and words it begins when it is typed-so-far. */
function expansions(index: SearchIndex, term: string, prefix: boolean): string[] {
  const out = index.vocab.has(term) ? [term] : [];
  if (!prefix || term.length < 2) return out;
  const v = sortedVocabulary(index);
  for (let i = lowerBound(v, term); i < v.length && v[i].startsWith(term) && out.length < MAX_PREFIX_EXPANSIONS; i++) {
    if (v[i] !== term) out.push(v[i]);
  }
  return out;
}

/** A record's facets: an article's from its summary, a highlight's own joined to its article's. */
function recordFacets(index: SearchIndex, r: RecordInfo): Facets | undefined {
  const article = index.articleFacets.get(r.articleId);
  if (r.kind === 'article') return article;
  return annotationFacets({ tags: r.own!.tags, color: r.own!.color as AnnotationRecord['color'], note: r.own!.note ? 'x' : '' }, article);
}

/** The records the filters let through; null when no filter is set (every record passes). */
function passFor(index: SearchIndex, filters: SearchFilters): ((r: RecordInfo) => boolean) | null {
  if (!filters.kind && !hasFilters(filters)) return null;
  const test = filterTest(filters);
  return (r) => {
    if (filters.kind && r.kind !== filters.kind) return false;
    const facets = recordFacets(index, r);
    return facets ? test(facets) : false;
  };
}

/** Texts of these records, keyed by record key. */
async function recordTexts(index: SearchIndex, recs: RecordInfo[]): Promise<Map<string, SavedArticle | AnnotationRecord>> {
  const [articles, annotations] = await Promise.all([
    index.texts.articles(recs.filter((r) => r.kind === 'article').map((r) => r.id)),
    index.texts.annotations(recs.filter((r) => r.kind === 'annotation').map((r) => r.id)),
  ]);
  const out = new Map<string, SavedArticle | AnnotationRecord>();
  for (const [id, a] of articles) out.set(recordKey('article', id), a);
  for (const [id, n] of annotations) out.set(recordKey('annotation', id), n);
  return out;
}

function hasPhrase(r: RecordInfo, record: SavedArticle | AnnotationRecord | undefined, phrases: RegExp[]): boolean {
  if (!record) return false;
  const texts = fieldsOf(r.kind).map((f) => foldKeepingSeparators(fieldText(f, record)));
  return phrases.every((p) => texts.some((t) => p.test(t)));
}

/** Whether candidate a ranks below b: a lower score, or an equal score and a later record. */
function ranksBelow(score: Float64Array, a: number, b: number): boolean {
  return score[a] < score[b] || (score[a] === score[b] && a > b);
}

function siftUp(heap: number[], score: Float64Array, i: number) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!ranksBelow(score, heap[i], heap[p])) break;
    const t = heap[i];
    heap[i] = heap[p];
    heap[p] = t;
    i = p;
  }
}

function siftDown(heap: number[], score: Float64Array, i: number) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && ranksBelow(score, heap[l], heap[m])) m = l;
    if (r < heap.length && ranksBelow(score, heap[r], heap[m])) m = r;
    if (m === i) return;
    const t = heap[i];
    heap[i] = heap[m];
    heap[m] = t;
    i = m;
  }
}

/**
 * Top-k by score with a binary min-heap (k small, candidates possibly many). Module-level helpers,
 * not closures made per call: a fresh closure per query made the optimised code bail out ("wrong
 * call target") and recompile on the next search.
 */
function topK(candidates: number[], score: Float64Array, k: number): number[] {
  const heap: number[] = [];
  for (const c of candidates) {
    if (heap.length < k) {
      heap.push(c);
      siftUp(heap, score, heap.length - 1);
    } else if (k > 0 && ranksBelow(score, heap[0], c)) {
      heap[0] = c;
      siftDown(heap, score, 0);
    }
  }
  return heap.sort((a, b) => (ranksBelow(score, a, b) ? 1 : -1));
}

interface Scored {
  scores: Float64Array;
  bestDoc: Int32Array;
  candidates: number[];
}

/** Per-query scratch arrays, one slot per record (allocated once, grown by half when records outgrow them). */
const scratch = { scores: new Float64Array(0), masks: new Uint32Array(0), best: new Float64Array(0), bestDoc: new Int32Array(0) };
function scratchFor(n: number) {
  if (scratch.scores.length < n) {
    const size = Math.max(n, Math.ceil(scratch.scores.length * 1.5));
    scratch.scores = new Float64Array(size);
    scratch.masks = new Uint32Array(size);
    scratch.best = new Float64Array(size);
    scratch.bestDoc = new Int32Array(size);
  }
  return scratch;
}

/** A field's BM25 weight (its boost) by field number. */
const FIELD_BOOST = FIELD_NAMES.map((f) => SEARCH_FIELDS[f].boost);

type Scratch = ReturnType<typeof scratchFor>;
const NO_POSTINGS: number[] = [];

/**
 * BM25 over the query's terms, rarest first, keeping records that have every term and pass the
 * filters. The loop over postings is a function of its own (accumulate), and so is what follows it
 * (collect): compiled inside one function, a freshly optimised loop bailed out at the code after it
 * (not yet run, so without type feedback) and was compiled again, query after query — in a fresh
 * worker, the first searches' scoring took 10–40 ms instead of 1–2.
 */
function score(index: SearchIndex, q: ParsedQuery, lists: string[][], pass: ((r: RecordInfo) => boolean) | null): Scored {
  const s = scratchFor(index.records.length);
  const touched: number[] = [];
  const avg = FIELD_NAMES.map((_, f) => (index.fieldCount[f] ? index.fieldLength[f] / index.fieldCount[f] : 1));
  const N = Math.max(1, index.liveDocs);
  const size = (terms: string[]) => terms.reduce((sum, t) => sum + (index.postings.get(t)?.length ?? 0), 0);
  const order = q.terms.map((t, i) => ({ i, terms: lists[i] })).sort((a, b) => size(a.terms) - size(b.terms));
  let needed = 0;
  for (const { i, terms } of order) {
    const bit = 1 << i;
    for (const term of terms) {
      const postings = index.postings.get(term) ?? NO_POSTINGS;
      const df = postings.length / 2;
      const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5)) * (term === q.terms[i] ? 1 : 0.7);
      accumulate(index, postings, idf, avg, needed, bit, s, touched);
    }
    needed |= bit;
  }
  return collect(index, q.terms.length, touched, pass, s);
}

/** Adds one term's BM25 to the records of its postings that hold every term scored before it (`needed`). */
function accumulate(index: SearchIndex, postings: number[], idf: number, avg: number[], needed: number, bit: number, s: Scratch, touched: number[]) {
  const { docAlive, docRecord, docField, docLength } = index;
  const { scores, masks, best, bestDoc } = s;
  for (let p = 0; p < postings.length; p += 2) {
    const doc = postings[p];
    if (!docAlive[doc]) continue;
    const r = docRecord[doc];
    if ((masks[r] & needed) !== needed) continue;
    const tf = postings[p + 1];
    const f = docField[doc];
    const sc = FIELD_BOOST[f] * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * docLength[doc]) / avg[f])));
    if (masks[r] === 0 && scores[r] === 0) touched.push(r);
    scores[r] += sc;
    masks[r] |= bit;
    if (sc > best[r]) {
      best[r] = sc;
      bestDoc[r] = doc;
    }
  }
}

/** The records that hold every term and pass the filters, with copies of their scores; resets the scratch. */
function collect(index: SearchIndex, nTerms: number, touched: number[], pass: ((r: RecordInfo) => boolean) | null, s: Scratch): Scored {
  const { scores, masks, best, bestDoc } = s;
  const full = nTerms >= 32 ? 0xffffffff : (1 << nTerms) - 1;
  const candidates: number[] = [];
  for (const r of touched) if (masks[r] === full && (!pass || pass(index.records[r]))) candidates.push(r);
  // Copies for the caller (the scratch is reset for the next query, which may run while this one awaits texts).
  const keepScores = new Float64Array(index.records.length);
  const keepBest = new Int32Array(index.records.length);
  for (const r of candidates) {
    keepScores[r] = scores[r];
    keepBest[r] = bestDoc[r];
  }
  for (const r of touched) {
    scores[r] = 0;
    masks[r] = 0;
    best[r] = 0;
  }
  return { scores: keepScores, bestDoc: keepBest, candidates };
}

/** Verifies phrases best first, in batches of texts, until `want` hits are found. */
async function verifyPhrases(index: SearchIndex, q: ParsedQuery, ordered: number[], want: number, superseded?: () => boolean) {
  const regexes = q.phrases.map(phraseRegex);
  const ranked: number[] = [];
  let checked = 0;
  while (checked < ordered.length && ranked.length < want) {
    const batch = ordered.slice(checked, checked + PHRASE_BATCH);
    const texts = await recordTexts(index, batch.map((r) => index.records[r]));
    if (superseded?.()) return null;
    for (const r of batch) {
      checked++;
      const rec = index.records[r];
      if (hasPhrase(rec, texts.get(recordKey(rec.kind, rec.id)), regexes)) ranked.push(r);
      if (ranked.length >= want) break;
    }
  }
  return { ranked, checked };
}

async function hitsFor(index: SearchIndex, q: ParsedQuery, page: number[], field: (r: number) => SearchField, score: (r: number) => number, context?: number): Promise<SearchHit[]> {
  const texts = await recordTexts(index, page.map((r) => index.records[r]));
  return page.map((r): SearchHit => {
    const rec = index.records[r];
    const f = field(r);
    const record = texts.get(recordKey(rec.kind, rec.id));
    const s = snippet(record ? fieldText(f, record) : '', q, context);
    return { kind: rec.kind, id: rec.id, articleId: rec.articleId, field: f, score: Math.round(score(r) * 1000) / 1000, ...s };
  });
}

function articleOrder(index: SearchIndex, ranked: number[]): string[] {
  const seen = new Set<string>();
  for (const r of ranked) seen.add(index.records[r].articleId);
  return [...seen];
}

/** Each matching article's best record (equal scores: the earlier record), in no particular order. */
function bestPerArticle(index: SearchIndex, candidates: number[], scores: Float64Array): number[] {
  const bestOf = new Int32Array(index.articleNo.size).fill(-1);
  const articles: number[] = [];
  for (const r of candidates) {
    const a = index.recordArticle[r];
    const b = bestOf[a];
    if (b < 0) {
      bestOf[a] = r;
      articles.push(a);
    } else if (scores[r] > scores[b] || (scores[r] === scores[b] && r < b)) bestOf[a] = r;
  }
  return articles.map((a) => bestOf[a]);
}

const articleIdsOf = (index: SearchIndex, records: number[]) => records.map((r) => index.articleIds[index.recordArticle[r]]);

/**
 * The articles of these records, best first — the order articleOrder gives the records ranked by
 * topK (each article by its best record; equal scores: the earlier record) — without ranking every
 * record: one pass picks each article's best record, and only those (one per article) are ranked.
 * With `first`, only that many are ranked now (a heap), and `more` ranks them all when called.
 */
function rankArticles(index: SearchIndex, candidates: number[], scores: Float64Array, first?: number) {
  const best = bestPerArticle(index, candidates, scores);
  const all = () => articleIdsOf(index, best.sort((a, b) => scores[b] - scores[a] || a - b));
  if (first === undefined || best.length <= first) return { articles: all(), count: best.length };
  return { articles: articleIdsOf(index, topK(best, scores, first)), count: best.length, more: all };
}

/** Everything the filters match, newest first (an empty query). */
async function listing(index: SearchIndex, q: ParsedQuery, pass: ((r: RecordInfo) => boolean) | null, options: SearchOptions): Promise<SearchResult> {
  const limit = Math.max(0, options.limit ?? 50);
  const offset = Math.max(0, options.offset ?? 0);
  const time = (r: RecordInfo) => (r.kind === 'article' ? index.articleFacets.get(r.id)?.saved ?? 0 : r.own!.createdAt);
  const matching: number[] = [];
  index.records.forEach((r, no) => {
    if (r.alive && (!pass || pass(r))) matching.push(no);
  });
  matching.sort((a, b) => time(index.records[b]) - time(index.records[a]));
  const page = matching.slice(offset, offset + limit);
  const hits = await hitsFor(index, q, page, (r) => (index.records[r].kind === 'article' ? 'title' : 'quote'), () => 0, options.context);
  const articles = options.articleRanks ? articleOrder(index, matching) : undefined;
  return { hits, total: matching.length, approximate: false, articles, ...(articles ? { articleCount: articles.length } : {}) };
}

/** Notes the ms since its previous call under each name into `steps` (nothing without it). */
function stepTimer(steps?: Record<string, number>) {
  let last = performance.now();
  return (name: string) => {
    if (!steps) return;
    const now = performance.now();
    steps[name] = (steps[name] ?? 0) + now - last;
    last = now;
  };
}

/** Ranked hits for a query. An empty query lists what the filters match, newest first. */
export async function search(index: SearchIndex, query: string, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchResult> {
  const limit = Math.max(0, options.limit ?? 50);
  const offset = Math.max(0, options.offset ?? 0);
  const q = parseQuery(query.slice(0, 1000));
  const pass = passFor(index, filters);
  if (q.terms.length === 0) return listing(index, q, pass, options);

  const step = stepTimer(options.steps);
  const lists = q.terms.map((t, i) => expansions(index, t, q.prefix[i]));
  if (lists.some((l) => l.length === 0)) return { hits: [], total: 0, approximate: false, ...(options.articleRanks ? { articles: [], articleCount: 0 } : {}) };
  step('expand');
  await ensureTerms(index, lists.flat());
  step('postings');
  if (options.superseded?.()) return superseded();
  const { scores, bestDoc, candidates } = score(index, q, lists, pass);
  step('score');

  let total = candidates.length;
  let approximate = false;
  let ranked: number[];
  let articles: string[] | undefined;
  let articleCount: number | undefined;
  let moreArticles: (() => string[]) | undefined;
  if (q.phrases.length) {
    // Verify phrases lazily, best first, until the page is full (then total is an upper bound).
    const ordered = topK(candidates, scores, Math.min(candidates.length, MAX_PHRASE_CHECKS));
    const verified = await verifyPhrases(index, q, ordered, options.articleRanks ? ordered.length : offset + limit, options.superseded);
    if (!verified) return superseded();
    ranked = verified.ranked;
    if (verified.checked < candidates.length) {
      approximate = true;
      total = ranked.length + (candidates.length - verified.checked);
    } else total = ranked.length;
    if (options.articleRanks) {
      articles = articleOrder(index, ranked);
      articleCount = articles.length;
    }
  } else ranked = topK(candidates, scores, offset + limit);
  step('rank hits');

  const page = ranked.slice(offset, offset + limit);
  const hitsRead = hitsFor(index, q, page, (r) => FIELD_NAMES[index.docField[bestDoc[r]]], (r) => scores[r], options.context);
  // Ranks the articles while the hits' texts are being read.
  if (options.articleRanks && !q.phrases.length) {
    const ranks = rankArticles(index, candidates, scores, options.firstArticles);
    ({ articles, count: articleCount, more: moreArticles } = ranks);
  }
  step('rank articles');
  const hits = await hitsRead;
  step('texts');
  return { hits, total, approximate, articles, ...(articles ? { articleCount } : {}), ...(moreArticles ? { moreArticles } : {}) };
}
