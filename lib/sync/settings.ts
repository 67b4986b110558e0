// What Settings → Sync stores (in the extension's storage.local, never in synced data or exports)
// and what the background reports back: the contract between the settings page and the background,
// with a validator for what comes out of storage.
import type { SyncStatus } from './engine';
import { splitDatabaseUrl, type SyncTarget } from './probe';

/** storage.local keys. */
export const SYNC_SETTINGS_KEY = 'glossSync';
export const SYNC_STATUS_KEY = 'glossSyncStatus';
/** The last design-document check (lib/sync/design ensureDesign) for a database URL. */
export const SYNC_DESIGN_KEY = 'glossSyncDesign';

export interface StoredDesign {
  url: string;
  state: 'current' | 'installed' | 'not-admin' | 'failed';
}

export function parseStoredDesign(raw: unknown): StoredDesign | null {
  const r = raw as Partial<StoredDesign> | null;
  if (!r || typeof r.url !== 'string' || !['current', 'installed', 'not-admin', 'failed'].includes(r.state as string)) return null;
  return { url: r.url, state: r.state! };
}

export interface SyncSettings extends SyncTarget {
  enabled: boolean;
  /** The replica name whose first sync queued the whole library (so it happens once per database). */
  sentEverything?: string;
  /** With a session: when the user last signed in (a new sign-in restarts sync). */
  signedInAt?: number;
}

export type ShownSyncStatus = SyncStatus | { state: 'off'; at: number } | { state: 'error'; error: string; at: number; pending?: number };

export function parseSyncSettings(raw: unknown): SyncSettings | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.url !== 'string' || typeof r.user !== 'string' || typeof r.password !== 'string' || !splitDatabaseUrl(r.url)) return null;
  const session = r.session === true;
  return {
    url: r.url,
    user: r.user,
    password: session ? '' : r.password, // a session never keeps the password
    enabled: r.enabled === true,
    sentEverything: typeof r.sentEverything === 'string' ? r.sentEverything : undefined,
    ...(session ? { session, signedInAt: typeof r.signedInAt === 'number' ? r.signedInAt : 0 } : {}),
  };
}

/**
 * The host permission pattern for a database URL's host (optional_host_permissions). Without the
 * port: Firefox rejects match patterns with one, and both browsers match every port of the host.
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(splitDatabaseUrl(url)!.origin);
  return `${protocol}//${hostname}/*`; // an IPv6 hostname keeps its brackets
}
