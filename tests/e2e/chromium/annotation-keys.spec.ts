// Issue #11, what a user saw when annotating with the keyboard and the page (reports 1 and 8,
// #14 item 9), replayed step by step in Chromium: one selection makes at most one annotation, a key
// meant for an editor never reaches a shortcut and none is lost (typed at 40 ms a key, the first
// one right after the shortcut), a selection made or kept while a highlight is written survives
// it, and a selection annotated on the page is stored exactly once, however many Gloss pages
// follow the tab and however quickly highlights follow each other.
import { test, expect } from '@playwright/test';
import { freshGlossPerTest, selectInReader, selectText, storedAnnotations } from './gloss-browser';

const fresh = freshGlossPerTest('gloss-keys');

/** A reader's typing pace from the issue: 40 ms a key. */
const PACE = 40;
const BODY = '[data-testid="article-body"]';

async function openSeed(query = '') {
  const { page, tabId } = await fresh.gloss().openTab(fresh.server().url(`seed-article.html${query}`));
  const panel = await fresh.gloss().openPanel(tabId);
  return { page, tabId, panel };
}

test('report 1: n, then a note typed at 40 ms a key — one highlight, and the note has every letter', async () => {
  const { panel } = await openSeed();
  await selectInReader(panel, 'British intelligence');
  await panel.keyboard.press('n');
  // The first letter follows the shortcut at once: faster than any reader types.
  await panel.keyboard.type('nothing to add here', { delay: PACE });
  await expect(panel.getByTestId('note-input')).toHaveValue('nothing to add here');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByTestId('note')).toHaveText(/nothing to add here/);
  await expect.poll(() => storedAnnotations(panel)).toMatchObject([{ exact: 'British intelligence', note: 'nothing to add here' }]);
  await panel.getByTestId('tab-article').click();
  await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['British intelligence']);
});

test('report 1: t, then a tag typed at 40 ms a key — the tag is whole', async () => {
  const { panel } = await openSeed();
  await selectInReader(panel, 'Institute for the Study of War');
  await panel.keyboard.press('t');
  await panel.keyboard.type('conscription', { delay: PACE });
  await panel.keyboard.press('Enter');
  const item = panel.getByTestId('annotation-item');
  await expect(item.getByTestId('tag-chip')).toHaveText(['conscription✕']);
  await expect.poll(() => storedAnnotations(panel)).toMatchObject([{ exact: 'Institute for the Study of War', tags: ['conscription'] }]);
});

test('report 1: pressing 2 twice quickly on one selection makes one highlight', async () => {
  const { panel } = await openSeed();
  await selectInReader(panel, 'Russian State Duma');
  await panel.keyboard.press('2');
  await panel.keyboard.press('2');
  await expect(panel.locator('mark[data-annotation-id].color-green')).toHaveText(['Russian State Duma']);
  await expect.poll(() => storedAnnotations(panel)).toHaveLength(1);
  // and the second 2 was not typed anywhere else either: the selection is simply used up
  await expect(panel.getByTestId('selection-toolbar')).toHaveCount(0);
});

test('a selection made while a highlight is being written is not cleared by it (7604a72)', async () => {
  const { panel } = await openSeed();
  await selectInReader(panel, 'British intelligence');
  // In one go, as fast as a hand can: key 1 on the first selection, then a new selection and its
  // mouse up, before the first highlight's write can have finished.
  await panel.evaluate((body) => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    const root = document.querySelector(body)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf('Russian State Duma');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 'Russian State Duma'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
  }, BODY);
  await expect(panel.locator('mark[data-annotation-id].color-yellow')).toHaveText(['British intelligence']);
  await expect.poll(() => panel.evaluate(() => getSelection()?.toString())).toBe('Russian State Duma');
  await expect(panel.getByTestId('selection-toolbar')).toBeVisible();
  await panel.keyboard.press('2');
  await expect(panel.locator('mark[data-annotation-id].color-green')).toHaveText(['Russian State Duma']);
  await expect.poll(() => storedAnnotations(panel)).toHaveLength(2);
});

