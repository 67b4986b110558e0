// The store screenshots and the README's screenshot, made from the real extension on every e2e run
// so they never go stale: 1280×800 PNGs (the Chrome Web Store's size; AMO takes them too) in
// docs/store/, and docs/panel.png (the panel alone, 360 px wide, as a side panel often is).
//
//   1-reader.png     the news page with Gloss's panel beside it: sources, figures, user highlights
//   2-annotate.png   the selection toolbar over a passage selected in the reader
//   3-notes.png      the Notes view: a highlight with its note and tags
//   4-library.png    the library page with two articles
//
// A side panel cannot be screenshotted with the browser around it (headless has no browser UI), so
// shots 1–3 put a screenshot of the page (800 px) and one of the panel (480 px) side by side.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { ROOT } from '../support/paths';
import { launchGloss, selectText, type GlossBrowser } from './gloss-browser';

const BODY = '[data-testid="article-body"]';
const STORE_DIR = path.join(ROOT, 'docs/store');
const SIZE = { width: 1280, height: 800 };
const PANEL = { width: 480, height: 800 };
/** The README's picture of the panel: a typical side panel's width. */
const README_PANEL = { width: 360, height: 800 };

let server: TestServer;
let gloss: GlossBrowser;
let profile: string;

test.beforeAll(async () => {
  server = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-shots-'));
  gloss = await launchGloss(profile);
  fs.mkdirSync(STORE_DIR, { recursive: true });
});
test.afterAll(async () => {
  await gloss?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** Writes a PNG that is exactly 1280×800 (checked from the file's own header). */
function expectPng(file: string, width: number, height: number) {
  const png = fs.readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([width, height]);
}

/** The page and the panel side by side, as the browser shows them, in one 1280×800 PNG. */
async function sideBySide(page: Page, panel: Page, file: string) {
  const left = (await page.screenshot({ clip: { x: 0, y: 0, width: SIZE.width - PANEL.width, height: SIZE.height } })).toString('base64');
  const right = (await panel.screenshot()).toString('base64');
  const canvas = await gloss.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#fff">` +
      `<img src="data:image/png;base64,${left}" width="${SIZE.width - PANEL.width - 1}" height="${SIZE.height}" style="object-fit:cover;object-position:left top">` +
      `<div style="width:1px;background:#8a8f98"></div>` +
      `<img src="data:image/png;base64,${right}" width="${PANEL.width}" height="${SIZE.height}"></body>`,
  );
  await canvas.screenshot({ path: file });
  await canvas.close();
  expectPng(file, SIZE.width, SIZE.height);
}

async function hideCaret(page: Page) {
  await page.addStyleTag({ content: '* { caret-color: transparent !important; }' }).catch(() => undefined);
}

test('store screenshots and docs/panel.png', async () => {
  test.setTimeout(120_000);
  const { page, tabId } = await gloss.openTab(server.url('seed-article.html'));
  await page.setViewportSize({ width: SIZE.width - PANEL.width, height: SIZE.height });
  // The page side of the shots: the article's headline in view, the cookie banner (fixed) out of
  // the way. (The local copy of the page has no stylesheets, and its images, on a host that does
  // not resolve here, would show as broken: they are left out.)
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).position === 'fixed') el.style.display = 'none';
    for (const img of document.images) if (img.complete && img.naturalWidth === 0) img.style.display = 'none';
    document.querySelector('h1')?.scrollIntoView({ block: 'start' });
  });
  const panel = await gloss.openPanel(tabId);
  await panel.setViewportSize(PANEL);
  await panel.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await expect(panel.locator('mark[data-highlight="figure"]').first()).toBeVisible();

  // Two user highlights, one with a note and tags.
  await selectText(panel, BODY, 'Zaporizhzhia Oblast Governor Ivan Fedorov');
  await panel.locator(BODY).dispatchEvent('mouseup');
  await panel.getByTestId('selection-note').click();
  await panel.getByTestId('note-input').fill('Appointed by Kyiv in 2022 — check the **date** of the campaign he describes.');
  await panel.getByTestId('save-note').click();
  await panel.getByTestId('add-tags').click();
  await panel.getByTestId('tag-input').fill('officials');
  await panel.getByTestId('tag-input').press('Enter');
  await panel.getByTestId('tag-input').fill('mobilisation');
  await panel.getByTestId('tag-input').press('Enter');
  await expect(panel.getByTestId('tag-chip')).toHaveCount(2);
  await panel.getByTestId('tab-article').click();
  await selectText(panel, BODY, 'British intelligence');
  await panel.locator(BODY).dispatchEvent('mouseup');
  await panel.getByTestId('highlight-green').click();
  await expect(panel.locator('mark[data-annotation-id]')).toHaveCount(2);
  await expect(panel.getByTestId('toast')).toBeEmpty({ timeout: 10_000 });
  await hideCaret(panel);

  // 1: the reader, scrolled to the paragraphs with sources, figures and highlights
  await panel.locator('mark[data-annotation-id]').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await sideBySide(page, panel, path.join(STORE_DIR, '1-reader.png'));

  // docs/panel.png: the panel alone from the top of the article, at 360 px
  await panel.setViewportSize(README_PANEL);
  await panel.evaluate(() => window.scrollTo(0, 0));
  await expect(panel.locator('.toolbar')).toHaveAttribute('data-level', /\d/);
  await panel.screenshot({ path: path.join(ROOT, 'docs/panel.png') });
  expectPng(path.join(ROOT, 'docs/panel.png'), README_PANEL.width, README_PANEL.height);
  await panel.setViewportSize(PANEL);

  // 2: the selection toolbar over a passage
  await selectText(panel, BODY, 'Institute for the Study of War');
  await panel.locator(BODY).dispatchEvent('mouseup');
  await expect(panel.getByTestId('selection-toolbar')).toBeVisible();
  await panel.getByTestId('selection-toolbar').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await sideBySide(page, panel, path.join(STORE_DIR, '2-annotate.png'));
  await panel.evaluate(() => getSelection()?.removeAllRanges());

  // 3: the Notes view
  await panel.getByTestId('tab-notes').click();
  await expect(panel.getByTestId('annotation-item')).toHaveCount(2);
  await panel.evaluate(() => window.scrollTo(0, 0));
  await sideBySide(page, panel, path.join(STORE_DIR, '3-notes.png'));

  // 4: the library with two articles (the seed article is in it since it was highlighted)
  const second = await gloss.openTab(server.url('second-article.html'));
  const panel2 = await gloss.openPanel(second.tabId);
  await panel2.getByTestId('save').click();
  await expect(panel2.getByTestId('save')).toHaveAttribute('aria-pressed', 'true');
  await panel2.close();
  const library = await gloss.context.newPage();
  await library.setViewportSize(SIZE);
  await library.emulateMedia({ colorScheme: 'light' });
  await library.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  await expect(library.getByTestId('library-item')).toHaveCount(2);
  await expect(library.getByTestId('library-count')).not.toContainText('indexing', { timeout: 30_000 });
  await library.getByRole('button', { name: 'Show highlights' }).first().click();
  await hideCaret(library);
  await library.screenshot({ path: path.join(STORE_DIR, '4-library.png') });
  expectPng(path.join(STORE_DIR, '4-library.png'), SIZE.width, SIZE.height);
  await library.close();
});
