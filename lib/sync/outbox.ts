// Local changes → the sync replica. The outbox (written by lib/db in the same transaction as each
// change) names the documents that changed; a drain reads their current records, writes them into
// the replica (a PouchDB database that replicates with the server) and clears the rows it sent.
// Edits made while the replica moved on (a remote change arrived) become a conflict branch, never
// an overwrite, so both versions reach every device; a record deleted elsewhere stays deleted.
import type { GlossDatabase, OutboxEntry, SyncRev } from '../db/schema';
import { writeTables } from '../db/derived';
import { annotationDoc, articleDocs, parseDocId, sameContent, tagDoc } from './docs';
import { deleteLocalRecords, settleLeaf } from './apply';
import type { PouchLike, SyncDoc } from './pouch';

/** Outbox rows handled per drain step: one replica read, one bulk write and one Dexie transaction. */
export const DRAIN_BATCH = 500;

interface Head {
  rev: string;
  deleted: boolean;
  doc?: SyncDoc;
}

/** The replica's winning revision of each id (deleted ones too), with its document when alive. */
export async function replicaHeads(local: PouchLike, ids: string[]): Promise<Map<string, Head>> {
  const heads = new Map<string, Head>();
  if (!ids.length) return heads;
  const { rows } = await local.allDocs({ keys: ids, include_docs: true });
  for (const row of rows) {
    if (row.value) heads.set(row.key, { rev: row.value.rev, deleted: !!row.value.deleted, doc: row.doc ?? undefined });
  }
  return heads;
}

/** The document a record should be in the replica now; null when the record is gone (deleted). */
async function desiredDocs(db: GlossDatabase, ids: string[], user: string): Promise<Map<string, SyncDoc | null>> {
  const out = new Map<string, SyncDoc | null>();
  for (const id of ids) {
    const parsed = parseDocId(id);
    if (!parsed) continue;
    const { kind, key } = parsed;
    if (kind === 'article' || kind === 'text') {
      const article = await db.articles.get(key);
      out.set(id, article ? articleDocs(article)[kind === 'article' ? 'meta' : 'text'] : null);
    } else if (kind === 'annotation') {
      const annotation = await db.annotations.get(key);
      out.set(id, annotation ? annotationDoc(annotation, user) : null);
    } else {
      const tag = await db.tags.get(key);
      out.set(id, tag ? tagDoc(tag) : null);
    }
  }
  return out;
}

/** A new leaf revision on top of `base` (or a new root), written as is: a kept conflict. */
async function writeBranch(local: PouchLike, doc: SyncDoc, base: string | undefined): Promise<string> {
  let start = 1;
  let ancestors: string[] = [];
  if (base) {
    try {
      const old = await local.get(doc._id, { rev: base, revs: true });
      if (old._revisions) ({ start, ids: ancestors } = { start: old._revisions.start + 1, ids: old._revisions.ids });
    } catch {
      // the base revision is gone from the replica: the branch starts a new root
    }
  }
  const hash = crypto.randomUUID().replace(/-/g, '');
  const rev = `${start}-${hash}`;
  await local.bulkDocs([{ ...doc, _rev: rev, _revisions: { start, ids: [hash, ...ancestors] } }], { new_edits: false });
  return rev;
}

type Plan =
  | { kind: 'write'; doc: SyncDoc }
  | { kind: 'branch'; doc: SyncDoc }
  | { kind: 'adopt'; rev: string }
  | { kind: 'lose-to-deletion'; rev: string };

/** What to do with one outbox row, given the record now, the revision it reflects and the replica's head. */
function plan(id: string, desired: SyncDoc | null, known: string | undefined, head: Head | undefined): Plan | null {
  const isAnnotation = id.startsWith('annotation:');
  if (!head) return desired ? { kind: 'write', doc: desired } : null;
  if (head.rev !== known && head.deleted && known) return { kind: 'lose-to-deletion', rev: head.rev };
  if (!desired) {
    if (head.deleted) return { kind: 'adopt', rev: head.rev };
    const deletion = { _id: id, _deleted: true } as SyncDoc;
    return head.rev === known || !isAnnotation ? { kind: 'write', doc: { ...deletion, _rev: head.rev } } : { kind: 'branch', doc: deletion };
  }
  if (head.doc && sameContent(head.doc, desired)) return { kind: 'adopt', rev: head.rev };
  // Articles, texts and tags are snapshots: the latest save on any device wins. An annotation
  // edited here while another device edited it too keeps both (a conflict the reader settles).
  if (head.rev === known || head.deleted || !isAnnotation) return { kind: 'write', doc: { ...desired, _rev: head.rev } };
  return { kind: 'branch', doc: desired };
}

