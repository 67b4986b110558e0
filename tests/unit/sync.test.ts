// Sync against a real CouchDB-compatible server (PouchDB Server started here, or COUCHDB_URL):
// records ⇄ documents, the outbox in the write's transaction, two devices converging, conflicts
// kept, deletions that stay deleted, authors, and the server refusing another user's edit.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, saveArticle, updateAnnotation } from '../../lib/db';
import { writeTables } from '../../lib/db/derived';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mergeNotes, resolveConflict } from '../../lib/sync/conflicts';
import { probe } from '../../lib/sync/probe';
import { signIn } from '../../lib/sync/session';
import { GlossDatabase } from '../../lib/db';
import { DESIGN_VERSION, VALIDATE_DOC_UPDATE, designDoc, designJson, ensureDesign } from '../../lib/sync/design';
import { startCouch, uniqueDbName, type CouchFixture } from '../support/couch';
import { startSync } from '../../lib/sync/engine';
import { NodePouch, article, device, selectors, type Device } from './sync-helpers';

let couch: CouchFixture;
const open: Device[] = [];

beforeAll(async () => {
  couch = await startCouch();
  await couch.createUser('alice', 'alice-pw');
  await couch.createUser('bob', 'bob-pw');
});
afterEach(async () => {
  await couch.restore().catch(() => undefined); // a test that failed during an outage
});
afterAll(async () => {
  for (const d of open.splice(0)) await d.stop();
  await couch?.close();
});

async function twoDevices(userB = 'alice', passB = 'alice-pw') {
  const url = await couch.createDb(uniqueDbName(), ['alice', 'bob']);
  await couch.request('PUT', `${new URL(url).pathname}/_design/gloss`, designDoc());
  const a = await device(url, 'alice', 'alice-pw');
  const b = await device(url, userB, passB);
  open.push(a, b);
  return { url, a, b, path: new URL(url).pathname };
}

