// Which article summaries a database change touched, from Dexie's `storagemutated` event (the
// same notice its live queries run on, also for writes made by the worker or the side panel). The
// library page reads just those rows instead of all of them: at 10,000 articles a full re-read of
// the summaries after each save kept IndexedDB busy while the worker indexed that save.
import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/** More changed keys than this in one notice: reading everything again is as cheap. */
const MAX_KEYS = 2_000;

/**
 * The ids of the summaries written or deleted, `'all'` when a range was (a clear, a delete by
 * range, a migration) or too many keys for a partial read, `[]` when the summaries were not touched.
 */
export function touchedSummaries(parts: ObservabilitySet, dbName: string): string[] | 'all' {
  const tree = parts[`idb://${dbName}/summaries/`];
  return tree ? exactKeys(tree) : [];
}

function exactKeys(tree: IntervalTree): string[] | 'all' {
  const keys: string[] = [];
  // An explicit stack: a notice crosses contexts as a structured clone, without RangeSet's iterator.
  const stack: IntervalTreeNode[] = 'from' in tree ? [tree] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.push(node.from);
    if (keys.length > MAX_KEYS) return 'all';
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/**
 * `list` (in id order, as the table reads) with the `fresh` rows of `ids` in place, the new ones
 * inserted in id order and the ids not in `fresh` (deleted) gone: the order a full read would give.
 */
export function mergeSummaries<T extends { id: string }>(list: T[], ids: string[], fresh: Array<T | undefined>): T[] {
  const byId = new Map<string, T>();
  for (const row of fresh) if (row) byId.set(row.id, row);
  const touched = new Set(ids);
  const out: T[] = [];
  for (const row of list) {
    if (!touched.has(row.id)) out.push(row);
    else if (byId.has(row.id)) {
      out.push(byId.get(row.id)!);
      byId.delete(row.id);
    }
  }
  for (const row of byId.values()) out.splice(firstAtOrAfter(out, row.id), 0, row);
  return out;
}

/** Index of the first row whose id is not below `id` (ids compare by code unit, as IndexedDB's). */
function firstAtOrAfter(rows: Array<{ id: string }>, id: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
