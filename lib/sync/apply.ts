// The sync replica → Dexie. Reads the replica's changes feed from the last applied sequence and
// writes each changed record into Dexie in one transaction per batch, with its summary and search
// index queue (lib/db/derived) but without an outbox row (it came from sync). A record with a local
// change still in the outbox is left alone: the drain sends it on top, or as a conflict. Conflicts
// are kept: an annotation's other versions go to syncConflicts for the reader to settle; articles,
// texts and tags are snapshots whose replica winner is kept. A deletion wins over any concurrent
// edit, so a deleted annotation never comes back.
import type { AnnotationRecord, ConflictVersion, GlossDatabase, SavedArticle, TagRecord } from '../db/schema';
import { annotationChange, articleChange, queueIndexChanges, refreshAnnotationFacets, refreshArticleSummary, writeTables } from '../db/derived';
import { annotationFromDoc, articleFromDocs, docId, parseDocId, tagFromDoc } from './docs';
import { isNotFound, type PouchLike, type SyncDoc } from './pouch';

/** Changes read from the replica per step (one Dexie transaction each). */
export const APPLY_BATCH = 500;

type Remote =
  | { id: string; rev: string | null; deleted: true }
  | { id: string; rev: string; deleted: false; doc: SyncDoc; conflicts: ConflictVersion[]; article?: SavedArticle };

const APPLIED_SEQ = '_local/gloss-applied';

export async function appliedSeq(local: PouchLike): Promise<number | string> {
  try {
    return ((await local.get(APPLIED_SEQ)).seq as number | string) ?? 0;
  } catch (error) {
    if (isNotFound(error)) return 0;
    throw error;
  }
}

async function saveAppliedSeq(local: PouchLike, seq: number | string) {
  let rev: string | undefined;
  try {
    rev = (await local.get(APPLIED_SEQ))._rev;
  } catch {
    rev = undefined;
  }
  await local.put({ _id: APPLIED_SEQ, _rev: rev, seq });
}

const versionOf = (doc: SyncDoc): ConflictVersion => ({
  rev: String(doc._rev),
  note: String(doc.note ?? ''),
  color: doc.color as ConflictVersion['color'],
  tags: Array.isArray(doc.tags) ? (doc.tags as string[]) : [],
  author: typeof doc.author === 'string' ? doc.author : undefined,
  modifiedAt: Number(doc.modifiedAt ?? 0),
});

/**
 * Closes a losing branch of a document. A deleted leaf marked `settled` is a conflict that was
 * resolved, not a reader's deletion, so the deletion rule below leaves the document alone.
 */
export async function settleLeaf(local: PouchLike, id: string, rev: string) {
  await local.put({ _id: id, _rev: rev, _deleted: true, settled: true }).catch(() => undefined);
}

async function removeLeaves(local: PouchLike, id: string, revs: string[], settled: boolean) {
  for (const rev of revs) {
    if (settled) await settleLeaf(local, id, rev);
    else await local.remove(id, rev).catch(() => undefined);
  }
}

/** The replica's state of one changed document, settling what the rules settle on their own. */
async function readRemote(local: PouchLike, change: { id: string; deleted?: boolean; doc?: SyncDoc; changes: Array<{ rev: string }> }): Promise<Remote> {
  const winner = change.doc!;
  if (change.deleted) return { id: change.id, rev: String(winner._rev), deleted: true };
  // The feed (style all_docs) lists every leaf, deleted ones too: one leaf means no conflict.
  if (change.changes.length < 2) return { id: change.id, rev: String(winner._rev), deleted: false, doc: winner, conflicts: [] };
  const isAnnotation = change.id.startsWith('annotation:');
  const leaves = (await local.get(change.id, { open_revs: 'all' })) as unknown as Array<{ ok?: SyncDoc }>;
  const live = leaves.map((l) => l.ok).filter((d): d is SyncDoc => !!d && !d._deleted && d._rev !== winner._rev);
  const deletedLeaves = leaves.filter((l) => l.ok?._deleted && !l.ok.settled).length;
  if (isAnnotation && deletedLeaves) {
    // Deleted on one device, edited on another: the deletion wins, on every device alike.
    await removeLeaves(local, change.id, [String(winner._rev), ...live.map((d) => String(d._rev))], false);
    return { id: change.id, rev: null, deleted: true };
  }
  if (!isAnnotation) {
    await removeLeaves(local, change.id, live.map((d) => String(d._rev)), true);
    return { id: change.id, rev: String(winner._rev), deleted: false, doc: winner, conflicts: [] };
  }
  return { id: change.id, rev: String(winner._rev), deleted: false, doc: winner, conflicts: live.map(versionOf) };
}

