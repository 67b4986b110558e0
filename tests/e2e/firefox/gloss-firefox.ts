// Drives the Firefox build of Gloss through puppeteer-core over WebDriver BiDi.
//
// BiDi will not navigate a tab to a moz-extension:// URL, so the e2e build's background opens
// `sidepanel.html?e2e=harness` itself when installed (entrypoints/background/index.ts). That tab shows
// up in `browser.pages()` and runs with the extension's privileges: from it the suite asks
// `browser.tabs` for tab ids and then navigates it, from the inside, to `sidepanel.html?tabId=N`.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIREFOX_BIN, FIREFOX_EXT, requireBuild } from '../support/paths';
import { clearGlossStores, countStores, readAnnotations, type StoredAnnotation } from '../support/idb';

export const ADDON_ID = 'gloss@gloss-reader.org';
/** Fixed moz-extension:// host, so the harness page can be recognised by its URL. */
export const ADDON_UUID = '0b5e7a2c-3f1d-4c8e-9a6b-6c1e5d2f4a90';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export type PanelState = 'loading' | 'article' | 'not-article' | 'restricted' | 'no-access' | 'error' | 'empty';

export interface GlossFirefox {
  browser: Browser;
  /** The extension page the suite drives: the harness first, then the panel for a tab. */
  panel: Page;
  profileDir: string;
  close(): Promise<void>;
}

/** The WebExtension API of an extension page, typed loosely for page.evaluate bodies. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Ext = any;

/**
 * `locale` (de, uk…) is the UI language Firefox is asked for; it needs that language pack
 * (Debian: firefox-esr-l10n-<locale>, which tests/run-all.sh installs), or Firefox stays English.
 */
