// @vitest-environment jsdom
// The panel reads an article's sources and figures after the reader is shown
// (entrypoints/sidepanel/useArticleAnalysis.ts): the first render carries no analysis and says it
// is pending, a later one the analysis of exactly the text shown. A new article must never be
// shown with the previous article's spans (their offsets point into the other text).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useArticleAnalysis, type ArticleAnalysis } from '../../entrypoints/sidepanel/useArticleAnalysis';
import type { Article } from '../../lib/extract/types';
import { analyzeText } from '../../lib/analyze';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const article = (text: string): Article =>
  ({ text, lang: 'en', links: [], publishedTime: null, url: 'https://news.example/a', title: 'T', html: '' }) as unknown as Article;

const FIRST = article('The ministry said 40 people were hurt. "It was chaos," Governor Ivan Fedorov said on Monday.');
const SECOND = article('Police reported 3 arrests, according to the city council.');

function mount() {
  const renders: Array<{ text: string; seen: ArticleAnalysis }> = [];
  function Probe({ a }: { a: Article }) {
    renders.push({ text: a.text, seen: useArticleAnalysis(a) });
    return null;
  }
  const root = createRoot(document.createElement('div'));
  return { renders, show: (a: Article) => act(async () => root.render(<Probe a={a} />)), unmount: () => act(() => root.unmount()) };
}

describe('useArticleAnalysis', () => {
  it('renders first without analysis, marked pending, then with the analysis of the shown text', async () => {
    const { renders, show, unmount } = mount();
    await show(FIRST);
    expect(renders[0].seen.pending).toBe(true);
    expect(renders[0].seen.analysis.sources).toEqual([]);
    expect(renders[0].seen.analysis.figures).toEqual([]);
    const last = renders[renders.length - 1].seen;
    expect(last.pending).toBe(false);
    expect(last.analysis.sources.map((s) => s.name)).toContain('Governor Ivan Fedorov');
    expect(last.analysis).toEqual(analyzeText(FIRST.text, { lang: 'en', links: [], published: null, url: FIRST.url }));
    await unmount();
  });

  it('never pairs a new article with the previous article’s spans', async () => {
    const { renders, show, unmount } = mount();
    await show(FIRST);
    const before = renders.length;
    await show(SECOND);
    const after = renders.slice(before);
    for (const r of after) {
      for (const s of [...r.seen.analysis.sources, ...r.seen.analysis.figures]) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(after[0].seen.pending).toBe(true);
    const last = after[after.length - 1].seen;
    expect(last.pending).toBe(false);
    expect(last.analysis.figures.map((f) => f.text)).toContain('3');
    expect(last.analysis).toEqual(analyzeText(SECOND.text, { lang: 'en', links: [], published: null, url: SECOND.url }));
    await unmount();
  });
});
