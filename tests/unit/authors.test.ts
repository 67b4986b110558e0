// Team libraries: whose annotation it is (lib/authors.ts), the author filter of the one filter
// engine (lib/search/filters.ts) on the library's rows and on search hits, the summaries that keep
// each article's authors with every write, and the v6 migration that gives older summaries theirs.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { authorFilterValues, authorOf, distinctAuthors, isOwn, showsAuthors, syncUserOf } from '../../lib/authors';
import { GlossDatabase, SCHEMAS, createAnnotation, summarize, updateAnnotation, writeImport } from '../../lib/db';
import { buildIndex, filterSummaries, filterTest, search } from '../../lib/search';
import { LibraryService } from '../../lib/search/service';
import { toSearchFilters, NO_FILTERS } from '../../components/libraryModel';
import { generateLibrary } from '../../bench/lib/library-generate';
import type { AnnotationRecord } from '../../lib/model';

const dbs: Dexie[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A generated library where a third of the highlights are alice's, a third bob's, a third unstamped (made here before syncing). */
function teamLibrary() {
  const lib = generateLibrary(30, 300, 11, 120);
  const who = ['alice', 'bob', undefined];
  lib.annotations = lib.annotations.map((a, i) => (who[i % 3] ? { ...a, author: who[i % 3] } : a));
  return lib;
}

describe('whose annotation it is', () => {
  it('an annotation without an author is the device user’s; without a sync user everything is the reader’s own', () => {
    expect(authorOf({}, 'alice')).toBe('alice');
    expect(authorOf({ author: 'bob' }, 'alice')).toBe('bob');
    expect(authorOf({}, null)).toBe('');
    expect(isOwn({ author: 'bob' }, 'alice')).toBe(false);
    expect(isOwn({ author: 'alice' }, 'alice')).toBe(true);
    expect(isOwn({}, 'alice')).toBe(true);
    expect(isOwn({ author: 'bob' }, null)).toBe(true); // sync never set up: nobody to refuse the edit
  });

  it('lists the reader first, then the others sorted; a personal library shows no authors', () => {
    expect(distinctAuthors(['carol', '', 'bob', 'alice', 'bob'], 'alice')).toEqual(['alice', 'bob', 'carol']);
    expect(distinctAuthors(['bob', ''], null)).toEqual(['', 'bob']);
    expect(showsAuthors(distinctAuthors(['alice', ''], 'alice'), 'alice')).toBe(false);
    expect(showsAuthors(distinctAuthors([''], null), null)).toBe(false);
    expect(showsAuthors(distinctAuthors(['bob'], 'alice'), 'alice')).toBe(true);
  });

  it('the reader’s own filter value takes in the not yet stamped', () => {
    expect(authorFilterValues('alice', 'alice').sort()).toEqual(['', 'alice']);
    expect(authorFilterValues('bob', 'alice')).toEqual(['bob']);
    expect(toSearchFilters({ ...NO_FILTERS, author: 'alice' }, 'alice').author).toEqual(expect.arrayContaining(['alice', '']));
    expect(toSearchFilters(NO_FILTERS, 'alice').author).toBeUndefined();
  });

  it('reads the sync user from stored settings, leniently', () => {
    expect(syncUserOf({ url: 'http://x/db', user: 'alice', password: 'p', enabled: true })).toBe('alice');
    expect(syncUserOf({ user: '  ' })).toBeNull();
    expect(syncUserOf(undefined)).toBeNull();
    expect(syncUserOf('alice')).toBeNull();
  });
});

describe('the author filter', () => {
  const lib = teamLibrary();
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const a of lib.annotations) byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  const summaries = lib.articles.map((a) => summarize(a, byArticle.get(a.id) ?? []));

  it('keeps the articles with a highlight by the author, and only those', () => {
    const expected = lib.articles.filter((a) => (byArticle.get(a.id) ?? []).some((n) => n.author === 'bob')).map((a) => a.id).sort();
    const rows = filterSummaries(summaries, { author: 'bob' }).map((s) => s.id).sort();
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(summaries.length);
    expect(filterSummaries(summaries, { author: 'nobody' })).toEqual([]);
    // the reader's own, with the unstamped ones
    const mine = lib.articles.filter((a) => (byArticle.get(a.id) ?? []).some((n) => !n.author || n.author === 'alice')).map((a) => a.id).sort();
    expect(filterSummaries(summaries, { author: authorFilterValues('alice', 'alice') }).map((s) => s.id).sort()).toEqual(mine);
  });

  it('an article without highlights has no authors and is never kept', () => {
    const empty = summarize(lib.articles[0], []);
    expect(empty.authors).toEqual([]);
    expect(filterTest({ author: 'alice' })({ site: '', tags: [], colors: [], notes: false, authors: empty.authors!, published: NaN, saved: 0 })).toBe(false);
  });

  it('search applies it to its hits the way the library applies it to rows', async () => {
    const index = buildIndex(lib);
    const rows = filterSummaries(summaries, { author: 'bob' }).map((s) => s.id).sort();
    const hits = (await search(index, '', { author: 'bob', kind: 'article' }, { limit: 10_000 })).hits.map((h) => h.id).sort();
    expect(hits).toEqual(rows);
    const found = await search(index, 'the', { author: 'bob' }, { limit: 10_000 });
    expect(found.hits.length).toBeGreaterThan(0);
    for (const h of found.hits) expect(rows).toContain(h.articleId);
  });
});

