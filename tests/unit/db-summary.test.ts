// The v3 data layer: the per-article summary kept in step with every write (same transaction),
// the stored analysis, the queue of changes for the search index, and the migration from a v2
// database with data in it (fake-indexeddb), including a cancelled upgrade that loses nothing.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GlossDatabase,
  SCHEMAS,
  analyzeArticles,
  createAnnotation,
  deleteAnnotation,
  removeArticle,
  restoreAnnotation,
  restoreArticle,
  saveArticle,
  summarize,
  updateAnnotation,
  writeImport,
  repairSummaries,
  changesOf,
  type AnnotationRecord,
  type NewAnnotation,
} from '../../lib/db';
import { ANALYZER_VERSION } from '../../lib/analyze';
import { CHANGES_PER_ROW } from '../../lib/db/derived';
import type { Article } from '../../lib/extract/types';
import { annotations as sampleAnnotations, articles as sampleArticles, tags as sampleTags } from '../fixtures/export/sample-library';

const text = '"This is a mobilisation," said Mariia Shevchuk. Spending will rise 12% to $140 billion in 2025.';
const live: Article = {
  url: 'https://news.test/story',
  canonicalUrl: null,
  title: 'Story',
  byline: null,
  siteName: null,
  publishedTime: '2024-10-02',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: `<p>${text}</p>`,
  text,
  links: [],
  wordCount: 16,
  readingMinutes: 1,
};
const at = (start: number, end: number, extra: Partial<NewAnnotation> = {}): NewAnnotation => ({
  selectors: [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end },
  ],
  color: 'yellow',
  ...extra,
});

/** The database as version 2 shipped it (no summaries). */
class V2Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMAS[1]);
    this.version(2).stores(SCHEMAS[2]);
  }
}

const opened: Dexie[] = [];
const track = <T extends Dexie>(db: T) => (opened.push(db), db);
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The summary recomputed from scratch must equal the one the writes kept. */
async function expectSummariesInStep(db: GlossDatabase) {
  const articles = await db.articles.toArray();
  const summaries = await db.summaries.toArray();
  expect(summaries.map((s) => s.id).sort()).toEqual(articles.map((a) => a.id).sort());
  for (const article of articles) {
    const annotations = await db.annotations.where('articleId').equals(article.id).toArray();
    const expected = summarize(article, annotations, await db.analyses.get(article.id));
    const actual = summaries.find((s) => s.id === article.id)!;
    expect({ ...actual, tags: [...actual.tags].sort(), colors: [...actual.colors].sort() }).toEqual({
      ...expected,
      tags: [...expected.tags].sort(),
      colors: [...expected.colors].sort(),
    });
  }
}

