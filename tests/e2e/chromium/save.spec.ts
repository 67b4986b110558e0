// Saving an article: the button says so at once, the record lands in the extension's real
// IndexedDB, and a panel opened later for the same tab knows the article is saved and lists it.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadGold, normalise } from '../support/gold';
import { clearGlossStores } from '../support/idb';

const gold = loadGold('seed-article');

/** Empties every object store of every IndexedDB database of the extension's origin. */
const clearExtensionDatabases = (extensionPage: Page) => extensionPage.evaluate(clearGlossStores);

/** Names of the IndexedDB stores (as "db/store") holding a record whose JSON contains `needle`. */
async function storesContaining(extensionPage: Page, needle: string): Promise<string[]> {
  return extensionPage.evaluate(async (needle) => {
    const found: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        if (records.some((r) => JSON.stringify(r).includes(needle))) found.push(`${name}/${store}`);
      }
      db.close();
    }
    return found;
  }, needle);
}

test('Save stores the article in IndexedDB; a panel opened later shows it saved and lists it', async ({
  openTab,
  openPanel,
  harness,
}) => {
  await clearExtensionDatabases(harness);
  expect(await storesContaining(harness, gold.title), 'nothing saved before the test').toEqual([]);

  const article = await openTab('seed-article.html');
  const first = await openPanel(article.tabId);
  await first.expectArticle();
  await expect(first.saveButton).toBeVisible();
  await expect(first.saveButton).not.toHaveAttribute('aria-pressed', 'true');

  await first.save();
  await expect(first.saveButton, 'the button shows the saved state').toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => storesContaining(harness, gold.title), { message: 'the saved article is in the extension IndexedDB' })
    .not.toEqual([]);
  await first.page.close();

  const again = await openPanel(article.tabId);
  await again.expectArticle();
  await expect(again.saveButton, 'a new panel knows the article is saved').toHaveAttribute('aria-pressed', 'true');

  await again.openSaved();
  await expect(again.savedItems.filter({ hasText: gold.title })).toHaveCount(1);
  const items = (await again.savedItems.allTextContents()).map(normalise);
  expect(items.some((text) => text.includes(normalise(gold.title)))).toBe(true);
});
