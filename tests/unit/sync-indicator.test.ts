// The sync indicator (panel, library): hidden while sync is off, and what it says for each state the
// background reports — progress on a first sync, what waits to be sent, the settings page's words
// for an error — read in the real catalogues.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indicatorView } from '../../lib/sync/indicator';
import { indicatorText, syncStatusText } from '../../components/syncText';
import { useCatalogue } from '../support/catalogue';

const base = { pending: 0, received: 0, sent: 0, denied: 0, at: 1 };
const say = (status: Parameters<typeof indicatorView>[0]) => {
  const view = indicatorView(status);
  return view && { state: view.state, ...indicatorText(view) };
};

afterEach(() => fakeBrowser.reset());

describe('sync indicator', () => {
  it('is not shown while sync is off or before the background reported anything', () => {
    expect(indicatorView(null)).toBeNull();
    expect(indicatorView(undefined)).toBeNull();
    expect(indicatorView({ state: 'off', at: 1 })).toBeNull();
  });

  it('says whether anything waits to be sent', () => {
    useCatalogue('en');
    expect(say({ ...base, state: 'synced' })).toEqual({ state: 'synced', label: 'Synced', detail: 'All changes synced' });
    expect(say({ ...base, state: 'offline', pending: 3 })).toEqual({ state: 'offline', label: 'Offline', detail: '3 changes waiting' });
    expect(say({ ...base, state: 'offline' })!.detail).toBe('All changes synced');
    useCatalogue('uk');
    expect(say({ ...base, state: 'offline', pending: 2 })!.detail).toBe('2 зміни очікують');
  });

  it('shows progress while syncing: received of the total when known, sent, and what waits', () => {
    useCatalogue('en');
    expect(say({ ...base, state: 'syncing' })).toEqual({ state: 'syncing', label: 'Syncing…', detail: '' });
    expect(say({ ...base, state: 'syncing', received: 120, receiveTotal: 1000 })!.detail).toBe('received 120 of 1,000 documents');
    expect(say({ ...base, state: 'syncing', received: 7, sent: 40, pending: 5 })!.detail).toBe('received 7 documents · sent 40 documents · 5 changes waiting');
    // A total overtaken by what arrived (the server grew meanwhile) is not shown.
    expect(say({ ...base, state: 'syncing', received: 12, receiveTotal: 10 })!.detail).toBe('received 12 documents');
    useCatalogue('de');
    expect(say({ ...base, state: 'syncing', received: 1, receiveTotal: 1 })!.detail).toBe('1 von 1 Dokument empfangen');
  });

  it('an error reads as on the settings page; a signed-out session says to sign in again', () => {
    useCatalogue('en');
    const error = { state: 'error' as const, error: 'permission', at: 1 };
    expect(say(error)).toEqual({ state: 'error', label: 'Sync error', detail: syncStatusText(error) });
    expect(say(error)!.detail).toBe('Gloss needs your permission to connect to this server.');
    expect(say({ state: 'error', error: 'HTTP 500', at: 1 })!.detail).toBe('Sync stopped: HTTP 500');
    expect(say({ state: 'error', error: 'signed-out', at: 1 })).toMatchObject({ state: 'signed-out', label: 'Signed out — sign in again' });
  });
});
