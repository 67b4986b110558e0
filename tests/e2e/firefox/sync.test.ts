// Sync between Firefox and Chromium (issue 13): the Firefox build and the Chromium build sync one
// CouchDB database on the test server (PouchDB Server, or COUCHDB_URL). A highlight made in
// Chromium's panel shows in Firefox's, one made in Firefox shows in Chromium's, and a deletion in
// Chromium removes it in Firefox. Firefox's settings are written to storage.local from its harness
// page (BiDi cannot give the click that permissions.request needs; Settings → Sync's page itself
// is driven in the Chromium suite); Chromium is turned on through the page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page as ChromiumPage } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';
import { startCouch, uniqueDbName, type CouchFixture } from '../../support/couch';
import { launchGloss, highlightWithNote, type GlossBrowser } from '../chromium/gloss-browser';
import { turnSyncOn } from '../chromium/sync-page';
import { launchGlossFirefox, pollUntil, selectInReader, showPanelFor, tabIdOf, type Ext, type GlossFirefox } from './gloss-firefox';

let server: TestServer;
let couch: CouchFixture;
let ff: GlossFirefox;
let chromium: GlossBrowser;
let profile: string;

beforeAll(async () => {
  server = await startServer();
  couch = await startCouch();
  await couch.createUser('alice', 'alice-pw');
  ff = await launchGlossFirefox();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-sync-ff-chromium-'));
  chromium = await launchGloss(profile);
});
afterAll(async () => {
  await chromium?.close();
  await ff?.close();
  await couch?.close();
  await server?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

const QUOTE = 'Zaporizhzhia Oblast Governor Ivan Fedorov';
const marksIn = (page: { evaluate: ChromiumPage['evaluate'] }) =>
  page.evaluate(() => [...document.querySelectorAll('mark[data-annotation-id]')].map((m) => m.textContent));

it('a highlight made in Chromium appears in Firefox and one made in Firefox in Chromium; a deletion disappears', async () => {
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  // Chromium, through Settings → Sync.
  const settings = await turnSyncOn(chromium, db, 'alice', 'alice-pw');
  await pollUntil(() => settings.locator('.sync-state').getAttribute('data-state'), (s) => s === 'synced', 'Chromium sync state', 60_000);
  // Firefox, through the settings Settings → Sync stores.
  const panel = ff.panel;
  await panel.evaluate((url) => (globalThis as Ext).browser.storage.local.set({ glossSync: { url, user: 'alice', password: 'alice-pw', enabled: true } }), db);
  await pollUntil(
    () => panel.evaluate(async () => JSON.stringify((await (globalThis as Ext).browser.storage.local.get('glossSyncStatus')).glossSyncStatus ?? {})),
    (s) => JSON.parse(s).state === 'synced',
    'Firefox sync status',
    60_000,
  );

  const url = server.url('seed-article.html');
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  expect(await showPanelFor(panel, await tabIdOf(panel, url))).toBe('article');
  const chromiumPanel = await chromium.openPanel((await chromium.openTab(url)).tabId);

  await highlightWithNote(chromiumPanel, QUOTE, 'from Chromium');
  await pollUntil(() => marksIn(panel), (m) => m.includes(QUOTE), 'the Chromium highlight in Firefox', 60_000);

  await selectInReader(panel, 'British intelligence');
  await panel.keyboard.press('h');
  await pollUntil(() => marksIn(chromiumPanel), (m) => m.includes('British intelligence'), 'the Firefox highlight in Chromium', 60_000);

  await chromiumPanel.getByTestId('tab-notes').click();
  await chromiumPanel.getByTestId('annotation-item').filter({ hasText: 'from Chromium' }).getByTestId('delete-annotation').click();
  await pollUntil(() => marksIn(panel), (m) => !m.includes(QUOTE) && m.includes('British intelligence'), 'the deletion in Firefox', 60_000);
  await page.close();
});

it('Firefox syncs with a cookie session: signed in once (POST /_session from the extension), no password kept', async () => {
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  const dbPath = new URL(db).pathname;
  const panel = ff.panel;
  // What Settings → Sync's "Sign in" does (lib/sync/session signIn): the extension page posts the
  // name and password once; the browser keeps the cookie the server answers with.
  const signedIn = await panel.evaluate(async (server) => {
    const response = await fetch(`${server}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: 'alice', password: 'alice-pw' }),
    });
    return response.status;
  }, couch.url);
  expect(signedIn).toBe(200);
  await panel.evaluate(
    (url) => (globalThis as Ext).browser.storage.local.set({ glossSync: { url, user: 'alice', password: '', session: true, signedInAt: Date.now(), enabled: true } }),
    db,
  );
  const status = () => panel.evaluate(async () => JSON.stringify((await (globalThis as Ext).browser.storage.local.get('glossSyncStatus')).glossSyncStatus ?? {}));
  await pollUntil(status, (s) => JSON.parse(s).state === 'synced', 'Firefox sync status with a session', 60_000);

  const url = server.url('seed-article.html');
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  expect(await showPanelFor(panel, await tabIdOf(panel, url))).toBe('article');
  await selectInReader(panel, 'Ivan Fedorov');
  await panel.keyboard.press('h');
  type Doc = { type?: string; author?: string; selectors?: Array<{ exact?: string }> };
  const quotes = async () =>
    (await couch.request('GET', `${dbPath}/_all_docs?include_docs=true`)).body.rows
      .map((r: { doc: Doc }) => r.doc)
      .filter((d: Doc) => d.type === 'annotation')
      .map((d: Doc) => `${d.author}:${d.selectors?.find((s) => s.exact)?.exact}`);
  await pollUntil(quotes, (q) => q.includes('alice:Ivan Fedorov'), 'the Firefox highlight on the server, sent with the session', 60_000);
  await page.close();
});
