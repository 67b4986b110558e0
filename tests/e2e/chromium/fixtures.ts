// Playwright fixtures for the Chromium suite. One browser per worker (launching Chromium with an
// extension costs seconds; tests clean up the tabs they open instead), one local page server per
// worker, and helpers to open a page in a tab and Gloss's panel for that tab.
//
// The panel is opened as an ordinary tab at chrome-extension://<id>/sidepanel.html?tabId=N: tests
// cannot click the toolbar button, and the panel's own page behaves the same in a tab.
import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { CHROME_EXT, CHROMIUM_BIN, requireBuild } from '../support/paths';
import { chromiumArgs } from '../support/chromium';
import { PanelPage } from './panel-page';

export interface ArticleTab {
  page: Page;
  tabId: number;
  url: string;
}

type WorkerFixtures = {
  server: TestServer;
  extensionContext: BrowserContext;
  extensionId: string;
  /** An extension page kept open for the worker: it has `chrome.tabs` and opens the IndexedDB. */
  harness: Page;
};

type TestFixtures = {
  /** Opens a file from tests/e2e/pages/ (or a full URL) in a new tab and finds its tab id. */
  openTab: (fileOrUrl: string) => Promise<ArticleTab>;
  /** Opens Gloss's panel in a new tab, for a tab id or (without) following the active tab. */
  openPanel: (tabId?: number, setup?: (page: Page) => void) => Promise<PanelPage>;
  /** Makes a tab the active tab of its window, as the user clicking it would. */
  activateTab: (tabId: number) => Promise<void>;
};

let tabSerial = 0;

/** A name for the local server that is outside the e2e build's host permissions. */
export const NO_ACCESS_HOST = 'no-access.gloss.test';

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  extensionContext: [
    async ({}, use) => {
      const ext = requireBuild(CHROME_EXT, 'npx wxt build --mode e2e');
      const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-chromium-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_BIN,
        headless: true, // Playwright runs Chromium's new headless mode, which loads extensions
        // Nothing but the local test server resolves: a page's CDN links fail at once, offline
        // or not, and a panel that calls out anywhere shows up as a failed request, not a hang.
        // NO_ACCESS_HOST is the same server under a name the e2e build has no permission for.
        args: chromiumArgs(ext, `MAP ${NO_ACCESS_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`),
      });
      await use(context);
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  extensionId: [
    async ({ extensionContext }, use) => {
      let [worker] = extensionContext.serviceWorkers();
      if (!worker) worker = await extensionContext.waitForEvent('serviceworker', { timeout: 30_000 });
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],

  harness: [
    async ({ extensionContext, extensionId }, use) => {
      const page = await extensionContext.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?e2e=harness`);
      await use(page);
      await page.close().catch(() => undefined);
    },
    { scope: 'worker' },
  ],

  openTab: async ({ extensionContext, server, harness }, use) => {
    const opened: Page[] = [];
    await use(async (file) => {
      // A file from tests/e2e/pages/ gets a query string unique to this tab, so two tabs on one
      // page never share a URL; a full URL (chrome://…, another host) is opened as it is.
      const url = /^[a-z-]+:/.test(file) ? file : `${server.url(file)}?tab=${++tabSerial}`;
      const before = new Set(await tabIds(harness));
      const page = await extensionContext.newPage();
      opened.push(page);
      await page.goto(url);
      // The new tab is the one id the extension did not know before (its URL may be hidden from
      // the extension: chrome:// pages, hosts outside its permissions).
      let tabId: number | undefined;
      await expect
        .poll(async () => {
          const fresh = (await tabIds(harness)).filter((id) => !before.has(id));
          tabId = fresh.length === 1 ? fresh[0] : await tabIdOf(harness, url);
          return tabId ?? -1;
        }, { message: `tab id of ${url}` })
        .toBeGreaterThan(0);
      return { page, tabId: tabId!, url };
    });
    for (const page of opened) await page.close().catch(() => undefined);
  },

  openPanel: async ({ extensionContext, extensionId }, use) => {
    const opened: Page[] = [];
    await use(async (tabId, setup) => {
      const page = await extensionContext.newPage();
      opened.push(page);
      setup?.(page);
      const query = tabId === undefined ? '' : `?tabId=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return new PanelPage(page);
    });
    for (const page of opened) await page.close().catch(() => undefined);
  },

  activateTab: async ({ harness }, use) => {
    await use(async (tabId) => {
      await harness.evaluate(async (id) => {
        await (globalThis as unknown as ChromeTabs).chrome.tabs.update(id, { active: true });
      }, tabId);
    });
  },
});

/** The id of the tab showing `url`, asked of the extension itself (the e2e build may see 127.0.0.1 URLs). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number | undefined> {
  return extensionPage.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as ChromeTabs).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
}

/** Ids of every tab the extension can see. */
async function tabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => {
    const tabs = await (globalThis as unknown as ChromeTabs).chrome.tabs.query({});
    return tabs.map((t) => t.id).filter((id): id is number => typeof id === 'number');
  });
}

/** The slice of `chrome.*` the suite calls inside extension pages (the test code has no @types/chrome). */
interface ChromeTabs {
  chrome: {
    tabs: {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
      update(id: number, props: { active?: boolean }): Promise<unknown>;
    };
  };
}

export { expect };
