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
 * The library's own order: newest saved first, then by id (IndexedDB's order, which a stable sort of
 * a whole read keeps for equal times). The page keeps its rows in it, so the default sort ("saved")
 * meets an already sorted list — a linear pass instead of sorting 10,000 rows after every save.
 */
export function libraryOrder<T extends { id: string; savedAt: number }>(a: T, b: T): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A whole read (in id order) in the library's order. */
export const inLibraryOrder = <T extends { id: string; savedAt: number }>(rows: T[]): T[] => rows.sort(libraryOrder);

/**
 * `list` (in the library's order) with the `fresh` rows of `ids` in their place by that order and
 * the ids not in `fresh` (deleted) gone: what a whole read put in the library's order gives.
 */
export function mergeSummaries<T extends { id: string; savedAt: number }>(list: T[], ids: string[], fresh: Array<T | undefined>): T[] {
  const touched = new Set(ids);
  const out = list.filter((row) => !touched.has(row.id));
  const rows = fresh.filter((r): r is T => !!r).sort(libraryOrder);
  for (const row of rows) out.splice(firstAtOrAfter(out, row), 0, row);
  return out;
}

/** Index of the first row that does not come before `row` in the library's order. */
function firstAtOrAfter<T extends { id: string; savedAt: number }>(rows: T[], row: T): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (libraryOrder(rows[mid], row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
