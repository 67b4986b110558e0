// Issue 14 in a real Firefox with the real extension (temporary add-on, `--mode e2e` build): a page
// that claims another site's saved article through rel=canonical gets none of it, and a page with
// broken links renders with those links dropped. The same checks as the Chromium suite's
// hostile-pages.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type TestServer } from '../support/server';
import { normalise } from '../support/gold';
import { VICTIM_NOTE, VICTIM_TITLE, clearGlossStores, seedVictim, victimRecords } from '../support/victim';
import { describePanel, launchGlossFirefox, showPanelFor, tabIdOf, type GlossFirefox } from './gloss-firefox';

let server: TestServer;
let ff: GlossFirefox;
let panel: Page;
let serial = 0;

beforeAll(async () => {
  server = await startServer();
  ff = await launchGlossFirefox();
  panel = ff.panel;
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openTab(file: string): Promise<{ page: Page; tabId: number }> {
  const page = await ff.browser.newPage();
  const url = `${server.url(file)}?tab=${++serial}`;
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(panel, url) };
}

/** Navigates the extension page to the library and waits until it has loaded the whole database. */
async function showLibrary(): Promise<void> {
  await panel.evaluate(() => void (location.href = '/library.html')).catch(() => undefined);
  await panel.waitForFunction(() => document.querySelector('main#gloss')?.getAttribute('data-state') === 'library', { timeout: 30_000, polling: 100 });
}

const textOf = (selector: string) => panel.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector).then(normalise);

describe('hostile pages in Firefox', () => {
  it('a page with a foreign canonical shows no saved article and none of its annotations', async () => {
    await showLibrary();
    expect(await panel.evaluate(seedVictim, victimRecords())).toBeGreaterThan(0);

    const { page, tabId } = await openTab('/security/foreign-canonical.html');
    const state = await showPanelFor(panel, tabId);
    expect(state, `panel state; the panel shows: ${await describePanel(panel)}`).toBe('article');
    expect(await textOf('article[data-testid="reader"] h1')).toBe('Central bank raises rates again');

    // Settled: the Notes tab says it is empty (its annotations query has answered).
    await panel.click('[data-testid="tab-notes"]');
    await panel.waitForSelector('[data-testid="annotations-empty"]', { visible: true, timeout: 15_000 });
    expect(await panel.evaluate(() => document.querySelector('[data-testid="save"]')?.getAttribute('aria-pressed'))).not.toBe('true');
    expect(await panel.evaluate(() => document.querySelectorAll('mark[data-annotation-id]').length)).toBe(0);
    expect(await textOf('body')).not.toContain(VICTIM_NOTE);
    const drawn = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      const out: string[] = [];
      if (reg) for (const [name, h] of reg) if (name.startsWith('gloss-')) for (const r of h) out.push(r.toString());
      return out;
    });
    expect(drawn, 'no quote of the victim drawn on the hostile page').toEqual([]);
    await page.close();

    await showLibrary();
    await panel.waitForFunction((title) => document.body.textContent?.includes(title), { timeout: 15_000 }, VICTIM_TITLE);
    await panel.evaluate(clearGlossStores);
  });

  it('a page with broken links renders with the links dropped, and its Sources tab works', async () => {
    const { page, tabId } = await openTab('/security/broken-links.html');
    const state = await showPanelFor(panel, tabId);
    expect(state, `panel state; the panel shows: ${await describePanel(panel)}`).toBe('article');
    expect(await panel.evaluate(() => document.querySelectorAll('[data-testid="render-error"]').length)).toBe(0);
    const body = await textOf('[data-testid="article-body"]');
    for (const text of ['the report', 'the auditors', 'a second study', 'a letter to the mayor', 'its statement']) expect(body).toContain(text);
    const hrefs = await panel.evaluate(() => [...document.querySelectorAll('[data-testid="article-body"] a[href]')].map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://harbour-herald.example/2024/harbour-report']);

    await panel.click('[data-testid="tab-sources"]');
    await panel.waitForSelector('#view-sources [data-testid="source-list"], #view-sources [data-testid="sources-empty"]', { visible: true, timeout: 15_000 });
    expect(await panel.evaluate(() => document.querySelectorAll('[data-testid="render-error"]').length)).toBe(0);
    await page.close();
  });
});