/** An article is applied once both its documents are in the replica (they replicate independently). */
async function withArticles(local: PouchLike, remotes: Remote[]): Promise<Remote[]> {
  const keys = [...new Set(remotes.map((r) => parseDocId(r.id)).filter((p) => p && (p.kind === 'article' || p.kind === 'text')).map((p) => p!.key))];
  if (!keys.length) return remotes;
  const { rows } = await local.allDocs({ keys: keys.flatMap((k) => [docId('article', k), docId('text', k)]), include_docs: true });
  const byId = new Map(rows.map((r) => [r.key, r]));
  const out = remotes.filter((r) => !r.id.startsWith('article:') && !r.id.startsWith('text:'));
  for (const key of keys) {
    const meta = byId.get(docId('article', key));
    const text = byId.get(docId('text', key));
    if (meta?.value?.deleted) out.push({ id: docId('article', key), rev: meta.value.rev, deleted: true });
    else if (meta?.doc && text?.doc) {
      out.push({ id: docId('article', key), rev: meta.value!.rev, deleted: false, doc: meta.doc, conflicts: [], article: articleFromDocs(meta.doc, text.doc) });
      out.push({ id: docId('text', key), rev: text.value!.rev, deleted: false, doc: text.doc, conflicts: [] });
    }
  }
  return out;
}

/** Deletes local records whose documents were deleted elsewhere (inside the caller's transaction). */
export async function deleteLocalRecords(db: GlossDatabase, ids: string[]): Promise<void> {
  for (const id of ids) {
    const parsed = parseDocId(id);
    if (!parsed) continue;
    const { kind, key } = parsed;
    if (kind === 'annotation') {
      const current = await db.annotations.get(key);
      await db.annotations.delete(key);
      await db.syncConflicts.delete(key);
      if (current) {
        await refreshAnnotationFacets(db, current.articleId);
        await queueIndexChanges(db, [annotationChange(current, true)], true);
      }
    } else if (kind === 'article') {
      if (!(await db.articles.get(key))) continue;
      await db.articleVersions.where('articleId').equals(key).delete();
      await Promise.all([db.articles.delete(key), db.summaries.delete(key), db.analyses.delete(key)]);
      await queueIndexChanges(db, [articleChange({ id: key }, true)], true);
    } else if (kind === 'tag') await db.tags.delete(key);
  }
}

async function writeRecord(db: GlossDatabase, remote: Extract<Remote, { deleted: false }>) {
  const parsed = parseDocId(remote.id)!;
  if (parsed.kind === 'annotation') {
    const record: AnnotationRecord = annotationFromDoc(remote.doc);
    await db.annotations.put(record);
    await refreshAnnotationFacets(db, record.articleId);
    await queueIndexChanges(db, [annotationChange(record)], true);
  } else if (parsed.kind === 'article' && remote.article) {
    await db.articles.put(remote.article);
    await refreshArticleSummary(db, remote.article);
    await queueIndexChanges(db, [articleChange(remote.article)], true);
  } else if (parsed.kind === 'tag') {
    const tag: TagRecord = tagFromDoc(remote.doc);
    await db.tags.put(tag);
  }
}

/** Applies one batch of remote states in one Dexie transaction; returns how many records changed. */
async function applyBatch(db: GlossDatabase, remotes: Remote[]): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    let applied = 0;
    for (const remote of remotes) {
      const parsed = parseDocId(remote.id)!;
      const partner = parsed.kind === 'article' ? docId('text', parsed.key) : parsed.kind === 'text' ? docId('article', parsed.key) : null;
      // A local change not yet sent: the drain puts it on top of (or beside) this one.
      if ((await db.outbox.get(remote.id)) || (partner && (await db.outbox.get(partner)))) continue;
      if (parsed.kind === 'annotation' && !remote.deleted) {
        const kept = await db.syncConflicts.get(parsed.key);
        if (remote.conflicts.length) await db.syncConflicts.put({ id: parsed.key, versions: remote.conflicts, resolvedRevs: kept?.resolvedRevs });
        else if (kept && !kept.resolvedRevs) await db.syncConflicts.delete(parsed.key);
      }
      const known = await db.syncRevs.get(remote.id);
      if (remote.rev && known?.rev === remote.rev) continue; // what this device sent, or applied already
      if (remote.deleted) await deleteLocalRecords(db, [remote.id]);
      else await writeRecord(db, remote);
      if (remote.rev) await db.syncRevs.put({ id: remote.id, rev: remote.rev });
      applied++;
    }
    return applied;
  });
}

/**
 * Applies the replica's changes since the last applied sequence (one batch); returns how many
 * changes it read (0: up to date) and how many records it wrote.
 */
export async function applyReplicaChanges(db: GlossDatabase, local: PouchLike): Promise<{ read: number; applied: number }> {
  const since = await appliedSeq(local);
  const feed = await local.changes({ since, limit: APPLY_BATCH, include_docs: true, style: 'all_docs' });
  const changes = feed.results.filter((c) => parseDocId(c.id));
  const remotes: Remote[] = [];
  for (const change of changes) remotes.push(await readRemote(local, change as Parameters<typeof readRemote>[1]));
  const applied = await applyBatch(db, await withArticles(local, remotes));
  if (feed.results.length) await saveAppliedSeq(local, feed.last_seq);
  return { read: feed.results.length, applied };
}
