// The panel shows exactly what `npm run analyze` finds: the seed page is analysed in Node (the CLI's
// code path: jsdom + lib/extract + lib/analyze) and in the panel (Chromium's DOMParser + the same
// lib/), and the marks, the Sources list and the Figures list must match the CLI's spans.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { extractFromHtml } from '../../../lib/extract/node';
import { analyzeText } from '../../../lib/analyze';
import { PAGES_DIR } from '../support/paths';

test('marks and lists in the panel match what analyze returns for the seed page', async ({ openTab, openPanel }) => {
  const { tabId, url } = await openTab('seed-article.html');
  const html = fs.readFileSync(path.join(PAGES_DIR, 'seed-article.html'), 'utf8');
  const result = extractFromHtml(html, url);
  if (!result.isArticle) throw new Error('the seed page is an article');
  const a = result.article;
  const expected = analyzeText(a.text, { lang: a.lang, links: a.links, published: a.publishedTime, url: a.url });
  expect(expected.sources.length).toBeGreaterThan(5);
  expect(expected.figures.length).toBeGreaterThan(5);

  const panel = await openPanel(tabId);
  await panel.expectArticle();
  const page = panel.page;

  // Marks: one or more <mark> pieces per span, joined by span id.
  const marks = await page.evaluate(() => {
    const out: Record<string, { kind: string; text: string }> = {};
    for (const m of document.querySelectorAll<HTMLElement>('[data-testid="article-body"] mark[data-highlight]')) {
      const id = m.dataset.spanId!;
      out[id] = { kind: m.dataset.highlight!, text: (out[id]?.text ?? '') + m.textContent };
    }
    return out;
  });
  const shown = (kind: string) => Object.entries(marks).filter(([, v]) => v.kind === kind).sort(([x], [y]) => Number(x.slice(1)) - Number(y.slice(1))).map(([, v]) => v.text);
  expect(shown('source')).toEqual(expected.sources.map((s) => s.text));
  expect(shown('figure')).toEqual(expected.figures.map((f) => f.text));

  // Sources list: one entry per name, with its number of mentions.
  const counts = new Map<string, number>();
  for (const s of expected.sources) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  await page.getByTestId('tab-sources').click();
  const listed = await page.getByTestId('source-item').evaluateAll((items) =>
    items.map((li) => [li.getAttribute('data-name'), li.querySelector('[data-testid="mention-count"]')?.textContent?.replace('×', '')]),
  );
  expect(new Map(listed.map(([n, c]) => [n, Number(c)]))).toEqual(counts);

  // Figures list: every figure, in reading order.
  await page.getByTestId('tab-figures').click();
  const figures = await page.getByTestId('figure-item').evaluateAll((items) => items.map((li) => li.querySelector('.entity-name')?.textContent));
  expect(figures).toEqual(expected.figures.map((f) => f.text));
});
