// `npm run bench:sync`: sync at a researcher's scale, against the test server (PouchDB Server, or
// Apache CouchDB with COUCHDB_URL). Prints:
//   1. first sync of a generated library (default 1,000 articles / 20,000 annotations) from a
//      full device to an empty database, then from that database into an empty device: time and
//      documents/s. Devices here are lib/sync in Node (Dexie on fake-indexeddb, a PouchDB memory
//      replica): the same code the background runs, without a browser's IndexedDB.
//   2. the latency from a change in one Chromium profile to its display in another (the note of a
//      highlight edited in profile A's panel until profile B's panel shows it): median and p95 of
//      20 (target ≤ 2 s). Real browsers, real IndexedDB, the e2e build.
// Options: --articles N --annotations N --samples N --skip-browser. Figures depend on the machine's
// load: print them, compare runs made under the same load.
import 'fake-indexeddb/auto';
import '../tests/support/node20-polyfills';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { GlossDatabase, writeImport } from '../lib/db';
import { startSync } from '../lib/sync/engine';
import { startCouch, uniqueDbName, type CouchFixture } from '../tests/support/couch';
import { NodePouch } from '../tests/unit/sync-helpers';
import { highlightWithNote, launchGloss } from '../tests/e2e/chromium/gloss-browser';
import { turnSyncOn } from '../tests/e2e/chromium/sync-page';
import { startServer } from '../tests/e2e/support/server';
import { generateLibrary } from './lib/library-generate';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N_ARTICLES = arg('articles', 1_000);
const N_ANNOTATIONS = arg('annotations', 20_000);
const SAMPLES = arg('samples', 20);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Waits until `check` holds, checking every 50 ms (a bench waits on state, never on a sleep). */
async function until(check: () => Promise<boolean>, limitMs = 30 * 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error('bench: gave up waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function firstSync(couch: CouchFixture) {
  await couch.createUser('bench', 'bench-pw').catch(() => undefined);
  const url = await couch.createDb(uniqueDbName('bench'), ['bench']);
  const target = { url, user: 'bench', password: 'bench-pw' };
  const library = generateLibrary(N_ARTICLES, N_ANNOTATIONS);
  const docs = library.articles.length * 2 + library.annotations.length + library.tags.length;

  const full = new GlossDatabase('bench-full');
  await writeImport(full, () => ({ toPut: library }));
  let started = performance.now();
  const up = await startSync({ db: full, PouchDB: NodePouch, target, localName: 'bench-full-replica', localOptions: { adapter: 'memory' } });
  await until(async () => (await couch.request('GET', new URL(url).pathname)).body.doc_count >= docs && (await full.outbox.count()) === 0);
  const upMs = performance.now() - started;
  await up.stop();

  const empty = new GlossDatabase('bench-empty');
  started = performance.now();
  const down = await startSync({ db: empty, PouchDB: NodePouch, target, localName: 'bench-empty-replica', localOptions: { adapter: 'memory' } });
  await until(async () => (await empty.annotations.count()) === library.annotations.length && (await empty.articles.count()) === library.articles.length);
  const downMs = performance.now() - started;
  await down.stop();
  console.log(`first sync, ${N_ARTICLES} articles + ${N_ANNOTATIONS} annotations (${docs} documents):`);
  console.log(`  full device → empty database   ${seconds(upMs)}   ${Math.round(docs / (upMs / 1000))} documents/s`);
  console.log(`  database → empty device        ${seconds(downMs)}   ${Math.round(docs / (downMs / 1000))} documents/s`);
}

async function editNote(panel: Page, note: string) {
  await panel.getByTestId('note').getByRole('button').click();
  await panel.getByTestId('note-input').fill(note);
}

async function latency(couch: CouchFixture) {
  await couch.createUser('bench', 'bench-pw').catch(() => undefined);
  const url = await couch.createDb(uniqueDbName('latency'), ['bench']);
  const pages = await startServer();
  const profiles = [0, 1].map((i) => fs.mkdtempSync(path.join(os.tmpdir(), `gloss-bench-sync-${i}-`)));
  const [a, b] = [await launchGloss(profiles[0]), await launchGloss(profiles[1])];
  try {
    for (const gloss of [a, b]) {
      const settings = await turnSyncOn(gloss, url, 'bench', 'bench-pw');
      await expect(settings.locator('.sync-state')).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
    }
    const article = pages.url('seed-article.html');
    const panelA = await a.openPanel((await a.openTab(article)).tabId);
    const panelB = await b.openPanel((await b.openTab(article)).tabId);
    await highlightWithNote(panelA, 'Zaporizhzhia Oblast Governor Ivan Fedorov', 'sample start');
    await panelB.getByTestId('tab-notes').click();
    await expect(panelB.getByTestId('note')).toContainText('sample start', { timeout: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const text = `sample ${i}`;
      await editNote(panelA, text);
      const shown = panelB.waitForFunction((t) => document.querySelector('[data-testid="note"]')?.textContent?.includes(t), text, { polling: 10, timeout: 60_000 });
      const started = Date.now();
      await panelA.getByTestId('save-note').click();
      await shown;
      times.push(Date.now() - started);
    }
    const sorted = [...times].sort((x, y) => x - y);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    console.log(`change in profile A → shown in profile B (${SAMPLES} edits of a note, two Chromium profiles):`);
    console.log(`  median ${at(0.5)} ms   p95 ${at(0.95)} ms   min ${sorted[0]} ms   max ${sorted[sorted.length - 1]} ms   (target ≤ 2000 ms)`);
  } finally {
    await a.close();
    await b.close();
    await pages.close();
    for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
  }
}

const couch = await startCouch();
try {
  console.log(`server: ${couch.kind}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  if (!process.argv.includes('--skip-browser')) await latency(couch);
  await firstSync(couch);
} finally {
  await couch.close();
}
