// Typing in the library: only the newest query is answered (lib/search/newest, the worker's
// wrapper), a replaced search stops at its next wait (engine option `superseded`), and the texts of
// recent hits are kept across queries (lib/search/textCache) without ever showing an older text
// than the index has taken in.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossDatabase, createAnnotation, updateAnnotation, writeImport, type AnnotationRecord, type SavedArticle } from '../../lib/db';
import { buildIndex, search, type TextSource } from '../../lib/search';
import { newestOnly } from '../../lib/search/newest';
import { LibraryService } from '../../lib/search/service';
import { cachedTexts } from '../../lib/search/textCache';
import { generateLibrary } from '../../bench/lib/library-generate';

/** A promise with its resolve function, to finish work in the order a test chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('newestOnly (the worker answers the newest query only)', () => {
  it('never delivers a replaced search, even when it finishes after the newer one', async () => {
    const finish = new Map<number, ReturnType<typeof deferred<string>>>();
    const told = new Map<number, () => boolean>();
    const delivered: Array<[number, string]> = [];
    const handle = newestOnly(
      (req: { id: number; query: string }, superseded) => {
        told.set(req.id, superseded);
        const d = deferred<string>();
        finish.set(req.id, d);
        return d.promise;
      },
      (req, result) => delivered.push([req.id, result]),
    );
    const first = handle({ id: 1, query: 'khar' });
    expect(told.get(1)!()).toBe(false);
    const second = handle({ id: 2, query: 'kharkiv' });
    expect(told.get(1)!()).toBe(true); // the first is told it was replaced
    expect(told.get(2)!()).toBe(false);
    finish.get(2)!.resolve('kharkiv results');
    await second;
    finish.get(1)!.resolve('khar results'); // the older one ends last
    await first;
    expect(delivered).toEqual([[2, 'kharkiv results']]);
  });

  it('tells the delivery when a newer search came after it (its follow-up, the whole order, is then not sent)', async () => {
    const later: Array<() => boolean> = [];
    const handle = newestOnly(async (req: { id: number }) => req.id, (_req, _r, superseded) => later.push(superseded));
    await handle({ id: 1 });
    expect(later[0]()).toBe(false);
    await handle({ id: 2 });
    expect(later[0]()).toBe(true);
    expect(later[1]()).toBe(false);
  });

  it('delivers each search when none replaced it', async () => {
    const delivered: number[] = [];
    const handle = newestOnly(async (req: { id: number }) => req.id * 10, (_req, r) => delivered.push(r));
    await handle({ id: 1 });
    await handle({ id: 2 });
    expect(delivered).toEqual([10, 20]);
  });
});

describe('a superseded search', () => {
  const lib = generateLibrary(40, 400, 9, 150);
  /** An in-memory index whose text reads are counted. */
  function counted() {
    const ix = buildIndex(lib);
    const inner = ix.texts;
    const reads = { n: 0 };
    ix.texts = {
      articles: (ids) => (reads.n++, inner.articles(ids)),
      annotations: (ids) => (reads.n++, inner.annotations(ids)),
    };
    return { ix, reads };
  }

  it('stops before scoring and reading texts, and says so', async () => {
    const { ix, reads } = counted();
    const result = await search(ix, 'minister', {}, { limit: 20, articleRanks: true, superseded: () => true });
    expect(result).toMatchObject({ superseded: true, hits: [], articles: [], total: 0 });
    expect(reads.n).toBe(0);
  });

  it('stops while verifying a phrase once replaced', async () => {
    const { ix, reads } = counted();
    let replaced = false;
    const orig = ix.texts.articles;
    ix.texts.articles = async (ids) => {
      replaced = true; // the user typed on while the texts were being read
      return orig(ids);
    };
    const result = await search(ix, '"police said"', {}, { limit: 20, articleRanks: true, superseded: () => replaced });
    expect(result.superseded).toBe(true);
    expect(reads.n).toBeLessThanOrEqual(2); // one batch, not every candidate
  });

  it('answers as before when it is still the newest', async () => {
    const { ix } = counted();
    const plain = await search(ix, 'minister', {}, { limit: 20, articleRanks: true });
    const current = await search(ix, 'minister', {}, { limit: 20, articleRanks: true, superseded: () => false });
    expect(current).toEqual(plain);
    expect(current.hits.length).toBeGreaterThan(0);
  });
});

