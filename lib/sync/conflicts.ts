// Settling an annotation edited on two devices while they were apart. Sync keeps the replica's
// winner in the annotation and the other versions in syncConflicts (nothing is dropped); the reader
// keeps this one, keeps that one, or merges the two notes. The choice is an ordinary edit (so it
// syncs like any other) plus the losing revisions to remove from the replica on the next drain,
// written in one transaction.
import { updateAnnotation } from '../db/annotations';
import { writeTables } from '../db/derived';
import type { AnnotationRecord, ConflictVersion, GlossDatabase } from '../db/schema';

export type ConflictChoice = { keep: 'this' } | { keep: 'that'; rev: string } | { keep: 'merge' };

/** Both notes, this one first, each once (a note both sides share is kept once). */
export function mergeNotes(mine: string, others: string[]): string {
  const parts = [mine, ...others].map((n) => n.trim()).filter(Boolean);
  return [...new Set(parts)].join('\n\n');
}

export async function resolveConflict(db: GlossDatabase, id: string, choice: ConflictChoice): Promise<AnnotationRecord | null> {
  return db.transaction('rw', writeTables(db), async () => {
    const conflict = await db.syncConflicts.get(id);
    const current = await db.annotations.get(id);
    if (!conflict || !current) return null;
    let patch: Partial<Pick<AnnotationRecord, 'note' | 'color' | 'tags'>> = {};
    if (choice.keep === 'that') {
      const other: ConflictVersion | undefined = conflict.versions.find((v) => v.rev === choice.rev);
      if (other) patch = { note: other.note, color: other.color, tags: other.tags };
    } else if (choice.keep === 'merge') {
      patch = { note: mergeNotes(current.note, conflict.versions.map((v) => v.note)), tags: [...new Set([...current.tags, ...conflict.versions.flatMap((v) => v.tags)])] };
    }
    const next = await updateAnnotation(db, id, patch);
    await db.syncConflicts.put({ ...conflict, resolvedRevs: conflict.versions.map((v) => v.rev) });
    return next;
  });
}
