// Vitest 5's reporters call Map.groupBy (Node >= 21). On Node 20 a failing test makes the
// default reporter throw while printing the failure, which loses the error text and the JSON
// report. This adds the two ES2024 grouping functions when Node lacks them, and nothing else.
// Loaded with `node --import` by tests/run-all.sh and by vitest.firefox.config.ts.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, callback) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = callback(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, callback) {
      const groups = Object.create(null);
      let index = 0;
      for (const item of items) {
        const key = callback(item, index++);
        (groups[key] ??= []).push(item);
      }
      return groups;
    },
  });
}
