// Selections annotated on a page (context menu, shortcut) wait here until a panel showing that tab
// places them in its article. The background owns the queue: it is the only code that writes or
// reads it, and panels ask it for their tab's items (gloss/take-pending). Each item has a key of
// its own in session storage (no shared list that two writers read and rewrite, which lost a
// quick second highlight), and taking a tab's items reads and removes them under one lock, so each
// item is handed out exactly once — to one panel — even when two Gloss pages follow the same tab.
// Session storage keeps the queue across a restart of the background (MV3 service worker); the
// storage area is handed in, so the logic runs in Node tests without a browser.
import { isHighlightColor } from './model';
import { parsePendingSelection, type CapturedSelection, type PendingSelection } from './messages';

/** The slice of `storage.session` the queue uses. */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const PENDING_PREFIX = 'gloss:pending:';
/** Most selections kept waiting per tab (the oldest go first): a page cannot fill the storage. */
export const MAX_PENDING_PER_TAB = 50;

const tabPrefix = (tabId: number) => `${PENDING_PREFIX}${tabId}:`;

export interface PendingQueue {
  /** Queues a selection for the tab; resolves with its id once stored. */
  add(tabId: number, selection: CapturedSelection, color?: string, at?: number): Promise<string>;
  /** Removes and returns the tab's waiting selections, oldest first. */
  take(tabId: number): Promise<PendingSelection[]>;
  /** Forgets a closed tab's selections. */
  drop(tabId: number): Promise<void>;
}

export function createPendingQueue(area: SessionArea, newId: () => string = () => crypto.randomUUID()): PendingQueue {
  // One operation at a time: a take never interleaves with another take or an add.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
  const itemsOf = async (tabId: number) => {
    const all = await area.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(tabPrefix(tabId)))
      .map(([key, value]) => ({ key, item: parsePendingSelection(value) }));
  };
  const byAge = (a: PendingSelection, b: PendingSelection) => a.at - b.at;

  return {
    add: (tabId, selection, color, at = Date.now()) =>
      serial(async () => {
        const id = newId();
        const item: PendingSelection = { ...selection, id, tabId, color: isHighlightColor(color) ? color : 'yellow', at };
        await area.set({ [tabPrefix(tabId) + id]: item });
        const waiting = await itemsOf(tabId);
        if (waiting.length > MAX_PENDING_PER_TAB) {
          const oldest = waiting.sort((a, b) => (a.item?.at ?? 0) - (b.item?.at ?? 0)).slice(0, waiting.length - MAX_PENDING_PER_TAB);
          await area.remove(oldest.map((w) => w.key));
        }
        return id;
      }),
    take: (tabId) =>
      serial(async () => {
        const waiting = await itemsOf(tabId);
        if (waiting.length === 0) return [];
        await area.remove(waiting.map((w) => w.key));
        return waiting.flatMap((w) => (w.item ? [w.item] : [])).sort(byAge);
      }),
    drop: (tabId) =>
      serial(async () => {
        const waiting = await itemsOf(tabId);
        if (waiting.length) await area.remove(waiting.map((w) => w.key));
      }),
  };
}
