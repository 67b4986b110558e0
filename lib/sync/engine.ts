// One running sync between Gloss's database and a CouchDB database. Three parts, each restartable:
// the outbox drain (Dexie → replica), PouchDB's continuous two-way replication (replica ⇄ server,
// resuming from its checkpoints after any pause, a restart of the browser's background, or an
// outage), and the apply loop (replica → Dexie). The replica is a PouchDB database of the
// background's own (IndexedDB in the browser, memory in tests), named after the server database
// and user, so switching databases never mixes them. PouchDB is passed in: lib/ stays free of it.
import { liveQuery } from 'dexie';
import type { GlossDatabase } from '../db/schema';
import { applyReplicaChanges } from './apply';
import { drainOutbox, queueEverything } from './outbox';
import { createPump } from './pump';
import type { PouchConstructor, PouchEmitter, PouchLike, SyncDoc } from './pouch';
import type { SyncTarget } from './probe';
import { UnsentChanges } from './unsent';

export type SyncState = 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet on the server (in the outbox, or in the replica but not pushed). */
  pending: number;
  /** Documents received from and sent to the server since this sync started. */
  received: number;
  sent: number;
  /** How many documents this sync will receive in all, when known: the server's document count on
   * a first sync into an empty replica, or what the server says is left (CouchDB's `pending`). */
  receiveTotal?: number;
  /** Writes the server refused (validate_doc_update, permissions). */
  denied: number;
  error?: string;
  at: number;
}

export interface SyncOptions {
  db: GlossDatabase;
  PouchDB: PouchConstructor;
  target: SyncTarget;
  /** The replica's name (default replicaName(target)); tests give each simulated device its own. */
  localName?: string;
  /** How the server is fetched (default: PouchDB's); Node tests add the session cookie here. */
  fetch?: typeof fetch;
  /** Options for the replica (e.g. `{ adapter: 'memory' }` in tests). */
  localOptions?: Record<string, unknown>;
  /** Queue every record first (the first sync of this library with this database). */
  sendEverything?: boolean;
  onStatus?: (status: SyncStatus) => void;
}

