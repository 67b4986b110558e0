// A cookie session instead of a stored password: the user signs in once with name and password,
// the server (POST /_session, CouchDB's cookie authentication) answers with a session cookie that
// the browser keeps, and every later request carries that cookie (credentials: 'include'). The
// password is used for this one request and never stored. When the session ends, the server answers
// 401 and sync says "signed out" (lib/sync/engine).
import { splitDatabaseUrl } from './probe';

export type SignInResult =
  | { ok: true; user: string }
  | { ok: false; code: 'bad-url' | 'unreachable' | 'not-couchdb' | 'wrong-credentials' | 'server-error'; detail?: string };

/** How long signing in waits for the server (ms); as long as "Test connection". */
const SIGN_IN_TIMEOUT_MS = 8_000;

export async function signIn(url: string, user: string, password: string, fetchImpl: typeof fetch = fetch): Promise<SignInResult> {
  const parts = splitDatabaseUrl(url);
  if (!parts) return { ok: false, code: 'bad-url' };
  let response: Response;
  try {
    response = await fetchImpl(`${parts.server}_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: user, password }),
      credentials: 'include',
      signal: AbortSignal.timeout(SIGN_IN_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, code: 'unreachable', detail: String((error as Error)?.message ?? error) };
  }
  if (response.status === 401) return { ok: false, code: 'wrong-credentials' };
  let body: { ok?: boolean; name?: string | null } | null = null;
  try {
    body = await response.json();
  } catch {
    return { ok: false, code: 'not-couchdb', detail: `HTTP ${response.status}` };
  }
  if (!response.ok) return { ok: false, code: response.status === 404 ? 'not-couchdb' : 'server-error', detail: `HTTP ${response.status}` };
  if (!body?.ok) return { ok: false, code: 'not-couchdb', detail: `HTTP ${response.status}` };
  return { ok: true, user: body.name ?? user };
}
