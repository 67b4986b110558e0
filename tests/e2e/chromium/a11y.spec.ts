// Accessibility of Gloss's own pages, checked by axe-core in the real extension: the panel on the
// seed article (source and figure marks, a user highlight with a note, the selection toolbar), its
// Sources, Figures and Notes views and its saved list; the same panel at 250 px (a Firefox sidebar:
// the views as a select, the toolbar's menu open); the states it shows instead of an article;
// and the library page with two articles — each in the light and the dark theme, both as the
// system's choice (prefers-color-scheme) and as the panel's own theme toggle. Any serious or
// critical violation fails, with the rule, the element and axe's explanation.
//
// Also here: the panel honours prefers-reduced-motion (no flash animation, no smooth scroll).
//
// One browser for the file (launchGloss on a fresh profile: the user highlight made here never
// reaches the shared worker browser other specs use).
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, type TestServer } from '../support/server';
import { highlightWithNote, launchGloss, selectText, type GlossBrowser } from './gloss-browser';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BODY = '[data-testid="article-body"]';

let server: TestServer;
let gloss: GlossBrowser;
let profile: string;
let seedTabId: number;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-a11y-'));
  gloss = await launchGloss(profile);
  seedTabId = (await gloss.openTab(server.url('seed-article.html'))).tabId;
});
test.afterAll(async () => {
  await gloss?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
}

/**
 * Runs axe on the page (or a part of it) and returns the serious and critical violations, each
 * as one readable line per element. Axe is evaluated through the DevTools protocol: extension
 * pages' CSP forbids inline <script>, which page.addScriptTag would add.
 */
async function axe(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async ({ include, exclude }) => {
    const context = { include: include ? [[include]] : [['html']], exclude: (exclude ?? []).map((s) => [s]) };
    const w = window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } };
    const result = await w.axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, options) as Violation[];
  // GLOSS_AXE_VERBOSE=1 also prints the moderate and minor findings (for review, never a failure).
  if (process.env.GLOSS_AXE_VERBOSE)
    for (const v of violations) for (const n of v.nodes) console.log(`[axe ${v.impact}] ${v.id} ${n.target.join(' ')} ${n.html.slice(0, 120)}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`),
    );
}

async function expectNoViolations(page: Page, what: string, options?: Parameters<typeof axe>[1]) {
  const found = await axe(page, options);
  // soft: one run reports every view's violations, not just the first view's
  expect.soft(found, `axe: serious/critical violations on ${what}:\n${found.join('\n')}`).toEqual([]);
}

/** The panel's theme as a string (auto follows the emulated colour scheme). */
const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

