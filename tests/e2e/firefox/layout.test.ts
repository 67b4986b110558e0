// The panel's layout in Firefox at 250 px (the width its sidebar opens at), 320 and 420 px, in the
// light and the dark theme (set with the panel's own theme button: Firefox over BiDi cannot
// emulate prefers-color-scheme), in English, German and Ukrainian (one Firefox per language, asked
// for with intl.locale.requested; the language packs come from Debian). The same checks as the
// Chromium suite (tests/e2e/support/layout.ts): no sideways scroll, every toolbar control and view
// tab inside the viewport and uncovered, the toolbar menu and the selection toolbar likewise, wide tables scrolling inside
// themselves with no column cut, and wrapped source marks underlined line by line — the Firefox
// bug this suite was written for. Screenshots for review go to test-results/layout/firefox/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { startServer, type TestServer } from '../support/server';
import { ROOT } from '../support/paths';
import { LOCALES, MENU_ITEMS, PANEL_CONTROLS, SELECTION_TOOLBAR, VIEWS, WIDTHS, cutTables, decorationsOutsideFragments, layoutProblems, showView } from '../support/layout';
import { launchGlossFirefox, selectInReader, showPanelFor, sleep, tabIdOf, type GlossFirefox } from './gloss-firefox';

const SHOTS = path.join(ROOT, 'test-results/layout/firefox');
const TABLES_PAGE = 'zyte/6a72de37e8f98f4eee6c0821e593b35ce536cef6c8b424c5e1dd747ebe6621ba.html';
const HEIGHT = 700;
const THEMES = ['light', 'dark'] as const;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Polls `check` (a page-side function) until it returns [] or the time is up; returns the last result. */
async function settle(page: Page, check: (selector: string) => string[], arg: string, timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let problems = await page.evaluate(check, arg);
  while (problems.length && Date.now() < deadline) {
    await sleep(100);
    problems = await page.evaluate(check, arg);
  }
  return problems;
}

async function shoot(page: Page, name: string) {
  const file = path.join(SHOTS, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file as `${string}.png` });
}

const waitFor = (page: Page, fn: string) => page.waitForFunction(fn, { timeout: 15_000, polling: 100 });

/** Clicks an element from inside the page (BiDi's pointer actions take seconds each in Firefox;
 * what is tested here is the layout, not pointer input). */
const clickIn = (page: Page, selector: string) => page.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);

/** Switches the panel's theme with its own button (in the toolbar menu on a narrow panel). */
async function setTheme(page: Page, theme: (typeof THEMES)[number]) {
  const current = () => page.evaluate(() => document.documentElement.dataset.theme ?? '');
  for (let i = 0; i < 3 && (await current()) !== theme; i++) {
    const before = await current();
    if (await page.$('[data-testid="toolbar-menu"][aria-expanded="false"]')) await clickIn(page, '[data-testid="toolbar-menu"]');
    await clickIn(page, '[data-testid="theme-toggle"]');
    await page.waitForFunction((b) => document.documentElement.dataset.theme !== b, { timeout: 30_000, polling: 100 }, before);
  }
  expect(await current()).toBe(theme);
  if (await page.$('[data-testid="toolbar-menu"][aria-expanded="true"]')) await clickIn(page, '[data-testid="toolbar-menu"]');
}

/** Selects `quote` in the reader as a drag would, and lets the panel read the selection. */
async function select(page: Page, quote: string) {
  await selectInReader(page, quote);
}

/** A highlight with a note and one without, so the Notes view shows both kinds of item. Set-up,
 * not the subject: clicked from inside the page (the selection toolbar scrolls itself into view
 * after it appears, and a pointer click aimed before that scroll can miss it). */
async function annotate(page: Page) {
  await select(page, 'Zaporizhzhia Oblast Governor Ivan Fedorov');
  await clickIn(page, '[data-testid="selection-note"]');
  await page.waitForSelector('[data-testid="note-input"]', { timeout: 30_000 });
  await page.type('[data-testid="note-input"]', 'Who appointed him? **Check** the date.');
  await clickIn(page, '[data-testid="save-note"]');
  await page.waitForSelector('[data-testid="note"]', { timeout: 30_000 });
  await clickIn(page, '[data-testid="tab-article"]');
  await select(page, 'British intelligence');
  await clickIn(page, '[data-testid="highlight-green"]');
  await waitFor(page, `document.querySelectorAll('mark[data-annotation-id]').length === 2`);
}

