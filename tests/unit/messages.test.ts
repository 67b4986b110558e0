// The message contract (lib/messages): both ends validate (content scripts are untrusted, and an
// answer may come from a page that changed), and one call map types the sender and the receiver.
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_CONTRACT,
  CONTENT_CONTRACT,
  MAX_SNAPSHOT_CHARS,
  MessageError,
  createSender,
  dispatch,
  notify,
  parseNotice,
  parsePageHighlights,
  parseReadTabResponse,
  parseSnapshot,
  type BackgroundCalls,
  type Handlers,
} from '../../lib/messages';

const request = (raw: unknown) => dispatch(BACKGROUND_CONTRACT, echo, raw, null);
const echo: Handlers<BackgroundCalls, null> = {
  'gloss/read-tab': ({ tabId }) => ({ ok: false, reason: 'no-tab', detail: String(tabId) }),
  'gloss/open-panel': () => ({ ok: true }),
  'gloss/take-pending': () => [],
};

describe('the receiving end validates every request', () => {
  it('runs the handler of a well-formed request only', async () => {
    expect(await request({ type: 'gloss/read-tab', tabId: 4 })).toEqual({ ok: false, reason: 'no-tab', detail: '4' });
    expect(request({ type: 'gloss/read-tab', tabId: '4' })).toBeUndefined();
    expect(request({ type: 'gloss/read-tab', tabId: -1 })).toBeUndefined();
    expect(request({ type: 'gloss/delete-everything' })).toBeUndefined();
    expect(request({ type: 'toString' })).toBeUndefined(); // not an own key of the contract
    expect(request(null)).toBeUndefined();
    expect(request('gloss/read-tab')).toBeUndefined();
  });

  it('hands the handler only the validated fields', async () => {
    let seen: unknown;
    const handlers = { ...echo, 'gloss/open-panel': (r: { tabId: number }) => ((seen = r), { ok: true }) };
    await dispatch(BACKGROUND_CONTRACT, handlers, { type: 'gloss/open-panel', tabId: 1, evil: true }, null);
    expect(seen).toEqual({ tabId: 1 });
  });

  it('drops malformed page highlights and bounds notes and tags', () => {
    const good = { id: 'a', color: 'green', quote: { exact: 'x', prefix: '', suffix: '' }, note: 'n'.repeat(5000), tags: [' a ', 'A', 'b'] };
    const items = parsePageHighlights([good, { ...good, color: 'red;}' }, { ...good, quote: null }, 42])!;
    expect(items).toHaveLength(1);
    expect(items[0].note).toHaveLength(2000);
    expect(items[0].tags).toEqual(['a', 'b']);
    expect(parsePageHighlights('nope')).toBeUndefined();
  });

  it('accepts notices: page-changed with a web URL only, invoked and pending with a tab id', () => {
    expect(parseNotice({ type: 'gloss/page-changed', url: 'https://a.test/x' })).not.toBeNull();
    expect(parseNotice({ type: 'gloss/page-changed', url: 'javascript:alert(1)' })).toBeNull();
    expect(parseNotice({ type: 'gloss/page-changed', url: 'chrome-extension://x/y' })).toBeNull();
    expect(parseNotice({ type: 'gloss/invoked', tabId: 3 })).toEqual({ type: 'gloss/invoked', tabId: 3 });
    expect(parseNotice({ type: 'gloss/pending', tabId: 3 })).toEqual({ type: 'gloss/pending', tabId: 3 });
    expect(parseNotice({ type: 'gloss/invoked' })).toBeNull();
  });
});

describe('the sending end validates every answer', () => {
  it('validates snapshots and refuses oversized ones', () => {
    expect(parseSnapshot({ url: 'https://a.test/', title: 'T', html: '<p>x</p>' })).toEqual({ url: 'https://a.test/', title: 'T', html: '<p>x</p>' });
    expect(parseSnapshot({ url: 'https://a.test/', title: 'T', html: 42 })).toBeNull();
    expect(parseSnapshot({ url: 'data:text/html,x', title: 'T', html: '' })).toBeNull();
    expect(parseSnapshot({ url: 'https://a.test/', title: 'T', html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) })).toBeNull();
  });

  it('validates read-tab answers: codes, never sentences to show', () => {
    expect(parseReadTabResponse({ ok: false, reason: 'restricted' })).toEqual({ ok: false, reason: 'restricted' });
    expect(parseReadTabResponse({ ok: false, reason: 'error', detail: 'boom', message: 'ignored' })).toEqual({ ok: false, reason: 'error', detail: 'boom' });
    expect(parseReadTabResponse({ ok: false, reason: 'pwned' })).toBeNull();
    expect(parseReadTabResponse({ ok: true, snapshot: { url: 'https://a.test/', title: '', html: '' } })).toMatchObject({ ok: true });
    expect(parseReadTabResponse({ ok: true })).toBeNull();
  });

  it('send() puts the type on the request and returns the validated answer', async () => {
    const sent: unknown[] = [];
    const send = createSender(CONTENT_CONTRACT, async (m) => {
      sent.push(m);
      return { selection: { url: 'https://a.test/', exact: 'quote', prefix: '', suffix: '', extra: 1 } };
    });
    expect(await send('gloss/capture-selection', {})).toEqual({ selection: { url: 'https://a.test/', exact: 'quote', prefix: '', suffix: '' } });
    expect(sent).toEqual([{ type: 'gloss/capture-selection' }]);
  });

  it('send() rejects with a MessageError for no answer, a bad answer, or a failed transport', async () => {
    const reply = (answer: unknown) => createSender(BACKGROUND_CONTRACT, async () => answer);
    await expect(reply(undefined)('gloss/read-tab', { tabId: 1 })).rejects.toMatchObject({ reason: 'no-answer' });
    await expect(reply({ ok: 'yes' })('gloss/read-tab', { tabId: 1 })).rejects.toMatchObject({ reason: 'bad-answer' });
    const broken = createSender(BACKGROUND_CONTRACT, async () => {
      throw new Error('Receiving end does not exist.');
    });
    const error = await broken('gloss/open-panel', { tabId: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error.message).toContain('Receiving end does not exist.');
  });

  it('notify() never rejects, with or without a receiver', async () => {
    await expect(notify(async () => { throw new Error('no receiver'); }, 'gloss/invoked', { tabId: 1 })).resolves.toBeUndefined();
  });

  it('both ends are typed by one call map (compile-time checks)', () => {
    const send = createSender(BACKGROUND_CONTRACT, async () => ({ ok: true }));
    // @ts-expect-error an unknown call does not compile
    void send('gloss/delete-everything', {}).catch(() => undefined);
    // @ts-expect-error a request of the wrong shape does not compile
    void send('gloss/read-tab', { tab: 1 }).catch(() => undefined);
    // @ts-expect-error a handler must answer what the map says
    const wrong: Handlers<BackgroundCalls, null> = { ...echo, 'gloss/open-panel': () => 'yes' };
    expect(wrong).toBeDefined();
  });
});
