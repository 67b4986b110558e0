import { describe, expect, it } from 'vitest';
import {
  MAX_SNAPSHOT_CHARS,
  parseBackgroundMessage,
  parseContentMessage,
  parsePanelMessage,
  parseReadTabResponse,
  parseSnapshot,
} from '../../lib/messages';

describe('message validation: content scripts are untrusted', () => {
  it('accepts well-formed panel requests only', () => {
    expect(parsePanelMessage({ type: 'gloss/read-tab', tabId: 4 })).toEqual({ type: 'gloss/read-tab', tabId: 4 });
    expect(parsePanelMessage({ type: 'gloss/read-tab', tabId: '4' })).toBeNull();
    expect(parsePanelMessage({ type: 'gloss/read-tab', tabId: -1 })).toBeNull();
    expect(parsePanelMessage({ type: 'gloss/delete-everything' })).toBeNull();
    expect(parsePanelMessage(null)).toBeNull();
    expect(parsePanelMessage('gloss/read-tab')).toBeNull();
  });

  it('strips unknown fields', () => {
    expect(parsePanelMessage({ type: 'gloss/open-panel', tabId: 1, evil: true })).toEqual({ type: 'gloss/open-panel', tabId: 1 });
  });

  it('accepts page-changed with a web URL only', () => {
    expect(parseContentMessage({ type: 'gloss/page-changed', url: 'https://a.test/x' })).not.toBeNull();
    expect(parseContentMessage({ type: 'gloss/page-changed', url: 'javascript:alert(1)' })).toBeNull();
    expect(parseContentMessage({ type: 'gloss/page-changed', url: 'chrome-extension://x/y' })).toBeNull();
    expect(parseContentMessage({ type: 'gloss/page-changed' })).toBeNull();
  });

  it('validates snapshots and refuses oversized ones', () => {
    expect(parseSnapshot({ url: 'https://a.test/', title: 'T', html: '<p>x</p>' })).toEqual({ url: 'https://a.test/', title: 'T', html: '<p>x</p>' });
    expect(parseSnapshot({ url: 'https://a.test/', title: 'T', html: 42 })).toBeNull();
    expect(parseSnapshot({ url: 'data:text/html,x', title: 'T', html: '' })).toBeNull();
    expect(parseSnapshot({ url: 'https://a.test/', title: 'T', html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) })).toBeNull();
  });

  it('validates read-tab responses', () => {
    expect(parseReadTabResponse({ ok: false, reason: 'restricted', message: 'no' })).toMatchObject({ ok: false, reason: 'restricted' });
    expect(parseReadTabResponse({ ok: false, reason: 'pwned', message: 'no' })).toBeNull();
    expect(parseReadTabResponse({ ok: true, snapshot: { url: 'https://a.test/', title: '', html: '' } })).toMatchObject({ ok: true });
    expect(parseReadTabResponse({ ok: true })).toBeNull();
  });

  it('validates background notices', () => {
    expect(parseBackgroundMessage({ type: 'gloss/invoked', tabId: 3 })).toEqual({ type: 'gloss/invoked', tabId: 3 });
    expect(parseBackgroundMessage({ type: 'gloss/invoked' })).toBeNull();
  });
});
