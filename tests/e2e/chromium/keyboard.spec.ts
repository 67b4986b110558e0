// Gloss with the keyboard only: Tab, Shift+Tab, arrow keys, Enter, letters — no mouse clicks and
// no element.click(). The one step that is not a key press is selecting the passage: headless
// Chromium has no caret browsing (F7) to make a selection from the keyboard, so the test selects
// the passage programmatically (as a mouse drag or caret browsing would) and then presses
// Shift+ArrowRight — the selection key a caret-browsing user ends a selection with, on which the
// panel reads the selection (it does not move the selection here). Everything after that is keys.
//
// Along the way every element that takes focus must show it (an outline of at least 2px), the selection toolbar's keys (n, t, 1–5, h) must work, the note editor must take focus and
// give it back when it closes, and the library's Export must be reachable with Tab and download a
// file on Enter.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { launchGloss, selectText, type GlossBrowser } from './gloss-browser';

const BODY = '[data-testid="article-body"]';

let server: TestServer;
let gloss: GlossBrowser;
let profile: string;

test.beforeAll(async () => {
  server = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-keyboard-'));
  gloss = await launchGloss(profile, { acceptDownloads: true });
});
test.afterAll(async () => {
  await gloss?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

interface Focused {
  /** A short description: tag, test id, role, text. */
  what: string;
  testId: string | null;
  role: string | null;
  visible: boolean;
  inside: (selector: string) => boolean;
}

/** What has focus now, and whether its focus is visible (a real outline while focused). */
async function focused(page: Page): Promise<Focused> {
  const info = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ancestors: string[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) {
      ancestors.push(
        [n.tagName.toLowerCase(), n.id && `#${n.id}`, n.getAttribute('data-testid') && `[data-testid="${n.getAttribute('data-testid')}"]`]
          .filter(Boolean)
          .join(''),
      );
    }
    return {
      what: `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      testId: el.dataset.testid ?? null,
      role: el.getAttribute('role'),
      // what the user sees while it has focus: an outline of at least 2px (from :focus-visible, or
      // :focus for fields like <input type=date> whose inner part takes the focus)
      visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      ancestors: ancestors.join(' '),
      ids: [...(function* () {
        for (let n: Element | null = el; n; n = n.parentElement) {
          if (n.id) yield `#${n.id}`;
          const t = n.getAttribute('data-testid');
          if (t) yield `[data-testid="${t}"]`;
        }
      })()],
    };
  });
  if (!info) return { what: 'nothing (body)', testId: null, role: null, visible: false, inside: () => false };
  return { ...info, inside: (selector: string) => info.ids.includes(selector) };
}

/** Presses `key` until `done` says so (at most `max` times), checking each focus stop is visible. */
async function pressUntil(page: Page, key: string, done: (f: Focused) => boolean, max: number, invisible: string[]): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (!f.visible) invisible.push(f.what);
    if (done(f)) return f;
  }
  throw new Error(`${key} ×${max} never reached the target; focus is on ${(await focused(page)).what}`);
}