/** Removes the replica revisions the reader set aside when settling a conflict. */
async function dropResolved(db: GlossDatabase, local: PouchLike, ids: string[]): Promise<string[]> {
  const settled: string[] = [];
  for (const id of ids) {
    const key = parseDocId(id);
    if (key?.kind !== 'annotation') continue;
    const conflict = await db.syncConflicts.get(key.key);
    if (!conflict?.resolvedRevs) continue;
    for (const rev of conflict.resolvedRevs) await settleLeaf(local, id, rev);
    settled.push(key.key);
  }
  return settled;
}

/**
 * Sends up to DRAIN_BATCH outbox rows to the replica; returns how many rows it handled (0: empty).
 * `user` is the sync user: annotations without an author are theirs. `onWritten` hears each
 * revision written to the replica (what waits to be pushed).
 */
export async function drainOutbox(db: GlossDatabase, local: PouchLike, user: string, onWritten?: (id: string, rev: string) => void): Promise<number> {
  const entries: OutboxEntry[] = await db.outbox.limit(DRAIN_BATCH).toArray();
  if (!entries.length) return 0;
  const ids = entries.map((e) => e.id);
  const [desired, known, heads, settled] = await Promise.all([
    desiredDocs(db, ids, user),
    db.syncRevs.bulkGet(ids),
    replicaHeads(local, ids),
    dropResolved(db, local, ids),
  ]);
  const revs: SyncRev[] = [];
  const deletedHere: string[] = [];
  const writes: SyncDoc[] = [];
  const done = new Set<string>();
  for (const [i, id] of ids.entries()) {
    const step = plan(id, desired.get(id) ?? null, known[i]?.rev, heads.get(id));
    if (!step) done.add(id);
    else if (step.kind === 'write') writes.push(step.doc);
    else if (step.kind === 'branch') {
      const rev = await writeBranch(local, step.doc, known[i]?.rev);
      revs.push({ id, rev });
      onWritten?.(id, rev);
    }
    else {
      revs.push({ id, rev: step.rev });
      if (step.kind === 'lose-to-deletion') deletedHere.push(id);
    }
  }
  const results = writes.length ? await local.bulkDocs(writes) : [];
  for (const [i, result] of results.entries()) {
    // A conflict means the replica moved on meanwhile: the row stays, the next drain sees the new head.
    if (result.ok && result.rev) {
      revs.push({ id: writes[i]._id, rev: result.rev });
      onWritten?.(writes[i]._id, result.rev);
    }
  }
  for (const r of revs) done.add(r.id);
  await db.transaction('rw', writeTables(db), async () => {
    await db.syncRevs.bulkPut(revs);
    if (settled.length) await db.syncConflicts.bulkDelete(settled);
    await deleteLocalRecords(db, deletedHere);
    await stampAuthors(db, ids, user);
    const current = await db.outbox.bulkGet([...done]);
    const sent = new Map(entries.map((e) => [e.id, e.stamp]));
    // A row written again since this drain read it changed again: it stays for the next drain.
    await db.outbox.bulkDelete(current.filter((e): e is OutboxEntry => !!e && e.stamp === sent.get(e.id)).map((e) => e.id));
  });
  return entries.length;
}

/** Annotations made here before sync carry no author: they are the sync user's (as sent). */
async function stampAuthors(db: GlossDatabase, ids: string[], user: string) {
  const keys = ids.filter((id) => id.startsWith('annotation:')).map((id) => id.slice('annotation:'.length));
  for (const a of await db.annotations.bulkGet(keys)) {
    if (a && !a.author) await db.annotations.update(a.id, { author: user });
  }
}

/** Queues every record for sync: turning sync on (or switching database) sends the whole library. */
export async function queueEverything(db: GlossDatabase): Promise<number> {
  return db.transaction('rw', [db.outbox, db.articles, db.annotations, db.tags], async () => {
    const stamp = crypto.randomUUID();
    const ids = [
      ...((await db.articles.toCollection().primaryKeys()) as string[]).flatMap((k) => [`article:${k}`, `text:${k}`]),
      ...((await db.annotations.toCollection().primaryKeys()) as string[]).map((k) => `annotation:${k}`),
      ...((await db.tags.toCollection().primaryKeys()) as string[]).map((k) => `tag:${k}`),
    ];
    await db.outbox.bulkPut(ids.map((id) => ({ id, stamp })));
    return ids.length;
  });
}
