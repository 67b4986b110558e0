// Import: round trips (backup and W3C) on a generated library of 1,000 articles and 20,000
// annotations, foreign (Hypothesis-style) files, idempotent merging, and hostile files that must
// each give a clear message and change nothing.
import { describe, expect, it } from 'vitest';
import { exportBackup, exportW3C, isImportError, mergeImport, parseImport, type ImportPlan, type LibraryRecords } from '../../lib/export';
import { generateLibrary } from '../../bench/lib/library-generate';
import { NOW, library as sample } from '../fixtures/export/sample-library';

const empty = (): LibraryRecords => ({ articles: [], annotations: [], tags: [] });
const plan = (text: string): ImportPlan => {
  const r = parseImport(text, { now: NOW.getTime() });
  if (isImportError(r)) throw new Error(r.error);
  return r;
};
const apply = (lib: LibraryRecords, put: LibraryRecords): LibraryRecords => {
  const merge = <T>(a: T[], b: T[], key: (t: T) => string) => [...new Map([...a, ...b].map((x) => [key(x), x])).values()];
  return {
    articles: merge(lib.articles, put.articles, (a) => a.id),
    annotations: merge(lib.annotations, put.annotations, (a) => a.id),
    tags: merge(lib.tags, put.tags, (t) => t.name),
  };
};

describe('backup round trip (1,000 articles, 20,000 annotations)', () => {
  const big = generateLibrary(1000, 20000, 1);
  it('export → parse → merge into empty → export is byte-identical; a second merge adds nothing', () => {
    const first = exportBackup(big, { now: NOW });
    const p = plan(first);
    expect(p.kind).toBe('gloss-backup');
    expect(p.annotations).toHaveLength(20000);
    const m = mergeImport(empty(), p);
    expect(m.added).toBe(20000);
    expect(m.articlesAdded).toBe(1000);
    const restored = apply(empty(), m.toPut);
    expect(exportBackup(restored, { now: NOW })).toBe(first);
    const again = mergeImport(restored, plan(first));
    expect(again).toMatchObject({ added: 0, skipped: 20000, articlesAdded: 0, tagsAdded: 0 });
    expect(again.toPut.annotations).toHaveLength(0);
  }, 60_000);
  it('keeps each annotation’s author (team libraries)', () => {
    const back = new Map(plan(exportBackup(sample, { now: NOW })).annotations.map((a) => [a.id, a.author]));
    expect(sample.annotations.map((a) => back.get(a.id))).toEqual(sample.annotations.map((a) => a.author));
    expect([...back.values()].filter(Boolean)).toHaveLength(2);
  });

  it('input order does not change the bytes', () => {
    const shuffled = { articles: [...sample.articles].reverse(), annotations: [...sample.annotations].reverse(), tags: [...sample.tags].reverse() };
    expect(exportBackup(shuffled, { now: NOW })).toBe(exportBackup(sample, { now: NOW }));
  });
});

describe('W3C round trip', () => {
  const big = generateLibrary(200, 3000, 2);
  it('gives back the same annotations: ids, selectors, notes, tags, colours, times; articles marked for re-anchoring', () => {
    const p = plan(exportW3C(big, { now: NOW }));
    expect(p.kind).toBe('w3c');
    expect(p.skipped).toBe(0);
    const byId = new Map(p.annotations.map((a) => [a.id, a]));
    for (const a of big.annotations) expect(byId.get(a.id)).toEqual(a);
    const articleIds = new Set(big.annotations.map((a) => a.articleId));
    expect(new Set(p.articles.map((a) => a.id))).toEqual(articleIds);
    const original = new Map(big.articles.map((a) => [a.id, a]));
    for (const a of p.articles) {
      const o = original.get(a.id)!;
      expect({ url: a.url, title: a.title, byline: a.byline, siteName: a.siteName, publishedTime: a.publishedTime, lang: a.lang, dir: a.dir })
        .toEqual({ url: o.url, title: o.title, byline: o.byline, siteName: o.siteName, publishedTime: o.publishedTime, lang: o.lang, dir: o.dir });
      expect(a.text).toBe('');
    }
    expect(p.needsText.sort()).toEqual([...articleIds].sort());
    expect(p.tags.filter((t) => t.color).map((t) => [t.name, t.color])).toEqual(big.tags.filter((t) => t.color).map((t) => [t.name, t.color]));
  });
  it('into a library that has the articles: adds annotations only, never replaces articles with text', () => {
    const lib = { articles: big.articles, annotations: [], tags: [] };
    const m = mergeImport(lib, plan(exportW3C(big, { now: NOW })));
    expect(m.articlesAdded).toBe(0);
    expect(m.toPut.articles).toHaveLength(0);
    expect(m.added).toBe(3000);
    expect(mergeImport(apply(lib, m.toPut), plan(exportW3C(big, { now: NOW }))).added).toBe(0);
  });
  it('a single Annotation and a bare array import too', () => {
    const one = JSON.parse(exportW3C(sample, { now: NOW })).first.items[0];
    expect(plan(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...one })).annotations).toHaveLength(1);
    expect(plan(JSON.stringify([one, one])).annotations).toHaveLength(1);
  });
});

