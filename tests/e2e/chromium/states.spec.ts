// The panel says why it shows no article: a browser page Gloss may never read (restricted), and a
// page it may read only after the user clicks its toolbar button (no-access; the e2e build's
// host permissions cover 127.0.0.1 and localhost, not the same server under another name).
import { test, expect, NO_ACCESS_HOST } from './fixtures';
import { normalise } from '../support/gold';

test('a browser page (chrome://version) shows the restricted state with a message', async ({ openTab, openPanel }) => {
  const tab = await openTab('chrome://version/');
  const panel = await openPanel(tab.tabId);
  await panel.expectState('restricted');
  await expect(panel.reader).toHaveCount(0);
  expect(normalise((await panel.stateMessage.textContent()) ?? '').length).toBeGreaterThan(0);
});

test('a page outside the host permissions shows the no-access state, not an error', async ({ openTab, openPanel, server }) => {
  const tab = await openTab(`http://${NO_ACCESS_HOST}:${server.port}/seed-article.html`);
  await expect(tab.page.locator('h1').first(), 'the page itself loaded').toBeVisible();
  const panel = await openPanel(tab.tabId);
  await panel.expectState('no-access');
  await expect(panel.reader).toHaveCount(0);
  expect(normalise((await panel.stateMessage.textContent()) ?? '').length).toBeGreaterThan(0);
});