const poll = (fn: () => Promise<unknown> | unknown) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('sync through a CouchDB-compatible server', () => {
  it('an annotation made on one device appears on the other with its author; deleted, it disappears', async () => {
    const { a, b } = await twoDevices();
    const saved = await saveArticle(a.db, article());
    const note = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'first', tags: ['war'] });
    await poll(async () => (await b.db.annotations.get(note.id))?.note).toBe('first');
    expect((await b.db.annotations.get(note.id))?.author).toBe('alice');
    await poll(async () => (await b.db.articles.get(saved.id))?.text).toBe(saved.text);
    await poll(async () => (await b.db.summaries.get(saved.id))?.highlights).toBe(1);
    // The tag list is derived when the remote annotation is applied: wait for it, like the rest.
    await poll(async () => !!(await b.db.tags.get('war'))).toBe(true);
    // Applying remote changes never queues them to be sent back.
    expect(await b.db.outbox.count()).toBe(0);
    await deleteAnnotation(a.db, note.id);
    await poll(async () => await b.db.annotations.get(note.id)).toBeUndefined();
    await poll(async () => (await b.db.summaries.get(saved.id))?.highlights).toBe(0);
  });

  it('editing an annotation never re-sends the article text', async () => {
    const { a, b, path } = await twoDevices();
    const saved = await saveArticle(a.db, article(2));
    const note = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 4, 7) as never, color: 'yellow' });
    await poll(async () => (await b.db.annotations.get(note.id))?.color).toBe('yellow');
    const textDoc = `${path}/${encodeURIComponent(`text:${saved.id}`)}`;
    await poll(async () => (await couch.request('GET', textDoc)).body._rev).toMatch(/^1-/);
    const textRev = (await couch.request('GET', textDoc)).body._rev;
    for (const color of ['blue', 'pink', 'purple'] as const) await updateAnnotation(a.db, note.id, { color });
    await poll(async () => (await b.db.annotations.get(note.id))?.color).toBe('purple');
    expect((await couch.request('GET', textDoc)).body._rev).toBe(textRev);
  });

  it('the outbox row is written in the same transaction as the change (an aborted write leaves neither)', async () => {
    const { a } = await twoDevices();
    await a.session.stop();
    const saved = await saveArticle(a.db, article(3));
    await expect(
      a.db.transaction('rw', writeTables(a.db), async () => {
        await createAnnotation(a.db, saved, { id: 'doomed', selectors: selectors(saved.text, 0, 3) as never, color: 'green' });
        throw new Error('crash before commit');
      }),
    ).rejects.toThrow('crash');
    expect(await a.db.annotations.get('doomed')).toBeUndefined();
    expect(await a.db.outbox.get('annotation:doomed')).toBeUndefined();
    await createAnnotation(a.db, saved, { id: 'kept', selectors: selectors(saved.text, 0, 3) as never, color: 'green' });
    expect(await a.db.outbox.get('annotation:kept')).toBeTruthy();
  });

  it('offline edits on both devices converge; the other version of a note is kept as a conflict', async () => {
    const { a, b } = await twoDevices();
    const saved = await saveArticle(a.db, article(4));
    const note = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'original' });
    const other = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 4, 7) as never, color: 'blue' });
    // Replication keeps no order between documents: wait for each one B is about to edit.
    await poll(async () => (await b.db.annotations.get(note.id))?.note).toBe('original');
    await poll(async () => (await b.db.annotations.get(other.id))?.color).toBe('blue');
    await couch.outage();
    await updateAnnotation(a.db, note.id, { note: 'edited on A' });
    await updateAnnotation(b.db, note.id, { note: 'edited on B' });
    const onlyA = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 8, 13) as never, color: 'pink', note: 'made offline on A' });
    await poll(() => a.session.status().state).toBe('offline');
    await couch.restore();
    await poll(async () => (await b.db.annotations.get(onlyA.id))?.note).toBe('made offline on A');
    // Both devices show the same winner and keep the other version.
    await poll(async () => (await a.db.annotations.get(note.id))?.note === (await b.db.annotations.get(note.id))?.note).toBe(true);
    await poll(async () => (await a.db.syncConflicts.get(note.id))?.versions.length).toBe(1);
    await poll(async () => (await b.db.syncConflicts.get(note.id))?.versions.length).toBe(1);
    const shown = (await a.db.annotations.get(note.id))!.note;
    const kept = (await a.db.syncConflicts.get(note.id))!.versions[0].note;
    expect([shown, kept].sort()).toEqual(['edited on A', 'edited on B']);
    // The reader merges on B: both devices end with the merged note and no conflict left.
    await resolveConflict(b.db, note.id, { keep: 'merge' });
    const merged = mergeNotes(shown, [kept]);
    for (const d of [a, b]) {
      await poll(async () => (await d.db.annotations.get(note.id))?.note).toBe(merged);
      await poll(async () => await d.db.syncConflicts.get(note.id)).toBeUndefined();
    }
    expect(merged).toContain('edited on A');
    expect(merged).toContain('edited on B');
  });

  it('the server going away in the middle of a first sync loses and duplicates nothing', async () => {
    const { a, b, path } = await twoDevices();
    const saved = await saveArticle(a.db, article(7));
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) ids.push((await createAnnotation(a.db, saved, { selectors: selectors(saved.text, i % 20, (i % 20) + 3) as never, color: 'blue', note: `n${i}` })).id);
    // Cut as soon as the first documents reach the other device, then come back.
    await poll(async () => (await b.db.annotations.count()) > 0).toBe(true);
    await couch.outage();
    await poll(() => b.session.status().state).toBe('offline');
    const during = await b.db.annotations.count();
    await couch.restore();
    await poll(async () => await b.db.annotations.count()).toBe(150);
    expect(during).toBeLessThanOrEqual(150);
    const onServer = (await couch.request('GET', `${path}/_all_docs`)).body.rows.filter((r: { id: string }) => r.id.startsWith('annotation:'));
    expect(onServer).toHaveLength(150);
    expect(new Set((await b.db.annotations.toArray()).map((x) => x.note)).size).toBe(150);
  });

  it('a first sync into an empty profile reports how many documents it will receive, and counts them', async () => {
    const { a, url, path } = await twoDevices();
    const saved = await saveArticle(a.db, article(8));
    for (let i = 0; i < 20; i++) await createAnnotation(a.db, saved, { selectors: selectors(saved.text, i, i + 3) as never, color: 'blue', note: `t${i}` });
    await a.session.idle();
    const onServer = (await couch.request('GET', path)).body.doc_count as number;
    const statuses: Array<{ received: number; receiveTotal?: number }> = [];
    const c = await device(url, 'alice', 'alice-pw', true, (s) => statuses.push(s));
    open.push(c);
    await poll(async () => await c.db.annotations.count()).toBe(20);
    await poll(() => c.session.status().state).toBe('synced');
    expect(c.session.status().receiveTotal).toBe(onServer);
    expect(c.session.status().received).toBeGreaterThanOrEqual(onServer);
    // Reported to the background as it came (what the indicator shows).
    expect(statuses.some((s) => s.receiveTotal === onServer)).toBe(true);
  });

  it('offline, a change counts as waiting until the server has it, also after the sync restarts', async () => {
    const { a, url } = await twoDevices();
    const saved = await saveArticle(a.db, article(11));
    await a.session.idle();
    expect(a.session.status().pending).toBe(0);
    await couch.outage();
    await poll(() => a.session.status().state).toBe('offline');
    await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'offline' });
    // The outbox drains into the replica even offline; the change still waits for the server.
    await poll(async () => await a.db.outbox.count()).toBe(0);
    await poll(() => a.session.status().pending).toBe(1);
    // The background restarts meanwhile (same replica): it still knows what waits.
    await a.session.stop();
    const again = await startSync({ db: a.db, PouchDB: NodePouch, target: { url, user: 'alice', password: 'alice-pw' }, localName: a.session.local.name, localOptions: { adapter: 'memory' } });
    try {
      await poll(() => again.status().state).toBe('offline');
      expect(again.status().pending).toBe(1);
      await couch.restore();
      await poll(() => again.status().state).toBe('synced');
      expect(again.status().pending).toBe(0);
    } finally {
      await again.stop();
    }
  });

  it('a deletion made while another device edited stays a deletion on both (never resurrects)', async () => {
    const { a, b } = await twoDevices();
    const saved = await saveArticle(a.db, article(5));
    const note = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'x' });
    await poll(async () => (await b.db.annotations.get(note.id))?.note).toBe('x');
    await couch.outage();
    await deleteAnnotation(a.db, note.id);
    await updateAnnotation(b.db, note.id, { note: 'edited while deleted elsewhere' });
    await couch.restore();
    await poll(async () => await b.db.annotations.get(note.id)).toBeUndefined();
    await poll(async () => await a.db.annotations.get(note.id)).toBeUndefined();
  });

  it('team: each sees the other’s highlights with the author; the server refuses an edit of another user’s annotation', async () => {
    const { a, b, path } = await twoDevices('bob', 'bob-pw');
    const saved = await saveArticle(a.db, article(6));
    const mine = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'alice’s' });
    await poll(async () => (await b.db.annotations.get(mine.id))?.author).toBe('alice');
    const bobs = await createAnnotation(b.db, saved, { selectors: selectors(saved.text, 4, 7) as never, color: 'blue', note: 'bob’s' });
    await poll(async () => (await a.db.annotations.get(bobs.id))?.author).toBe('bob');
    // A direct HTTP request as bob, not through Gloss.
    const docPath = `${path}/${encodeURIComponent(`annotation:${mine.id}`)}`;
    const current = (await couch.request('GET', docPath, undefined, { user: 'bob', password: 'bob-pw' })).body;
    const edit = await couch.request('PUT', docPath, { ...current, note: 'hijacked', author: 'bob' }, { user: 'bob', password: 'bob-pw' });
    expect(edit.status).toBe(403);
    const removal = await couch.request('DELETE', `${docPath}?rev=${current._rev}`, undefined, { user: 'bob', password: 'bob-pw' });
    expect(removal.status).toBe(403);
    const forged = await couch.request('PUT', `${path}/annotation:forged`, { type: 'annotation', author: 'alice', note: 'in alice’s name' }, { user: 'bob', password: 'bob-pw' });
    expect(forged.status).toBe(403);
    // Through sync too: bob's device edits alice's annotation; the server denies it and keeps hers.
    await updateAnnotation(b.db, mine.id, { note: 'bob was here' });
    await poll(() => b.session.status().denied).toBeGreaterThan(0);
    expect((await couch.request('GET', docPath)).body.note).toBe('alice’s');
  });

  it('a user who is not a member of the database is refused (CouchDB: 403, PouchDB Server: 401)', async () => {
    const url = await couch.createDb(uniqueDbName(), ['alice']);
    const res = await couch.request('GET', new URL(url).pathname, undefined, { user: 'bob', password: 'bob-pw' });
    expect([401, 403]).toContain(res.status);
    expect((await couch.request('GET', new URL(url).pathname, undefined, { user: 'alice', password: 'alice-pw' })).status).toBe(200);
  });
});