describe('foreign W3C files (Hypothesis-style)', () => {
  const hypothesis = {
    total: 2,
    rows: [
      {
        id: 'AbCdEf123',
        created: '2024-03-01T10:00:00.000000+00:00',
        updated: '2024-03-02T10:00:00.000000+00:00',
        uri: 'https://www.example.com/story?utm_source=twitter',
        text: 'Is this **right**?',
        tags: ['check', 'Check', '  spaced   tag  '],
        document: { title: ['A story'] },
        target: [{
          source: 'https://www.example.com/story?utm_source=twitter',
          selector: [
            { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 10 },
            { type: 'TextPositionSelector', start: 100, end: 110 },
            { type: 'TextQuoteSelector', exact: 'ten chars!', prefix: 'before ', suffix: ' after' },
          ],
        }],
      },
      { id: 'page-note', uri: 'https://www.example.com/story', text: 'A page note has no quote', target: [{ source: 'https://www.example.com/story' }] },
    ],
  };
  it('imports quotes, notes and tags, skips what has no quote, and derives stable ids', () => {
    const p = plan(JSON.stringify(hypothesis));
    expect(p.annotations).toHaveLength(1);
    expect(p.skipped).toBe(1);
    const [a] = p.annotations;
    expect(a).toMatchObject({
      note: 'Is this **right**?',
      tags: ['check', 'spaced tag'],
      color: 'yellow',
      createdAt: Date.parse('2024-03-01T10:00:00Z'),
      modifiedAt: Date.parse('2024-03-02T10:00:00Z'),
      articleId: 'https://www.example.com/story',
    });
    expect(a.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'ten chars!', prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 100, end: 110 },
    ]);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(plan(JSON.stringify(hypothesis)).annotations[0].id).toBe(a.id);
    expect(p.articles[0]).toMatchObject({ id: 'https://www.example.com/story', title: 'A story', text: '' });
    expect(p.needsText).toEqual(['https://www.example.com/story']);
  });
  it('re-importing is idempotent, also when the foreign ids change (dedupe by page + quote)', () => {
    const first = mergeImport(empty(), plan(JSON.stringify(hypothesis)));
    const lib = apply(empty(), first.toPut);
    expect(mergeImport(lib, plan(JSON.stringify(hypothesis))).added).toBe(0);
    const renamed = JSON.parse(JSON.stringify(hypothesis));
    renamed.rows[0].id = 'another-id';
    renamed.rows[0].uri = renamed.rows[0].target[0].source = 'https://WWW.example.com/story/?utm_medium=x#top';
    const m = mergeImport(lib, plan(JSON.stringify(renamed)));
    expect(m).toMatchObject({ added: 0, skipped: 1 });
  });
});

describe('hostile and broken files: a clear message, nothing to write', () => {
  const backup = exportBackup(sample, { now: NOW });
  const cases: Array<[string, string, RegExp]> = [
    ['empty file', '', /empty/],
    ['white space', '  \n ', /empty/],
    ['not JSON', 'title,url\nA,B', /not JSON/],
    ['truncated JSON', backup.slice(0, backup.length / 2), /not valid JSON.*cut off/],
    ['corrupt JSON', '{"format":"gloss-backup",,}', /not valid JSON/],
    ['a JSON number', '42', /not JSON/],
    ['foreign JSON', JSON.stringify({ name: 'my-package', version: '1.0.0' }), /neither/],
    ['other format', JSON.stringify({ format: 'zotero-rdf', items: [] }), /format is "zotero-rdf"/],
    ['__proto__ key', '{"format":"gloss-backup","version":1,"articles":[],"annotations":[],"tags":[],"__proto__":{"polluted":true}}', /"__proto__"/],
    ['nested constructor key', JSON.stringify({ type: 'Annotation', target: { constructor: { prototype: { x: 1 } } } }), /"(constructor|prototype)"/],
    ['newer backup', JSON.stringify({ format: 'gloss-backup', version: 9, articles: [], annotations: [], tags: [] }), /newer Gloss/],
    ['wrong type', backup.replace('"wordCount":', '"wordCount":"many","x":'), /wordCount should be a whole number/],
    ['javascript: URL', backup.replace('"url":"https://arabic.example/floods"', '"url":"javascript:alert(1)"'), /not a web address/],
    ['bad colour', backup.replace('"color":"green"', '"color":"red; background:url(x)"'), /color should be one of/],
    ['author not text', backup.replace('"author":"alice"', '"author":{"name":"alice"}'), /annotations\[\d+\]\.author should be text/],
    ['author too long', backup.replace('"author":"alice"', `"author":"${'a'.repeat(201)}"`), /annotations\[\d+\]\.author is too long/],
    ['annotation without its article', backup.replace(/"articleId":"https:\/\/arabic\.example\/floods"/, '"articleId":"https://nowhere.example/"'), /not in the backup/],
    ['empty collection', JSON.stringify({ type: 'AnnotationCollection', total: 0, first: { type: 'AnnotationPage', items: [] } }), /no annotations/],
    ['annotations without quotes', JSON.stringify([{ type: 'Annotation', target: 'https://a.example/' }]), /quotes text Gloss can use/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const r = parseImport(text);
      expect(isImportError(r)).toBe(true);
      expect((r as { error: string }).error).toMatch(/^This file is not a Gloss backup or a W3C annotation file: /);
      expect((r as { error: string }).error).toMatch(message);
    });
  }
  it('leaves Object.prototype alone', () => {
    parseImport('{"__proto__":{"polluted":true},"type":"Annotation"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('a 50 MB string: rejected quickly as not JSON; a 50 MB note inside a valid backup: too long', () => {
    const huge = 'x'.repeat(50_000_000);
    let t = performance.now();
    expect((parseImport(huge) as { error: string }).error).toMatch(/not JSON/);
    const withHugeNote = backup.replace('"note":"Compare with the 2023 decree."', `"note":"${huge}"`);
    t = performance.now();
    const r = parseImport(withHugeNote) as { error: string };
    expect(r.error).toMatch(/annotations\[\d+\]\.note is too long \(50,000,000 characters, at most 100,000\)/);
    expect(performance.now() - t).toBeLessThan(5000);
  });
  it('a file over the size limit is refused before parsing', () => {
    const r = parseImport(' '.repeat(300_000_001)) as { error: string };
    expect(r.error).toMatch(/too large/);
  });
});
