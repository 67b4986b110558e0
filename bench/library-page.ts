// `npm run bench:library-page`: the library page in real Chromium with a large library —
// 10,000 articles and 100,000 annotations written into the extension's own IndexedDB — timing
// the first render (first article row on screen), the indexes of sources and figures filling in,
// and a search typed into the page. Uses the production build (`npm run build`).
// Options: --articles N --annotations N --runs N.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchGloss } from '../tests/e2e/chromium/gloss-browser';
import { generateLibrary } from './lib/library-generate';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N_ARTICLES = arg('articles', 10_000);
const N_ANNOTATIONS = arg('annotations', 100_000);
const RUNS = arg('runs', 3);

// The production build (React's production bundle); the library page needs no host permission.
const gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-bench-page-')), {
  extensionDir: path.resolve('.output/chrome-mv3'),
});
const libraryUrl = `chrome-extension://${gloss.extensionId}/library.html`;
try {
  const page = await gloss.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(libraryUrl); // opens (and creates) the database with its current schema
  await page.getByTestId('library-empty').waitFor({ timeout: 60_000 });
  const t0 = performance.now();
  const lib = generateLibrary(N_ARTICLES, N_ANNOTATIONS);
  // The extension page's CSP forbids injected scripts (as it should): the records are generated
  // here and handed over in chunks, then written with the page's own IndexedDB.
  const putChunk = (store: string, rows: unknown[]) =>
    page.evaluate(
      async ({ store, rows }) => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const req = indexedDB.open('gloss');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, rows },
    );
  for (let i = 0; i < lib.articles.length; i += 250) await putChunk('articles', lib.articles.slice(i, i + 250));
  for (let i = 0; i < lib.annotations.length; i += 5000) await putChunk('annotations', lib.annotations.slice(i, i + 5000));
  await putChunk('tags', lib.tags);
  const written = { articles: lib.articles.length, annotations: lib.annotations.length };
  console.log(`library written into IndexedDB: ${written.articles} articles, ${written.annotations} annotations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const rows: string[][] = [['run', 'first row (ms)', 'whole library loaded (ms)', 'sources/figures indexed (ms)', 'search "ministry" (ms)']];
  for (let run = 1; run <= RUNS; run++) {
    const fresh = await gloss.context.newPage();
    await fresh.setViewportSize({ width: 1280, height: 900 });
    const start = Date.now();
    await fresh.goto(libraryUrl);
    await fresh.getByTestId('library-item').first().waitFor({ timeout: 300_000 });
    const firstRow = Date.now() - start;
    console.log(`run ${run}: first row after ${firstRow} ms`);
    await fresh.locator('main[data-state="library"]').waitFor({ timeout: 900_000 });
    const loaded = Date.now() - start;
    console.log(`run ${run}: whole library loaded after ${loaded} ms`);
    await fresh.waitForFunction(() => !/indexing/.test(document.querySelector('[data-testid="library-count"]')?.textContent ?? 'indexing'), null, { timeout: 900_000 });
    const indexed = Date.now() - start;
    console.log(`run ${run}: sources and figures indexed after ${indexed} ms`);
    const s0 = Date.now();
    await fresh.getByTestId('library-search').fill('ministry', { timeout: 600_000 });
    await fresh.getByTestId('search-snippet').first().waitFor({ timeout: 300_000 });
    const searched = Date.now() - s0;
    rows.push([String(run), String(firstRow), String(loaded), String(indexed), String(searched)]);
    await fresh.close();
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((c, i) => c.padStart(w[i])).join('  '));
    if (k === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
  }
  console.log('(the first search includes building the search index; later searches reuse it)');
} finally {
  await gloss.close();
}
