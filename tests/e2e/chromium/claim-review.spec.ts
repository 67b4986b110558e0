// A fact-check page shows its ClaimReview above the reader's body: the claim, who made it and the
// verdict, which the page puts in a box outside the article that the reader drops. Real benchmark
// pages (vendored, served as /zyte/<id>.html): Snopes (a verdict in words only) and Polygraph
// (a verdict on a 1–5 scale). The box holds text only: no element of the page's own.
import { test, expect } from './fixtures';

const SNOPES = '/zyte/8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446.html';
const POLYGRAPH = '/zyte/1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432.html';

test('a fact-check page shows the claim box with the verdict above the body', async ({ server, openTab, openPanel }) => {
  const tab = await openTab(server.url(SNOPES));
  const panel = await openPanel(tab.tabId);
  await panel.expectArticle();

  const box = panel.reader.getByTestId('claim-review');
  await expect(box).toBeVisible();
  await expect(box.getByTestId('claim')).toHaveText('Former U.S. ambassador to Ukraine Marie Yovanovitch has a net worth of $17 million.');
  await expect(box.getByTestId('claimant')).toHaveText('Multiple Sources');
  await expect(box.getByTestId('verdict')).toHaveText('Unproven');
  // labelled, and above the body
  await expect(box).toHaveAttribute('aria-label', /\S/);
  const boxBottom = (await box.boundingBox())!;
  const bodyTop = (await panel.body.boundingBox())!;
  expect(boxBottom.y + boxBottom.height).toBeLessThanOrEqual(bodyTop.y + 1);
  // text only
  expect(await box.locator('img, script, a, iframe').count()).toBe(0);
});

test('a verdict on a numeric scale shows its words and the rating', async ({ server, openTab, openPanel }) => {
  const tab = await openTab(server.url(POLYGRAPH));
  const panel = await openPanel(tab.tabId);
  await panel.expectArticle();
  const box = panel.reader.getByTestId('claim-review');
  await expect(box.getByTestId('verdict')).toHaveText('False (1/5)');
  await expect(box.getByTestId('claimant')).toHaveText('The Russian and Syrian defense ministries');
  await expect(box.getByTestId('claim')).toContainText('A cause for serious concern is the situation in southern Syria');
});

test('an article that is not a fact-check shows no claim box', async ({ openTab, openPanel }) => {
  const tab = await openTab('seed-article.html');
  const panel = await openPanel(tab.tabId);
  await panel.expectArticle();
  await expect(panel.reader.getByTestId('claim-review')).toHaveCount(0);
});