describe('summaries kept in the same transaction as every write', () => {
  it('save, annotate, edit, delete, undo, remove and restore keep the summary and queue index changes', async () => {
    const db = track(new GlossDatabase('t-summary-writes'));
    const saved = await saveArticle(db, live, 1000);
    let s = await db.summaries.get(saved.id);
    expect(s).toMatchObject({ title: 'Story', site: 'news.test', highlights: 0, notes: 0, analyzer: ANALYZER_VERSION });
    expect(s!.sources).toBeGreaterThan(0); // Mariia Shevchuk
    expect(s!.figures).toBeGreaterThan(0); // 12%, $140 billion, 2025
    expect((await db.analyses.get(saved.id))?.sources.map((x) => x.name)).toContain('Mariia Shevchuk');

    const a = await createAnnotation(db, saved, at(0, 10, { note: 'check', tags: ['claim'] }), 2000);
    const b = await createAnnotation(db, saved, at(12, 20, { color: 'green' }), 2001);
    s = await db.summaries.get(saved.id);
    expect(s).toMatchObject({ highlights: 2, notes: 1, tags: ['claim'] });
    expect([...s!.colors].sort()).toEqual(['green', 'yellow']);

    await updateAnnotation(db, b.id, { tags: ['figure'], note: 'n' });
    expect((await db.summaries.get(saved.id))).toMatchObject({ notes: 2 });
    expect((await db.summaries.get(saved.id))!.tags.sort()).toEqual(['claim', 'figure']);
    const gone = await deleteAnnotation(db, a.id);
    expect(await db.summaries.get(saved.id)).toMatchObject({ highlights: 1, tags: ['figure'], colors: ['green'] });
    await restoreAnnotation(db, gone!);
    expect(await db.summaries.get(saved.id)).toMatchObject({ highlights: 2 });
    await expectSummariesInStep(db);

    const removed = await removeArticle(db, saved.id);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.analyses.count()).toBe(0);
    await restoreArticle(db, removed!);
    await expectSummariesInStep(db);
    expect(await db.summaries.get(saved.id)).toMatchObject({ highlights: 2 });

    // One queue row per write, holding the write's changes.
    const queued = await db.indexChanges.toArray();
    expect(queued.map((row) => changesOf(row).map((c) => `${c.kind}${c.deleted ? '-' : '+'}`).join(' '))).toEqual([
      'article+', 'annotation+', 'annotation+', 'annotation+', 'annotation-', 'annotation+',
      'article- annotation- annotation-', 'article+ annotation+ annotation+',
    ]);
  });

  it('annotating an unsaved article saves it with its summary and analysis', async () => {
    const db = track(new GlossDatabase('t-summary-live'));
    await createAnnotation(db, live, at(0, 10), 5);
    const [s] = await db.summaries.toArray();
    expect(s).toMatchObject({ id: 'https://news.test/story', highlights: 1, analyzer: ANALYZER_VERSION });
    expect(await db.analyses.count()).toBe(1);
  });

  it('a failed write leaves neither the record nor its summary', async () => {
    const db = track(new GlossDatabase('t-summary-fail'));
    const saved = await saveArticle(db, live, 1);
    db.summaries.hook('updating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    await expect(createAnnotation(db, saved, at(0, 4), 2)).rejects.toMatchObject({ kind: 'quota' });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.summaries.get(saved.id)).toMatchObject({ highlights: 0 });
  });

  it('an import writes summaries for what it adds', async () => {
    const db = track(new GlossDatabase('t-summary-import'));
    await writeImport(db, () => ({ toPut: { articles: sampleArticles, annotations: sampleAnnotations, tags: sampleTags } }));
    await expectSummariesInStep(db);
    const rows = await db.indexChanges.toArray();
    expect(rows.flatMap(changesOf)).toHaveLength(sampleArticles.length + sampleAnnotations.length);
    expect(rows).toHaveLength(Math.ceil((sampleArticles.length + sampleAnnotations.length) / CHANGES_PER_ROW));
  });

  it('restoring an article counts the annotations it already has with the restored ones, and puts its kept analysis back', async () => {
    const db = track(new GlossDatabase('t-summary-restore-merge'));
    const saved = await saveArticle(db, live, 1);
    await createAnnotation(db, saved, at(0, 10), 2);
    await createAnnotation(db, saved, at(12, 20), 3);
    const removed = (await removeArticle(db, saved.id))!;
    expect(removed.analysis).toMatchObject({ id: saved.id, version: ANALYZER_VERSION });
    // a highlight made on the page after the removal, then Undo: both kinds are counted
    await createAnnotation(db, live, at(30, 40), 4);
    const marked = { ...removed.analysis!, figures: removed.analysis!.figures.slice(0, 1) };
    await restoreArticle(db, { ...removed, analysis: marked });
    expect(await db.summaries.get(saved.id)).toMatchObject({ highlights: 3, figures: 1 });
    expect((await db.analyses.get(saved.id))!.figures).toHaveLength(1);
    await expectSummariesInStep(db);
    // an analysis of another version of the text is not put back: the text is analysed again
    const again = (await removeArticle(db, saved.id))!;
    await restoreArticle(db, { ...again, analysis: { ...again.analysis!, updatedAt: 0 } });
    expect((await db.analyses.get(saved.id))!.figures.length).toBeGreaterThan(1);
    await expectSummariesInStep(db);
  });

  it('saving an article counts the highlights it already had (made before the save) and those of an updated text', async () => {
    const db = track(new GlossDatabase('t-summary-save-merge'));
    await createAnnotation(db, live, at(0, 10), 1);
    await saveArticle(db, live, 2);
    expect(await db.summaries.get('https://news.test/story')).toMatchObject({ highlights: 1 });
    await createAnnotation(db, live, at(12, 20), 3);
    const edited = { ...live, text: `${text} Updated.`, html: `<p>${text} Updated.</p>` };
    await saveArticle(db, edited, 4);
    expect(await db.summaries.get('https://news.test/story')).toMatchObject({ highlights: 2, updatedAt: 4 });
    await expectSummariesInStep(db);
  });

  it('analyses stale articles lazily: missing or from another analyser version', async () => {
    const db = track(new GlossDatabase('t-summary-analyse'));
    const saved = await saveArticle(db, live, 1);
    await db.summaries.update(saved.id, { sources: null, figures: null, analyzer: null });
    await db.analyses.update(saved.id, { version: ANALYZER_VERSION - 1 });
    expect(await analyzeArticles(db, [saved.id])).toBe(1);
    expect(await db.summaries.get(saved.id)).toMatchObject({ analyzer: ANALYZER_VERSION });
    expect((await db.summaries.get(saved.id))!.sources).toBeGreaterThan(0);
    expect((await db.analyses.get(saved.id))!.version).toBe(ANALYZER_VERSION);
  });

  it('cuts the analysis into slices with a pause between them, and keeps the analysis of an article saved during it', async () => {
    const db = track(new GlossDatabase('t-summary-analyse-pause'));
    const first = await saveArticle(db, live, 1);
    const second = await saveArticle(db, { ...live, url: 'https://news.test/second' }, 2);
    await db.summaries.toCollection().modify({ sources: null, figures: null, analyzer: null });
    await db.analyses.clear();
    let pauses = 0;
    const edited = { ...live, text: `${text} Officials said more.`, html: `<p>${text} Officials said more.</p>` };
    // A slice of -1 ms pauses before every article; the first pause is where the reader saves an edit.
    const stored = await analyzeArticles(db, [first.id, second.id], async () => {
      if (pauses++ === 0) await saveArticle(db, edited, 5);
    }, -1);
    expect(pauses).toBe(2);
    expect(stored).toBe(1); // the second only: the first's analysis was of the text before the edit
    expect((await db.analyses.get(first.id))!.updatedAt).toBe(5);
    expect((await db.summaries.get(first.id))!.updatedAt).toBe(5);
    expect((await db.summaries.get(second.id))!.analyzer).toBe(ANALYZER_VERSION);
  });
});

