// The sync status the background writes to storage.local, kept current in an extension page.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SYNC_STATUS_KEY, type ShownSyncStatus } from '../lib/sync/settings';

export function useSyncStatus(): ShownSyncStatus | null {
  const [status, setStatus] = useState<ShownSyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SYNC_STATUS_KEY in changes) setStatus((changes[SYNC_STATUS_KEY].newValue as ShownSyncStatus) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    void browser.storage.local.get(SYNC_STATUS_KEY).then((stored) => {
      if (live) setStatus((current) => current ?? ((stored[SYNC_STATUS_KEY] as ShownSyncStatus) ?? null));
    });
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return status;
}
