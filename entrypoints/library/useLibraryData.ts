// The library page's data: opens the database (showing a schema upgrade's progress, with cancel),
// then reads the summaries — the newest screenful first, then all of them — and, when some change
// (here, in the side panel or in the worker), reads just those again (./summaryChanges.ts).
import { useEffect, useState } from 'react';
import Dexie, { liveQuery, type ObservabilitySet } from 'dexie';
import { repairSummaries, type ArticleSummary, type TagRecord } from '../../lib/db';
import { db } from '../sidepanel/db';
import { inLibraryOrder, mergeSummaries, touchedSummaries } from './summaryChanges';

/** Rows read before the rest, so the first screen does not wait for the whole library. */
const FIRST_SCREEN = 50;
/** Whole re-reads of the summaries (after a clear or a bulk change) at most this often (ms). */
const THROTTLE_MS = 1500;
/**
 * Reads of just the changed summaries at most this often (ms): the worker's background analysis
 * rewrites 10 at a time, and each read re-sorts and re-filters the whole list on the page.
 */
const PARTIAL_THROTTLE_MS = 300;

export interface Upgrade {
  done: number;
  total: number;
  cancel: () => void;
}

export function useLibraryData() {
  const [upgrade, setUpgrade] = useState<Upgrade | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [newest, setNewest] = useState<ArticleSummary[] | undefined>();
  const [all, setAll] = useState<ArticleSummary[] | undefined>();
  const [tags, setTags] = useState<TagRecord[]>([]);

  useEffect(() => {
    db.onUpgradeProgress = (done, total, cancel) => setUpgrade({ done, total, cancel });
    db.open().then(
      () => {
        setUpgrade(null);
        setReady(true);
      },
      (e: Error) => {
        setUpgrade(null);
        setOpenError(e.message);
      },
    );
  }, []);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    void db.summaries.orderBy('savedAt').reverse().limit(FIRST_SCREEN).toArray().then((list) => live && setNewest(list));
    // Articles that reached the database without a summary get one (the change notice then reads them).
    void repairSummaries(db).catch(() => undefined);
    // Reads run one after another, so a row read later is never overwritten by an older read.
    let queue = Promise.resolve();
    const enqueue = (read: () => Promise<void>) => (queue = queue.then(read).catch(() => undefined));
    let pending = new Set<string>();
    let whole = false;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      last = Date.now();
      const ids = [...pending];
      const everything = whole;
      pending = new Set();
      whole = false;
      if (everything) enqueue(() => db.summaries.toArray().then((list) => void (live && setAll(inLibraryOrder(list)))));
      else if (ids.length) enqueue(() => db.summaries.bulkGet(ids).then((rows) => void (live && setAll((prev) => prev && mergeSummaries(prev, ids, rows)))));
    };
    const schedule = () => {
      clearTimeout(timer);
      const wait = last + (whole ? THROTTLE_MS : PARTIAL_THROTTLE_MS) - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    };
    const onMutated = (parts: ObservabilitySet) => {
      const touched = touchedSummaries(parts, db.name);
      if (touched === 'all') whole = true;
      else if (touched.length) for (const id of touched) pending.add(id);
      else return;
      schedule();
    };
    Dexie.on('storagemutated', onMutated);
    whole = true;
    flush();
    const tagSub = liveQuery(() => db.tags.orderBy('name').toArray()).subscribe({ next: (list) => live && setTags(list) });
    return () => {
      live = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
      tagSub.unsubscribe();
    };
  }, [ready]);

  return { upgrade, openError, ready, newest, all, tags };
}
