// lib/search: folding, prefix, phrases, AND across fields, filters, snippets, incremental updates.
import { describe, expect, it } from 'vitest';
import { addRecords, buildIndex, parseQuery, removeRecords, search } from '../../lib/search';
import { annotations, articles } from '../fixtures/export/sample-library';
import { generateLibrary } from '../../bench/lib/library-generate';

const extra = {
  ...articles[0],
  id: 'https://zeit.example/zurich',
  url: 'https://zeit.example/zurich',
  title: 'Zürich café prices',
  siteName: 'Die Zeit',
  text: 'In Zürich, the café owners said prices rose. Prices in ZURICH cafés are high.',
  savedAt: Date.UTC(2025, 0, 1),
  publishedTime: '2024-12-31',
};
const index = () => buildIndex({ articles: [...articles, extra], annotations });

describe('query parsing', async () => {
  it('folds case and diacritics, keeps phrases, marks the last word as prefix', async () => {
    expect(parseQuery('Zürich "Kremlin SAID" ukr')).toEqual({ terms: ['zurich', 'kremlin', 'said', 'ukr'], prefix: [false, false, false, true], phrases: ['kremlin said'] });
    expect(parseQuery('ukraine ').prefix).toEqual([false]);
  });
});

describe('search', async () => {
  it('matches without diacritics or case, in any field', async () => {
    const r = (await search(index(), 'zurich cafe'));
    expect(r.hits[0]).toMatchObject({ kind: 'article', id: extra.id, field: 'title' });
    expect((await search(index(), 'ZÜRICH')).total).toBe(1);
  });
  it('says where a search spent its time when asked (the bench prints it), and the same hits either way', async () => {
    const steps: Record<string, number> = {};
    const timed = await search(index(), 'zurich cafe', {}, { steps, articleRanks: true });
    expect(Object.keys(steps)).toEqual(['expand', 'postings', 'score', 'rank hits', 'rank articles', 'texts']);
    expect(Object.values(steps).every((ms) => ms >= 0)).toBe(true);
    expect(timed.hits).toEqual((await search(index(), 'zurich cafe', {}, { articleRanks: true })).hits);
  });
  it('matches the last word as a prefix while typing', async () => {
    expect((await search(index(), 'mobilis')).hits.map((h) => h.id)).toContain(annotations[1].id);
    expect((await search(index(), 'mobilis ')).total).toBe(0);
  });
  it('requires every word (AND), across fields of one record', async () => {
    // "compare" is in a note, "personnel" in the quote of the same highlight.
    const r = (await search(index(), 'compare personnel'));
    expect(r.hits.map((h) => h.id)).toEqual([annotations[0].id]);
    expect((await search(index(), 'compare zurich')).total).toBe(0);
  });
  it('quoted phrases must be consecutive words', async () => {
    expect((await search(index(), '"the kremlin said"')).hits.map((h) => h.id).sort()).toEqual([articles[0].id, annotations[2].id].sort());
    expect((await search(index(), '"said the kremlin"')).total).toBe(0);
  });
  it('finds Ukrainian and Arabic words and tags', async () => {
    expect((await search(index(), 'тисячі')).hits.map((h) => h.kind).sort()).toEqual(['annotation', 'article']);
    expect((await search(index(), 'السكان')).total).toBeGreaterThan(0);
    expect((await search(index(), 'важливо')).hits[0]).toMatchObject({ field: 'tags', id: annotations[4].id });
  });
  it('filters by site, tag, colour, has-notes, date range and kind', async () => {
    const ix = index();
    expect((await search(ix, 'prices', { site: 'die zeit' })).total).toBe(1);
    expect((await search(ix, 'prices', { site: 'News & Views' })).total).toBe(0);
    expect((await search(ix, '', { tag: 'FIGURE', kind: 'annotation' })).hits.map((h) => h.id).sort()).toEqual([annotations[0].id, annotations[4].id, annotations[5].id].sort());
    expect((await search(ix, '', { color: 'purple' })).hits.map((h) => h.id).sort()).toEqual([annotations[4].articleId, annotations[4].id].sort());
    expect((await search(ix, 'critics', { hasNotes: true })).hits.map((h) => h.id).sort()).toEqual([articles[0].id, annotations[3].id].sort());
    expect((await search(ix, 'kremlin', { hasNotes: true, kind: 'annotation' })).total).toBe(0);
    expect((await search(ix, '', { from: Date.UTC(2024, 11, 1), to: Date.UTC(2025, 0, 31), dateField: 'published' })).hits.map((h) => h.id)).toEqual([extra.id]);
    expect((await search(ix, 'said', { kind: 'annotation' })).hits.every((h) => h.kind === 'annotation')).toBe(true);
  });
  it('snippets are plain text windows with highlight ranges on the matched words', async () => {
    const long = { ...extra, id: 'long', title: 'Long', text: `${'Filler words here. '.repeat(30)}The needle sits here. ${'More filler text. '.repeat(30)}` };
    const r = (await search(buildIndex({ articles: [long] }), 'needle'));
    const [h] = r.hits;
    expect(h.snippet.startsWith('…')).toBe(true);
    expect(h.snippet.endsWith('…')).toBe(true);
    expect(h.highlights.map(([s, e]) => h.snippet.slice(s, e))).toEqual(['needle']);
    expect(h.snippet.length).toBeLessThan(220);
  });
  it('a note\'s snippet shows its words as the note list does, without the Markdown around them', async () => {
    const note = { ...annotations[0], id: 'md', tags: [], note: 'Who appointed him? **Check** the [date](https://example.com/d) — _twice_:\n- `logs`\n1. the decree' };
    const ix = buildIndex({ articles, annotations: [note] });
    const [h] = (await search(ix, 'check')).hits;
    expect(h).toMatchObject({ id: 'md', field: 'note' });
    expect(h.snippet).toBe('Who appointed him? Check the date — twice: logs the decree');
    expect(h.highlights.map(([s, e]) => h.snippet.slice(s, e))).toEqual(['Check']);
    expect((await search(ix, '"check the date"')).hits.map((x) => x.id)).toEqual(['md']);
  });
  it('adds, replaces and removes records incrementally', async () => {
    const ix = index();
    const note = { ...annotations[0], note: 'Totally new wording: heliotrope' };
    addRecords(ix, { annotations: [note] });
    expect((await search(ix, 'heliotrope')).hits.map((h) => h.id)).toEqual([note.id]);
    expect((await search(ix, 'compare personnel')).total).toBe(0); // the old note is gone
    removeRecords(ix, { annotationIds: [note.id] });
    expect((await search(ix, 'heliotrope')).total).toBe(0);
    removeRecords(ix, { articleIds: [extra.id] });
    expect((await search(ix, 'zurich')).total).toBe(0);
    addRecords(ix, { articles: [{ ...extra, title: 'Genève' }] });
    expect((await search(ix, 'geneve')).total).toBe(1);
    expect((await search(ix, 'gen')).total).toBe(1);
  });
  it('ranks every matching article once, by its best hit, as ranking every hit would (also after updates and with filters)', async () => {
    const lib = generateLibrary(80, 1600, 3, 200);
    const ix = buildIndex(lib);
    addRecords(ix, { annotations: lib.annotations.slice(0, 300).map((n) => ({ ...n, note: `${n.note} minister` })) }); // records renumbered
    for (const q of ['minister', 'ukr', 'energy prices', 'police', '"police said"']) {
      for (const f of [{}, { color: 'green' }, { kind: 'annotation' as const }]) {
        const ranked = await search(ix, q, f, { limit: 20, articleRanks: true });
        const everyHit = await search(ix, q, f, { limit: 100_000 });
        const byBestHit = [...new Set(everyHit.hits.map((h) => h.articleId))];
        expect(ranked.articles, `${q} ${JSON.stringify(f)}`).toEqual(byBestHit);
        expect(ranked.hits, q).toEqual(everyHit.hits.slice(0, 20));
      }
    }
    expect((await search(ix, 'minister', {}, { articleRanks: true })).articles!.length).toBeGreaterThan(10);
  });
  it('ranks only the first articles when asked, and the whole order on demand, equal to ranking them all', async () => {
    const lib = generateLibrary(80, 1600, 5, 200);
    const ix = buildIndex(lib);
    for (const q of ['minister', 'ukr', 'energy prices', 'police']) {
      const all = await search(ix, q, {}, { limit: 20, articleRanks: true });
      const first = await search(ix, q, {}, { limit: 20, articleRanks: true, firstArticles: 7 });
      expect(all.articles!.length, q).toBeGreaterThan(7);
      expect(first.articles, q).toEqual(all.articles!.slice(0, 7));
      expect(first.articleCount, q).toBe(all.articles!.length);
      expect(first.moreArticles!(), q).toEqual(all.articles);
      expect(first.hits, q).toEqual(all.hits);
      // Few enough: ranked at once, nothing to follow.
      const few = await search(ix, q, {}, { limit: 20, articleRanks: true, firstArticles: 10_000 });
      expect(few.articles, q).toEqual(all.articles);
      expect(few.moreArticles, q).toBeUndefined();
    }
    // Phrases are verified in order anyway: every article comes at once.
    const phrase = await search(ix, '"police said"', {}, { limit: 20, articleRanks: true, firstArticles: 2 });
    expect(phrase.moreArticles).toBeUndefined();
    expect(phrase.articleCount).toBe(phrase.articles!.length);
  });
  it('stays consistent through many updates (compaction) on a generated library', async () => {
    const lib = generateLibrary(100, 2000, 3, 200);
    const ix = buildIndex(lib);
    const before = (await search(ix, 'minister')).total;
    for (let k = 0; k < 4; k++) addRecords(ix, lib); // re-add everything: replaces, never duplicates
    expect((await search(ix, 'minister')).total).toBe(before);
    removeRecords(ix, { annotationIds: lib.annotations.map((a) => a.id) });
    expect((await search(ix, 'minister', { kind: 'annotation' })).total).toBe(0);
  });
});
