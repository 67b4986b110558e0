// The reader view on a real news page: the article Gloss shows is the gold article (title, every
// labelled body sentence) and none of the page's chrome (cookie banner, share bar, "Read also",
// comments, footer). Also: a page that is not an article says so, with a reason.
import { test, expect } from './fixtures';
import { loadGold, normalise } from '../support/gold';

const gold = loadGold('seed-article');

test('reader shows the seed article: gold title, every body sentence, no boilerplate', async ({ openTab, openPanel }) => {
  const article = await openTab('seed-article.html');
  const panel = await openPanel(article.tabId);
  await panel.expectArticle();

  await expect(panel.title).toBeVisible();
  expect(await panel.titleText()).toBe(normalise(gold.title));

  const body = await panel.bodyText();
  expect(body.length, 'article body is not empty').toBeGreaterThan(500);
  const missing = gold.body_must_include.map(normalise).filter((sentence) => !body.includes(sentence));
  expect(missing, 'gold body sentences missing from the reader').toEqual([]);

  const shown = await panel.readerText();
  const leaked = gold.boilerplate_must_exclude.map(normalise).filter((junk) => shown.includes(junk));
  expect(leaked, 'page boilerplate shown in the reader').toEqual([]);
});

test('reader shows the article metadata: byline, publication date, link to the original', async ({ openTab, openPanel }) => {
  const article = await openTab('seed-article.html');
  const panel = await openPanel(article.tabId);
  await panel.expectArticle();

  await expect(panel.byline).toContainText(gold.byline);
  await expect(panel.published).toHaveAttribute('datetime', new RegExp(`^${gold.published}`));
  const href = await panel.originalLink.getAttribute('href');
  expect(href, 'original link points at the article page').toBeTruthy();
  expect([article.url, gold.url]).toContain(href);
});

test('a section front that is not an article shows the not-article state with a reason', async ({ openTab, openPanel }) => {
  const page = await openTab('not-article.html');
  const panel = await openPanel(page.tabId);
  await panel.expectState('not-article');

  await expect(panel.reader).toHaveCount(0);
  await expect(panel.stateMessage).toBeVisible();
  expect(normalise((await panel.stateMessage.textContent()) ?? '').length).toBeGreaterThan(0);
  await expect(panel.stateReason).toBeVisible();
  expect(normalise((await panel.stateReason.textContent()) ?? '').length, 'reason is given').toBeGreaterThan(0);
});
