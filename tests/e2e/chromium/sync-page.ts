// Settings → Sync in a Chromium profile, as a user fills it: used by the sync specs, the Firefox ↔
// Chromium test and bench:sync.
import type { Page } from '@playwright/test';
import type { GlossBrowser } from './gloss-browser';

export async function openSyncSettings(gloss: GlossBrowser): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`chrome-extension://${gloss.extensionId}/options.html`);
  return page;
}

export async function fillSyncSettings(settings: Page, url: string, user: string, password: string): Promise<void> {
  await settings.locator('#sync-url').fill(url);
  await settings.locator('#sync-user').fill(user);
  await settings.locator('#sync-password').fill(password);
}

/** Opens the settings, fills them and presses "Turn sync on" (the caller waits for the state it needs). */
export async function turnSyncOn(gloss: GlossBrowser, url: string, user: string, password: string): Promise<Page> {
  const settings = await openSyncSettings(gloss);
  await fillSyncSettings(settings, url, user, password);
  await settings.locator('form button[type=submit]').click();
  return settings;
}
