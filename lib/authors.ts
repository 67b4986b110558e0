// Whose annotation is it, in a team library (several users syncing one CouchDB database): the rules
// the panel and the library share for showing authors, filtering by them and offering edits. Pure:
// the pages hand in the sync user name ("me") they read from storage.
//
// An annotation made on this device before it ever synced carries no author: it is this device's
// user's (the first sync stamps it so). Without sync settings at all ("me" unknown) every local
// annotation is the reader's own, and a library where everything is the reader's shows no authors,
// so a single user sees no change.

/** A summary's author value for annotations that carry none yet (made here before syncing). */
export const UNSTAMPED = '';

export interface Authored {
  author?: string;
}

/** The author an annotation counts as: its own, else this device's user ('' when unknown). */
export function authorOf(a: Authored, me: string | null): string {
  return a.author || me || UNSTAMPED;
}

/** Whether the reader may change or delete it: theirs, or no sync user to be anyone else. */
export function isOwn(a: Authored, me: string | null): boolean {
  return !a.author || me === null || a.author === me;
}

/** Whether a name (as authorOf gives it) is the reader's own. */
export const isMe = (name: string, me: string | null) => name === UNSTAMPED || name === me;

/** The distinct authors of some annotations (or of summaries' author lists): the reader first, the rest sorted. */
export function distinctAuthors(names: Iterable<string>, me: string | null): string[] {
  const seen = new Set<string>();
  for (const name of names) seen.add(isMe(name, me) ? (me ?? UNSTAMPED) : name);
  const mine = me ?? UNSTAMPED;
  const others = [...seen].filter((n) => n !== mine).sort((a, b) => a.localeCompare(b));
  return seen.has(mine) ? [mine, ...others] : others;
}

/** Authors are shown once anyone besides the reader appears (a personal library never shows them). */
export function showsAuthors(authors: string[], me: string | null): boolean {
  return authors.some((n) => !isMe(n, me));
}

/** The filter's values for one chosen author: the reader's own include the not-yet-stamped. */
export function authorFilterValues(chosen: string, me: string | null): string[] {
  return isMe(chosen, me) ? [...new Set([me ?? UNSTAMPED, UNSTAMPED])] : [chosen];
}

/** The sync user name kept by Settings → Sync (storage.local), read leniently: null when none. */
export function syncUserOf(stored: unknown): string | null {
  if (!stored || typeof stored !== 'object') return null;
  const user = (stored as { user?: unknown }).user;
  return typeof user === 'string' && user.trim() !== '' ? user : null;
}