export async function launchGlossFirefox(options: { locale?: string } = {}): Promise<GlossFirefox> {
  const ext = requireBuild(FIREFOX_EXT, 'npx wxt build -b firefox --mode e2e');
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Firefox treats MV3 host_permissions as user-revocable; since Firefox 127 they are granted
      // at install when this pref is true (its default). With false, the temporary add-on gets no
      // origins at all (permissions.contains → false) and every read of a tab fails with no-access.
      // permissions.request() needs a user gesture, which BiDi cannot give, so pin the default.
      'extensions.originControls.grantByDefault': true,
      // Nothing but the local test server (an IP literal) is reachable: the seed page's CDN links
      // fail at once, offline or not, and no name is ever looked up.
      'network.dns.disabled': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  try {
    await browser.installExtension(ext);
    const panel = await findHarness(browser);
    if (options.locale) {
      const ui = await panel.evaluate(() => (globalThis as Ext).browser.i18n.getUILanguage() as string);
      if (!ui.toLowerCase().startsWith(options.locale.toLowerCase()))
        throw new Error(`Firefox runs in ${ui}, not ${options.locale}: install its language pack (apt-get install firefox-esr-l10n-${options.locale})`);
    }
    return {
      browser,
      panel,
      profileDir,
      close: async () => {
        await browser.close().catch(() => undefined);
        fs.rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The tab the extension opened on install (listed as about:blank; its document is the harness),
 * once its document is complete and has the WebExtension API. Seen once in CI-like runs: the
 * harness URL was already the extension's while `browser` was still undefined in the page, so
 * the API is what is waited for; if it never comes, the page is reloaded once.
 */
/**
 * How long Firefox may take to start with the add-on and open its harness page. A start with a
 * language pack took over 30 s once on 2 cores running two full test runs side by side.
 */
const HARNESS_WAIT_MS = 75_000;

async function findHarness(browser: Browser, timeoutMs = HARNESS_WAIT_MS): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  let candidate = null as { page: Page; since: number; reloaded: boolean } | null;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const probe = await page
        .evaluate(() => ({
          href: location.href,
          ready: document.readyState === 'complete',
          api: typeof (globalThis as Ext).browser?.tabs?.query === 'function',
        }))
        .catch(() => null);
      if (!probe?.href.startsWith(`${EXTENSION_ORIGIN}/sidepanel.html`)) continue;
      if (probe.ready && probe.api) return page;
      if (candidate?.page !== page) candidate = { page, since: Date.now(), reloaded: false };
      if (!candidate.reloaded && Date.now() - candidate.since > 5_000) {
        candidate.reloaded = true;
        await page.evaluate(() => location.reload()).catch(() => undefined);
      }
    }
    await sleep(200);
  }
  throw new Error(`the e2e build did not open ${EXTENSION_ORIGIN}/sidepanel.html?e2e=harness with the WebExtension API within ${timeoutMs} ms`);
}

/** The id of the tab showing `url`, asked of the extension from its own page. */
export async function tabIdOf(extensionPage: Page, url: string, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const id = await extensionPage.evaluate(async (u) => {
      const ext = (globalThis as Ext).browser;
      const tabs: Array<{ id?: number; url?: string }> = await ext.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id >= 0) return id;
    await sleep(200);
  }
  throw new Error(`no tab found for ${url}`);
}

/** Navigates the extension page, from the inside, to the panel for `tabId`; waits for it to settle. */
export async function showPanelFor(panel: Page, tabId: number): Promise<PanelState> {
  const target = `/sidepanel.html?tabId=${tabId}`;
  // The navigation may tear down the evaluating document before the call returns: that is fine.
  await panel.evaluate((t) => void (location.href = t), target).catch(() => undefined);
  await panel.waitForFunction(
    (t) =>
      location.pathname + location.search === t &&
      document.querySelector('main#gloss') !== null &&
      typeof (globalThis as Ext).browser?.tabs?.query === 'function',
    { timeout: 30_000, polling: 100 },
    target,
  );
  return settledState(panel);
}

/** Waits until the panel leaves `loading` and returns its state. */
export async function settledState(panel: Page, timeoutMs = 30_000): Promise<PanelState> {
  const handle = await panel.waitForFunction(
    () => {
      const state = document.querySelector('main#gloss')?.getAttribute('data-state');
      return state && state !== 'loading' ? state : false;
    },
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as PanelState;
}

/** What the panel says about its state, for failure messages. */
export async function describePanel(panel: Page): Promise<string> {
  return panel
    .evaluate(() => {
      const root = document.querySelector('main#gloss');
      const msg = document.querySelector('[data-testid="state-message"]')?.textContent ?? '';
      const reason = document.querySelector('[data-testid="state-reason"]')?.textContent ?? '';
      return `${location.href} data-state=${root?.getAttribute('data-state')} ${msg} ${reason}`.trim();
    })
    .catch((e: Error) => `unavailable (${e.message})`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks `probe` (run in the test) until `done` accepts its answer: a wait on state, never a fixed
 * delay; the short pause between asks only spares the CPU. Fails with the last answer.
 */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe().catch(() => last);
    if (last !== undefined && done(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Navigates the extension page, from the inside, to another of Gloss's pages and waits for its root. */
export async function showExtensionPage(panel: Page, target: string, ready = 'main#gloss'): Promise<void> {
  await panel.evaluate((t) => void (location.href = t), target).catch(() => undefined);
  await panel.waitForFunction(
    (t, r) => location.pathname + location.search === t && document.querySelector(r) !== null && typeof (globalThis as Ext).browser?.tabs?.query === 'function',
    { timeout: 30_000, polling: 100 },
    target,
    ready,
  );
}

/** Reloads the extension page and waits until it shows an article again. */
export async function reloadPanel(panel: Page): Promise<void> {
  const before = await panel.evaluate(() => performance.timeOrigin);
  await panel.evaluate(() => location.reload()).catch(() => undefined);
  await panel.waitForFunction((t) => performance.timeOrigin !== t && document.querySelector('main#gloss') !== null, { timeout: 30_000, polling: 100 }, before);
}

/** The texts of the highlights the content script drew on a page (CSS Custom Highlight API). */
export function pageHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    if (!reg) return ['no CSS.highlights'];
    const out: string[] = [];
    for (const [name, h] of reg) if (name.startsWith('gloss-')) for (const r of h) out.push(r.toString());
    return out.sort();
  });
}

/** Selects `quote` in the reader and ends the selection as a mouse up would; waits for the toolbar. */
export async function selectInReader(panel: Page, quote: string): Promise<void> {
  const found = await panel.evaluate((q) => {
    const body = document.querySelector('[data-testid="article-body"]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(q);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + q.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, quote);
  if (!found) throw new Error(`"${quote}" is not in the reader`);
  await panel.waitForSelector('[data-testid="selection-toolbar"]', { timeout: 30_000 });
}

/** Record counts of the extension's IndexedDB stores, read from an extension page. */
export const storeCounts = (panel: Page): Promise<Record<string, number>> => panel.evaluate(countStores);

/** Every annotation in the extension's IndexedDB: quote, note, tags… */
export const storedAnnotations = (panel: Page): Promise<StoredAnnotation[]> => panel.evaluate(readAnnotations);

/** Empties the extension's databases (a test that needs a fresh library). */
export const clearLibrary = (panel: Page): Promise<void> => panel.evaluate(clearGlossStores);