test('panel on the seed article: reader with marks and a user highlight, selection toolbar, Sources, Figures, Notes, saved list — light and dark', async () => {
  test.setTimeout(150_000);
  const panel = await gloss.openPanel(seedTabId);
  await expect(panel.locator('mark[data-highlight="source"]').first()).toBeVisible();
  await expect(panel.locator('mark[data-highlight="figure"]').first()).toBeVisible();

  // a user highlight with a note, and one of each other colour, so every highlight colour is checked
  await highlightWithNote(panel, 'Zaporizhzhia Oblast Governor Ivan Fedorov', 'Who appointed him? **Check** the date.');
  await panel.getByTestId('tab-article').click();
  const colours = [
    ['British intelligence', 'green'],
    ['Foreign Ministry', 'blue'],
    ['conscription', 'pink'],
    ['occupied territories', 'purple'],
  ] as const;
  for (const [i, [quote, color]] of colours.entries()) {
    await selectText(panel, BODY, quote);
    await panel.locator(BODY).dispatchEvent('mouseup');
    await panel.getByTestId(`highlight-${color}`).click();
    // wait until it is stored (storing clears the selection: the next one must come after)
    await expect(panel.locator('mark[data-annotation-id]')).toHaveCount(i + 2);
  }

  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    expect(await theme(panel)).toBe('auto');
    await panel.getByTestId('tab-article').click();
    await expectNoViolations(panel, `the reader (${scheme})`);

    await selectText(panel, BODY, 'Ministry of Foreign Affairs');
    await panel.locator(BODY).dispatchEvent('mouseup');
    await expect(panel.getByTestId('selection-toolbar')).toBeVisible();
    await expectNoViolations(panel, `the selection toolbar (${scheme})`);
    await panel.evaluate(() => getSelection()?.removeAllRanges());
    await expect(panel.getByTestId('selection-toolbar')).toHaveCount(0);

    for (const view of ['sources', 'figures', 'notes'] as const) {
      await panel.getByTestId(`tab-${view}`).click();
      await expect(panel.locator(`#view-${view}`)).toBeVisible();
      await expectNoViolations(panel, `the ${view} view (${scheme})`);
    }
    // the note editor open in the Notes view
    await panel.getByTestId('note').getByRole('button', { name: 'Edit note' }).click();
    await expect(panel.getByTestId('note-input')).toBeFocused();
    await expectNoViolations(panel, `the note editor (${scheme})`);
    await panel.getByTestId('note-input').press('Escape');

    await panel.getByTestId('open-saved').click();
    await expect(panel.locator('main#gloss')).toHaveAttribute('data-state', 'library');
    await expectNoViolations(panel, `the panel's saved list (${scheme})`);
    await panel.getByTestId('open-saved').click();
  }

  // The theme toggle (auto → light → dark) against the opposite system scheme.
  await panel.getByTestId('tab-article').click();
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.getByTestId('theme-toggle').click();
  await expect.poll(() => theme(panel)).toBe('light');
  await expectNoViolations(panel, 'the reader, theme toggled to light on a dark system');
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.getByTestId('theme-toggle').click();
  await expect.poll(() => theme(panel)).toBe('dark');
  await expectNoViolations(panel, 'the reader, theme toggled to dark on a light system');
  await panel.getByTestId('tab-notes').click();
  await expectNoViolations(panel, 'the notes view, theme toggled to dark');
  await panel.getByTestId('theme-toggle').click(); // back to auto for the tests after this one
  await expect.poll(() => theme(panel)).toBe('auto');
  // keep the article in the library for the library test (highlighting already stores it)
  if ((await panel.getByTestId('save').getAttribute('aria-pressed')) !== 'true') await panel.getByTestId('save').click();
  await expect(panel.getByTestId('save')).toHaveAttribute('aria-pressed', 'true');
  await panel.close();
});

test('panel states instead of an article: restricted page, no article, closed tab — light and dark', async () => {
  test.setTimeout(120_000);
  const cases: Array<{ name: string; open: () => Promise<Page>; state: string }> = [
    {
      name: 'restricted (chrome://version)',
      state: 'restricted',
      open: async () => openPanelFor(await openHiddenTab('chrome://version/')),
    },
    {
      name: 'not an article',
      state: 'not-article',
      open: async () => openPanelFor((await gloss.openTab(server.url('not-article.html'))).tabId),
    },
    { name: 'a closed tab', state: 'error', open: () => openPanelFor(987654321) },
  ];
  for (const c of cases) {
    const panel = await c.open();
    await expect(panel.locator('main#gloss')).toHaveAttribute('data-state', c.state, { timeout: 30_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(panel, `the ${c.name} state (${scheme})`);
    }
    await panel.close();
  }
});

/** Opens a tab whose URL the extension may not see (chrome://) and finds its id as the one new id. */
async function openHiddenTab(url: string): Promise<number> {
  const ids = () =>
    gloss.harness.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
      return (await chrome.tabs.query({})).map((t) => t.id ?? -1);
    });
  const before = new Set(await ids());
  const page = await gloss.context.newPage();
  await page.goto(url);
  let id = -1;
  await expect.poll(async () => (id = (await ids()).find((x) => !before.has(x)) ?? -1)).toBeGreaterThan(0);
  return id;
}

async function openPanelFor(tabId: number): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?tabId=${tabId}`);
  return page;
}

test('library page with two articles: list, expanded highlights, Sources and Figures indexes — light and dark', async () => {
  test.setTimeout(120_000);
  // the seed article was saved (with its highlights) by the first test; save a second one
  const second = await gloss.openTab(server.url('second-article.html'));
  const panel = await gloss.openPanel(second.tabId);
  await panel.getByTestId('save').click();
  await expect(panel.getByTestId('save')).toHaveAttribute('aria-pressed', 'true');
  await panel.close();

  const library = await gloss.context.newPage();
  await library.setViewportSize({ width: 1200, height: 900 });
  await library.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  await expect(library.getByTestId('library-item')).toHaveCount(2);
  await library.getByRole('button', { name: 'Show highlights' }).first().click();
  for (const scheme of ['light', 'dark'] as const) {
    await library.emulateMedia({ colorScheme: scheme });
    await library.getByTestId('library-tab-articles').click();
    await expect(library.getByTestId('library-item')).toHaveCount(2);
    await expectNoViolations(library, `the library's articles (${scheme})`);
    await library.getByTestId('library-tab-sources').click();
    await expect(library.getByTestId('sources-index')).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(library, `the library's sources index (${scheme})`);
    await library.getByTestId('library-tab-figures').click();
    await expect(library.getByTestId('figures-index')).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(library, `the library's figures index (${scheme})`);
  }
  await library.close();
});

