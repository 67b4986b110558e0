// Issue 14 in a real Chromium with the real extension: a hostile page that claims another site's
// saved article (rel=canonical) gets none of it — no "Saved", no annotation, no note, no highlight
// drawn on the hostile page — and the victim's records stay; a page with broken links renders with
// those links dropped and the Sources tab still works.
import { test, expect } from './fixtures';
import { pageHighlights } from './gloss-browser';
import { VICTIM_NOTE, VICTIM_TITLE, clearGlossStores, seedVictim, victimRecords } from '../support/victim';

test('a page with a foreign canonical shows no saved article and none of its annotations', async ({
  extensionContext,
  extensionId,
  openTab,
  openPanel,
}) => {
  // The library opens the database (creating its schema); then the victim's records go in.
  const library = await extensionContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('main#gloss')).toHaveAttribute('data-state', 'library');
  expect(await library.evaluate(seedVictim, victimRecords())).toBeGreaterThan(0);

  // The page also plants id="__glossContent": Gloss must still read it (it asks its script, not the DOM).
  const hostile = await openTab('/security/foreign-canonical.html');
  const panel = await openPanel(hostile.tabId);
  await panel.expectArticle();
  await expect(panel.title).toHaveText('Central bank raises rates again');

  await expect(panel.saveButton, 'the hostile page is not "Saved" under the victim\'s key').not.toHaveAttribute('aria-pressed', 'true');
  await panel.page.getByTestId('tab-notes').click();
  await expect(panel.page.getByTestId('annotations-empty')).toBeVisible();
  await expect(panel.page.locator('mark[data-annotation-id]')).toHaveCount(0);
  expect(await panel.page.locator('body').textContent()).not.toContain(VICTIM_NOTE);
  expect(await pageHighlights(hostile.page), 'no quote of the victim drawn on the hostile page').toEqual([]);

  // The victim's article is still in the library, untouched.
  await library.reload();
  await expect(library.locator('main#gloss')).toHaveAttribute('data-state', 'library');
  await expect(library.getByText(VICTIM_TITLE)).toBeVisible();
  await library.evaluate(clearGlossStores); // the browser is shared with the next spec files
  await library.close();
});

test('a page with broken links renders with the links dropped, and its Sources tab works', async ({ openTab, openPanel }) => {
  const page = await openTab('/security/broken-links.html');
  const panel = await openPanel(page.tabId);
  await panel.expectArticle();
  await expect(panel.page.getByTestId('render-error')).toHaveCount(0);

  const body = await panel.bodyText();
  for (const text of ['the report', 'the auditors', 'a second study', 'a letter to the mayor', 'its statement']) expect(body).toContain(text);
  const hrefs = await panel.body.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['https://harbour-herald.example/2024/harbour-report']);

  await panel.page.getByTestId('tab-sources').click();
  await expect(panel.page.locator('#view-sources')).toBeVisible();
  await expect(panel.page.locator('#view-sources [data-testid="source-list"], #view-sources [data-testid="sources-empty"]')).toHaveCount(1);
  await expect(panel.page.getByTestId('render-error')).toHaveCount(0);
});
