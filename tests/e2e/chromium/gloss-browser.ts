// Launches Chromium with the Gloss test build on a profile directory the caller keeps, so a test
// can close the browser and start it again on the same profile (a real restart: the extension's
// IndexedDB is on disk). The shared worker fixture (fixtures.ts) serves tests that need no restart.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countStores, readAnnotations, type StoredAnnotation } from '../support/idb';
import { startServer, type TestServer } from '../support/server';
import { CHROME_EXT, CHROMIUM_BIN, requireBuild } from '../support/paths';
import { chromiumArgs } from '../support/chromium';

export interface GlossBrowser {
  context: BrowserContext;
  extensionId: string;
  /** An extension page (sidepanel.html?e2e=harness): has chrome.* APIs. */
  harness: Page;
  /** Opens `url` in a tab and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the panel for a tab, waits for the article. */
  openPanel(tabId: number): Promise<Page>;
  /** Calls the same function the page's context menu "Highlight with Gloss" calls. */
  annotateSelectionOnPage(tabId: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  acceptDownloads?: boolean;
  extensionDir?: string;
  /** The browser's UI language (en, de, uk…): the catalogue Gloss reads (--lang) and the language pages see. */
  locale?: string;
}

export async function launchGloss(userDataDir: string, options: LaunchOptions = {}): Promise<GlossBrowser> {
  const ext = requireBuild(options.extensionDir ?? CHROME_EXT, 'npx wxt build --mode e2e');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: { width: 520, height: 900 },
    // --lang picks the extension's catalogue; Playwright's locale sets navigator.language and
    // chrome.i18n.getUILanguage() (which --lang alone leaves at en-US in headless Chromium).
    args: [...chromiumArgs(ext), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    ...(options.locale ? { locale: options.locale } : {}),
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const harness = await context.newPage();
  await harness.goto(`chrome-extension://${extensionId}/sidepanel.html?e2e=harness`);

  const tabIdOf = (url: string) =>
    harness.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);

  return {
    context,
    extensionId,
    harness,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      let tabId: number | undefined;
      await expect.poll(async () => (tabId = await tabIdOf(page.url())) ?? -1, { timeout: 15_000 }).toBeGreaterThan(0);
      return { page, tabId: tabId! };
    },
    async openPanel(tabId) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await expect(panel.locator('main#gloss')).toHaveAttribute('data-state', 'article', { timeout: 30_000 });
      return panel;
    },
    async annotateSelectionOnPage(tabId) {
      let sw = context.serviceWorkers()[0];
      if (!sw) sw = await context.waitForEvent('serviceworker');
      return sw.evaluate((id) => (globalThis as unknown as { glossTest: { annotateSelection(id: number): Promise<boolean> } }).glossTest.annotateSelection(id), tabId);
    },
    close: () => context.close(),
  };
}

/** Selects the first occurrence of `text` inside `root` (a CSS selector) of a page, across text nodes if need be. */
export async function selectText(page: Page, rootSelector: string, text: string): Promise<void> {
  const found = await page.evaluate(
    ({ rootSelector, text }) => {
      const root = document.querySelector(rootSelector);
      const at = root?.textContent?.indexOf(text) ?? -1;
      if (!root || at < 0) return false;
      const end = at + text.length;
      const range = document.createRange();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (offset <= at && at < offset + n.length) range.setStart(n, at - offset);
        if (offset < end && end <= offset + n.length) range.setEnd(n, end - offset);
        offset += n.length;
      }
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    },
    { rootSelector, text },
  );
  expect(found, `"${text}" is on the page`).toBe(true);
}

/** The texts of the user highlights the content script drew on the live page (CSS Custom Highlight API). */
export function pageHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const out: string[] = [];
    for (const [name, highlight] of registry) if (name.startsWith('gloss-')) for (const r of highlight) out.push(r.toString());
    return out.sort();
  });
}

const READER_BODY = '[data-testid="article-body"]';

/** Selects `text` in the panel's reader and lets the panel pick the selection up (as a mouse drag ends). */
export async function selectInReader(panel: Page, text: string): Promise<void> {
  await selectText(panel, READER_BODY, text);
  await panel.locator(READER_BODY).dispatchEvent('mouseup');
  await expect(panel.getByTestId('selection-toolbar')).toBeVisible();
}

/** Every annotation in the extension's IndexedDB (read from an extension page: the panel, the harness). */
export const storedAnnotations = (extensionPage: Page): Promise<StoredAnnotation[]> => extensionPage.evaluate(readAnnotations);

/** How many records each store of the extension's IndexedDB holds. */
export const storeCounts = (extensionPage: Page): Promise<Record<string, number>> => extensionPage.evaluate(countStores);

/** One fresh browser profile per test and one local server for the file (hooks registered here). */
export function freshGlossPerTest(prefix: string): { server: () => TestServer; gloss: () => GlossBrowser } {
  let server: TestServer;
  let gloss: GlossBrowser;
  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.close();
  });
  test.beforeEach(async () => {
    gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`)));
  });
  test.afterEach(async () => {
    await gloss?.close();
  });
  return { server: () => server, gloss: () => gloss };
}

/** Highlights `quote` in the reader of `panel` with a note, through the selection toolbar, and waits for the note to show. */
export async function highlightWithNote(panel: Page, quote: string, note: string): Promise<void> {
  await selectInReader(panel, quote);
  await panel.getByTestId('selection-note').click();
  await panel.getByTestId('note-input').fill(note);
  await panel.getByTestId('save-note').click();
  await expect(panel.getByTestId('note')).toBeVisible();
}
