// The persisted search index (lib/search/service + idb) on fake-indexeddb: built once with
// progress, saved as word rows, reopened without a rebuild, kept up to date from the changes lib/db
// queues with every write, cancellable; the lazy analysis of stale articles; and the one filter
// engine giving the library page and search the same answer.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossDatabase, createAnnotation, removeArticle, updateAnnotation, writeImport, type IndexChangeRow } from '../../lib/db';
import { addRecords, buildIndex, filterSummaries, search } from '../../lib/search';
import { LibraryService, type JobState } from '../../lib/search/service';
import { words } from '../../lib/search/text';
import { BATCH_MARK, MAX_BATCHES, MAX_DELTAS } from '../../lib/search/persist';
import { generateLibrary } from '../../bench/lib/library-generate';

const lib = generateLibrary(60, 600, 5, 150);
const dbs: GlossDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function library(name: string) {
  const db = new GlossDatabase(name);
  dbs.push(db);
  await writeImport(db, () => ({ toPut: lib }));
  return db;
}

const ids = (r: { hits: Array<{ id: string }> }) => r.hits.map((h) => h.id);
const QUERIES = ['minister', 'ukr', 'energy prices', 'needs check', '"police said"', 'уряд'];

describe('the persisted search index', () => {
  it('builds once with progress, saves, and reopens without rebuilding, answering like the in-memory index', async () => {
    const db = await library('t-svc-build');
    const states: JobState[] = [];
    const first = new LibraryService(db, { writer: true, onState: (s) => states.push(s) });
    await first.open();
    expect(states.some((s) => s.state === 'running' && s.done > 0 && s.done < s.total)).toBe(true);
    expect(states.at(-1)).toMatchObject({ job: 'index', state: 'done' });
    expect(await db.searchTerms.count()).toBeGreaterThan(1000);
    expect(await db.indexChanges.count()).toBe(0);

    const reopened: JobState[] = [];
    const second = new LibraryService(db, { writer: true, onState: (s) => reopened.push(s) });
    await second.open();
    expect(reopened.some((s) => s.state === 'running')).toBe(false); // no rebuild
    const memory = buildIndex(lib);
    for (const q of QUERIES) {
      const expected = await search(memory, q, {}, { limit: 20 });
      const actual = await second.search(q, {}, { limit: 20 });
      expect(actual.total, q).toBe(expected.total);
      expect(ids(actual), q).toEqual(ids(expected));
      expect(actual.hits.map((h) => h.snippet), q).toEqual(expected.hits.map((h) => h.snippet));
    }
  });

  it('a reopened index searches before it says ready (the first two title words of the newest article, alone and together), so the first queries find their words loaded', async () => {
    const db = await library('t-svc-warm');
    await new LibraryService(db, { writer: true }).open();
    const reopened = new LibraryService(db, { writer: true });
    await reopened.open();
    const newest = await db.summaries.orderBy('savedAt').last();
    const [word, second] = words(newest!.title).filter((w) => w.length > 3);
    let reads = 0;
    const bulkGet = db.searchTerms.bulkGet.bind(db.searchTerms);
    db.searchTerms.bulkGet = ((keys: string[]) => {
      reads++;
      return bulkGet(keys);
    }) as typeof db.searchTerms.bulkGet;
    expect((await reopened.search(word, {}, { limit: 5 })).total).toBeGreaterThan(0);
    expect(reads, word).toBe(0);
    expect((await reopened.search(`${word} ${second}`, {}, { limit: 5 })).total).toBeGreaterThan(0);
    expect(reads, second).toBe(0);
    await reopened.search('sanctions', {}, { limit: 5 });
    expect(reads).toBeGreaterThan(0); // the count sees reads: another word still loads
  });

  it('takes in every write through the queue, and a reopened index has them too', async () => {
    const db = await library('t-svc-writes');
    const svc = new LibraryService(db, { writer: true });
    await svc.open();
    const article = lib.articles[3];
    const note = await createAnnotation(db, article, { selectors: lib.annotations[0].selectors, color: 'blue', note: 'heliotrope', tags: ['zanzibar'] });
    await svc.takeChanges();
    expect(ids(await svc.search('heliotrope', {}, {}))).toEqual([note.id]);
    expect(ids(await svc.search('zanzibar', { tag: 'ZANZIBAR' }, {}))).toEqual([note.id]);
    await updateAnnotation(db, note.id, { note: 'marigold' });
    await removeArticle(db, lib.articles[4].id);
    await svc.takeChanges();
    expect((await svc.search('heliotrope', {}, {})).total).toBe(0);
    expect(ids(await svc.search('marigold', {}, {}))).toEqual([note.id]);
    expect((await svc.search('', { kind: 'article' }, { limit: 1000 })).hits.map((h) => h.id)).not.toContain(lib.articles[4].id);
    expect(await db.indexChanges.count()).toBe(0);

    const again = new LibraryService(db, { writer: true });
    expect(ids(await again.search('marigold', {}, {}))).toEqual([note.id]);
    expect((await again.search('', { kind: 'article' }, { limit: 1000 })).total).toBe(lib.articles.length - 1);
    // Prefixes over the reopened index's stored words, and over a word written after it opened.
    expect(ids(await again.search('marig', {}, {}))).toEqual([note.id]);
    const later = await createAnnotation(db, article, { selectors: lib.annotations[1].selectors, color: 'pink', note: 'xylophonist', tags: [] });
    await again.takeChanges();
    expect(ids(await again.search('xyloph', {}, {}))).toEqual([later.id]);
  });

  it('takes in queue rows of either shape (one change each, as earlier builds wrote them, or a write\'s changes) across steps of the long queue', async () => {
    const db = await library('t-svc-rows');
    const applied: number[] = [];
    const svc = new LibraryService(db, { writer: true, onApplied: (changes) => applied.push(changes) });
    await svc.open();
    // An earlier build's rows: a highlight written with its one-change row.
    const legacy = { ...lib.annotations[2], id: 'legacy-note', note: 'okapi' };
    await db.transaction('rw', db.annotations, db.indexChanges, async () => {
      await db.annotations.put(legacy);
      await db.indexChanges.add({ kind: 'annotation', id: legacy.id, articleId: legacy.articleId, deleted: false } as IndexChangeRow);
      // More such rows than one read takes (ROWS_PER_READ), though fewer changes than a step.
      const more = lib.annotations.slice(10, 140).map((n) => ({ kind: 'annotation', id: n.id, articleId: n.articleId, deleted: false }) as IndexChangeRow);
      await db.indexChanges.bulkAdd(more);
    });
    // This build's: a re-import of the whole library (more changes than one step takes) and a removal.
    const renamed = { ...lib, annotations: lib.annotations.map((n, i) => (i === 7 ? { ...n, note: 'wombat' } : n)) };
    await writeImport(db, () => ({ toPut: renamed }));
    await removeArticle(db, lib.articles[8].id);
    const queued = (await db.indexChanges.toArray()).reduce((n, row) => n + ('changes' in row ? row.changes.length : 1), 0);
    expect(queued).toBeGreaterThan(600);
    await svc.takeChanges();
    expect(applied).toEqual([queued]);
    expect(await db.indexChanges.count()).toBe(0);
    expect(ids(await svc.search('okapi', {}, {}))).toEqual([legacy.id]);
    expect(ids(await svc.search('wombat', {}, {}))).toEqual([lib.annotations[7].id]);
    expect((await svc.search('', { kind: 'article' }, { limit: 1000 })).hits.map((h) => h.id)).not.toContain(lib.articles[8].id);
  });

  it('a burst of change notices runs one take-in after the running one, and none is lost', async () => {
    const db = await library('t-svc-burst');
    const runs: number[] = [];
    const svc = new LibraryService(db, { writer: true, onApplied: (changes) => runs.push(changes) });
    await svc.open();
    const article = lib.articles[5];
    const first = await createAnnotation(db, article, { selectors: lib.annotations[0].selectors, color: 'blue', note: 'quokka', tags: [] });
    const running = svc.takeChanges(); // started: reads the queue as it is now
    const second = await createAnnotation(db, article, { selectors: lib.annotations[1].selectors, color: 'pink', note: 'pangolin', tags: [] });
    const waiting = [svc.takeChanges(), svc.takeChanges(), svc.takeChanges()];
    expect(new Set(waiting).size).toBe(1); // one run queued for all three requests
    await Promise.all([running, ...waiting]);
    expect(ids(await svc.search('quokka', {}, {}))).toEqual([first.id]);
    expect(ids(await svc.search('pangolin', {}, {}))).toEqual([second.id]);
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(await db.indexChanges.count()).toBe(0);
  });

  it('a take-in that finds too many dead entries rebuilds the index and finishes (it used to wait for itself)', async () => {
    const db = await library('t-svc-dead');
    const states: JobState[] = [];
    const svc = new LibraryService(db, { writer: true, onState: (s) => states.push(s) });
    await svc.open();
    // As if most of a large library had been removed since the index was built.
    const index = (svc as unknown as { index: { deadDocs: number; liveDocs: number } }).index;
    index.deadDocs = 60_000;
    const note = await createAnnotation(db, lib.articles[6], { selectors: lib.annotations[0].selectors, color: 'green', note: 'capybara', tags: [] });
    states.length = 0;
    await svc.takeChanges();
    expect(states.at(-1)).toMatchObject({ job: 'index', state: 'done' });
    expect((svc as unknown as { index: { deadDocs: number } }).index.deadDocs).toBe(0);
    expect(ids(await svc.search('capybara', {}, {}))).toEqual([note.id]);
    expect(await db.indexChanges.count()).toBe(0);
  });

  it('a write stores the new postings of the words it touched in one batch row; batches fold into delta rows, merged back once a word has many', async () => {
    const db = await library('t-svc-deltas');
    const svc = new LibraryService(db, { writer: true });
    await svc.open();
    const before = new Set((await db.searchTerms.toCollection().primaryKeys()) as string[]);
    const note = await createAnnotation(db, lib.articles[2], { selectors: lib.annotations[0].selectors, color: 'blue', note: 'minister 0' });
    await svc.takeChanges();
    const added = ((await db.searchTerms.toCollection().primaryKeys()) as string[]).filter((k) => !before.has(k));
    expect(added).toHaveLength(1); // one row for the whole save, however many words it touched
    expect(added[0].startsWith(BATCH_MARK)).toBe(true);
    const rounds = MAX_BATCHES * (MAX_DELTAS + 2) + 6; // enough folds for "minister" to be written whole again
    for (let i = 1; i <= rounds; i++) {
      await updateAnnotation(db, note.id, { note: `minister ${i} zeppelin${i}` });
      await svc.takeChanges();
      if (i === MAX_BATCHES * MAX_DELTAS - 5) await svc.search('minister', {}, {}); // loads the word: its deltas can now be merged
    }
    const after = (await db.searchTerms.toCollection().primaryKeys()) as string[];
    expect(after.filter((k) => k.startsWith(BATCH_MARK)).length).toBeLessThan(MAX_BATCHES); // folded
    expect(after.filter((k) => k.startsWith('zeppelin3\u0001'))).toHaveLength(1); // a folded word: one delta row
    const ministerDeltas = after.filter((k) => k.startsWith('minister\u0001')).length;
    expect(ministerDeltas).toBeLessThan(MAX_DELTAS); // merged into its whole row once it had MAX_DELTAS
    const reopened = new LibraryService(db, { writer: true });
    // The same history in memory (replaced records leave dead postings that count in BM25's df in both).
    const memory = buildIndex(lib);
    for (let i = 0; i <= rounds; i++) addRecords(memory, { annotations: [{ ...note, note: i === 0 ? 'minister 0' : `minister ${i} zeppelin${i}` }] });
    // zeppelin3 is in a folded delta row, the last ones only in batch rows, minister in both
    for (const q of ['minister', `zeppelin${rounds}`, 'zeppelin3', 'zeppel']) {
      expect(ids(await reopened.search(q, {}, { limit: 30 })), q).toEqual(ids(await search(memory, q, {}, { limit: 30 })));
      expect(ids(await svc.search(q, {}, { limit: 30 })), q).toEqual(ids(await search(memory, q, {}, { limit: 30 })));
    }
  });

  it('a search whose word rows were read before a fold rewrote them reads them again (no posting lost)', async () => {
    const db = await library('t-svc-fold-race');
    const svc = new LibraryService(db, { writer: true });
    await svc.open();
    const note = await createAnnotation(db, lib.articles[5], { selectors: lib.annotations[0].selectors, color: 'blue', note: 'ptarmigan 0' });
    await svc.takeChanges();
    for (let i = 1; i < MAX_BATCHES - 1; i++) {
      await updateAnnotation(db, note.id, { note: `ptarmigan ${i}` });
      await svc.takeChanges();
    }
    const reopened = new LibraryService(db, { writer: true });
    await reopened.open(); // "ptarmigan" is only in batch rows, and not loaded
    // The reads of word rows answer only once the fold that the next save starts has finished.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const bulkGet = db.searchTerms.bulkGet.bind(db.searchTerms);
    db.searchTerms.bulkGet = ((keys: string[]) => bulkGet(keys).then(async (rows) => (await gate, rows))) as typeof db.searchTerms.bulkGet;
    await updateAnnotation(db, note.id, { note: 'ptarmigan last' });
    const taking = reopened.takeChanges();
    const searching = reopened.search('ptarmigan', {}, { limit: 5 });
    await taking; // folded: the batch rows are gone
    expect(((await db.searchTerms.toCollection().primaryKeys()) as string[]).some((k) => k.startsWith(BATCH_MARK))).toBe(false);
    open();
    expect(ids(await searching)).toEqual([note.id]);
  });

  it('a reader that is not the writer keeps the queue for the writer', async () => {
    const db = await library('t-svc-reader');
    await new LibraryService(db, { writer: true }).open();
    await createAnnotation(db, lib.articles[1], { selectors: lib.annotations[0].selectors, color: 'blue', note: 'quetzal' });
    const reader = new LibraryService(db, { writer: false });
    expect((await reader.search('quetzal', {}, {})).total).toBe(1);
    expect(await db.indexChanges.count()).toBe(1);
  });

  it('a cancelled build stores nothing and says so', async () => {
    const db = await library('t-svc-cancel');
    const states: JobState[] = [];
    let cancelOnce = true;
    const svc: LibraryService = new LibraryService(db, {
      writer: true,
      onState: (s) => {
        states.push(s);
        if (cancelOnce && s.state === 'running' && s.done > 0) {
          cancelOnce = false;
          svc.cancel('index');
        }
      },
    });
    await svc.open();
    expect(states.at(-1)).toMatchObject({ job: 'index', state: 'cancelled' });
    expect(await db.searchMeta.count()).toBe(0);
    expect((await svc.search('minister', {}, {})).total).toBe(0);
    await svc.rebuild(); // the user starts it again
    expect((await svc.search('minister', {}, {})).total).toBeGreaterThan(0);
  });

  it('analyses stale articles lazily with progress, and can be cancelled', async () => {
    const db = await library('t-svc-analyse');
    await db.summaries.toCollection().modify({ sources: null, figures: null, analyzer: null });
    const states: JobState[] = [];
    const svc: LibraryService = new LibraryService(db, {
      writer: true,
      onState: (s) => {
        states.push(s);
        if (s.job === 'analysis' && s.state === 'running' && s.done >= 30) svc.cancel('analysis');
      },
    });
    await svc.analyseStale();
    expect(states.at(-1)).toMatchObject({ job: 'analysis', state: 'cancelled', done: 30 });
    expect((await db.summaries.toArray()).filter((s) => s.analyzer === null)).toHaveLength(lib.articles.length - 30);
    const rest = new LibraryService(db, { writer: true });
    await rest.analyseStale();
    expect((await db.summaries.toArray()).every((s) => s.analyzer !== null && s.sources !== null)).toBe(true);
  });
});

