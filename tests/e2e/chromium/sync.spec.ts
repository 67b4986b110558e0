// Sync in real browsers: two Chromium profiles (two devices) sync one CouchDB database served by
// the test server (PouchDB Server, or COUCHDB_URL). Settings → Sync tells wrong passwords,
// unreachable servers and non-CouchDB addresses apart; a highlight made in one profile shows in
// the other's panel, a deletion removes it there, and an outage in the middle of it loses nothing.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { startCouch, uniqueDbName, type CouchFixture } from '../../support/couch';
import { designDoc } from '../../../lib/sync/design';
import { fillSyncSettings, openSyncSettings, turnSyncOn } from './sync-page';
import { highlightWithNote, launchGloss, selectInReader, type GlossBrowser } from './gloss-browser';

const EN = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const message = (key: string) => EN[key].message;

let server: TestServer;
let couch: CouchFixture;
const browsers: GlossBrowser[] = [];

test.beforeAll(async () => {
  server = await startServer();
  couch = await startCouch();
  await couch.createUser('alice', 'alice-pw');
  await couch.createUser('bob', 'bob-pw');
});
test.afterAll(async () => {
  for (const b of browsers.splice(0)) await b.close().catch(() => undefined);
  await couch?.close();
  await server?.close();
});

async function profile(prefix: string): Promise<GlossBrowser> {
  const gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), `gloss-sync-${prefix}-`)));
  browsers.push(gloss);
  return gloss;
}

const openSettings = openSyncSettings;
const fill = fillSyncSettings;

async function testConnection(settings: Page): Promise<string> {
  await settings.getByRole('button', { name: message('syncTest') }).click();
  const out = settings.locator('.sync-test');
  await expect(out).not.toHaveText(message('syncTesting'));
  return (await out.textContent()) ?? '';
}

