// Test builds only (`--mode e2e`, which bench:library-page uses — like every `vite build`, it is
// minified with React's production bundle): lets the benchmark time a real write through lib/db —
// an article with its annotations, its summary, analysis and queued index changes in one
// transaction — and the worker taking it into the persisted index, after the article was analysed
// as the panel does when it shows it. Not in the store build.
import { removeArticle, restoreArticle, type AnnotationRecord, type SavedArticle } from '../../lib/db';
import { db } from '../sidepanel/db';
import { INDEX_APPLIED } from './useLibraryWorker';
import { loadAnalyzer } from '../../lib/db/derived';

/**
 * Resolves once the worker has taken every queued index change (the write queues them in its own
 * transaction; the worker deletes them as it applies them). Not "the next applied message": a
 * write made while the worker builds the index on first open is taken by the build, and no
 * applied message follows for it.
 */
async function indexQueueEmpty(worker: AppliedTimes): Promise<number> {
  try {
    for (;;) {
      const applied = new Promise<void>((resolve) => {
        addEventListener(INDEX_APPLIED, () => resolve(), { once: true });
        setTimeout(resolve, QUEUE_POLL_MS);
      });
      if ((await db.indexChanges.count()) === 0) return worker.ms();
      await applied;
    }
  } finally {
    worker.stop();
  }
}

interface AppliedTimes {
  ms(): number;
  stop(): void;
}

/**
 * Notes the worker's own ms from its applied messages. Listening starts before the write: the
 * worker may take the change in and report it before the write's promise has resolved here (one
 * save of a run then had no figure, and the run's median was NaN).
 */
function listenForApplied(): AppliedTimes {
  let workerMs = NaN;
  const onApplied = (e: Event) => (workerMs = (e as CustomEvent<{ ms: number }>).detail.ms);
  addEventListener(INDEX_APPLIED, onApplied);
  return { ms: () => workerMs, stop: () => removeEventListener(INDEX_APPLIED, onApplied) };
}

/** How often the queue is looked at when no applied message comes (a build took the changes). */
const QUEUE_POLL_MS = 25;

export interface BenchHook {
  /**
   * ms of the article's analysis (made when it is shown, before the save), of the write
   * transaction, from its start until the index has it (saved), and of the worker's part of that
   * (its run taking the change in and saving the index, as it reported it).
   */
  save(article: SavedArticle, annotations: AnnotationRecord[]): Promise<{ analysis: number; write: number; indexed: number; worker: number }>;
  /** Removes an article as the library's Remove button does (tests: a change made in another page). */
  remove(id: string): Promise<void>;
}

export function installBenchHook() {
  const hook: BenchHook = {
    async remove(id) {
      await removeArticle(db, id);
    },
    async save(article, annotations) {
      // The panel analyses the article it shows; the save then stores that analysis (reused, see
      // lib/analyze/lastAnalysis.ts). Timed apart: it is the reader view's work, not the save's.
      const a0 = performance.now();
      (await loadAnalyzer())(article);
      const analysis = performance.now() - a0;
      const applied = listenForApplied();
      const t0 = performance.now();
      await restoreArticle(db, { article, annotations, versions: [] });
      const write = performance.now() - t0;
      const worker = await indexQueueEmpty(applied);
      return { analysis, write, indexed: performance.now() - t0, worker };
    },
  };
  (globalThis as { glossBench?: BenchHook }).glossBench = hook;
}