async function openPanel(ff: GlossFirefox, file: string): Promise<void> {
  const tab = await ff.browser.newPage();
  const url = server.url(file);
  await tab.goto(url, { waitUntil: 'load' });
  expect(await showPanelFor(ff.panel, await tabIdOf(ff.panel, url))).toBe('article');
}

describe.each(LOCALES)('the panel in Firefox, %s', (locale) => {
  let ff: GlossFirefox;
  beforeAll(async () => {
    ff = await launchGlossFirefox({ locale: locale === 'en' ? undefined : locale });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it(`at ${WIDTHS.join(', ')} px, light and dark: every view, scrolled, the menu`, async () => {
    const panel = ff.panel;
    await openPanel(ff, 'seed-article.html');
    expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
    await annotate(panel);
    let wrapped = 0;
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await panel.setViewport({ width, height: HEIGHT });
      // the toolbar and tabs measure the new width and settle on their levels before anything is clicked
      problems.push(...(await settle(panel, layoutProblems, PANEL_CONTROLS)).map((p) => `${locale}/${width}: ${p}`));
      for (const theme of THEMES) {
        const at = `${locale}/${width}-${theme}`;
        await setTheme(panel, theme);
        for (const view of VIEWS) {
          await panel.evaluate(showView, view);
          await waitFor(panel, `!document.getElementById('view-${view}').hidden`);
          await panel.evaluate(() => window.scrollTo(0, 0));
          problems.push(...(await settle(panel, layoutProblems, PANEL_CONTROLS)).map((p) => `${at} ${view}: ${p}`));
          await shoot(panel, `${at}-${view}.png`);
        }
        await panel.evaluate(showView, 'article');
        await select(panel, 'Institute for the Study of War (ISW)');
        problems.push(...(await settle(panel, layoutProblems, SELECTION_TOOLBAR)).map((p) => `${at} selection toolbar: ${p}`));
        await shoot(panel, `${at}-selection.png`);
        await panel.evaluate(() => getSelection()?.removeAllRanges());
        await waitFor(panel, `!document.querySelector('[data-testid="selection-toolbar"]')`);
        await panel.evaluate(() => {
          const wrapping = [...document.querySelectorAll('[data-testid="article-body"] mark[data-highlight="source"]')].find((m) => m.getClientRects().length > 1);
          if (wrapping) wrapping.scrollIntoView({ block: 'center' });
          else window.scrollTo(0, 1200);
        });
        problems.push(...(await settle(panel, layoutProblems, PANEL_CONTROLS)).map((p) => `${at} scrolled: ${p}`));
        await shoot(panel, `${at}-article-scrolled.png`);
        const png = await panel.screenshot({ encoding: 'base64' });
        const marks = await panel.evaluate(decorationsOutsideFragments, { png, selector: 'mark[data-highlight="source"]' });
        wrapped += marks.checked;
        problems.push(...marks.problems.map((p) => `${at} marks: ${p}`));

        await panel.evaluate(() => window.scrollTo(0, 0));
        if (await panel.$('[data-testid="toolbar-menu"]')) {
          await clickIn(panel, '[data-testid="toolbar-menu"]');
          await waitFor(panel, `!document.querySelector('[data-testid="toolbar-menu-panel"]').hidden`);
          problems.push(...(await settle(panel, layoutProblems, MENU_ITEMS)).map((p) => `${at} menu: ${p}`));
          await shoot(panel, `${at}-menu.png`);
          await panel.keyboard.press('Escape');
          await waitFor(panel, `document.querySelector('[data-testid="toolbar-menu-panel"]').hidden`);
          expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'Esc gives focus back to the menu button').toBe('toolbar-menu');
          await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // no focus ring in later screenshots
        } else {
          expect(width, `only a roomy panel has no toolbar menu (${at})`).toBeGreaterThanOrEqual(400);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(wrapped, 'source marks that wrap were on screen to check').toBeGreaterThan(0);
  }, 300_000);

  it('a page with four wide tables: they scroll inside themselves, no column cut, the panel never sideways', async () => {
    const panel = ff.panel;
    await openPanel(ff, TABLES_PAGE);
    expect(await panel.evaluate(() => document.querySelectorAll('[data-testid="article-body"] table').length)).toBe(4);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await panel.setViewport({ width, height: HEIGHT });
      await panel.evaluate(() => document.querySelector('[data-testid="article-body"] table')!.scrollIntoView({ block: 'center' }));
      problems.push(...(await settle(panel, layoutProblems, PANEL_CONTROLS)).map((p) => `${width}: ${p}`));
      problems.push(...(await panel.evaluate(cutTables)).map((p) => `${width}: ${p}`));
      await shoot(panel, `${locale}/${width}-tables.png`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
