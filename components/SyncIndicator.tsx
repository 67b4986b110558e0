// Sync at a glance in the side panel and the library: synced / syncing (with progress) / offline /
// error, and whether anything waits to be sent. Not shown at all while sync is off. A click opens
// Settings → Sync, where the status is explained and the connection can be fixed.
import { browser } from 'wxt/browser';
import { indicatorView } from '../lib/sync/indicator';
import { t } from './i18n';
import { indicatorText } from './syncText';
import { useSyncStatus } from './useSyncStatus';

export function SyncIndicator() {
  const view = indicatorView(useSyncStatus());
  if (!view) return null;
  const { label, detail } = indicatorText(view);
  return (
    <div className="sync-indicator" role="status" data-testid="sync-indicator" data-state={view.state} data-pending={view.pending}>
      <button type="button" className="link-button" title={t('syncOpenSettings')} onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html') })}>
        <span className="sync-dot" aria-hidden="true" />
        <strong data-testid="sync-label">{label}</strong> <span data-testid="sync-detail">{detail}</span>
      </button>
    </div>
  );
}
