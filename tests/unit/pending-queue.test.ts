// The queue of selections annotated on pages (lib/pendingQueue), #14 item 9 and #11 report 8:
// the background owns it, one key per item, and a take hands each item out exactly once. The
// storage here answers after random delays, so adds and takes from "two panels" interleave the
// way they do in a browser; every seed must still deliver every item exactly once.
import { describe, expect, it } from 'vitest';
import { createPendingQueue, MAX_PENDING_PER_TAB, type SessionArea } from '../../lib/pendingQueue';
import type { PendingSelection } from '../../lib/messages';

/** In-memory storage.session whose calls resolve after a random delay (seeded). */
function slowArea(seed: number): SessionArea & { data: Map<string, unknown> } {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 1000) / 1000;
  const later = () => new Promise<void>((resolve) => setTimeout(resolve, Math.floor(rnd() * 4)));
  const data = new Map<string, unknown>();
  return {
    data,
    async get() {
      await later();
      const snapshot = Object.fromEntries(structuredClone([...data]));
      await later();
      return snapshot;
    },
    async set(items) {
      await later();
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      await later();
      for (const k of keys) data.delete(k);
    },
  };
}

const selection = (n: number) => ({ url: 'https://news.test/a', exact: `quote ${n}`, prefix: '', suffix: '' });

describe('pending selections', () => {
  it('hands a tab its items oldest first, once, and leaves other tabs alone', async () => {
    const area = slowArea(1);
    const queue = createPendingQueue(area);
    await queue.add(7, selection(1), 'green', 100);
    await queue.add(7, selection(2), undefined, 200);
    await queue.add(8, selection(3), 'yellow', 150);
    const taken = await queue.take(7);
    expect(taken.map((p) => [p.exact, p.color, p.tabId])).toEqual([['quote 1', 'green', 7], ['quote 2', 'yellow', 7]]);
    expect(await queue.take(7)).toEqual([]);
    expect((await queue.take(8)).map((p) => p.exact)).toEqual(['quote 3']);
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}: quick highlights while two panels take — each item exactly once, none lost`, async () => {
      const area = slowArea(seed);
      const queue = createPendingQueue(area);
      const got: PendingSelection[] = [];
      const panel = async () => {
        for (let i = 0; i < 12; i++) got.push(...(await queue.take(5)));
      };
      const page = async () => {
        for (let n = 0; n < 10; n++) await queue.add(5, selection(n));
      };
      await Promise.all([page(), panel(), panel(), page().then(() => undefined)]);
      got.push(...(await queue.take(5)));
      const quotes = got.map((p) => p.exact).sort();
      expect(quotes).toEqual([...Array(10).keys()].flatMap((n) => [`quote ${n}`, `quote ${n}`]).sort());
      expect(new Set(got.map((p) => p.id)).size).toBe(got.length);
      expect(area.data.size).toBe(0);
    });
  }

  it('control: the design it replaced (one shared list, read-modify-write by background and panel) loses or repeats items under the same interleaving', async () => {
    let broken = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const area = slowArea(seed);
      const KEY = 'gloss:pending-annotations';
      const add = async (n: number) => {
        const list = ((await area.get(null))[KEY] as unknown[]) ?? [];
        await area.set({ [KEY]: [...list, { tabId: 5, ...selection(n) }] });
      };
      const take = async () => {
        const list = ((await area.get(null))[KEY] as Array<{ exact: string }>) ?? [];
        if (list.length) await area.set({ [KEY]: [] });
        return list;
      };
      const got: string[] = [];
      const panel = async () => {
        for (let i = 0; i < 12; i++) got.push(...(await take()).map((p) => p.exact));
      };
      const page = async () => {
        for (let n = 0; n < 10; n++) await add(n);
      };
      await Promise.all([page(), panel(), panel(), page()]);
      got.push(...(await take()).map((p) => p.exact));
      if (got.length !== 20 || new Set(got).size !== 10) broken++;
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('keeps at most MAX_PENDING_PER_TAB per tab, dropping the oldest', async () => {
    const queue = createPendingQueue(slowArea(9));
    for (let n = 0; n < MAX_PENDING_PER_TAB + 3; n++) await queue.add(1, selection(n), 'yellow', n);
    const taken = await queue.take(1);
    expect(taken).toHaveLength(MAX_PENDING_PER_TAB);
    expect(taken[0].exact).toBe('quote 3');
  });

  it('ignores what it did not write and forgets a closed tab', async () => {
    const area = slowArea(10);
    area.data.set('gloss:pending:4:bogus', { exact: 42 });
    area.data.set('other-key', 'x');
    const queue = createPendingQueue(area);
    await queue.add(4, selection(1));
    expect((await queue.take(4)).map((p) => p.exact)).toEqual(['quote 1']);
    await queue.add(4, selection(2));
    await queue.drop(4);
    expect(await queue.take(4)).toEqual([]);
    expect([...area.data.keys()]).toEqual(['other-key']);
  });
});