test('a redraw of the marks (a highlight made on the page) keeps the selection in the panel (7604a72)', async () => {
  const { page, tabId, panel } = await openSeed();
  // A selection that ends inside a figure mark: a redraw takes that mark's text node out from under it.
  const across = 'also over 20,000'; // ends inside the mark
  await expect(panel.locator('mark[data-highlight="figure"]', { hasText: '20,000' })).toHaveCount(1);
  await panel.evaluate(([body, text]) => {
    const root = document.querySelector(body)!;
    const full = root.textContent!;
    const at = full.indexOf(text);
    // from the node holding the start of `text` to the one holding its end
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    const r = document.createRange();
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (offset <= at && at < offset + n.length) r.setStart(n, at - offset);
      if (offset < at + text.length && at + text.length <= offset + n.length) r.setEnd(n, at + text.length - offset);
      offset += n.length;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, [BODY, across] as const);
  await expect(panel.getByTestId('selection-toolbar')).toBeVisible();
  expect(await panel.evaluate(() => getSelection()?.toString())).toBe(across);
  await selectText(page, 'body', 'British intelligence');
  expect(await fresh.gloss().annotateSelectionOnPage(tabId)).toBe(true);
  await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['British intelligence']);
  expect(await panel.evaluate(() => getSelection()?.toString())).toBe(across);
  await expect(panel.getByTestId('selection-toolbar')).toBeVisible();
  await panel.keyboard.press('3');
  await expect.poll(async () => (await storedAnnotations(panel)).map((a) => `${a.color}:${a.exact}`).sort()).toEqual(['blue:also over 20,000', 'yellow:British intelligence']);
});

test('report 1: a key held down or pressed twice in a burst (faster than a write) still makes one highlight', async () => {
  const { panel } = await openSeed();
  await selectInReader(panel, 'Russian State Duma');
  await panel.evaluate(() => {
    for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true, cancelable: true }));
  });
  await expect(panel.locator('mark[data-annotation-id].color-green')).toHaveText(['Russian State Duma']);
  await expect.poll(() => storedAnnotations(panel)).toHaveLength(1);
});

test('report 8: two Gloss pages follow the tab (one shows the saved copy) — a page highlight is stored once', async () => {
  const { page, tabId, panel } = await openSeed();
  await panel.getByTestId('save').click();
  await expect(panel.getByTestId('save')).toHaveAttribute('aria-pressed', 'true');
  const articleId = await panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('gloss');
      req.onsuccess = () => resolve(req.result);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const req = db.transaction('articles').objectStore('articles').getAllKeys();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return String(keys[0]);
  });
  // The saved copy opened from the library, in a second Gloss page that follows the same tab.
  const second = await fresh.gloss().context.newPage();
  await second.goto(`chrome-extension://${fresh.gloss().extensionId}/sidepanel.html?tabId=${tabId}&article=${encodeURIComponent(articleId)}`);
  await expect(second.locator('main#gloss')).toHaveAttribute('data-state', 'article');
  await expect(second.getByTestId('reader')).toContainText('Saved copy from');

  await selectText(page, 'body', 'Institute for the Study of War');
  expect(await fresh.gloss().annotateSelectionOnPage(tabId)).toBe(true);
  await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['Institute for the Study of War']);
  await expect(second.locator('mark[data-annotation-id]')).toHaveText(['Institute for the Study of War']);
  // Both pages have seen the queue by now (each takes on every notice): still one.
  await second.reload();
  await expect(second.locator('mark[data-annotation-id]')).toHaveCount(1);
  expect(await storedAnnotations(panel)).toHaveLength(1);
});

test('#14 item 9: quick highlights made one after another on the page are all stored, each once', async () => {
  const { page, tabId, panel } = await openSeed();
  const second = await fresh.gloss().openPanel(tabId); // a second panel on the tab takes from the queue too
  const quotes = ['British intelligence', 'Russian State Duma', 'Institute for the Study of War', 'Vladimir Putin', 'Zaporizhzhia Oblast Governor Ivan Fedorov', 'increase the number of soldiers'];
  for (const quote of quotes) {
    await selectText(page, 'body', quote);
    expect(await fresh.gloss().annotateSelectionOnPage(tabId)).toBe(true);
  }
  await expect(panel.locator('mark[data-annotation-id]')).toHaveCount(quotes.length);
  await expect(second.locator('mark[data-annotation-id]')).toHaveCount(quotes.length);
  const stored = (await storedAnnotations(panel)).map((a) => a.exact).sort();
  expect(stored).toEqual([...quotes].sort());
});
