// The library page reads only the summaries a change touched (entrypoints/library/summaryChanges.ts):
// the ids come from Dexie's own change notice of real writes through lib/db (fake-indexeddb), and
// merging them into the listed rows gives what a whole re-read would.
import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossDatabase, removeArticle, restoreArticle, type ArticleSummary } from '../../lib/db';
import { inLibraryOrder, mergeSummaries, touchedSummaries } from '../../entrypoints/library/summaryChanges';
import { annotations, articles } from '../fixtures/export/sample-library';

const dbs: GlossDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** The change notices Dexie gives while `write` runs (the ones its live queries see). */
async function noticesOf(write: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const seen: ObservabilitySet[] = [];
  const listen = (parts: ObservabilitySet) => void seen.push(parts);
  Dexie.on('storagemutated', listen);
  try {
    await write();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    Dexie.on.storagemutated.unsubscribe(listen);
  }
  return seen;
}

const touched = (db: GlossDatabase, notices: ObservabilitySet[]) => {
  const all = notices.map((n) => touchedSummaries(structuredClone(n), db.name));
  return all.includes('all') ? 'all' : [...new Set(all.flat() as string[])].sort();
};

async function openDb() {
  const db = new GlossDatabase(`summary-changes-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  await db.open();
  return db;
}

const restore = (db: GlossDatabase, i: number) =>
  restoreArticle(db, { article: articles[i], annotations: annotations.filter((n) => n.articleId === articles[i].id), versions: [] });

describe('touchedSummaries', () => {
  it('names the article saved, and only it, after a write through lib/db (also as a cloned cross-context notice)', async () => {
    const db = await openDb();
    await restore(db, 0);
    expect(touched(db, await noticesOf(() => restore(db, 1)))).toEqual([articles[1].id]);
  });

  it('names a removed article, and says nothing for a write that does not touch summaries', async () => {
    const db = await openDb();
    await restore(db, 0);
    await restore(db, 1);
    expect(touched(db, await noticesOf(() => removeArticle(db, articles[0].id)))).toEqual([articles[0].id]);
    expect(touched(db, await noticesOf(() => db.tags.put({ name: 'x', color: null, createdAt: 1 } as never)))).toEqual([]);
  });

  it('asks for a whole re-read after a clear (a range, not keys)', async () => {
    const db = await openDb();
    await restore(db, 0);
    expect(touched(db, await noticesOf(() => db.summaries.clear()))).toBe('all');
  });
});

describe('mergeSummaries', () => {
  const row = (id: string, savedAt: number, title = id) => ({ id, savedAt, title }) as ArticleSummary;
  const shown = (rows: ArticleSummary[]) => rows.map((r) => `${r.id}:${r.title}`);

  it('gives what a whole read in the library\'s order gives: changed rows moved to their time, new ones in order, deleted ones gone', () => {
    // Newest first; equal times by id.
    const list = inLibraryOrder([row('a', 5), row('c', 5), row('e', 3), row('g', 1)]);
    expect(shown(list)).toEqual(['a:a', 'c:c', 'e:e', 'g:g']);
    const merged = mergeSummaries(list, ['c', 'd', 'g', 'h', 'zz'], [row('c', 2, 'C2'), row('d', 5), undefined, row('h', 9), undefined]);
    expect(shown(merged)).toEqual(['h:h', 'a:a', 'd:d', 'e:e', 'c:C2']);
    expect(mergeSummaries(list, [], [])).toEqual(list);
  });

  it('after a real save and a removal, equals the table read whole and put in the library\'s order', async () => {
    const db = await openDb();
    await restore(db, 0);
    let list = inLibraryOrder(await db.summaries.toArray());
    for (const write of [() => restore(db, 1), () => restore(db, 2), () => removeArticle(db, articles[0].id)]) {
      const ids = touched(db, await noticesOf(write));
      expect(ids).not.toBe('all');
      list = mergeSummaries(list, ids as string[], await db.summaries.bulkGet(ids as string[]));
      expect(list).toEqual(inLibraryOrder(await db.summaries.toArray()));
    }
    expect(list.length).toBeGreaterThan(1);
  });
});
