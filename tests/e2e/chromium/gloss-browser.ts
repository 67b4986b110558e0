// Launches Chromium with the Gloss test build on a profile directory the caller keeps, so a test
// can close the browser and start it again on the same profile (a real restart: the extension's
// IndexedDB is on disk). The shared worker fixture (fixtures.ts) serves tests that need no restart.
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
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

/** Selects the first occurrence of `text` inside `root` (a CSS selector) of a page. */
export async function selectText(page: Page, rootSelector: string, text: string): Promise<void> {
  const found = await page.evaluate(
    ({ rootSelector, text }) => {
      const root = document.querySelector(rootSelector);
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      return false;
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

/** Highlights `quote` in the reader of `panel` with a note, through the selection toolbar, and waits for the note to show. */
export async function highlightWithNote(panel: Page, quote: string, note: string): Promise<void> {
  const body = '[data-testid="article-body"]';
  await selectText(panel, body, quote);
  await panel.locator(body).dispatchEvent('mouseup');
  await panel.getByTestId('selection-note').click();
  await panel.getByTestId('note-input').fill(note);
  await panel.getByTestId('save-note').click();
  await expect(panel.getByTestId('note')).toBeVisible();
}
