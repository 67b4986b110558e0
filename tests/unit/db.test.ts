import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossDatabase, describeStorageError, findSavedArticle, listSavedArticles, removeArticle, saveArticle } from '../../lib/db';
import type { Article } from '../../lib/extract/types';

const article = (over: Partial<Article> = {}): Article => ({
  url: 'https://news.test/2024/story?utm_source=x#top',
  canonicalUrl: 'https://news.test/2024/story',
  title: 'A story',
  byline: 'A. Writer',
  siteName: 'News Test',
  publishedTime: '2024-10-02T10:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'Lead.',
  leadImage: null,
  html: '<p>Body.</p>',
  text: 'Body.',
  links: [],
  wordCount: 1,
  readingMinutes: 1,
  ...over,
});

let db: GlossDatabase;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

describe('the library database', () => {
  it('saves an article under its normalised URL and finds it from another URL of it', async () => {
    db = new GlossDatabase('t-save');
    const saved = await saveArticle(db, article(), 1000);
    expect(saved.id).toBe('https://news.test/2024/story');
    const found = await findSavedArticle(db, 'https://news.test/2024/story?fbclid=1', null);
    expect(found?.title).toBe('A story');
    expect(found?.text).toBe('Body.');
  });

  it('saving again updates the snapshot but keeps the first save time', async () => {
    db = new GlossDatabase('t-resave');
    await saveArticle(db, article(), 1000);
    const again = await saveArticle(db, article({ title: 'A story (updated)' }), 5000);
    expect(again.savedAt).toBe(1000);
    expect(again.updatedAt).toBe(5000);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(again.id))?.title).toBe('A story (updated)');
  });

  it('lists newest first and removes', async () => {
    db = new GlossDatabase('t-list');
    await saveArticle(db, article({ url: 'https://a.test/1', canonicalUrl: null, title: 'one' }), 1);
    await saveArticle(db, article({ url: 'https://a.test/2', canonicalUrl: null, title: 'two' }), 2);
    expect((await listSavedArticles(db)).map((a) => a.title)).toEqual(['two', 'one']);
    await removeArticle(db, 'https://a.test/2');
    expect((await listSavedArticles(db)).map((a) => a.title)).toEqual(['one']);
  });

  it('turns storage failures into codes the UI words for people (lib/errors)', () => {
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })).code).toBe('storage-quota');
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'MissingAPIError' })).code).toBe('storage-unavailable');
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'VersionChangeError' })).code).toBe('storage-blocked');
    expect(describeStorageError(new Error('weird'))).toMatchObject({ code: 'storage-failed', detail: 'weird' });
  });

  it('a full disk surfaces as a quota error from saveArticle', async () => {
    db = new GlossDatabase('t-quota');
    db.articles.hook('creating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    await expect(saveArticle(db, article())).rejects.toMatchObject({ kind: 'quota' });
    expect(await db.articles.count()).toBe(0);
  });
});
