// Vitest 5 targets Node 22 and calls Map.groupBy / Object.groupBy in its reporter (main process);
// Node 20 lacks them, which turned every test failure into an "Unhandled Error" with no report.
// Imported by the vitest configs so it runs in the process that prints results.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  (Map as unknown as { groupBy: GroupBy }).groupBy = (items, key) => {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}
if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  (Object as unknown as { groupBy: unknown }).groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
    const out: Record<PropertyKey, T[]> = Object.create(null);
    let i = 0;
    for (const item of items) (out[key(item, i++)] ??= []).push(item);
    return out;
  };
}
export {};
