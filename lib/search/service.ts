// The library's search and analysis service, run in a worker so the page never waits on it: opens
// the persisted index (or builds it, with progress and cancel), takes in the changes lib/db queued,
// saves them back to the stored index, answers queries, and analyses the articles whose stored
// sources and figures are missing or from another analyser version. Uses the database through
// lib/db and lib/search/idb only; the worker file is a thin message adapter around this.
import { analyzeArticles, needsAnalysis, type AnnotationRecord, type ArticleSummary, type GlossDatabase, type SavedArticle } from '../db';
import { addAnnotation, addArticle, emptyIndex, removeRecord, search, type SearchIndex, type SearchOptions, type SearchResult } from './engine';
import { summaryFacets, type SearchFilters } from './filters';
import { changesAfter, databaseTexts, foldBatches, lastChange, loadStoredIndex, needsFold, replaceIndex, saveIndex, termStore } from './idb';
import { cachedTexts, type CachedTexts } from './textCache';
import { words } from './text';

/** Records read per step of a rebuild (a step is also where progress is reported and cancel checked). */
const BUILD_CHUNK = 200;
/** Queued changes taken in per step (whole rows: a step may go over by one row's worth). */
const CHANGE_CHUNK = 500;
/**
 * Articles read, analysed and written per step of the lazy analysis (1–15 ms each, cut into slices;
 * the step's write holds the worker's thread while it copies the analyses: fewer, shorter holds).
 */
const ANALYSIS_CHUNK = 10;
/** Dead docs (replaced or removed records) tolerated before the stored index is rebuilt. */
const MAX_DEAD_DOCS = 50_000;
/** Hits the warm-up search asks for: enough to read texts of both kinds of record, as a real page does. */
const WARM_UP_HITS = 20;
/**
 * Times the warm-up runs its two queries. V8 optimises a function once it has run enough; the
 * warm-up's words are rare (few postings), so one round left the scoring and ranking code
 * unoptimised and the reader's first common-word searches paid for it (Node, 10,000 articles /
 * 100,000 annotations, fresh process after the warm-up: 1 round, first searches 13–31 ms; 4 rounds
 * 6–27; 10 rounds 3–4 ms, as warm). A round on rare words costs well under a millisecond once the
 * texts are cached.
 */
const WARM_UP_ROUNDS = 10;
/**
 * The warm-up stops starting rounds after this many ms: the title's words may be common ones, and
 * twenty searches of a common word would hold "ready" back (a round on rare words takes ~1 ms).
 */
const WARM_UP_BUDGET_MS = 150;

/**
 * Resolves in a task of its own, after the tasks already queued (a message the page posted). A
 * message to itself, not setTimeout: timers set from timers are held back at least 4 ms.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export type JobName = 'index' | 'analysis';
export interface JobState {
  job: JobName;
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  message?: string;
}

export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortError';
  }
}

export interface ServiceOptions {
  /** Only one page saves the stored index (the others keep theirs in memory). */
  writer: boolean;
  onState?: (state: JobState) => void;
  /** After queued changes were taken in (and saved, for the writer): how many, and how long it took. */
  onApplied?: (changes: number, ms: number) => void;
}

export class LibraryService {
  private index: SearchIndex | null = null;
  private seq = 0;
  private ready: Promise<void> | null = null;
  private cancelled = new Set<JobName>();
  private applying: Promise<void> = Promise.resolve();
  /** The last run of taking in changes (what a search waits for). */
  private applied: Promise<void> = Promise.resolve();
  /**
   * The stale summaries seen when the facets were read at open: the lazy analysis, started right
   * after, begins from them instead of reading every summary again — at 10,000 articles that read
   * held the database and the worker's thread for tens of ms just as the first search ran.
   */
  private staleAtOpen: ArticleSummary[] | null = null;
  /** The lazy analysis ran once: later reads of the facets (a rebuild) keep no stale list for it. */
  private analysisRan = false;
  /** A run of taking in changes that is queued and has not started (see takeChanges). */
  private takeWaiting: Promise<void> | null = null;
  /** Record texts for snippets, kept across queries (told of every change taken in). */
  private readonly texts: CachedTexts;
  /** Searches under way, and when the last of them ends: the lazy analysis waits for them. */
  private searching = 0;
  private searchesOver: Promise<void> = Promise.resolve();
  private endSearches: () => void = () => undefined;

  constructor(
    private readonly db: GlossDatabase,
    private readonly options: ServiceOptions,
  ) {
    this.texts = cachedTexts(databaseTexts(db));
  }

  private report(state: JobState) {
    this.options.onState?.(state);
  }

  private check(job: JobName) {
    if (this.cancelled.has(job)) throw new Cancelled();
  }

  cancel(job: JobName) {
    this.cancelled.add(job);
  }

