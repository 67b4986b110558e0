// "Test connection" for Settings → Sync: asks the server the questions that tell apart what can be
// wrong (unreachable, not a CouchDB, wrong name or password, no such database, no permission) and
// answers with one code the settings page turns into a sentence. Plain fetch, no PouchDB, so the
// check is cheap and the answer precise. `fetch` is passed in: the background's, or Node's in tests.

export type ProbeResult =
  | { ok: true; docCount: number; user: string; canWriteDesign: boolean }
  | { ok: false; code: ProbeError; detail?: string };

export type ProbeError = 'bad-url' | 'unreachable' | 'not-couchdb' | 'wrong-credentials' | 'signed-out' | 'no-database' | 'no-permission' | 'server-error';

export interface SyncTarget {
  /** The database URL, e.g. https://couch.example.org/gloss-alice */
  url: string;
  user: string;
  /** Empty with a session: the password was used once to sign in and is not kept. */
  password: string;
  /** Authenticate with the server's session cookie (POST /_session, lib/sync/session) instead. */
  session?: boolean;
}

/** The server root and database name of a database URL; null when it is not an http(s) URL with a database. */
export function splitDatabaseUrl(url: string): { origin: string; server: string; db: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password) return null;
  const path = parsed.pathname.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  const db = decodeURIComponent(path.slice(slash + 1));
  if (!db) return null;
  return { origin: parsed.origin, server: parsed.origin + path.slice(0, slash + 1), db };
}

export const basicAuth = (user: string, password: string) => {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
};

/** How a request to the server authenticates: the session cookie, or the name and password on each request. */
export function authInit(target: SyncTarget): { headers: Record<string, string>; credentials: RequestCredentials } {
  if (target.session) return { headers: {}, credentials: 'include' };
  return { headers: { Authorization: basicAuth(target.user, target.password) }, credentials: 'omit' };
}

async function json(response: Response): Promise<Record<string, unknown> | null> {
  try {
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** How long a probe waits for the server before calling it unreachable (ms). */
export const PROBE_TIMEOUT_MS = 8_000;

export async function probe(target: SyncTarget, fetchImpl: typeof fetch = fetch): Promise<ProbeResult> {
  const parts = splitDatabaseUrl(target.url);
  if (!parts) return { ok: false, code: 'bad-url' };
  const auth = authInit(target);
  const call = async (path: string) => fetchImpl(parts.server + path, {
    headers: { ...auth.headers, Accept: 'application/json' },
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    credentials: auth.credentials,
  });
  let root: Response;
  try {
    root = await call('');
  } catch (error) {
    return { ok: false, code: 'unreachable', detail: String((error as Error)?.message ?? error) };
  }
  const welcome = await json(root);
  // Apache CouchDB says {"couchdb":"Welcome"}; PouchDB Server {"express-pouchdb":"Welcome!"}.
  const refused: ProbeError = target.session ? 'signed-out' : 'wrong-credentials';
  if (root.status === 401) return { ok: false, code: refused };
  if (!welcome || !('couchdb' in welcome || 'express-pouchdb' in welcome)) return { ok: false, code: 'not-couchdb', detail: `HTTP ${root.status}` };
  const session = await json(await call('_session'));
  const name = (session?.userCtx as { name?: string | null } | undefined)?.name;
  if (!name) return { ok: false, code: refused };
  const info = await call(encodeURIComponent(parts.db));
  // The name and password were accepted (_session): a refusal now is about this database. CouchDB
  // answers 403, PouchDB Server 401.
  if (info.status === 401 || info.status === 403) return { ok: false, code: 'no-permission' };
  if (info.status === 404) return { ok: false, code: 'no-database' };
  if (!info.ok) return { ok: false, code: 'server-error', detail: `HTTP ${info.status}` };
  const body = await json(info);
  const roles = ((session?.userCtx as { roles?: string[] })?.roles ?? []) as string[];
  return { ok: true, docCount: Number(body?.doc_count ?? 0), user: name, canWriteDesign: roles.includes('_admin') };
}