test('reduced motion: jumping to a source neither flashes nor scrolls smoothly; text follows the browser font size', async () => {
  const panel = await gloss.openPanel(seedTabId);
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    await panel.emulateMedia({ reducedMotion });
    await panel.getByTestId('tab-sources').click();
    await panel.getByTestId('source-item').first().locator('.entity-name').click();
    const mark = panel.locator('mark.flash').first();
    await expect(mark).toBeVisible();
    const motion = await mark.evaluate((el) => {
      const style = getComputedStyle(el);
      return { animation: style.animationName, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
    if (reducedMotion === 'reduce') expect(motion, 'no animation and no smooth scroll with prefers-reduced-motion: reduce').toEqual({ animation: 'none', scroll: 'auto' });
    else expect(motion.animation, 'the flash animates otherwise').toBe('flash');
  }
  // the loading spinner stands still too
  await panel.emulateMedia({ reducedMotion: 'reduce' });
  const spin = await panel.evaluate(() => {
    const el = document.createElement('div');
    el.className = 'spinner';
    document.body.append(el);
    const name = getComputedStyle(el).animationName;
    el.remove();
    return name;
  });
  expect(spin).toBe('none');

  // Text follows the browser's font size (rem/em, not px): doubling the root size doubles the
  // reader's text, the toolbar's buttons and the tab labels.
  const sizes = () =>
    panel.evaluate(() =>
      // (with twice the text the views may no longer fit as tabs and become a select: the same size either way)
      ['.reader-body p', '[data-testid="save"]', '[data-testid="tab-sources"], [data-testid="view-select"]', '.state-message, .reader-title'].map((s) => {
        const el = document.querySelector(s);
        return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
      }),
    );
  await panel.getByTestId('tab-article').click();
  const before = await sizes();
  await panel.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const after = await sizes();
  await panel.evaluate(() => (document.documentElement.style.fontSize = ''));
  expect(before.every((x) => x > 0)).toBe(true);
  expect(after.map((x, i) => Math.round((x / before[i]) * 10) / 10)).toEqual([2, 2, 2, 2]);
  await panel.close();
});

test('the panel at 250 px (a Firefox sidebar): the views as a select, the toolbar menu open, the Notes view — light and dark', async () => {
  const panel = await gloss.openPanel(seedTabId);
  await panel.setViewportSize({ width: 250, height: 700 });
  // Four tabs do not fit 250 px: the views are a select, and each view a labelled region (no tab
  // panel without its tab); the text size and theme are in the toolbar's menu.
  const select = panel.getByTestId('view-select');
  await expect(select).toBeVisible();
  await expect(panel.locator('#view-article')).toHaveAttribute('role', 'region');
  await expect(panel.getByTestId('toolbar-menu')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(panel, `the narrow reader (${scheme})`);
    await panel.getByTestId('toolbar-menu').click();
    await expect(panel.getByTestId('toolbar-menu-panel')).toBeVisible();
    await expectNoViolations(panel, `the toolbar menu, open (${scheme})`);
    await panel.keyboard.press('Escape');
    await expect(panel.getByTestId('toolbar-menu-panel')).toBeHidden();
    await select.selectOption('notes');
    await expect(panel.locator('#view-notes')).toBeVisible();
    await expectNoViolations(panel, `the narrow Notes view (${scheme})`);
    await select.selectOption('article');
  }
  // Wider again: tabs and tab panels.
  await panel.setViewportSize({ width: 520, height: 700 });
  await expect(panel.getByTestId('tab-article')).toBeVisible();
  await expect(panel.locator('#view-article')).toHaveAttribute('role', 'tabpanel');
  await panel.close();
});