export interface SyncSession {
  local: PouchLike;
  status(): SyncStatus;
  /** Drains the outbox and applies the replica now (call when the database changed). */
  nudge(): Promise<void>;
  /** Resolves when the outbox is empty, the replica is applied and replication is idle. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Longest wait between reconnection attempts while the server is away (ms). */
export const MAX_RETRY_DELAY_MS = 5_000;
/** The first wait after a failure (ms); each further failure doubles it up to the maximum. */
export const FIRST_RETRY_DELAY_MS = 500;

/** The replica's name: one per server database and user. */
export function replicaName(target: SyncTarget): string {
  let hash = 0;
  for (const ch of `${target.url}\n${target.user}`) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return `gloss-sync-${(hash >>> 0).toString(36)}`;
}

/** On a first sync (an empty replica) everything on the server comes: its document count is the total. */
async function firstSyncTotal(emptyReplica: Promise<boolean>, remote: PouchLike): Promise<number | undefined> {
  try {
    if (!(await emptyReplica)) return undefined;
    return (await remote.info()).doc_count;
  } catch {
    return undefined; // offline or refused: the replication reports that
  }
}

/**
 * The error code for a server that refuses this user (not an outage): a session that ended
 * ('signed-out'), a wrong password ('credentials'), or no access to the database ('no-permission').
 */
export function refusal(error: unknown, target: SyncTarget): string | undefined {
  const { status, name } = (error ?? {}) as { status?: number; name?: string };
  if (status === 401 || name === 'unauthorized') return target.session ? 'signed-out' : 'credentials';
  if (status === 403 || name === 'forbidden') return 'no-permission';
  return undefined;
}

export async function startSync(options: SyncOptions): Promise<SyncSession> {
  const { db, PouchDB, target } = options;
  const local = new PouchDB(options.localName ?? replicaName(target), options.localOptions);
  // PouchDB sends cookies with every request (credentials: 'include'): a session needs no more.
  const auth = target.session ? {} : { auth: { username: target.user, password: target.password } };
  const remote = new PouchDB(target.url, { ...auth, skip_setup: true, ...(options.fetch ? { fetch: options.fetch } : {}) });
  // Asked before anything is written to the replica.
  const emptyReplica = local.info().then((info) => Number(String(info.update_seq).split('-')[0]) === 0, () => false);
  if (options.sendEverything) await queueEverything(db);
  const unsent = new UnsentChanges(local);
  await unsent.load();
  let outboxCount = await db.outbox.count();
  const pendingNow = () => outboxCount + unsent.size;
  let status: SyncStatus = { state: 'syncing', pending: pendingNow(), received: 0, sent: 0, denied: 0, at: Date.now() };
  let replicationIdle = false;
  let offline = false;
  /** The server refused this user (signed out, wrong password): not an outage, and not "synced". */
  let refused = false;
  const waiters: Array<() => void> = [];
  const set = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch, at: Date.now() };
    options.onStatus?.(status);
    if (status.state === 'synced' && !status.pending) waiters.splice(0).forEach((w) => w());
  };

  let stopped = false;
  const pumpOnce = async () => {
    while (!stopped && (await drainOutbox(db, local, target.user, (id, rev) => unsent.written(id, rev))) > 0);
    while (!stopped && (await applyReplicaChanges(db, local)).read > 0);
    if (stopped) return;
    outboxCount = await db.outbox.count();
    // another pass is asked for (a change not yet applied): "synced" would release idle() early
    if (runner.queued()) return;
    const pending = pendingNow();
    set({ pending, ...(replicationIdle && status.state !== 'offline' && status.state !== 'error' ? { state: pending ? 'syncing' : 'synced' } : {}) });
  };
  const runner = createPump(pumpOnce, (error) => {
    if (!stopped) set({ state: 'error', error: String((error as Error)?.message ?? error) });
  });
  const pump = () => runner.request();

  const feed: PouchEmitter = local.changes({ since: 'now', live: true }).on('change', () => void pump());
  const backOff = (delay: number) => (delay ? Math.min(delay * 2, MAX_RETRY_DELAY_MS) : FIRST_RETRY_DELAY_MS);
  const replication: PouchEmitter = local
    .sync(remote, { live: true, retry: true, back_off_function: backOff })
    // docs_written adds up over a replication's batches: each batch's own documents are `docs`.
    .on('change', (info: { direction: string; change: { docs?: SyncDoc[]; pending?: number } }) => {
      const docs = info.change.docs ?? [];
      if (refused && docs.length) {
        refused = false;
        set({ state: 'syncing', error: undefined });
      }
      if (info.direction !== 'pull') {
        unsent.pushed(docs);
        return set({ sent: status.sent + docs.length, pending: pendingNow() });
      }
      const received = status.received + docs.length;
      set({ received, ...(typeof info.change.pending === 'number' ? { receiveTotal: received + info.change.pending } : {}) });
    })
    .on('active', () => {
      replicationIdle = false;
      offline = false;
      // A refusal (signed out, wrong password, no permission) waits for the user: the other
      // direction's request still in flight turning active must not hide it behind "syncing".
      // Documents moving again (a 'change') is what clears it.
      if (!refused) set({ state: 'syncing', error: undefined });
    })
    .on('paused', () => {
      // The two-way sync reports a pause without its cause: an unreachable server is seen per
      // direction (requestError below) and keeps the state "offline" until a retry goes through.
      replicationIdle = true;
      const held = () => offline || refused || stopped;
      if (!held()) void pump().then(async () => {
        if (held()) return;
        if (unsent.size && !outboxCount) await unsent.recheck(remote).catch(() => undefined);
        if (!held()) set({ state: pendingNow() ? 'syncing' : 'synced', pending: pendingNow(), error: undefined });
      });
    })
    .on('denied', (info: { doc?: { id?: string } }) => {
      if (info?.doc?.id) unsent.refused(info.doc.id);
      set({ denied: status.denied + 1, pending: pendingNow() });
    })
    .on('error', (error: unknown) => {
      refused = !!refusal(error, target);
      set({ state: 'error', error: refusal(error, target) ?? String((error as Error)?.message ?? error) });
    });

  // Every local write adds an outbox row: Dexie's live query sees it (in this context, and in the
  // others of the same origin through Dexie's cross-context broadcast) and the drain runs.
  const outboxWatch = liveQuery(() => db.outbox.count()).subscribe({ next: () => void pump(), error: () => undefined });
  const wentOffline = (error: unknown) => {
    const code = refusal(error, target);
    refused = !!code;
    if (code) return set({ state: 'error', error: code });
    offline = true;
    set({ state: 'offline', error: String((error as Error)?.message ?? error) });
  };
  void firstSyncTotal(emptyReplica, remote).then((total) => total !== undefined && status.receiveTotal === undefined && set({ receiveTotal: total }));
  for (const direction of ['push', 'pull'] as const) (replication as unknown as Record<string, PouchEmitter>)[direction]?.on('requestError', wentOffline);
  void pump();
  return {
    local,
    status: () => status,
    nudge: pump,
    idle: () =>
      new Promise<void>((resolve) => {
        if (status.state === 'synced' && !status.pending && !runner.busy()) resolve();
        else waiters.push(resolve);
      }),
    stop: async () => {
      stopped = true;
      outboxWatch.unsubscribe();
      replication.cancel();
      feed.cancel();
      await runner.settled();
      await unsent.flush();
      await local.close().catch(() => undefined);
      await remote.close().catch(() => undefined);
    },
  };
}
