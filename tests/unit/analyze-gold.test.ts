// lib/analyze scored on the hand-labelled gold pages (tests/fixtures/gold), with the match rule of
// score-gold.mjs. The article texts are snapshots of lib/extract's output (NAME.article.json), so
// this suite measures the analyzer alone; refresh them with `npm run bench:analyze -- --snapshot`.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';
import { readSnapshots } from '../../bench/lib/analyze-gold';
import { addScore, prf, spanScore } from '../../bench/lib/analyze-score';

const pages = readSnapshots(new URL('../fixtures/gold', import.meta.url).pathname);
const total = { sources: { tp: 0, predicted: 0, found: 0, gold: 0 }, figures: { tp: 0, predicted: 0, found: 0, gold: 0 } };

describe('analyzeText on the gold pages', () => {
  it('has the seed and at least 6 more labelled pages', () => {
    expect(pages.map((p) => p.name)).toContain('seed-article');
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: spans are exact, sorted and disjoint; P/R above the floor', (_name, page) => {
    const r = analyzeText(page.text, { lang: page.lang, links: page.links, published: page.gold.published });
    for (const list of [r.sources, r.figures]) {
      let last = -1;
      for (const s of list) {
        expect(s.text).toBe(page.text.slice(s.start, s.end));
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
      }
    }
    for (const s of r.sources) expect(s.name, s.text).toBeTruthy();
    const src = spanScore(page.text, page.gold.sources ?? [], r.sources);
    const fig = spanScore(page.text, page.gold.figures ?? [], r.figures);
    addScore(total.sources, src);
    addScore(total.figures, fig);
    // per page: a floor that catches a broken language or template; the set targets are below
    expect(prf(src).P, `wrong sources: ${JSON.stringify(src.wrong)}`).toBeGreaterThanOrEqual(0.85);
    expect(prf(src).R, `missed sources: ${JSON.stringify(src.missed)}`).toBeGreaterThanOrEqual(0.8);
    expect(prf(fig).P, `wrong figures: ${JSON.stringify(fig.wrong)}`).toBeGreaterThanOrEqual(0.85);
    expect(prf(fig).R, `missed figures: ${JSON.stringify(fig.missed)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('meets the targets over the whole set: sources F1 >= 0.90, figures F1 >= 0.95', () => {
    expect(total.sources.gold).toBeGreaterThan(50);
    expect(prf(total.sources).F1).toBeGreaterThanOrEqual(0.9);
    expect(prf(total.figures).F1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every labelled source and figure that extraction kept, on the seed', () => {
    const seed = pages.find((p) => p.name === 'seed-article')!;
    const r = analyzeText(seed.text, { lang: seed.lang, links: seed.links });
    const src = spanScore(seed.text, seed.gold.sources!, r.sources);
    const fig = spanScore(seed.text, seed.gold.figures!, r.figures);
    expect(src.missed).toEqual([]);
    expect(src.wrong).toEqual([]);
    expect(fig.missed).toEqual([]);
    expect(fig.wrong).toEqual([]);
  });
});