test('the panel and the library by keyboard: reach the article, highlight with a note, the Notes list, export', async () => {
  test.setTimeout(150_000);
  const invisible: string[] = [];
  const { tabId } = await gloss.openTab(server.url('seed-article.html'));
  const panel = await gloss.openPanel(tabId);
  await expect(panel.locator('mark[data-highlight="source"]').first()).toBeVisible();

  // The toolbar comes first: Save, Library, text size, theme.
  let f = await pressUntil(panel, 'Tab', (x) => x.testId === 'save', 3, invisible);
  f = await pressUntil(panel, 'Tab', (x) => x.testId === 'open-saved', 1, invisible);
  await pressUntil(panel, 'Tab', (x) => x.testId === 'theme-toggle', 4, invisible);

  // The view tabs are one Tab stop; the arrow keys move between them and show each view.
  f = await pressUntil(panel, 'Tab', (x) => x.role === 'tab', 2, invisible);
  expect(f.testId).toBe('tab-article');
  for (const view of ['sources', 'figures', 'notes', 'article'] as const) {
    await panel.keyboard.press('ArrowRight');
    f = await focused(panel);
    expect(f.testId).toBe(`tab-${view}`);
    if (!f.visible) invisible.push(f.what);
    await expect(panel.locator(`#view-${view}`)).toBeVisible();
  }
  await panel.keyboard.press('ArrowLeft');
  expect((await focused(panel)).testId).toBe('tab-notes');
  await panel.keyboard.press('ArrowRight');
  expect((await focused(panel)).testId).toBe('tab-article');

  // Into the article: the legend's switches, then the reader's link to the original.
  await pressUntil(panel, 'Tab', (x) => x.testId === 'toggle-sources', 3, invisible);
  await panel.keyboard.press('Space'); // switch source marks off and on again from the keyboard
  await expect(panel.locator('#view-article')).toHaveAttribute('data-hide-sources', '');
  await panel.keyboard.press('Space');
  await expect(panel.locator('#view-article')).not.toHaveAttribute('data-hide-sources', '');
  f = await pressUntil(panel, 'Tab', (x) => x.testId === 'original-link', 4, invisible);
  expect(f.inside('[data-testid="reader"]')).toBe(true);

  // Shift+Tab walks back the same way.
  await pressUntil(panel, 'Shift+Tab', (x) => x.testId === 'toggle-figures', 2, invisible);
  await pressUntil(panel, 'Tab', (x) => x.testId === 'original-link', 2, invisible);

  // The one non-keyboard step: select the passage, as a drag would. Shift+ArrowRight (a key press,
  // with focus in the article) is where the panel picks the selection up.
  await selectText(panel, BODY, 'Zaporizhzhia Oblast Governor Ivan Fedorov');
  await panel.keyboard.press('Shift+ArrowRight');
  expect(await panel.evaluate(() => getSelection()?.toString())).toMatch(/^Zaporizhzhia Oblast Governor Ivan Fedorov/);
  const toolbar = panel.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByTestId('highlight-yellow')).toHaveAttribute('title', /\(key 1\)$/);

  // n: highlight with a note. The Notes view opens with the note editor focused.
  await panel.keyboard.press('n');
  await expect(panel.getByTestId('note-input')).toBeFocused();
  await expect(panel.locator('#view-notes')).toBeVisible();
  await panel.keyboard.type('Who appointed him? **Check** the date.');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByTestId('note')).toContainText('Who appointed him? Check the date.');
  // focus comes back to the note's own button, not lost to the page
  await expect(panel.getByTestId('note').getByRole('button', { name: 'Edit note' })).toBeFocused();
  f = await focused(panel);
  if (!f.visible) invisible.push(f.what);

  // Esc in the editor cancels and hands focus back too.
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('note-input')).toBeFocused();
  await panel.keyboard.type(' (draft)');
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('note').getByRole('button', { name: 'Edit note' })).toBeFocused();
  await expect(panel.getByTestId('note')).not.toContainText('(draft)');

  // Tab on to the tags button and add a tag with the keyboard.
  await pressUntil(panel, 'Tab', (x) => x.testId === 'add-tags', 2, invisible);
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('tag-input')).toBeFocused();
  await panel.keyboard.type('officials');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('tag-chip')).toHaveText(['officials✕']);

  // Shift+Tab reaches the quote in the Notes list; Enter jumps to it in the article.
  f = await pressUntil(panel, 'Shift+Tab', (x) => x.what.includes('Zaporizhzhia'), 8, invisible);
  expect(f.inside('[data-testid="annotation-list"]')).toBe(true);
  await panel.keyboard.press('Enter');
  await expect(panel.locator('#view-article')).toBeVisible();
  const mark = panel.locator('mark[data-annotation-id]').first();
  await expect(mark).toBeFocused();
  f = await focused(panel);
  expect(f.visible, 'the mark jumped to shows focus').toBe(true);

  // A second highlight with the colour keys (3: blue), then a tag with t.
  await selectText(panel, BODY, 'British intelligence');
  await panel.keyboard.press('Shift+ArrowRight');
  await expect(toolbar).toBeVisible();
  await panel.keyboard.press('3');
  await expect(panel.locator('mark[data-annotation-id].color-blue')).toHaveText(['British intelligence']);
  await expect(toolbar).toHaveCount(0);
  await selectText(panel, BODY, 'Institute for the Study of War');
  await panel.keyboard.press('Shift+ArrowRight');
  await expect(toolbar).toBeVisible();
  await panel.keyboard.press('t');
  const newItem = panel.getByTestId('annotation-item').filter({ hasText: 'Institute for the Study of War' });
  await expect(newItem.getByTestId('tag-input')).toBeFocused();
  await panel.keyboard.type('think tanks');
  await panel.keyboard.press('Enter');
  await expect(newItem.getByTestId('tag-chip')).toHaveText(['think tanks✕']);
  await expect(panel.getByTestId('annotation-item')).toHaveCount(3);

  // The library page: Tab from the top reaches Export; Enter downloads a file.
  const library = await gloss.context.newPage();
  await library.setViewportSize({ width: 1200, height: 900 });
  await library.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  await expect(library.getByTestId('library-item')).toHaveCount(1);
  f = await pressUntil(library, 'Tab', (x) => x.testId === 'library-search', 2, invisible);
  await pressUntil(library, 'Tab', (x) => x.testId === 'export-format', 25, invisible);
  await library.keyboard.press('ArrowDown'); // Markdown (one document)
  await library.keyboard.press('ArrowDown'); // W3C JSON-LD
  await expect(library.getByTestId('export-format')).toHaveValue('w3c');
  await pressUntil(library, 'Tab', (x) => x.testId === 'export', 3, invisible);
  const download = library.waitForEvent('download');
  await library.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.jsonld$/);
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toContain('Who appointed him?');

  expect(invisible, 'every focus stop shows a visible focus indicator').toEqual([]);
  await library.close();
  await panel.close();
});