describe('cachedTexts', () => {
  const article = (id: string, text: string) => ({ id, textContent: text }) as unknown as SavedArticle;
  /** A source over a mutable map, counting the ids it was asked for. */
  function source() {
    const rows = new Map<string, SavedArticle>([['a', article('a', 'one')], ['b', article('b', 'two')], ['c', article('c', 'three')]]);
    const asked: string[][] = [];
    let gate: Promise<void> | null = null;
    const src: TextSource = {
      articles: async (ids) => {
        asked.push(ids);
        const snapshot = new Map(ids.filter((id) => rows.has(id)).map((id) => [id, rows.get(id)!]));
        if (gate) await gate;
        return snapshot;
      },
      annotations: async () => new Map<string, AnnotationRecord>(),
    };
    return { rows, asked, src, hold: (p: Promise<void> | null) => (gate = p) };
  }

  it('reads each record once, then serves it from memory; only the missing ones are read', async () => {
    const { asked, src } = source();
    const texts = cachedTexts(src);
    expect([...(await texts.articles(['a', 'b'])).keys()]).toEqual(['a', 'b']);
    expect([...(await texts.articles(['b', 'c'])).keys()].sort()).toEqual(['b', 'c']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('reads a forgotten (changed) record again', async () => {
    const { rows, asked, src } = source();
    const texts = cachedTexts(src);
    await texts.articles(['a']);
    rows.set('a', article('a', 'one, edited'));
    texts.forget(['a']);
    expect(((await texts.articles(['a'])).get('a') as unknown as { textContent: string }).textContent).toBe('one, edited');
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('does not keep what a read begun before a change returned', async () => {
    const { rows, src, hold } = source();
    const texts = cachedTexts(src);
    const gate = deferred<void>();
    hold(gate.promise);
    const reading = texts.articles(['a']); // reads the old text…
    rows.set('a', article('a', 'one, edited'));
    texts.forget(['a']); // …the change is taken in meanwhile
    gate.resolve();
    await reading;
    hold(null);
    expect(((await texts.articles(['a'])).get('a') as unknown as { textContent: string }).textContent).toBe('one, edited');
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const { asked, src } = source();
    const texts = cachedTexts(src, 2);
    await texts.articles(['a', 'b']);
    await texts.articles(['a']); // a is now the most recent
    await texts.articles(['c']); // b goes
    asked.length = 0;
    await texts.articles(['a', 'b', 'c']);
    expect(asked).toEqual([['b']]);
  });
});

describe('the library service with kept texts', () => {
  const dbs: GlossDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('shows a changed note in its snippet at once, not the text kept from an earlier search', async () => {
    const db = new GlossDatabase('t-newest-snippet');
    dbs.push(db);
    const lib = generateLibrary(10, 50, 4, 100);
    await writeImport(db, () => ({ toPut: lib }));
    const svc = new LibraryService(db, { writer: true });
    await svc.open();
    const note = await createAnnotation(db, lib.articles[2], { selectors: lib.annotations[0].selectors, color: 'blue', note: 'heliotrope garden', tags: [] });
    await svc.takeChanges();
    const snippetOf = async (q: string) => (await svc.search(q, {}, { limit: 5 })).hits.find((h) => h.id === note.id)?.snippet;
    expect(await snippetOf('heliotrope')).toContain('heliotrope garden');
    await updateAnnotation(db, note.id, { note: 'heliotrope meadow' });
    await svc.takeChanges();
    expect(await snippetOf('heliotrope')).toContain('heliotrope meadow');
  });
});