describe('repairing summaries', () => {
  it('an article written without lib/db gets its summary, an orphan summary goes, the index is told', async () => {
    const db = track(new GlossDatabase('t-summary-repair'));
    await db.open();
    await db.articles.put(sampleArticles[0]);
    await db.annotations.bulkPut(sampleAnnotations.filter((a) => a.articleId === sampleArticles[0].id));
    await db.summaries.put({ ...summarize(sampleArticles[1], []) });
    expect(await repairSummaries(db)).toBe(2);
    await expectSummariesInStep(db);
    expect((await db.indexChanges.toArray()).flatMap(changesOf).map((c) => c.id)).toContain(sampleArticles[0].id);
    expect(await repairSummaries(db)).toBe(0);
  });

  it('an import committing between the two key scans keeps its summary (decided again inside the transaction)', async () => {
    const db = track(new GlossDatabase('t-summary-repair-race'));
    await db.open();
    await db.articles.put(sampleArticles[0]); // written without a summary: there is something to repair
    const imported = sampleArticles[1];
    // The article keys are read before the import, the summary keys after it committed (two
    // transactions: another connection's write may come between them).
    const toCollection = db.summaries.toCollection.bind(db.summaries);
    let raced = false;
    db.summaries.toCollection = (() => {
      const coll = toCollection();
      if (raced) return coll;
      raced = true;
      const primaryKeys = coll.primaryKeys.bind(coll);
      coll.primaryKeys = (async () => {
        await writeImport(db, () => ({ toPut: { articles: [imported], annotations: [], tags: [] } }));
        return primaryKeys();
      }) as typeof coll.primaryKeys;
      return coll;
    }) as typeof db.summaries.toCollection;
    await repairSummaries(db);
    expect(raced).toBe(true);
    expect(await db.articles.get(imported.id)).toBeTruthy();
    expect(await db.summaries.get(imported.id)).toBeTruthy();
    await expectSummariesInStep(db);
  });
});

describe('the v3 migration', () => {
  async function v2WithData(name: string) {
    const old = new V2Database(name);
    await old.table('articles').bulkPut(sampleArticles);
    await old.table('annotations').bulkPut(sampleAnnotations);
    await old.table('tags').bulkPut(sampleTags);
    old.close();
  }

  it('builds a summary for every article of a v2 database and keeps every record', async () => {
    await v2WithData('t-migrate');
    const db = track(new GlossDatabase('t-migrate'));
    const reports: Array<[number, number]> = [];
    db.onUpgradeProgress = (done, total) => reports.push([done, total]);
    await db.open();
    expect(db.verno).toBe(6); // through v3 (summaries), v4 (articleVersions), v5 (sync outbox), v6 (authors in summaries)
    // Every field kept; v4 numbers each article's text as its first version.
    expect(await db.articles.toArray()).toEqual([...sampleArticles].map((a) => ({ ...a, version: 1 })).sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect((await db.annotations.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...sampleAnnotations].sort((a: AnnotationRecord, b: AnnotationRecord) => (a.id < b.id ? -1 : 1)),
    );
    expect(await db.tags.count()).toBe(sampleTags.length);
    await expectSummariesInStep(db);
    // Sources and figures are analysed later, lazily, not inside the upgrade.
    expect((await db.summaries.toArray()).every((s) => s.analyzer === null)).toBe(true);
    expect(reports.at(-1)).toEqual([sampleArticles.length, sampleArticles.length]);
  });

  it('a cancelled upgrade leaves the v2 database and its data as they were, and upgrades next time', async () => {
    await v2WithData('t-migrate-cancel');
    const db = track(new GlossDatabase('t-migrate-cancel'));
    db.onUpgradeProgress = (_done, _total, cancel) => cancel();
    await expect(db.open()).rejects.toThrow();
    db.close();
    const old = track(new V2Database('t-migrate-cancel'));
    await old.open();
    expect(old.verno).toBe(2);
    expect(await old.table('articles').count()).toBe(sampleArticles.length);
    expect(await old.table('annotations').count()).toBe(sampleAnnotations.length);
    old.close();
    const again = track(new GlossDatabase('t-migrate-cancel'));
    await again.open();
    expect(await again.summaries.count()).toBe(sampleArticles.length);
  });
});