describe('the lazy analysis after open', () => {
  it('starts from the summaries read at open (no second read of every summary while the first search runs), and still finds the stale ones', async () => {
    const db = await library('t-svc-analyse-open');
    await new LibraryService(db, { writer: true }).open();
    await db.summaries.limit(3).modify({ analyzer: null });
    const svc = new LibraryService(db, { writer: true });
    let wholeReads = 0;
    const toArray = db.summaries.toArray.bind(db.summaries);
    db.summaries.toArray = (() => {
      wholeReads++;
      return toArray();
    }) as typeof db.summaries.toArray;
    await svc.open();
    await svc.analyseStale();
    expect(wholeReads).toBe(1);
    expect(await db.summaries.filter((s) => s.analyzer === null).count()).toBe(0);
    await svc.analyseStale(); // a restart reads them again
    expect(wholeReads).toBe(2);
  });
});

describe('the lazy analysis and searches', () => {
  it('writes nothing while a search is under way, and goes on after it', async () => {
    const db = await library('t-svc-analyse-yield');
    const svc = new LibraryService(db, { writer: true });
    await svc.open();
    await db.summaries.toCollection().modify({ sources: null, figures: null, analyzer: null });
    // Holds the search's read of its word's postings until released; notes every analysis written.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    let reached!: () => void;
    const searchHeld = new Promise<void>((resolve) => (reached = resolve));
    const bulkGet = db.searchTerms.bulkGet.bind(db.searchTerms);
    db.searchTerms.bulkGet = (async (keys: string[]) => {
      if (holding) {
        reached();
        await held;
      }
      return bulkGet(keys);
    }) as typeof db.searchTerms.bulkGet;
    const writes: boolean[] = [];
    const bulkPut = db.analyses.bulkPut.bind(db.analyses);
    db.analyses.bulkPut = ((rows: Parameters<typeof bulkPut>[0]) => {
      writes.push(holding);
      return bulkPut(rows);
    }) as typeof db.analyses.bulkPut;

    const analysis = svc.analyseStale();
    holding = true;
    const searching = svc.search('sanctions', {}, { limit: 5 });
    await searchHeld;
    // Long enough for a chunk of articles to be analysed and written had the analysis not waited
    // (about 0.2 s here); a write seen ends the wait at once (and fails the test).
    const written = new Promise<void>((resolve) => {
      const check = setInterval(() => writes.length && (clearInterval(check), resolve()), 5);
      setTimeout(() => (clearInterval(check), resolve()), 1500);
    });
    await written;
    expect(writes).toEqual([]);
    holding = false;
    release();
    expect((await searching).total).toBeGreaterThan(0);
    await analysis;
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((w) => !w)).toBe(true);
    expect(await db.summaries.filter((s) => s.analyzer === null).count()).toBe(0);
  });
});

describe('one filter engine', () => {
  it('the library rows and search hits agree for every filter', async () => {
    const db = await library('t-svc-filters');
    const svc = new LibraryService(db, { writer: true });
    const summaries = await db.summaries.toArray();
    const site = summaries[0].site;
    const filters = [{ site }, { tag: 'claim' }, { color: 'green' }, { hasNotes: true }, { from: Date.UTC(2024, 5, 1), to: Date.UTC(2025, 0, 1), dateField: 'published' as const }, { tag: 'verified', color: 'pink' }];
    for (const f of filters) {
      const rows = filterSummaries(summaries, f).map((s) => s.id).sort();
      const hits = (await svc.search('', { ...f, kind: 'article' }, { limit: 10_000 })).hits.map((h) => h.id).sort();
      expect(hits, JSON.stringify(f)).toEqual(rows);
      expect(rows.length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  });
});
