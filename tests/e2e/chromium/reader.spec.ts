// The reader view on a real news page: the article Gloss shows is the gold article (title, every
// labelled body sentence) and none of the page's chrome (cookie banner, share bar, "Read also",
// comments, footer). Also: a page that is not an article says so, with a reason — both through
// Readability's gate (a page of bare links) and through Gloss's listing detector (a section front
// of teaser cards that Readability itself would show as an article).
import { test, expect } from './fixtures';
import { loadGold, normalise } from '../support/gold';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

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
  // a page of bare links: Readability's own gate refuses it
  await expect(panel.stateReason).toHaveAttribute('data-reason', 'not-readerable');
});

test('a section front of teaser cards gets the not-article state from the listing detector', async ({ openTab, openPanel }) => {
  // section-front.html passes isProbablyReaderable (tests/unit/extract-listing.test.ts checks it):
  // the reason "listing" proves our detector, not Readability's gate, refused it.
  const page = await openTab('section-front.html');
  const panel = await openPanel(page.tabId);
  await panel.expectState('not-article');

  await expect(panel.stateReason).toHaveAttribute('data-reason', 'listing');
  const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  await expect(panel.stateReason).toHaveText(en.notArticleListing.message);
  // none of the page shown as an article: no reader, title, byline, figures; no headline, no "2 hours ago"
  await expect(panel.reader).toHaveCount(0);
  await expect(panel.page.getByTestId('byline')).toHaveCount(0);
  await expect(panel.page.getByTestId('figure-item')).toHaveCount(0);
  const shown = normalise((await panel.root.textContent()) ?? '');
  expect(shown).not.toContain('Shipyard wins order for six hybrid ferries');
  expect(shown).not.toContain('hours ago');
});
