// Test builds only (`--mode e2e`, which bench:library-page uses — like every `vite build`, it is
// minified with React's production bundle): lets the benchmark time a real write through lib/db —
// an article with its annotations, its summary, analysis and queued index changes in one
// transaction — and the worker taking it into the persisted index. Not in the store build.
import { restoreArticle, type AnnotationRecord, type SavedArticle } from '../../lib/db';
import { db } from '../sidepanel/db';
import { INDEX_APPLIED } from './useLibraryWorker';

export interface BenchHook {
  /** ms for the write transaction, and ms from its start until the index has it (saved). */
  save(article: SavedArticle, annotations: AnnotationRecord[]): Promise<{ write: number; indexed: number }>;
}

export function installBenchHook() {
  const hook: BenchHook = {
    async save(article, annotations) {
      const applied = new Promise<void>((resolve) => addEventListener(INDEX_APPLIED, () => resolve(), { once: true }));
      const t0 = performance.now();
      await restoreArticle(db, { article, annotations });
      const write = performance.now() - t0;
      await applied;
      return { write, indexed: performance.now() - t0 };
    },
  };
  (globalThis as { glossBench?: BenchHook }).glossBench = hook;
}