describe('Test connection (lib/sync/probe)', () => {
  let other: Server;
  let otherUrl: string;
  beforeAll(async () => {
    other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Not a database</h1>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  it('tells each failure apart, and says yes to a good setting', async () => {
    const url = await couch.createDb(uniqueDbName(), ['alice']);
    const good = { url, user: 'alice', password: 'alice-pw' };
    expect(await probe(good)).toMatchObject({ ok: true, user: 'alice' });
    expect(await probe({ ...good, password: 'wrong' })).toMatchObject({ ok: false, code: 'wrong-credentials' });
    expect(await probe({ ...good, user: 'bob', password: 'bob-pw' })).toMatchObject({ ok: false, code: 'no-permission' });
    expect(await probe({ ...good, url: `${couch.url}/no-such-db` })).toMatchObject({ ok: false, code: 'no-database' });
    expect(await probe({ ...good, url: `${otherUrl}/gloss` })).toMatchObject({ ok: false, code: 'not-couchdb' });
    expect(await probe({ ...good, url: 'http://127.0.0.1:9/gloss' })).toMatchObject({ ok: false, code: 'unreachable' });
    expect(await probe({ ...good, url: 'couch.example.org' })).toMatchObject({ ok: false, code: 'bad-url' });
    expect(await probe({ ...good, url: 'https://alice:pw@couch.example.org/db' })).toMatchObject({ ok: false, code: 'bad-url' });
  });
});

describe('Gloss installs its validate_doc_update design document (lib/sync/design)', () => {
  const alice = { user: 'alice', password: 'alice-pw' };
  const bob = { user: 'bob', password: 'bob-pw' };

  it('as an admin: installs it, leaves a current one alone, replaces an older one; the server then refuses another user’s edit', async () => {
    const url = await couch.createDb(uniqueDbName(), ['alice', 'bob']);
    const path = new URL(url).pathname;
    const admin = { url, user: couch.admin.user, password: couch.admin.password };
    expect(await ensureDesign(admin)).toEqual({ state: 'installed' });
    expect((await couch.request('GET', `${path}/_design/gloss`)).body).toMatchObject({ glossVersion: DESIGN_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE });
    expect(await ensureDesign(admin)).toEqual({ state: 'current' });
    // Direct HTTP requests: alice writes her annotation; bob may neither edit nor delete it.
    const mine = { _id: 'annotation:x:1', type: 'annotation', author: 'alice', note: 'hers' };
    const created = await couch.request('PUT', `${path}/annotation%3Ax%3A1`, mine, alice);
    expect(created.status).toBe(201);
    expect((await couch.request('PUT', `${path}/annotation%3Ax%3A1`, { ...mine, _rev: created.body.rev, note: 'bob was here' }, bob)).status).toBe(403);
    expect((await couch.request('DELETE', `${path}/annotation%3Ax%3A1?rev=${created.body.rev}`, undefined, bob)).status).toBe(403);

    // An older version (here: one that allows everything) is replaced.
    const current = (await couch.request('GET', `${path}/_design/gloss`)).body;
    await couch.request('PUT', `${path}/_design/gloss`, { ...current, glossVersion: DESIGN_VERSION - 1, validate_doc_update: 'function () {}' });
    expect(await ensureDesign(admin)).toEqual({ state: 'installed' });
    expect((await couch.request('GET', `${path}/_design/gloss`)).body).toMatchObject({ glossVersion: DESIGN_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE });
  });

  it('as a member who is no admin, on a database without it: says so, writes nothing, and sync still works', async () => {
    const url = await couch.createDb(uniqueDbName(), ['alice']);
    const path = new URL(url).pathname;
    expect(await ensureDesign({ url, ...alice })).toEqual({ state: 'not-admin' });
    expect((await couch.request('GET', `${path}/_design/gloss`)).status).toBe(404);
    const a = await device(url, 'alice', 'alice-pw');
    const b = await device(url, 'alice', 'alice-pw');
    open.push(a, b);
    const saved = await saveArticle(a.db, article(12));
    const note = await createAnnotation(a.db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'no rule, still synced' });
    await poll(async () => (await b.db.annotations.get(note.id))?.note).toBe('no rule, still synced');
  });

  it('the design document for a manual install is the one Gloss installs', () => {
    expect(JSON.parse(designJson())).toEqual(designDoc());
  });
});

/** Node's fetch with one cookie, as a browser keeps the session cookie for the server. */
/**
 * A browser's cookie jar for one origin. `drop()` is the session expiring: PouchDB Server renews
 * the cookie on every answer, so an answer to a request sent before the drop (a long poll of the
 * changes feed still open) must not bring the ended session back — an expired session stays ended.
 */
function cookieJar() {
  let cookie = '';
  let generation = 0;
  const fetchWithCookie: typeof fetch = async (input, init) => {
    const sentIn = generation;
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set && sentIn === generation) cookie = set.split(',').map((c) => c.trim().split(';')[0]).filter((c) => c.startsWith('AuthSession=')).at(-1) ?? cookie;
    return response;
  };
  return { fetch: fetchWithCookie, cookie: () => cookie, drop: () => { cookie = ''; generation++; } };
}

