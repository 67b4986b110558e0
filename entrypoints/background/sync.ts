// Runs sync in the background (service worker in Chrome, event page in Firefox) while the browser
// runs: starts lib/sync with the settings in storage.local when sync is on and the server's origin
// is granted, restarts it when the settings change, and writes its status for the settings page.
// A suspended background starts it again on the next wake-up (an alarm keeps waking it); PouchDB
// resumes from its checkpoints, and the outbox holds every change made meanwhile.
import PouchDB from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import { GlossDatabase } from '../../lib/db';
import { replicaName, startSync, type SyncSession } from '../../lib/sync/engine';
import type { PouchConstructor } from '../../lib/sync/pouch';
import { ensureDesign } from '../../lib/sync/design';
import { SYNC_DESIGN_KEY, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, originPattern, parseSyncSettings, type ShownSyncStatus } from '../../lib/sync/settings';

/** How often the background is woken to check that sync runs (minutes; Chrome's minimum is 0.5). */
const WAKE_MINUTES = 0.5;

let db: GlossDatabase | null = null;
let session: SyncSession | null = null;
let running = '';
let reconciling: Promise<void> = Promise.resolve();

const report = (status: ShownSyncStatus) => browser.storage.local.set({ [SYNC_STATUS_KEY]: status });

async function reconcileNow(): Promise<void> {
  const settings = parseSyncSettings((await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]);
  // A new sign-in (session) restarts sync: a replication stopped by "signed out" does not retry.
  const wanted = settings?.enabled ? JSON.stringify([settings.url, settings.user, settings.password, settings.session ?? false, settings.signedInAt ?? 0]) : '';
  if (wanted === running && (session || !wanted)) return;
  await session?.stop();
  session = null;
  running = wanted;
  if (!settings || !wanted) return void (await report({ state: 'off', at: Date.now() }));
  if (!(await browser.permissions.contains({ origins: [originPattern(settings.url)] }))) {
    return void (await report({ state: 'error', error: 'permission', at: Date.now() }));
  }
  db ??= new GlossDatabase();
  const name = replicaName(settings);
  session = await startSync({
    db,
    PouchDB: PouchDB as unknown as PouchConstructor,
    target: settings,
    sendEverything: settings.sentEverything !== name,
    onStatus: (status) => void report(status),
  });
  // A newer permission rule (design document) is installed when this user may; the settings page
  // shows what came of it (an unreachable server leaves the last answer standing).
  void ensureDesign(settings).then((design) => {
    if (design.state !== 'failed') void browser.storage.local.set({ [SYNC_DESIGN_KEY]: { url: settings.url, state: design.state } });
  });
  if (settings.sentEverything !== name) await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: { ...settings, sentEverything: name } });
}

/** Brings the running sync in line with the settings (one reconciliation at a time). */
export function reconcileSync(): Promise<void> {
  reconciling = reconciling.then(reconcileNow).catch((error) => report({ state: 'error', error: String((error as Error)?.message ?? error), at: Date.now() }));
  return reconciling;
}

export function installSync(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SYNC_SETTINGS_KEY in changes) void reconcileSync();
  });
  browser.permissions.onAdded?.addListener(() => void reconcileSync());
  browser.alarms.create('gloss-sync', { periodInMinutes: WAKE_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'gloss-sync') void reconcileSync();
  });
  void reconcileSync();
}
