// Annotations survive a browser restart and show on both sides: made in the reader view (note and
// tag included), found again after Chromium restarts on the same profile, drawn on the live page;
// and a selection annotated on the live page shows up in the panel.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { launchGloss, pageHighlights, selectText } from './gloss-browser';

let server: TestServer;
let profile: string;
test.beforeAll(async () => {
  server = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-annotations-'));
});
test.afterAll(async () => {
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

const BODY = '[data-testid="article-body"]';

test('a highlight with a note and a tag survives a browser restart and shows on the live page', async () => {
  test.slow(); // two browser launches
  const url = server.url('seed-article.html');
  let gloss = await launchGloss(profile);
  try {
    const { tabId } = await gloss.openTab(url);
    const panel = await gloss.openPanel(tabId);

    await selectText(panel, BODY, 'Zaporizhzhia Oblast Governor Ivan Fedorov');
    await panel.locator(BODY).dispatchEvent('mouseup');
    const toolbar = panel.getByTestId('selection-toolbar');
    await expect(toolbar).toBeVisible();
    await toolbar.getByTestId('selection-note').click();
    await panel.getByTestId('note-input').fill('Who appointed him? **Check** the date.');
    await panel.getByTestId('save-note').click();
    const item = panel.getByTestId('annotation-item');
    await expect(item.getByTestId('note')).toContainText('Who appointed him? Check the date.');
    await item.getByTestId('add-tags').click();
    await panel.getByTestId('tag-input').fill('officials');
    await panel.getByTestId('tag-input').press('Enter');
    await expect(item.getByTestId('tag-chip')).toHaveText(['officials✕']);
    await panel.getByTestId('tab-article').click();
    await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['Zaporizhzhia Oblast Governor Ivan Fedorov']);
  } finally {
    await gloss.close();
  }

  gloss = await launchGloss(profile);
  try {
    const { page, tabId } = await gloss.openTab(url);
    const panel = await gloss.openPanel(tabId);
    await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['Zaporizhzhia Oblast Governor Ivan Fedorov']);
    await panel.getByTestId('tab-notes').click();
    const item = panel.getByTestId('annotation-item');
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('note')).toContainText('Check the date.');
    await expect(item.getByTestId('tag-chip')).toHaveText(['officials✕']);
    // the same highlight on the original page
    await expect.poll(() => pageHighlights(page)).toEqual(['Zaporizhzhia Oblast Governor Ivan Fedorov']);
  } finally {
    await gloss.close();
  }
});

test('text selected on the live page is annotated and appears in the panel', async () => {
  const url = server.url('seed-article.html');
  const gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-live-')));
  try {
    const { page, tabId } = await gloss.openTab(url);
    const panel = await gloss.openPanel(tabId);
    await selectText(page, 'body', 'British intelligence');
    expect(await gloss.annotateSelectionOnPage(tabId)).toBe(true);
    await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['British intelligence']);
    await expect.poll(() => pageHighlights(page)).toEqual(['British intelligence']);
    // and deleting it in the panel (with undo available) removes it from the page too
    await panel.getByTestId('tab-notes').click();
    await panel.getByTestId('delete-annotation').click();
    await expect(panel.getByTestId('undo')).toBeVisible();
    await expect.poll(() => pageHighlights(page)).toEqual([]);
    await panel.getByTestId('undo').click();
    await expect.poll(() => pageHighlights(page)).toEqual(['British intelligence']);
  } finally {
    await gloss.close();
  }
});

test('when the page changed, re-attachable highlights move with it and the others are kept, not dropped', async () => {
  const gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-edit-')));
  try {
    const original = server.url('seed-article.html');
    const { tabId } = await gloss.openTab(original);
    const panel = await gloss.openPanel(tabId);
    for (const text of ['British intelligence', 'Russian State Duma']) {
      await selectText(panel, BODY, text);
      await panel.locator(BODY).dispatchEvent('mouseup');
      await panel.getByTestId('highlight-green').click();
    }
    await expect(panel.locator('mark[data-annotation-id]')).toHaveCount(2);
    // The "edited" page: the same article (same canonical URL) with the Duma paragraph removed and
    // a correction note inserted at the top.
    const edited = await gloss.openTab(server.url('seed-article-edited.html'));
    const after = await gloss.openPanel(edited.tabId);
    await expect(after.getByTestId('changed-banner')).toBeVisible();
    await expect(after.locator('mark[data-annotation-id]')).toHaveText(['British intelligence']);
    await after.getByTestId('tab-notes').click();
    await expect(after.getByTestId('unanchored')).toContainText('Russian State Duma');
  } finally {
    await gloss.close();
  }
});
