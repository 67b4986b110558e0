// Single-page-app navigation: the page swaps its story and URL with history.pushState, with no
// page load; the content script notices the new URL and the panel shows the new article.
import { test, expect } from './fixtures';

test('a single-page app moving to another story updates the panel', async ({ openTab, openPanel }) => {
  const { page, tabId } = await openTab('spa.html');
  const panel = await openPanel(tabId);
  await panel.expectArticle();
  await expect(panel.title).toHaveText('Tram line to the old port opens after four years of works');
  await page.click('#next');
  await expect(page).toHaveURL(/story=second/);
  await expect(panel.title).toHaveText('Fishing fleet returns early as storm season begins', { timeout: 20_000 });
  await expect(panel.body).toContainText('46 vessels had docked by midday');
});
