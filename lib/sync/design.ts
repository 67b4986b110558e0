// The design document Gloss installs in a shared (team) database: the server itself refuses an
// edit or deletion of another user's annotation, and an annotation whose author is not the writer,
// whatever client sends it. Server admins may do anything (moderation, repairs). Gloss installs it
// when it connects as a user who may (ensureDesign); otherwise Settings → Sync says an admin must.
import type { SyncDoc } from './pouch';
import { authInit, splitDatabaseUrl, type SyncTarget } from './probe';

export const DESIGN_ID = '_design/gloss';

/** Bumped when the function changes, so an older copy in a database is replaced. */
export const DESIGN_VERSION = 1;

// CouchDB runs this as JavaScript on the server (SpiderMonkey / QuickJS): ES5, no imports.
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (oldDoc && oldDoc.type === 'annotation' && oldDoc.author && oldDoc.author !== userCtx.name) {
    throw({ forbidden: 'Only ' + oldDoc.author + ' can change or delete this annotation.' });
  }
  if (!newDoc._deleted && newDoc.type === 'annotation' && newDoc.author !== userCtx.name) {
    throw({ forbidden: 'An annotation must carry its author (' + userCtx.name + ').' });
  }
}`;

export const designDoc = (): SyncDoc => ({ _id: DESIGN_ID, language: 'javascript', glossVersion: DESIGN_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE });

export type DesignResult =
  | { state: 'current' | 'installed' }
  /** This user may not write design documents (not a server or database admin). */
  | { state: 'not-admin' }
  | { state: 'failed'; detail: string };

/** How long the design check waits for the server (ms); as long as "Test connection". */
const DESIGN_TIMEOUT_MS = 8_000;

/**
 * Installs the current design document in the database unless it has it (same or newer
 * glossVersion). A user who may not (CouchDB: 403, PouchDB Server: 401) gets 'not-admin': sync
 * works without it, but the server does not enforce authorship until an admin installs it.
 */
export async function ensureDesign(target: SyncTarget, fetchImpl: typeof fetch = fetch): Promise<DesignResult> {
  const parts = splitDatabaseUrl(target.url);
  if (!parts) return { state: 'failed', detail: 'bad-url' };
  const url = `${parts.server}${encodeURIComponent(parts.db)}/${DESIGN_ID}`;
  const call = (method: string, body?: unknown) => {
    const auth = authInit(target);
    return fetchImpl(url, {
      method,
      ...auth,
      headers: { ...auth.headers, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(DESIGN_TIMEOUT_MS),
    });
  };
  try {
    const existing = await call('GET');
    let rev: string | undefined;
    if (existing.ok) {
      const doc = (await existing.json()) as { _rev?: string; glossVersion?: unknown };
      if (typeof doc.glossVersion === 'number' && doc.glossVersion >= DESIGN_VERSION) return { state: 'current' };
      rev = doc._rev;
    } else if (existing.status !== 404) {
      return existing.status === 401 || existing.status === 403 ? { state: 'not-admin' } : { state: 'failed', detail: `HTTP ${existing.status}` };
    }
    const put = await call('PUT', { ...designDoc(), ...(rev ? { _rev: rev } : {}) });
    if (put.ok) return { state: 'installed' };
    if (put.status === 401 || put.status === 403) return { state: 'not-admin' };
    return { state: 'failed', detail: `HTTP ${put.status}` };
  } catch (error) {
    return { state: 'failed', detail: String((error as Error)?.message ?? error) };
  }
}

/** The design document as an admin installs it by hand (README: curl -d @gloss-design.json). */
export const designJson = () => JSON.stringify(designDoc(), null, 2);
