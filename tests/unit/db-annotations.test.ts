import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GlossDatabase,
  SCHEMAS,
  cleanTags,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  listTags,
  removeArticle,
  restoreArticle,
  restoreAnnotation,
  setTagColor,
  updateAnnotation,
  type NewAnnotation,
} from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import { testArticle } from '../support/article';

const article: Article = testArticle({ url: 'https://news.test/story?utm_medium=x' });
const at = (start: number, end: number): NewAnnotation => ({
  selectors: [
    { type: 'TextQuoteSelector', exact: article.text.slice(start, end), prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(end, end + 32) },
    { type: 'TextPositionSelector', start, end },
  ],
  color: 'yellow',
});

const opened: GlossDatabase[] = [];
const open = (name: string) => {
  const db = new GlossDatabase(name);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('annotations', () => {
  it('creating one saves the article snapshot it was made on', async () => {
    const db = open('a-create');
    const a = await createAnnotation(db, article, { ...at(15, 29), note: 'check', tags: [' war ', 'War', 'Crimea'] }, 10);
    expect(a.articleId).toBe('https://news.test/story');
    expect(a.tags).toEqual(['war', 'Crimea']);
    const saved = await db.articles.get(a.articleId);
    expect(saved?.text).toBe(article.text);
    expect((await listTags(db)).map((t) => t.name).sort()).toEqual(['Crimea', 'war']);
  });

  it('lists in reading order, edits, deletes and undoes', async () => {
    const db = open('a-edit');
    const late = await createAnnotation(db, article, at(15, 19), 1);
    const early = await createAnnotation(db, article, at(0, 3), 2);
    expect((await listAnnotations(db, early.articleId)).map((a) => a.id)).toEqual([early.id, late.id]);

    const edited = await updateAnnotation(db, late.id, { note: '*new*', color: 'green', tags: ['x'] }, 99);
    expect(edited).toMatchObject({ note: '*new*', color: 'green', tags: ['x'], modifiedAt: 99, createdAt: 1 });

    const removed = await deleteAnnotation(db, late.id);
    expect(await db.annotations.get(late.id)).toBeUndefined();
    await restoreAnnotation(db, removed!);
    expect((await db.annotations.get(late.id))?.note).toBe('*new*');
  });

  it('updating a deleted annotation fails with a message', async () => {
    const db = open('a-missing');
    await expect(updateAnnotation(db, 'nope', { note: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('removing an article removes its annotations too, and Undo brings both back', async () => {
    const db = open('a-cascade');
    const a = await createAnnotation(db, article, { ...at(0, 3), note: 'keep me' });
    const removed = await removeArticle(db, a.articleId);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
    await restoreArticle(db, removed!);
    expect((await db.annotations.get(a.id))?.note).toBe('keep me');
    expect(await db.articles.get(a.articleId)).toBeTruthy();
  });

  it('tags get colours', async () => {
    const db = open('a-tags');
    await setTagColor(db, 'claim', 'pink');
    expect((await db.tags.get('claim'))?.color).toBe('pink');
  });

  it('a failed write (disk full) keeps nothing half-written and says why', async () => {
    const db = open('a-quota');
    db.annotations.hook('creating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    await expect(createAnnotation(db, article, at(0, 3))).rejects.toMatchObject({ kind: 'quota' });
    expect(await db.articles.count()).toBe(0); // the article save rolled back with it
  });

  it('cleanTags folds white space and duplicates', () => {
    expect(cleanTags(['a  b', 'A B', '', '  ', 'c'])).toEqual(['a b', 'c']);
  });
});

describe('schema migration', () => {
  it('opens a database written by schema v1 and finds everything', async () => {
    const name = 'migrate-v1';
    const old = new Dexie(name);
    old.version(1).stores(SCHEMAS[1]);
    await old.open();
    const { links: _dropped, ...v1Article } = { ...article, id: 'https://news.test/story', savedAt: 5, updatedAt: 5 };
    await old.table('articles').put(v1Article);
    old.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMAS).map(Number))); // upgraded through every version
    const found = await db.articles.get('https://news.test/story');
    expect(found?.version).toBe(1);
    expect(found?.title).toBe('Story');
    expect(found?.text).toBe(article.text);
    expect(found?.links).toEqual([]);
    const a = await createAnnotation(db, found!, at(0, 3));
    expect(await db.annotations.get(a.id)).toBeTruthy();
  });
});
