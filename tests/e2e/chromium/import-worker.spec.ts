// Issue 14 item 10 (import side), in Chromium: a big backup is imported by a worker, with progress
// shown on the library page (which stays in charge of nothing but the display), and a file nested
// far too deeply is refused with a message of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { generateLibrary } from '../../../bench/lib/library-generate';
import { exportBackup } from '../../../lib/export';
import { clearGlossStores } from '../support/victim';

const tmp = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-import-')), name);

test('a backup of 30,000 highlights imports in a worker, with progress on the page', async ({ extensionContext, extensionId }) => {
  const lib = generateLibrary(300, 30_000, 14);
  const file = tmp('big-backup.json');
  fs.writeFileSync(file, exportBackup({ articles: lib.articles, annotations: lib.annotations, tags: lib.tags }));

  const library = await extensionContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('main#gloss')).toHaveAttribute('data-state', 'library');
  // Every progress text the page shows, as it shows it (the import is too quick to poll for).
  await library.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenProgress: string[] }).seenProgress = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await library.getByTestId('import-file').setInputFiles(file);
  // counts are written as the language writes them (tn): 30,000 in English
  await expect(library.getByTestId('library-notice')).toContainText('Imported 30,000 highlights', { timeout: 120_000 });
  const seen = await library.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
  expect(seen.some((s) => s.startsWith('Reading the file')), seen.join(' | ')).toBe(true);
  expect(seen.some((s) => s.startsWith('Checking the records')), seen.join(' | ')).toBe(true);
  expect(seen.some((s) => s.startsWith('Adding to the library')), seen.join(' | ')).toBe(true);
  await expect(library.getByTestId('import-progress')).toHaveCount(0);
  await library.evaluate(clearGlossStores); // the browser is shared with the next spec files
  await library.close();
});

test('a file nested 100,000 deep is refused with its own message', async ({ extensionContext, extensionId }) => {
  const file = tmp('deep.json');
  fs.writeFileSync(file, '['.repeat(100_000) + ']'.repeat(100_000));
  const library = await extensionContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('main#gloss')).toHaveAttribute('data-state', 'library');
  await library.getByTestId('import-file').setInputFiles(file);
  await expect(library.getByRole('alert')).toContainText('nested far too deeply');
  await library.close();
});
