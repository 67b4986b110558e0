// What the sync indicator (side panel, library page) shows, worked out from the status the
// background writes to storage.local: nothing when sync is off; otherwise its state, how many local
// changes wait to be sent, and on a sync in progress how far it got (documents received of a total
// when the server's size is known, documents sent). Pure: the component only words it.
import type { ShownSyncStatus } from './settings';

export type IndicatorState = 'syncing' | 'synced' | 'offline' | 'error' | 'signed-out';

export interface IndicatorView {
  state: IndicatorState;
  /** Local changes not yet sent (0: "All changes synced"). */
  pending: number;
  /** Set while syncing once anything moved or a total is known. */
  progress: { received: number; receiveTotal?: number; sent: number } | null;
  /** The error code or text for 'error' (the settings page's wording applies). */
  error?: string;
}

/** Null: sync is off or has never reported, and the indicator is not shown at all. */
export function indicatorView(status: ShownSyncStatus | null | undefined): IndicatorView | null {
  if (!status || typeof status !== 'object' || status.state === 'off') return null;
  const pending = Number.isFinite(status.pending) ? Math.max(0, status.pending ?? 0) : 0;
  if (status.state === 'error') {
    if (status.error === 'signed-out') return { state: 'signed-out', pending, progress: null };
    return { state: 'error', pending, progress: null, error: status.error };
  }
  if (status.state !== 'syncing') return { state: status.state, pending, progress: null };
  const received = status.received ?? 0;
  const sent = status.sent ?? 0;
  // A total smaller than what already arrived is stale (documents were added meanwhile): drop it.
  const receiveTotal = status.receiveTotal !== undefined && status.receiveTotal >= received ? status.receiveTotal : undefined;
  const moving = received > 0 || sent > 0 || receiveTotal !== undefined;
  return { state: 'syncing', pending, progress: moving ? { received, receiveTotal, sent } : null };
}