describe('authors in the stored summaries', () => {
  it('every write keeps them, and the persisted search filters by them', async () => {
    const db = new GlossDatabase('t-authors-writes');
    dbs.push(db);
    const lib = teamLibrary();
    await writeImport(db, () => ({ toPut: lib }));
    const article = lib.articles[0];
    const before = (await db.summaries.get(article.id))!.authors!;
    const made = await createAnnotation(db, article, { id: 'carols', selectors: lib.annotations.find((a) => a.articleId === article.id)!.selectors, color: 'pink' }, 5);
    expect(made.id).toBe('carols');
    await updateAnnotation(db, 'carols', { note: 'x' });
    await db.annotations.update('carols', { author: 'carol' }); // as the first sync stamps it
    await updateAnnotation(db, 'carols', { note: 'y' });
    expect((await db.summaries.get(article.id))!.authors).toEqual(expect.arrayContaining([...before, 'carol']));
    const svc = new LibraryService(db, { writer: true });
    await svc.open();
    expect((await svc.search('', { author: 'carol', kind: 'article' }, { limit: 100 })).hits.map((h) => h.id)).toEqual([article.id]);
  });

  it('the v6 migration gives a v5 database’s summaries the authors of their highlights', async () => {
    const name = 't-authors-v6';
    const old = new Dexie(name);
    dbs.push(old);
    for (const v of [1, 2, 3, 4, 5] as const) old.version(v).stores(SCHEMAS[v]);
    await old.open();
    const lib = teamLibrary();
    const byArticle = new Map<string, AnnotationRecord[]>();
    for (const a of lib.annotations) byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
    await old.table('articles').bulkPut(lib.articles);
    await old.table('annotations').bulkPut(lib.annotations);
    // as v5 wrote them: no authors
    await old.table('summaries').bulkPut(lib.articles.map((a) => {
      const { authors: _none, ...rest } = summarize(a, byArticle.get(a.id) ?? []);
      return rest;
    }));
    old.close();
    const db = new GlossDatabase(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    for (const s of await db.summaries.toArray()) {
      const expected = new Set((byArticle.get(s.id) ?? []).map((a) => a.author ?? ''));
      expect(new Set(s.authors), s.id).toEqual(expected);
    }
    expect(await db.annotations.count()).toBe(lib.annotations.length);
  });
});
