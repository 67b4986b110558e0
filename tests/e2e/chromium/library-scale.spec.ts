// The library at scale and across a schema upgrade, in real Chromium with real IndexedDB:
// - a database of the previous schema (v2) with data in it is upgraded when Gloss opens after a
//   browser restart, and every record is kept (compared field by field), with a summary each;
// - a generated 10,000-article library opens, searches (persisted index, built once) and scrolls
//   (virtualised: a few dozen rows in the DOM). Timings are bench:library-page's job.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLibrary } from '../../../bench/lib/library-generate';
import { SCHEMAS } from '../../../lib/db/schema';
import { launchGloss } from './gloss-browser';
import { storeContents, writeV2Library } from '../support/v2-library';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), name));

async function readAll(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('gloss');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const r = req.result.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => {
            req.result.close();
            resolve(r.result);
          };
        };
      }),
    store,
  );
}

const byId = <T extends { id?: string; name?: string }>(list: T[]) => [...list].sort((a, b) => ((a.id ?? a.name)! < (b.id ?? b.name)! ? -1 : 1));

test('an upgrade from the previous schema keeps every record, across a browser restart', async () => {
  test.setTimeout(180_000);
  const profile = tmp('gloss-upgrade-');
  const lib = generateLibrary(40, 400, 9, 120);
  let gloss = await launchGloss(profile);
  try {
    const page = await gloss.context.newPage();
    await page.goto(`chrome-extension://${gloss.extensionId}/manifest.json`); // the extension's origin, no Gloss code
    await writeV2Library(page, lib);
    expect((await storeContents(page)).articles).toMatchObject({ count: 40, version: 20 });
  } finally {
    await gloss.close();
  }

  gloss = await launchGloss(profile); // a real restart on the same profile
  try {
    const page = await gloss.context.newPage();
    await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
    await expect(page.getByTestId('library-count')).toHaveText('40 of 40 articles');
    await expect(page.locator('main[data-search="done"]')).toBeAttached({ timeout: 60_000 });
    const stores = await storeContents(page);
    expect(stores.articles.version).toBe(10 * Math.max(...Object.keys(SCHEMAS).map(Number))); // Dexie: IndexedDB version = 10 × schema version
    expect(stores.summaries.count).toBe(40);
    // Every field kept; the articleVersions upgrade numbers each article's text as its first version.
    expect(byId(await readAll(page, 'articles') as typeof lib.articles)).toEqual(byId(lib.articles.map((a) => ({ ...a, version: 1 }))));
    expect(byId(await readAll(page, 'annotations') as typeof lib.annotations)).toEqual(byId(lib.annotations));
    expect(byId(await readAll(page, 'tags') as typeof lib.tags)).toEqual(byId(lib.tags));
    // The upgraded library works: counts from the summaries, search from the new index.
    const withMost = [...lib.articles].sort((a, b) => lib.annotations.filter((n) => n.articleId === b.id).length - lib.annotations.filter((n) => n.articleId === a.id).length)[0];
    await page.getByTestId('sort').selectOption('annotations');
    await expect(page.getByTestId('library-item').first()).toContainText(withMost.title.replace(/\s+/g, ' ').slice(0, 20));
    const word = lib.articles[7].title.split(' ').find((w) => /^[a-z]{7,}$/.test(w)) ?? 'minister';
    await page.getByTestId('library-search').fill(word);
    await expect(page.getByTestId('library-item').first()).toBeVisible();
    await expect(page.getByTestId('search-snippet').first()).toContainText(new RegExp(word, 'i'));
  } finally {
    await gloss.close();
  }
});

test('a 10,000-article library opens, searches and scrolls', async () => {
  test.setTimeout(900_000); // writing 10,000 articles through the DevTools protocol on a busy 2-core machine
  const lib = generateLibrary(10_000, 20_000, 21, 60);
  lib.articles[1234].title = 'Zebrafinch migration report';
  const gloss = await launchGloss(tmp('gloss-10k-'));
  try {
    const setup = await gloss.context.newPage();
    await setup.goto(`chrome-extension://${gloss.extensionId}/manifest.json`);
    await writeV2Library(setup, lib);
    await setup.close();

    const page = await gloss.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
    await expect(page.getByTestId('library-count')).toHaveText('10,000 of 10,000 articles', { timeout: 300_000 });
    await expect(page.locator('main[data-search="done"]')).toBeAttached({ timeout: 600_000 });

    await page.getByTestId('library-search').fill('zebrafinch');
    await expect(page.getByTestId('library-item')).toHaveCount(1);
    await expect(page.getByTestId('library-item')).toContainText('Zebrafinch migration report');
    // Thousands of matches: the worker answers with the first rows and sends the whole order after;
    // the count is right at once, and every match can be scrolled to, the last one included.
    await page.getByTestId('library-search').fill('ministry');
    await expect(page.locator('main[aria-busy="false"][data-results-for="ministry"]')).toBeAttached();
    const count = (await page.getByTestId('library-count').textContent())!;
    const matching = Number(count.split(' of ')[0].replace(/,/g, ''));
    expect(matching, count).toBeGreaterThan(1000);
    await expect(page.getByTestId('library-item').first()).toHaveAttribute('aria-posinset', '1');
    const last = page.locator(`[data-testid="library-item"][aria-posinset="${matching}"]`);
    await expect
      .poll(async () => {
        await page.getByTestId('library-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return last.isVisible();
      })
      .toBe(true);
    await expect(page.getByTestId('library-count')).toHaveText(count);
    await page.getByTestId('library-scroller').evaluate((el) => el.scrollTo(0, 0));
    await page.getByTestId('library-search').fill('');
    await expect(page.getByTestId('library-count')).toHaveText('10,000 of 10,000 articles');

    // Virtualised: only the rows near the viewport are in the DOM, at the top and at the bottom.
    const rows = page.getByTestId('library-item');
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    expect(await rows.count()).toBeLessThan(60);
    await page.getByTestId('library-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page.locator('[data-testid="library-item"][aria-posinset="10000"]')).toBeVisible();
    expect(await rows.count()).toBeLessThan(60);
  } finally {
    await gloss.close();
  }
});
