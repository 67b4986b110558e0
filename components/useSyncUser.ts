// The sync user name (Settings → Sync), which the panel and the library need to tell the reader's
// own annotations from a team member's: read from storage.local and followed as it changes. null
// while unread and when sync was never set up (then every annotation is the reader's own).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { syncUserOf } from '../lib/authors';
import { SYNC_SETTINGS_KEY } from '../lib/sync/settings';

export function useSyncUser(): string | null {
  const [user, setUser] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(SYNC_SETTINGS_KEY).then((got) => live && setUser(syncUserOf(got[SYNC_SETTINGS_KEY])));
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SYNC_SETTINGS_KEY in changes) setUser(syncUserOf(changes[SYNC_SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);
  return user;
}