async function turnOn(gloss: GlossBrowser, url: string, user: string, password: string): Promise<Page> {
  const settings = await turnSyncOn(gloss, url, user, password);
  await expect(settings.locator('.sync-state')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  return settings;
}

const QUOTE = 'Zaporizhzhia Oblast Governor Ivan Fedorov';

/** Highlights `quote` with a note; other annotations may be listed (or arrive by sync) meanwhile. */
async function highlightWithOwnNote(panel: Page, quote: string, note: string) {
  await selectInReader(panel, quote);
  await panel.getByTestId('selection-note').click();
  await panel.getByTestId('note-input').fill(note);
  await panel.getByTestId('save-note').click();
  await expect(panel.getByTestId('note').filter({ hasText: note })).toBeVisible();
}
const marks = (panel: Page) => panel.locator('mark[data-annotation-id]');

test('Test connection names what is wrong: wrong password, unreachable server, not a CouchDB, no such database, no permission', async () => {
  const gloss = await profile('errors');
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  const settings = await openSettings(gloss);
  // Every field is reachable by its label.
  for (const label of ['syncUrl', 'syncUser', 'syncPassword']) await expect(settings.getByLabel(message(label), { exact: true })).toBeEditable();
  await fill(settings, db, 'alice', 'wrong password');
  expect(await testConnection(settings)).toBe(message('syncErrCredentials'));
  await fill(settings, 'http://127.0.0.1:9/gloss', 'alice', 'alice-pw');
  expect(await testConnection(settings)).toBe(message('syncErrUnreachable'));
  await fill(settings, server.url('/gloss'), 'alice', 'alice-pw');
  expect(await testConnection(settings)).toBe(message('syncErrNotCouch'));
  await fill(settings, `${couch.url}/no-such-database`, 'alice', 'alice-pw');
  expect(await testConnection(settings)).toBe(message('syncErrNoDatabase'));
  await fill(settings, db, 'bob', 'bob-pw');
  expect(await testConnection(settings)).toBe(message('syncErrNoPermission'));
  await fill(settings, db, 'alice', 'alice-pw');
  expect(await testConnection(settings)).toBe(message('syncConnected').replace('$USER$', 'alice'));
  // A failed test never turns sync on.
  await expect(settings.locator('.sync-state')).toHaveAttribute('data-state', 'off');
});

test('two profiles: a highlight made in one appears in the other; deleted, it disappears', async () => {
  test.slow(); // two browsers
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  await couch.request('PUT', `${new URL(db).pathname}/_design/gloss`, designDoc());
  const [a, b] = [await profile('a'), await profile('b')];
  await turnOn(a, db, 'alice', 'alice-pw');
  await turnOn(b, db, 'alice', 'alice-pw');

  const url = server.url('seed-article.html');
  const panelA = await a.openPanel((await a.openTab(url)).tabId);
  const panelB = await b.openPanel((await b.openTab(url)).tabId);
  await highlightWithNote(panelA, QUOTE, 'Synced from A');
  await expect(marks(panelB)).toHaveText([QUOTE], { timeout: 30_000 });
  await panelB.getByTestId('tab-notes').click();
  await expect(panelB.getByTestId('note')).toContainText('Synced from A');

  await panelA.getByTestId('tab-notes').click();
  await panelA.getByTestId('delete-annotation').click();
  await expect(marks(panelB)).toHaveCount(0, { timeout: 30_000 });
  await expect(panelB.getByTestId('annotation-item')).toHaveCount(0);
});

/** Edits the note of the only annotation in a panel's Notes list. */
async function editNote(panel: Page, note: string) {
  await panel.getByTestId('tab-notes').click();
  await panel.getByTestId('annotation-item').getByTestId('note').getByRole('button', { name: message('editNote') }).click();
  await panel.getByTestId('note-input').fill(note);
  await panel.getByTestId('save-note').click();
  await expect(panel.getByTestId('annotation-item').getByTestId('note')).toContainText(note);
}

test('offline on both sides, then back: everything converges, the conflicting note is offered, merging keeps both', async () => {
  test.slow();
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  const [a, b] = [await profile('off-a'), await profile('off-b')];
  const settingsA = await turnOn(a, db, 'alice', 'alice-pw');
  await turnOn(b, db, 'alice', 'alice-pw');
  const url = server.url('seed-article.html');
  const panelA = await a.openPanel((await a.openTab(url)).tabId);
  const panelB = await b.openPanel((await b.openTab(url)).tabId);
  await highlightWithNote(panelA, QUOTE, 'before');
  await expect(marks(panelB)).toHaveText([QUOTE], { timeout: 30_000 });
  await panelB.getByTestId('tab-notes').click();
  await expect(panelB.getByTestId('note')).toContainText('before', { timeout: 30_000 });

  await couch.outage();
  try {
    await expect(settingsA.locator('.sync-state')).toHaveAttribute('data-state', 'offline', { timeout: 30_000 });
    await editNote(panelA, 'edited in A while offline');
    await editNote(panelB, 'edited in B while offline');
    await panelA.getByTestId('tab-article').click();
    await highlightWithOwnNote(panelA, 'British intelligence', 'made in A while offline');
  } finally {
    await couch.restore();
  }
  await expect(settingsA.locator('.sync-state')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  // The highlight made offline arrives; the note edited on both sides is offered on both.
  await expect(marks(panelB)).toHaveCount(2, { timeout: 30_000 });
  for (const panel of [panelA, panelB]) {
    await panel.getByTestId('tab-notes').click();
    await expect(panel.getByTestId('conflict')).toHaveCount(1, { timeout: 30_000 });
  }
  await panelB.getByTestId('conflict-merge').click();
  for (const panel of [panelA, panelB]) {
    await expect(panel.getByTestId('conflict')).toHaveCount(0, { timeout: 30_000 });
    const merged = panel.getByTestId('annotation-item').getByTestId('note').filter({ hasText: 'edited in A while offline' });
    await expect(merged).toContainText('edited in B while offline');
  }
});

test('team: two users in one database see each other’s highlights with the author; the server refuses an edit of the other’s annotation', async () => {
  test.slow();
  const db = await couch.createDb(uniqueDbName(), ['alice', 'bob']);
  const dbPath = new URL(db).pathname;
  await couch.request('PUT', `${dbPath}/_design/gloss`, designDoc());
  const [a, b] = [await profile('team-a'), await profile('team-b')];
  await turnOn(a, db, 'alice', 'alice-pw');
  await turnOn(b, db, 'bob', 'bob-pw');
  const url = server.url('seed-article.html');
  const panelA = await a.openPanel((await a.openTab(url)).tabId);
  const panelB = await b.openPanel((await b.openTab(url)).tabId);
  await highlightWithOwnNote(panelA, QUOTE, 'alice’s note');
  await highlightWithOwnNote(panelB, 'British intelligence', 'bob’s note');
  for (const panel of [panelA, panelB]) {
    await expect(marks(panel)).toHaveCount(2, { timeout: 30_000 });
    await panel.getByTestId('tab-notes').click();
  }
  // Each names the other, and their own as "you"; the other's highlight is read-only in the UI too.
  for (const [panel, me, other] of [[panelA, 'alice', 'bob'], [panelB, 'bob', 'alice']] as const) {
    const item = (who: string) => panel.getByTestId('annotation-item').filter({ hasText: `${who}’s note` });
    await expect(item(me).getByTestId('annotation-author')).toHaveText(message('annotationByYou'));
    await expect(item(other).getByTestId('annotation-author')).toHaveText(message('annotationBy').replace('$AUTHOR$', other));
    await expect(item(other).getByTestId('annotation-readonly')).toBeVisible();
    await expect(item(other).getByTestId('delete-annotation')).toHaveCount(0);
    await expect(item(me).getByTestId('delete-annotation')).toHaveCount(1);
  }
  // A direct HTTP request as bob, not through Gloss: the server's validate_doc_update refuses it.
  const all = (await couch.request('GET', `${dbPath}/_all_docs?include_docs=true`, undefined, { user: 'bob', password: 'bob-pw' })).body.rows;
  const alices = all.map((r: { doc: Record<string, unknown> }) => r.doc).find((d: Record<string, unknown>) => d.type === 'annotation' && d.author === 'alice');
  const edit = await couch.request('PUT', `${dbPath}/${encodeURIComponent(alices._id)}`, { ...alices, note: 'changed by bob' }, { user: 'bob', password: 'bob-pw' });
  expect(edit.status).toBe(403);
  const removal = await couch.request('DELETE', `${dbPath}/${encodeURIComponent(alices._id)}?rev=${alices._rev}`, undefined, { user: 'bob', password: 'bob-pw' });
  expect(removal.status).toBe(403);
  await expect(panelA.getByTestId('annotation-item').filter({ hasText: 'alice’s note' })).toHaveCount(1);
});

test('the background stopped by the browser: a highlight made meanwhile syncs once it wakes (checkpoints, outbox)', async () => {
  test.slow();
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  const [a, b] = [await profile('sw-a'), await profile('sw-b')];
  await turnOn(a, db, 'alice', 'alice-pw');
  await turnOn(b, db, 'alice', 'alice-pw');
  const url = server.url('seed-article.html');
  const panelA = await a.openPanel((await a.openTab(url)).tabId);
  const panelB = await b.openPanel((await b.openTab(url)).tabId);
  // Stop A's service worker, as Chrome does when it idles; the panel keeps working without it.
  const [before] = a.context.serviceWorkers();
  await before.evaluate(() => ((globalThis as { beforeStop?: boolean }).beforeStop = true));
  const cdp = await a.context.newCDPSession(panelA);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${a.extensionId}/`));
  expect(sw, JSON.stringify(targetInfos.map((t) => [t.type, t.url]))).toBeTruthy();
  await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
  await highlightWithNote(panelA, QUOTE, 'made while the background slept');
  // Nothing here wakes it but its alarm (every 30 s) or the next event: then it resumes.
  await expect(marks(panelB)).toHaveText([QUOTE], { timeout: 90_000 });
  // And it was a new background that sent it.
  const after = a.context.serviceWorkers().at(-1)!;
  expect(await after.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop ?? false)).toBe(false);
});

/** Records every state and text the sync indicator shows in `page` from now on (a state may last a moment). */
async function recordIndicator(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { indicatorSeen?: string[] }).indicatorSeen = seen;
    const note = () => {
      const el = document.querySelector('[data-testid=sync-indicator]');
      const entry = el ? `${el.getAttribute('data-state')}|${el.textContent}` : 'hidden';
      if (seen.at(-1) !== entry) seen.push(entry);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => (globalThis as { indicatorSeen?: string[] }).indicatorSeen ?? []);
}

test('the sync indicator: hidden while off; syncing with progress, then synced; offline; a change made offline waits, then syncs; a click opens Settings → Sync', async () => {
  test.slow();
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  const [a, b] = [await profile('ind-a'), await profile('ind-b')];
  await turnOn(a, db, 'alice', 'alice-pw');
  const url = server.url('seed-article.html');
  const panelA = await a.openPanel((await a.openTab(url)).tabId);
  await highlightWithNote(panelA, QUOTE, 'on the server before B arrives');
  await expect(panelA.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  await expect(panelA.getByTestId('sync-indicator')).toContainText(message('syncAllSynced'));

  const panelB = await b.openPanel((await b.openTab(url)).tabId);
  const indicator = panelB.getByTestId('sync-indicator');
  await expect(indicator).toHaveCount(0); // sync is off: nothing shown
  const seen = await recordIndicator(panelB);
  await turnOn(b, db, 'alice', 'alice-pw');
  await expect(marks(panelB)).toHaveText([QUOTE], { timeout: 30_000 });
  await expect(indicator).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  await expect(indicator).toHaveAttribute('data-pending', '0');
  const shown = await seen();
  const syncing = shown.findIndex((s) => s.startsWith('syncing|'));
  expect(syncing, shown.join('\n')).toBeGreaterThan(0);
  expect(shown.findLastIndex((s) => s.startsWith('synced|')), shown.join('\n')).toBeGreaterThan(syncing);
  // The first sync showed how many documents arrived.
  expect(shown.some((s) => /^syncing\|.*received \d+( of \d+)? documents?/.test(s)), shown.join('\n')).toBe(true);

  await couch.outage();
  try {
    await expect(indicator).toHaveAttribute('data-state', 'offline', { timeout: 30_000 });
    await expect(indicator).toContainText(message('syncIndicatorOffline'));
    await highlightWithOwnNote(panelB, 'British intelligence', 'made in B while offline');
    await expect(indicator).not.toHaveAttribute('data-pending', '0');
    await expect(indicator).toContainText(/\d+ changes? waiting/);
    await expect(indicator).toHaveAttribute('data-state', 'offline');
  } finally {
    await couch.restore();
  }
  await expect(indicator).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  await expect(indicator).toHaveAttribute('data-pending', '0');
  await expect(indicator).toContainText(message('syncAllSynced'));
  await expect(marks(panelA)).toHaveCount(2, { timeout: 30_000 });

  // The library shows the same indicator; a click on it opens Settings → Sync.
  const library = await b.context.newPage();
  await library.goto(`chrome-extension://${b.extensionId}/library.html`);
  await expect(library.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced');
  const [settings] = await Promise.all([b.context.waitForEvent('page'), indicator.getByRole('button').click()]);
  await expect(settings).toHaveURL(/\/options\.html$/);
  await expect(settings.locator('.sync-state')).toHaveAttribute('data-state', 'synced');
});

test('Gloss installs its permission rule when the user may (the server then refuses another’s edit); a member who may not is told an admin must, and syncs anyway', async () => {
  test.slow();
  const gloss = await profile('design');
  const alice = { user: 'alice', password: 'alice-pw' };
  const bob = { user: 'bob', password: 'bob-pw' };
  // As the server's admin: Test connection installs it.
  const team = await couch.createDb(uniqueDbName(), ['alice', 'bob']);
  const teamPath = new URL(team).pathname;
  const settings = await openSettings(gloss);
  await fill(settings, team, couch.admin.user, couch.admin.password);
  expect(await testConnection(settings)).toBe(message('syncConnected').replace('$USER$', couch.admin.user));
  await expect(settings.getByTestId('sync-design')).toHaveAttribute('data-state', 'installed');
  await expect(settings.getByTestId('sync-design')).toHaveText(message('syncDesignOk'));
  expect((await couch.request('GET', `${teamPath}/_design/gloss`)).body).toMatchObject(designDoc());
  // A direct HTTP request, not through Gloss: bob may not edit alice's annotation.
  const hers = { _id: 'annotation:t:1', type: 'annotation', author: 'alice', note: 'hers' };
  const created = await couch.request('PUT', `${teamPath}/annotation%3At%3A1`, hers, alice);
  expect(created.status).toBe(201);
  expect((await couch.request('PUT', `${teamPath}/annotation%3At%3A1`, { ...hers, _rev: created.body.rev, note: 'bob’s now' }, bob)).status).toBe(403);

  // As a member who is no admin, on a database without it: a clear note and the rule to hand over.
  const bare = await couch.createDb(uniqueDbName(), ['alice']);
  const barePath = new URL(bare).pathname;
  await fill(settings, bare, alice.user, alice.password);
  await settings.locator('form button[type=submit]').click();
  await expect(settings.locator('.sync-state')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  const note = settings.getByTestId('sync-design');
  await expect(note).toHaveAttribute('data-state', 'not-admin');
  await expect(note).toContainText(message('syncDesignMissing'));
  const [download] = await Promise.all([settings.waitForEvent('download'), note.getByTestId('sync-design-download').click()]);
  expect(download.suggestedFilename()).toBe('gloss-design.json');
  expect(JSON.parse(fs.readFileSync(await download.path(), 'utf8'))).toEqual(designDoc());
  expect((await couch.request('GET', `${barePath}/_design/gloss`)).status).toBe(404);
  // Sync works without it: a highlight reaches the server.
  const panel = await gloss.openPanel((await gloss.openTab(server.url('seed-article.html'))).tabId);
  await highlightWithNote(panel, QUOTE, 'synced without the rule');
  await expect
    .poll(async () => (await couch.request('GET', `${barePath}/_all_docs?include_docs=true`)).body.rows.some((r: { doc: { note?: string } }) => r.doc.note === 'synced without the rule'), { timeout: 30_000 })
    .toBe(true);
});

test('a cookie session instead of a kept password: sign in once, sync with the cookie; when the session ends the panel says signed out, and signing in again resumes', async () => {
  test.slow();
  const db = await couch.createDb(uniqueDbName(), ['alice']);
  const dbPath = new URL(db).pathname;
  const gloss = await profile('session');
  const settings = await openSettings(gloss);
  await fill(settings, db, 'alice', 'alice-pw');
  await settings.getByLabel(message('syncAuthSession')).check();
  await settings.getByRole('button', { name: message('syncSignIn') }).click();
  await expect(settings.locator('.sync-state')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  // The password was used once: not in the form, not in storage.
  await expect(settings.locator('#sync-password')).toHaveValue('');
  type Storage = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };
  const stored = await settings.evaluate(() => (globalThis as unknown as Storage).chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain('alice-pw');
  expect(stored.glossSync).toMatchObject({ user: 'alice', session: true, password: '' });

  const panel = await gloss.openPanel((await gloss.openTab(server.url('seed-article.html'))).tabId);
  const notesOnServer = async () =>
    (await couch.request('GET', `${dbPath}/_all_docs?include_docs=true`)).body.rows.map((r: { doc: { note?: string } }) => r.doc.note).filter(Boolean);
  await highlightWithNote(panel, QUOTE, 'sent with the session cookie');
  await expect.poll(notesOnServer, { timeout: 30_000 }).toContain('sent with the session cookie');

  // The session ends (the browser drops the expired cookie). Connections are cut first: a request
  // still open with the old cookie would otherwise come back with a fresh one (PouchDB Server
  // renews the session cookie on every answer).
  const indicator = panel.getByTestId('sync-indicator');
  await couch.outage();
  try {
    await expect(indicator).toHaveAttribute('data-state', 'offline', { timeout: 30_000 });
    await gloss.context.clearCookies();
    await panel.getByTestId('tab-article').click();
    await highlightWithOwnNote(panel, 'British intelligence', 'made after the session ended');
  } finally {
    await couch.restore();
  }
  await expect(indicator).toHaveAttribute('data-state', 'signed-out', { timeout: 30_000 });
  await expect(indicator).not.toHaveAttribute('data-pending', '0'); // kept, waiting
  await expect(indicator).toContainText(message('syncIndicatorSignedOut'));
  await expect(settings.locator('.sync-state')).toHaveText(message('syncErrSignedOut'));

  // Signing in again resumes, and the change made meanwhile arrives.
  await settings.locator('#sync-password').fill('alice-pw');
  await settings.getByRole('button', { name: message('syncSignInAgain') }).click();
  await expect(indicator).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
  await expect.poll(notesOnServer, { timeout: 30_000 }).toContain('made after the session ended');
  await expect(settings.locator('#sync-password')).toHaveValue('');
});
