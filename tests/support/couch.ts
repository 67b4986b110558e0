// A real CouchDB-compatible server for the sync tests and bench:sync. By default PouchDB Server
// (express-pouchdb over the in-memory adapter: pure JavaScript, no native build) started on
// 127.0.0.1 at a port the OS picks, with an admin, users, sessions, `_security` and
// validate_doc_update; with COUCHDB_URL set (e.g. http://admin:secret@127.0.0.1:5984) the same tests
// run against that Apache CouchDB instead. Either way the tests talk to it through a TCP proxy that
// can be cut and restored (`outage()` / `restore()`): a server that vanishes mid-sync and comes back
// on the same address, with its data, like a restarted CouchDB.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CouchFixture {
  /** The server root as clients see it (through the proxy), no trailing slash. */
  url: string;
  kind: 'pouchdb-server' | 'couchdb';
  admin: { user: string; password: string };
  /** An HTTP request as the admin (or as `as`), JSON in and out. */
  request(method: string, path: string, body?: unknown, as?: { user: string; password: string }): Promise<{ status: number; body: any }>;
  createUser(name: string, password: string): Promise<void>;
  /** Creates a database readable and writable by `members` only; returns its URL. */
  createDb(name: string, members: string[]): Promise<string>;
  /** Cuts every connection and stops accepting new ones; `restore()` accepts them again. */
  outage(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

const ADMIN = { user: 'gloss-admin', password: 'gloss-admin-secret' };

/** PouchDB Server in a child process (tests/support/pouchdb-server.cjs); ends with its stdin. */
async function startPouchServer(): Promise<{ target: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./pouchdb-server.cjs', import.meta.url))], {
    env: { ...process.env, GLOSS_COUCH_ADMIN: ADMIN.user, GLOSS_COUCH_ADMIN_PASSWORD: ADMIN.password },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const target = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line).url);
    });
    child.once('exit', (code) => reject(new Error(`PouchDB Server exited (${code}) before listening`)));
  });
  return {
    target,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

/** A TCP proxy to `target` that can drop everything and come back on the same port. */
async function startProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  const handle = (client: net.Socket) => {
    const upstream = net.connect(Number(target.port || 80), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  };
  let server = net.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const cut = async () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    port,
    cut,
    restore: async () => {
      if (server.listening) return;
      server = net.createServer(handle);
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    },
    close: async () => {
      if (server.listening) await cut();
    },
  };
}

export async function startCouch(): Promise<CouchFixture> {
  let admin = ADMIN;
  let backend: { target: string; close(): Promise<void> };
  let kind: CouchFixture['kind'];
  const external = process.env.COUCHDB_URL;
  if (external) {
    const u = new URL(external);
    admin = { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
    u.username = '';
    u.password = '';
    backend = { target: u.origin, close: async () => undefined };
    kind = 'couchdb';
  } else {
    backend = await startPouchServer();
    kind = 'pouchdb-server';
  }
  const proxy = await startProxy(new URL(backend.target));
  const url = `http://127.0.0.1:${proxy.port}`;
  const request: CouchFixture['request'] = async (method, path, body, as = admin) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from(`${as.user}:${as.password}`).toString('base64') },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed };
  };
  const must = async (method: string, path: string, body?: unknown) => {
    const res = await request(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    url,
    kind,
    admin,
    request,
    createUser: async (name, password) => {
      await must('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
    },
    createDb: async (name, members) => {
      await must('PUT', `/${encodeURIComponent(name)}`);
      await must('PUT', `/${encodeURIComponent(name)}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } });
      return `${url}/${encodeURIComponent(name)}`;
    },
    outage: proxy.cut,
    restore: proxy.restore,
    close: async () => {
      await proxy.close();
      await backend.close();
    },
  };
}

/** A database name no other test uses (CouchDB: lower case, starts with a letter). */
export const uniqueDbName = (prefix = 'gloss') => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
