// Schema 4 and "Update the saved copy" (lib/db/savedCopy.ts) on real data: a database written by
// schema 2 (articles, annotations, tags) opens under schema 4 (articleVersions, after v3's summaries) with everything in it; accepting a
// changed page keeps the earlier text and where each annotation pointed in it, moves the
// annotations it can place, keeps the others with their old quote, and removing the article takes
// its versions along (and Undo brings them back).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossDatabase, SCHEMAS, previousVersion, removeArticle, restoreArticle, saveArticle, updateSavedCopy } from '../../lib/db';
import { describe as describeSelection } from '../../lib/anchor';
import type { Article } from '../../lib/extract/types';
import type { AnnotationRecord } from '../../lib/model';

const TEXT_V1 =
  'The council met on Tuesday to discuss the budget.\n\nThe mayor said the budget would rise by 4 percent next year (after two flat years).\n\n' +
  'Critics said the budget ignored the libraries, which lost three branches in 2023.';
const TEXT_V2 =
  'Correction: an earlier version misstated the rise.\n\nThe council met on Tuesday to discuss the budget.\n\nThe mayor said the budget would rise by 5 percent next year (after two flat years).\n\n' +
  'The vote is scheduled for March.';

const article = (text: string): Article => ({
  url: 'https://news.test/budget?utm_source=x',
  canonicalUrl: 'https://news.test/budget',
  title: 'Budget',
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: `<p>${text}</p>`,
  text,
  links: [],
  wordCount: text.split(/\s+/).length,
  readingMinutes: 1,
});
const ID = 'https://news.test/budget';

const annotation = (id: string, quote: string, note = ''): AnnotationRecord => {
  const start = TEXT_V1.indexOf(quote);
  return {
    id,
    articleId: ID,
    url: 'https://news.test/budget',
    selectors: describeSelection(TEXT_V1, start, start + quote.length),
    color: 'yellow',
    note,
    tags: ['budget'],
    createdAt: 10,
    modifiedAt: 20,
  };
};

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database as Gloss 0.1 (schema 2) left it: one article, three annotations, a tag. */
async function schema2Database(name: string) {
  const old = new Dexie(name);
  opened.push(old);
  old.version(1).stores(SCHEMAS[1]);
  old.version(2).stores(SCHEMAS[2]);
  await old.open();
  const { version: _none, ...v2Article } = { ...article(TEXT_V1), id: ID, savedAt: 5, updatedAt: 6, version: undefined };
  await old.table('articles').put(v2Article);
  await old.table('annotations').bulkPut([
    annotation('a-moves', 'the council met on Tuesday'.replace('the', 'The')),
    annotation('a-reworded', 'rise by 4 percent next year (after two flat years)', 'check the 4'),
    annotation('a-gone', 'ignored the libraries, which lost three branches', 'follow up'),
  ]);
  await old.table('tags').put({ name: 'budget', color: null, createdAt: 1 });
  old.close();
  const db = new GlossDatabase(name);
  opened.push(db);
  return db;
}

describe('schema 4 on a database with data in it', () => {
  it('upgrades schema 2 in place: every article becomes version 1, nothing else changes', async () => {
    const db = await schema2Database('v-upgrade');
    await db.open();
    expect(db.verno).toBe(6); // through v3 (summaries), v4 (articleVersions), v5 (sync outbox), v6 (authors in summaries)
    const saved = await db.articles.get(ID);
    expect(saved).toMatchObject({ title: 'Budget', text: TEXT_V1, savedAt: 5, updatedAt: 6, version: 1 });
    expect(await db.annotations.count()).toBe(3);
    expect((await db.annotations.get('a-reworded'))?.note).toBe('check the 4');
    expect(await db.tags.count()).toBe(1);
    expect(await db.articleVersions.count()).toBe(0);
  });

  it('updating the saved copy keeps the old text and moves every annotation it can place', async () => {
    const db = await schema2Database('v-update');
    const result = await updateSavedCopy(db, article(TEXT_V2), 1000);
    expect(result).toMatchObject({ placed: 2, unplaced: 1, replaced: 1 });
    expect(result.article).toMatchObject({ text: TEXT_V2, version: 2, savedAt: 5, updatedAt: 1000 });

    const kept = await previousVersion(db, ID);
    expect(kept).toMatchObject({ id: `${ID}#1`, version: 1, text: TEXT_V1, savedAt: 6, replacedAt: 1000 });
    expect(kept!.annotations.map((a) => a.id).sort()).toEqual(['a-gone', 'a-moves', 'a-reworded']);

    const moved = (await db.annotations.get('a-moves'))!;
    expect(moved.selectors[0].exact).toBe('The council met on Tuesday');
    expect(moved.selectors[1].start).toBe(TEXT_V2.indexOf('The council met'));
    const reworded = (await db.annotations.get('a-reworded'))!;
    expect(reworded.selectors[0].exact).toBe('rise by 5 percent next year (after two flat years)');
    expect(reworded.modifiedAt).toBe(20); // moved by Gloss, not edited by the reader
    // before/after stays available: the version keeps the quote as it was
    expect(kept!.annotations.find((a) => a.id === 'a-reworded')!.selectors[0].exact).toBe('rise by 4 percent next year (after two flat years)');
    // the one the new text lacks keeps its old quote and everything else
    expect(await db.annotations.get('a-gone')).toEqual(annotation('a-gone', 'ignored the libraries, which lost three branches', 'follow up'));
  });

  it('saving an unchanged text keeps no version; a second update keeps both earlier texts', async () => {
    const db = await schema2Database('v-twice');
    await saveArticle(db, article(TEXT_V1), 500);
    expect(await db.articleVersions.count()).toBe(0);
    await updateSavedCopy(db, article(TEXT_V2), 1000);
    const third = TEXT_V2.replace('March', 'April');
    const r = await updateSavedCopy(db, article(third), 2000);
    expect(r).toMatchObject({ replaced: 2, article: { version: 3 } });
    expect((await db.articleVersions.where('articleId').equals(ID).toArray()).map((v) => v.version).sort()).toEqual([1, 2]);
    expect((await previousVersion(db, ID))?.text).toBe(TEXT_V2);
  });

  it('a copy imported without its text gets the text, its annotations placed by quote, and no version', async () => {
    const db = new GlossDatabase('v-textless');
    opened.push(db);
    await db.articles.put({ ...article(''), html: '', id: ID, savedAt: 1, updatedAt: 1, version: 1 });
    await db.annotations.put({ ...annotation('imported', 'rise by 4 percent'), selectors: [{ ...annotation('x', 'rise by 4 percent').selectors[0] }, { type: 'TextPositionSelector', start: 0, end: 0 }] });
    const r = await updateSavedCopy(db, article(TEXT_V1), 50);
    expect(r).toMatchObject({ placed: 1, unplaced: 0, replaced: null, article: { version: 1, text: TEXT_V1 } });
    expect((await db.annotations.get('imported'))!.selectors[1].start).toBe(TEXT_V1.indexOf('rise by 4 percent'));
    expect(await db.articleVersions.count()).toBe(0);
  });

  it('removing an article removes its versions; Undo restores them', async () => {
    const db = await schema2Database('v-remove');
    await updateSavedCopy(db, article(TEXT_V2), 1000);
    const removed = await removeArticle(db, ID);
    expect(removed?.versions).toHaveLength(1);
    expect(await db.articleVersions.count()).toBe(0);
    await restoreArticle(db, removed!);
    expect(await db.articleVersions.count()).toBe(1);
    expect(await db.annotations.count()).toBe(3);
  });
});