  /** Opens the stored index, or builds one; then takes in whatever was queued meanwhile. */
  open(): Promise<void> {
    this.ready ??= (async () => {
      const stored = await loadStoredIndex(this.db);
      if (stored) {
        this.index = stored.index;
        this.index.texts = this.texts;
        this.seq = stored.seq;
        await this.refreshFacets();
        await this.takeChanges();
        await this.warmUp();
        this.report({ job: 'index', state: 'done', done: 1, total: 1 });
      } else await this.rebuild();
    })();
    return this.ready;
  }

  /**
   * Builds the index from every article and annotation (progress; cancel keeps the old one).
   * `withinRun`: called by a run of taking in changes, which must not wait for itself.
   */
  async rebuild(withinRun = false): Promise<void> {
    this.cancelled.delete('index');
    const seq = await lastChange(this.db);
    const index = emptyIndex(this.texts);
    const total = (await this.db.articles.count()) + (await this.db.annotations.count());
    let done = 0;
    const step = (n: number) => {
      done += n;
      this.report({ job: 'index', state: 'running', done, total });
    };
    try {
      step(0);
      await this.eachChunk<SavedArticle>('articles', (list) => list.forEach((a) => addArticle(index, a)), step);
      await this.eachChunk<AnnotationRecord>('annotations', (list) => list.forEach((n) => addAnnotation(index, n)), step);
      index.store = termStore(this.db);
      if (this.options.writer) {
        await replaceIndex(this.db, index, seq);
        index.postings.clear(); // stored now: words load again when a query needs them
        index.saved.clear();
      }
      this.index = index;
      this.seq = seq;
      await this.refreshFacets();
      // The changes queued during the build: taken in by this run when one rebuilds (waiting for
      // the run would wait for itself), else by a run of their own.
      await (withinRun ? this.applyQueued() : this.takeChanges());
      this.report({ job: 'index', state: 'done', done: total, total });
    } catch (error) {
      const cancelled = error instanceof Cancelled;
      this.report({ job: 'index', state: cancelled ? 'cancelled' : 'failed', done, total, message: (error as Error).message });
      if (!cancelled) throw error;
    }
  }

  private async eachChunk<T>(table: 'articles' | 'annotations', take: (list: T[]) => void, step: (n: number) => void) {
    let last: string | null = null;
    for (;;) {
      this.check('index');
      const coll = last === null ? this.db.table(table).orderBy(':id') : this.db.table(table).where(':id').above(last);
      const list = (await coll.limit(BUILD_CHUNK).toArray()) as Array<T & { id: string }>;
      if (!list.length) return;
      take(list);
      last = list[list.length - 1].id;
      step(list.length);
    }
  }

  /**
   * Runs searches before the index says it is ready, so the reader's first searches are as fast as
   * the tenth: a fresh worker's first query paid for compiling the search code and for the first
   * reads of the word, article and annotation tables (in Chromium at 10,000 articles: 44–78 ms in
   * the worker against 20–30 for later ones), and its first query of two words paid again for the
   * code that joins words (the first later search was the slowest: up to 56 ms in the worker). The
   * words are ones the library surely holds: the first two words of its newest article's title, one
   * alone, then both together, WARM_UP_ROUNDS times (within WARM_UP_BUDGET_MS).
   */
  private async warmUp() {
    const newest = await this.db.summaries.orderBy('savedAt').last();
    const [first, second] = newest ? words(newest.title).filter((w) => w.length > 3) : [];
    if (!first || !this.index) return;
    const queries = second ? [first, `${first} ${second}`] : [first];
    const until = performance.now() + WARM_UP_BUDGET_MS;
    for (let round = 0; round < WARM_UP_ROUNDS && performance.now() < until; round++) {
      for (const query of queries) {
        // Only a head start: a failure here is the first real search's to report.
        await search(this.index, query, {}, { limit: WARM_UP_HITS, articleRanks: true, firstArticles: WARM_UP_HITS }).catch(() => undefined);
      }
    }
  }

  /** Every article's facets (for the filters) from its summary. */
  private async refreshFacets() {
    if (!this.index) return;
    const summaries = await this.db.summaries.toArray();
    if (!this.analysisRan) this.staleAtOpen = summaries.filter(needsAnalysis);
    if (this.index) for (const s of summaries) this.index.articleFacets.set(s.id, summaryFacets(s));
  }

  /** The facets of `ids` from their summaries as read (an id without one has none: its article is gone). */
  private setFacets(ids: string[], summaries: Array<ArticleSummary | undefined>) {
    if (!this.index) return;
    for (const id of ids) this.index.articleFacets.delete(id);
    for (const s of summaries) if (s) this.index.articleFacets.set(s.id, summaryFacets(s));
  }

  /**
   * Takes in the changes queued since the index's last one; then, every MAX_BATCHES saves, folds the
   * saves' batch rows into word rows, after the change was reported. Writes are serialised (one
   * run at a time); a search waits for the changes taken in, not for a fold (the store holds its
   * loads off while a fold rewrites rows).
   */
  takeChanges(): Promise<void> {
    // A run that has not started yet reads the whole queue when it does: a request made before then
    // is answered by it (a burst of change notices, as an import's, queues one run, not one each).
    if (this.takeWaiting) return this.takeWaiting;
    const applied = this.applying.catch(() => undefined).then(() => {
      this.takeWaiting = null;
      return this.applyQueued();
    });
    this.applied = applied;
    this.applying = applied.then(() => this.foldIfDue());
    this.takeWaiting = this.applying;
    return this.applying;
  }