describe('a cookie session instead of a stored password (lib/sync/session)', () => {
  it('signs in once, syncs with the cookie alone, and says "signed out" when the session ends', async () => {
    const url = await couch.createDb(uniqueDbName(), ['alice']);
    const jar = cookieJar();
    expect(await signIn(url, 'alice', 'wrong', jar.fetch)).toMatchObject({ ok: false, code: 'wrong-credentials' });
    expect(jar.cookie()).toBe('');
    expect(await signIn(url, 'alice', 'alice-pw', jar.fetch)).toEqual({ ok: true, user: 'alice' });
    expect(jar.cookie()).toMatch(/^AuthSession=./);
    const target = { url, user: 'alice', password: '', session: true };
    expect(await probe(target, jar.fetch)).toMatchObject({ ok: true, user: 'alice' });

    // A device syncing with the session only (no password anywhere) sends and receives.
    const name = `session-${Math.random().toString(36).slice(2)}`;
    const db = new GlossDatabase(name);
    await db.open();
    const statuses: string[] = [];
    const session = await startSync({ db, PouchDB: NodePouch, target, fetch: jar.fetch, localName: `replica-${name}`, localOptions: { adapter: 'memory' }, sendEverything: true, onStatus: (s) => statuses.push(`${s.state}:${s.error ?? ''}`) });
    const other = await device(url, 'alice', 'alice-pw');
    open.push(other);
    try {
      const saved = await saveArticle(db, article(13));
      const note = await createAnnotation(db, saved, { selectors: selectors(saved.text, 0, 3) as never, color: 'green', note: 'sent with a session' });
      await poll(async () => (await other.db.annotations.get(note.id))?.note).toBe('sent with a session');
      await session.idle();

      // The session ends (the browser drops an expired cookie): the next request is refused.
      jar.drop();
      expect(await probe(target, jar.fetch)).toMatchObject({ ok: false, code: 'signed-out' });
      await createAnnotation(db, saved, { selectors: selectors(saved.text, 4, 8) as never, color: 'blue', note: 'after the session ended' });
      await poll(() => `${session.status().state}:${session.status().error ?? ''}`).toBe('error:signed-out');
      await poll(() => session.status().pending).toBeGreaterThan(0); // kept, waiting for a new sign-in (the refusal may come before the drain counts it)
    } finally {
      await session.stop();
      db.close();
      await GlossDatabase.delete(name);
    }
  });
});
