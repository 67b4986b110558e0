// The library page's data: opens the database (showing a schema upgrade's progress, with cancel),
// then reads the summaries — the newest screenful first, then all of them — and re-reads them when
// they change, at most every THROTTLE_MS (the worker's background analysis rewrites many).
import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { repairSummaries, type ArticleSummary, type TagRecord } from '../../lib/db';
import { db } from '../sidepanel/db';

/** Rows read before the rest, so the first screen does not wait for the whole library. */
const FIRST_SCREEN = 50;
/** Re-reads of the summaries at most this often while something rewrites them (ms). */
const THROTTLE_MS = 1500;

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
    // Articles that reached the database without a summary get one (the live query then re-reads).
    void repairSummaries(db).catch(() => undefined);
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      last = Date.now();
      void db.summaries.toArray().then((list) => live && setAll(list));
    };
    const sub = liveQuery(() => db.summaries.count().then(() => db.summaries.orderBy('savedAt').lastKey())).subscribe({
      next: () => {
        clearTimeout(timer);
        const wait = last + THROTTLE_MS - Date.now();
        if (wait <= 0) read();
        else timer = setTimeout(read, wait);
      },
    });
    const tagSub = liveQuery(() => db.tags.orderBy('name').toArray()).subscribe({ next: (list) => live && setTags(list) });
    return () => {
      live = false;
      clearTimeout(timer);
      sub.unsubscribe();
      tagSub.unsubscribe();
    };
  }, [ready]);

  return { upgrade, openError, ready, newest, all, tags };
}
