// The researcher's round trip in a real browser: annotate two articles, find them in the library,
// search, export Markdown and W3C JSON as real downloads, then import the JSON into a fresh
// profile and see the same annotations there.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { startServer, type TestServer } from '../support/server';
import { launchGloss, selectText, type GlossBrowser } from './gloss-browser';

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server.close();
});

const BODY = '[data-testid="article-body"]';
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), name));

async function highlight(gloss: GlossBrowser, page: string, quote: string, note: string) {
  const { tabId } = await gloss.openTab(server.url(page));
  const panel = await gloss.openPanel(tabId);
  await selectText(panel, BODY, quote);
  await panel.locator(BODY).dispatchEvent('mouseup');
  await panel.getByTestId('selection-note').click();
  await panel.getByTestId('note-input').fill(note);
  await panel.getByTestId('save-note').click();
  await expect(panel.getByTestId('note')).toContainText(note);
  await panel.close();
}

test('annotate two articles, search the library, export Markdown and JSON, import into a fresh profile', async () => {
  test.slow(); // two browser launches
  const exported = tmp('gloss-export-');
  let gloss = await launchGloss(tmp('gloss-lib-a-'));
  let jsonPath = '';
  try {
    await highlight(gloss, 'seed-article.html', 'British intelligence', 'Which report? Find the MoD post.');
    await highlight(gloss, 'second-article.html', '4.2 million euros', 'Compare with the 2022 budget.');

    const library = await gloss.context.newPage();
    await library.setViewportSize({ width: 1200, height: 900 });
    await library.goto(`chrome-extension://${gloss.extensionId}/library.html`);
    await expect(library.getByTestId('library-item')).toHaveCount(2);
    await expect(library.getByTestId('library-count')).toContainText('2 of 2');

    // search reaches notes and article text
    await library.getByTestId('library-search').fill('budget');
    await expect(library.getByTestId('library-item')).toHaveCount(1);
    await expect(library.getByTestId('library-item')).toContainText('Riverside library reopens');
    await library.getByTestId('library-search').fill('intelligence');
    await expect(library.getByTestId('library-item')).toHaveCount(1);
    await expect(library.getByTestId('library-item')).toContainText('Ukrainian Foreign Ministry');
    await library.getByTestId('library-search').fill('');
    await expect(library.getByTestId('library-item')).toHaveCount(2);

    // Markdown of the one article shown by a search: an Obsidian note with front matter, the
    // quote, the note and a text-fragment link back to the passage
    await library.getByTestId('library-search').fill('intelligence');
    await expect(library.getByTestId('library-item')).toHaveCount(1);
    await library.getByTestId('export-format').selectOption('obsidian');
    const [md] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export').click()]);
    expect(md.suggestedFilename()).toMatch(/^Ukrainian Foreign Ministry.*\.md$/);
    const mdPath = path.join(exported, md.suggestedFilename());
    await md.saveAs(mdPath);
    const markdown = fs.readFileSync(mdPath, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: /);
    expect(markdown).toContain('> British intelligence');
    expect(markdown).toContain('Which report? Find the MoD post.');
    expect(markdown).toContain('#:~:text=');
    expect(markdown).not.toContain('4.2 million euros'); // the other article was filtered out
    await library.getByTestId('library-search').fill('');
    await expect(library.getByTestId('library-item')).toHaveCount(2);

    // Both articles for Obsidian: a zip of one note each, front matter per note, colours kept
    const [zip] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export').click()]);
    expect(zip.suggestedFilename()).toMatch(/^gloss-obsidian-.*\.zip$/);
    const zipPath = path.join(exported, zip.suggestedFilename());
    await zip.saveAs(zipPath);
    const notes = Object.entries(unzipSync(fs.readFileSync(zipPath))).filter(([name]) => name.endsWith('.md'));
    expect(notes).toHaveLength(2);
    for (const [, bytes] of notes) expect(strFromU8(bytes)).toMatch(/^---\ntitle: [\s\S]*> \[!highlight-yellow\]/);

    // BibTeX (not BibLaTeX) with the notes in annote; RIS with them in N1
    await library.getByTestId('export-format').selectOption('bibtex');
    const [bib] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export').click()]);
    const bibPath = path.join(exported, bib.suggestedFilename());
    await bib.saveAs(bibPath);
    const parsedBib = parseBibtex(fs.readFileSync(bibPath, 'utf8'));
    expect(parsedBib.errors).toEqual([]);
    expect(parsedBib.entries.map((e) => e.type)).toEqual(['misc', 'misc']);
    expect(parsedBib.entries.map((e) => String(e.fields.annote)).join('\n')).toContain('Compare with the 2022 budget.');
    await library.getByTestId('export-format').selectOption('ris');
    const [risFile] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export').click()]);
    const risPath = path.join(exported, risFile.suggestedFilename());
    await risFile.saveAs(risPath);
    expect(fs.readFileSync(risPath, 'utf8')).toMatch(/^N1 {2}- “British intelligence” — Which report\? Find the MoD post\./m);

    // W3C JSON-LD download
    await library.getByTestId('export-format').selectOption('w3c');
    const [json] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export').click()]);
    jsonPath = path.join(exported, json.suggestedFilename());
    await json.saveAs(jsonPath);
    const collection = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
    expect(JSON.stringify(collection['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
  } finally {
    await gloss.close();
  }

  // A fresh profile: import the JSON, the annotations are there, re-importing adds nothing.
  gloss = await launchGloss(tmp('gloss-lib-b-'));
  try {
    const library = await gloss.context.newPage();
    await library.setViewportSize({ width: 1200, height: 900 });
    await library.goto(`chrome-extension://${gloss.extensionId}/library.html`);
    await expect(library.getByTestId('library-empty')).toBeVisible();
    await library.getByTestId('import-file').setInputFiles(jsonPath);
    await expect(library.getByTestId('library-notice')).toContainText('Imported 2 highlights');
    await library.getByTestId('import-file').setInputFiles(jsonPath);
    await expect(library.getByTestId('library-notice')).toContainText('Imported 0 highlights');
    await expect(library.getByTestId('library-item')).toHaveCount(2);

    // Opening the article again re-anchors the imported highlight in the reader.
    const { tabId } = await gloss.openTab(server.url('seed-article.html'));
    const panel = await gloss.openPanel(tabId);
    await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['British intelligence']);
    await panel.getByTestId('tab-notes').click();
    await expect(panel.getByTestId('note')).toContainText('Which report? Find the MoD post.');
  } finally {
    await gloss.close();
  }
});

test('a corrupt import file is refused with a message and changes nothing', async () => {
  const dir = tmp('gloss-corrupt-');
  const bad = path.join(dir, 'broken.json');
  fs.writeFileSync(bad, '{"format":"gloss-backup","version":1,"articles":[{"id":');
  const gloss = await launchGloss(tmp('gloss-lib-c-'));
  try {
    const library = await gloss.context.newPage();
    await library.goto(`chrome-extension://${gloss.extensionId}/library.html`);
    await library.getByTestId('import-file').setInputFiles(bad);
    await expect(library.getByRole('alert')).toBeVisible();
    await expect(library.getByTestId('library-empty')).toBeVisible();
  } finally {
    await gloss.close();
  }
});
