// `npm run bench:panel`: time to open Gloss's panel on an article that carries 500 annotations,
// in real Chromium: the seed article is saved, 500 highlights are written into the extension's
// IndexedDB (quotes picked across the text), and the panel is opened again and again, timing
// until the reader shows the article and until all 500 highlights are drawn.
// Uses the e2e build (`npx wxt build --mode e2e`: React's development bundle, so a little slower
// than what users run), because only that build may read the local test page without a click.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from '../lib/anchor';
import { startServer } from '../tests/e2e/support/server';
import { launchGloss } from '../tests/e2e/chromium/gloss-browser';

const N = Number(process.argv[process.argv.indexOf('--annotations') + 1]) || 500;
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const server = await startServer();
const gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-bench-panel-')));
try {
  const { tabId } = await gloss.openTab(server.url('seed-article.html'));
  const panel = await gloss.openPanel(tabId);
  await panel.getByTestId('save').click();
  await panel.locator('[data-testid="save"][aria-pressed="true"]').waitFor();
  const article = await panel.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('gloss'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const all: Array<{ id: string; url: string; text: string }> = await new Promise((res, rej) => { const q = db.transaction('articles').objectStore('articles').getAll(); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
    db.close();
    return all[0];
  });
  // 500 quotes of 2–6 words spread over the text, overlapping freely, as a heavy annotator would.
  const words = [...article.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
  const now = Date.now();
  const records = Array.from({ length: N }, (_, i) => {
    const w = Math.floor((i * 7919) % Math.max(1, words.length - 6));
    const len = 2 + (i % 5);
    const start = words[w].start;
    const end = words[Math.min(words.length - 1, w + len - 1)].end;
    return {
      id: crypto.randomUUID(), articleId: article.id, url: article.url, selectors: describe(article.text, start, end),
      color: colors[i % 5], note: i % 3 === 0 ? `note ${i}` : '', tags: i % 4 === 0 ? ['bench'] : [], createdAt: now + i, modifiedAt: now + i,
    };
  });
  await panel.evaluate(async (rows) => {
    const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('gloss'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    await new Promise<void>((res, rej) => { const tx = db.transaction('annotations', 'readwrite'); for (const r of rows) tx.objectStore('annotations').put(r); tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); });
    db.close();
  }, records);
  await panel.close();

  const times: Array<[number, number]> = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await gloss.context.newPage();
    const t0 = Date.now();
    await page.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?tabId=${tabId}`);
    await page.locator('main#gloss[data-state="article"]').waitFor({ timeout: 60_000 });
    const reader = Date.now() - t0;
    await page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-annotation-id]')].map((m) => m.getAttribute('data-annotation-id'))).size >= n, N, { timeout: 120_000 });
    times.push([reader, Date.now() - t0]);
    await page.close();
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`panel on the seed article with ${N} annotations, ${RUNS} opens (e2e build, load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`  reader shown:          median ${med(times.map((t) => t[0]))} ms  (${times.map((t) => t[0]).join(', ')})`);
  console.log(`  all ${N} highlights drawn: median ${med(times.map((t) => t[1]))} ms  (${times.map((t) => t[1]).join(', ')})`);
} finally {
  await gloss.close();
  await server.close();
}
