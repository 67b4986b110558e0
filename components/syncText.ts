// The words for sync's state, shared by Settings → Sync and the sync indicator (panel, library), so
// an error reads the same wherever it shows.
import type { ShownSyncStatus } from '../lib/sync/settings';
import type { IndicatorView } from '../lib/sync/indicator';
import { t, tn } from './i18n';

/** The settings page's sentence for a status (an error says what stopped sync). */
export function syncStatusText(status: ShownSyncStatus | null): string {
  if (!status || status.state === 'off') return t('syncStateOff');
  if (status.state === 'syncing') return t('syncStateSyncing');
  if (status.state === 'synced') return t('syncStateSynced');
  if (status.state === 'offline') return t('syncStateOffline');
  return syncErrorText(status.error);
}

/** An error code or message from the background, as a sentence. */
export function syncErrorText(error: string | undefined): string {
  if (error === 'permission') return t('syncErrPermission');
  if (error === 'signed-out') return t('syncErrSignedOut');
  if (error === 'credentials') return t('syncErrCredentials');
  if (error === 'no-permission') return t('syncErrNoPermission');
  return t('syncStateError', error ?? '');
}

const LABEL = {
  synced: 'syncIndicatorSynced',
  syncing: 'syncIndicatorSyncing',
  offline: 'syncIndicatorOffline',
  error: 'syncIndicatorError',
  'signed-out': 'syncIndicatorSignedOut',
} as const;

/** The indicator's short label and its detail line (progress, what waits, or the error). */
export function indicatorText(view: IndicatorView): { label: string; detail: string } {
  const label = t(LABEL[view.state]);
  if (view.state === 'error') return { label, detail: syncErrorText(view.error) };
  const parts: string[] = [];
  if (view.progress) {
    const { received, receiveTotal, sent } = view.progress;
    parts.push(receiveTotal !== undefined ? tn('syncReceivedOf', receiveTotal, received) : tn('syncReceived', received));
    if (sent) parts.push(tn('syncSent', sent));
  }
  // While syncing, "all synced" would not be true yet: only what waits is said.
  if (view.pending) parts.push(tn('syncWaiting', view.pending));
  else if (view.state !== 'syncing') parts.push(t('syncAllSynced'));
  return { label, detail: parts.join(' · ') };
}
