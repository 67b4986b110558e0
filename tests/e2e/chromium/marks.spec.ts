// Source and figure marks in the reader: the analyzer's spans reach the panel and are drawn over
// the right characters. Scored against the seed's gold labels with some slack, because how well
// the analyzer finds them is lib/analyze's test; a broken offset mapping shows up as marks over
// the wrong text, which the precision bound catches.
import { test, expect } from './fixtures';
import { loadGold, normalise } from '../support/gold';

const gold = loadGold('seed-article');

/** How many of `expected` (a multiset) are matched by `found`, and how many of `found` match nothing. */
function score(expected: string[], found: string[]) {
  const left = [...found];
  let hits = 0;
  const missed: string[] = [];
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i >= 0) {
      hits++;
      left.splice(i, 1);
    } else missed.push(e);
  }
  return {
    recall: expected.length ? hits / expected.length : 1,
    precision: found.length ? (found.length - left.length) / found.length : 1,
    missed,
    extra: left,
  };
}

test('the reader marks the seed article\'s sources and figures over the right text', async ({ openTab, openPanel }) => {
  const article = await openTab('seed-article.html');
  const panel = await openPanel(article.tabId);
  await panel.expectArticle();

  const figureMarks = panel.body.locator('mark[data-highlight="figure"]');
  const sourceMarks = panel.body.locator('mark[data-highlight="source"]');
  await expect(figureMarks.first(), 'figure marks are drawn').toBeVisible();
  await expect(sourceMarks.first(), 'source marks are drawn').toBeVisible();

  const figures = (await figureMarks.allTextContents()).map(normalise);
  const sources = (await sourceMarks.allTextContents()).map(normalise);
  const body = await panel.bodyText();
  for (const text of [...figures, ...sources]) {
    expect(text.length, 'no empty mark').toBeGreaterThan(0);
    expect(body).toContain(text);
  }

  const f = score(gold.figures.map((s) => normalise(s.text)), figures);
  const s = score(gold.sources.map((s) => normalise(s.text)), sources);
  expect(f.recall, `gold figures not marked: ${JSON.stringify(f.missed)}`).toBeGreaterThanOrEqual(0.8);
  expect(f.precision, `figure marks over non-gold text: ${JSON.stringify(f.extra)}`).toBeGreaterThanOrEqual(0.8);
  expect(s.recall, `gold sources not marked: ${JSON.stringify(s.missed)}`).toBeGreaterThanOrEqual(0.8);
  expect(s.precision, `source marks over non-gold text: ${JSON.stringify(s.extra)}`).toBeGreaterThanOrEqual(0.8);
});