  private async foldIfDue() {
    // A failed fold changed nothing (one transaction): the batches stay, and the next save tries again.
    if (this.options.writer && this.index && needsFold(this.index)) await foldBatches(this.db, this.index).catch(() => undefined);
  }

  private async applyQueued() {
    const index = this.index;
    if (!index) return;
    const started = performance.now();
    let took = 0;
    for (;;) {
      const { changes, seq, end } = await changesAfter(this.db, this.seq, CHANGE_CHUNK);
      if (!changes.length) break;
      this.texts.forget(changes.map((c) => c.id));
      const live = changes.filter((c) => !c.deleted);
      // The records and their articles' summaries (the filters' facets) are read together.
      const facetIds = [...new Set(changes.map((c) => c.articleId))];
      const [articles, annotations, summaries] = await Promise.all([
        this.db.articles.bulkGet(live.filter((c) => c.kind === 'article').map((c) => c.id)),
        this.db.annotations.bulkGet(live.filter((c) => c.kind === 'annotation').map((c) => c.id)),
        this.db.summaries.bulkGet(facetIds),
      ]);
      const current = new Map<string, SavedArticle | AnnotationRecord>();
      for (const r of [...articles, ...annotations]) if (r) current.set(r.id, r);
      for (const c of changes) {
        const record = c.deleted ? undefined : current.get(c.id);
        if (!record) removeRecord(index, c.kind, c.id);
        else if (c.kind === 'article') addArticle(index, record as SavedArticle);
        else addAnnotation(index, record as AnnotationRecord);
      }
      this.setFacets(facetIds, summaries);
      this.seq = seq;
      took += changes.length;
      // A short read was the end of the queue: asking again would only cost a round trip (a change
      // queued meanwhile has its own notice, and takeChanges runs again for it).
      if (end) break;
    }
    if (!took) return;
    if (this.options.writer) {
      if (index.deadDocs > MAX_DEAD_DOCS && index.deadDocs > index.liveDocs / 2) await this.rebuild(true);
      else await saveIndex(this.db, index, this.seq);
    }
    this.options.onApplied?.(took, performance.now() - started);
  }

  async search(query: string, filters: SearchFilters, options: SearchOptions): Promise<SearchResult> {
    this.searchStarted();
    const began = performance.now();
    try {
      await this.open();
      if (!this.index) return { hits: [], total: 0, approximate: false, articles: [] };
      await this.applied;
      if (options.steps) options.steps.wait = performance.now() - began;
      if (options.superseded?.()) return { hits: [], total: 0, approximate: false, articles: [], superseded: true };
      return await search(this.index, query, filters, options);
    } finally {
      if (--this.searching === 0) this.endSearches();
    }
  }

  private searchStarted() {
    if (this.searching++ === 0) this.searchesOver = new Promise((resolve) => (this.endSearches = resolve));
  }

  /**
   * Where the lazy analysis lets other work in between its slices: a macrotask, so that a search the
   * page posted meanwhile is received (and counted), then until no search is under way. Re-analysing
   * 10,000 articles after an update takes a minute or more; the reader searching meanwhile should not
   * wait behind it (in Chromium at 10,000 articles a search took 100–190 ms during it, 40–70 after).
   */
  private letSearchesIn = async () => {
    await nextTask();
    while (this.searching) await this.searchesOver;
  };

  /** Analyses every article whose stored analysis is missing or stale, newest first (progress, cancel). */
  async analyseStale(): Promise<void> {
    this.cancelled.delete('analysis');
    const stale = (this.staleAtOpen ?? (await this.db.summaries.toArray()).filter(needsAnalysis)).sort((a, b) => b.savedAt - a.savedAt);
    this.staleAtOpen = null;
    this.analysisRan = true;
    const total = stale.length;
    let done = 0;
    try {
      this.report({ job: 'analysis', state: total ? 'running' : 'done', done, total });
      for (let i = 0; i < stale.length; i += ANALYSIS_CHUNK) {
        this.check('analysis');
        await this.letSearchesIn();
        await analyzeArticles(this.db, stale.slice(i, i + ANALYSIS_CHUNK).map((s) => s.id), this.letSearchesIn);
        done = Math.min(total, i + ANALYSIS_CHUNK);
        this.report({ job: 'analysis', state: 'running', done, total });
      }
      this.report({ job: 'analysis', state: 'done', done, total });
    } catch (error) {
      const cancelled = error instanceof Cancelled;
      this.report({ job: 'analysis', state: cancelled ? 'cancelled' : 'failed', done, total, message: (error as Error).message });
      if (!cancelled) throw error;
    }
  }
}
