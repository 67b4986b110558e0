// A panel opened without `?tabId=` follows the active tab of its window, as the side panel does
// when the user switches tabs: activating another article's tab shows that article.
import { test, expect } from './fixtures';
import { loadGold, normalise } from '../support/gold';

const gold = loadGold('seed-article');
const SECOND_TITLE = 'Riverside library reopens after two-year restoration';

test('a panel without tabId follows the active tab: switching tabs switches the article', async ({
  openTab,
  openPanel,
  activateTab,
}) => {
  test.slow(); // three full reads of two articles: on a loaded 2-core machine this took 50 s
  const seed = await openTab('seed-article.html');
  const second = await openTab('second-article.html');
  const panel = await openPanel();

  await activateTab(seed.tabId);
  await panel.expectArticle();
  await expect.poll(() => panel.titleText(), { message: 'panel shows the seed article' }).toBe(normalise(gold.title));

  await activateTab(second.tabId);
  await expect.poll(() => panel.titleText(), { message: 'panel follows to the second article' }).toBe(SECOND_TITLE);
  expect(await panel.bodyText()).toContain('The Riverside public library reopened its doors on Wednesday');

  await activateTab(seed.tabId);
  await expect.poll(() => panel.titleText(), { message: 'and back' }).toBe(normalise(gold.title));
});
