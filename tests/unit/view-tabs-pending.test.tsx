// @vitest-environment jsdom
// The view tabs while the article's analysis is still running (ArticlePane passes null counts):
// "…" stands for a count not known yet, never 0 (a reader would read "no sources").
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewTabs } from '../../components/ViewTabs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const g = globalThis as { ResizeObserver?: unknown };
const had = g.ResizeObserver;
beforeAll(() => {
  // jsdom measures nothing: the tabs stay at their first level
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  g.ResizeObserver = had;
});

async function tabCounts(counts: { sources: number | null; figures: number | null; notes: number }) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<ViewTabs view="article" counts={counts} onChange={() => {}} />));
  const read = (view: string) => host.querySelector(`[data-testid="tab-${view}"] .tab-count`)?.textContent;
  const out = { sources: read('sources'), figures: read('figures'), notes: read('notes') };
  await act(async () => root.unmount());
  host.remove();
  return out;
}

describe('view tabs', () => {
  it('show "…" for a count not known yet and the count once known', async () => {
    expect(await tabCounts({ sources: null, figures: null, notes: 2 })).toEqual({ sources: '…', figures: '…', notes: '2' });
    expect(await tabCounts({ sources: 0, figures: 12, notes: 0 })).toEqual({ sources: '0', figures: '12', notes: '0' });
  });
});
