// The library page's handle on its worker: the latest search result for (query, filters), and
// the progress of the worker's long jobs (index build, analysis) with cancel and restart.
import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { JobName, JobState } from '../../lib/search/service';
import type { SearchFilters } from '../../lib/search';
import type { PageToWorker, WorkerToPage } from './workerProtocol';

export interface SearchState {
  /** Matching article ids, best first (only the first ones while `ordering`); null when there is no query. */
  ids: string[] | null;
  /** How many articles match (ids holds them all once `ordering` is over). */
  count: number;
  /** The first articles are here, the whole order is on its way. */
  ordering: boolean;
  /** The search these results answer. */
  id?: number;
  snippets: Map<string, string>;
  pending: boolean;
  /** How long the worker took (ms), for the benchmark. */
  ms?: number;
  /** The query these results are for. */
  query?: string;
}

/** A window event each time the worker has taken written records into the index (benchmarks wait on it). */
export const INDEX_APPLIED = 'gloss:index-applied';

const NO_SEARCH: SearchState = { ids: null, count: 0, ordering: false, snippets: new Map(), pending: false };

/** Runs `fn` once the frame being prepared has been painted (a frame callback, then a task). */
function afterPaint(fn: () => void) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function useLibraryWorker(enabled: boolean, query: string, filters: SearchFilters) {
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const queries = useRef(new Map<number, string>());
  const [search, setSearch] = useState<SearchState>(NO_SEARCH);
  const [jobs, setJobs] = useState<Partial<Record<JobName, JobState>>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const w = new Worker(new URL('./library.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerToPage>) => {
      const m = event.data;
      if (m.type === 'state') setJobs((j) => ({ ...j, [m.state.job]: m.state }));
      else if (m.type === 'result') {
        const result: SearchState = { ids: m.articles, count: m.articleCount, ordering: m.ordering, id: m.id, snippets: new Map(m.snippets), pending: false, ms: Math.round(m.ms), query: queries.current.get(m.id) };
        // Rendered in this task, not one React schedules after it: the user is waiting for these rows.
        if (m.id === lastId.current) {
          flushSync(() => setSearch(result));
          if (m.ordering) afterPaint(() => m.id === lastId.current && w.postMessage({ type: 'order', id: m.id } satisfies PageToWorker));
        }
        // The worker never answers the searches this one replaced.
        for (const id of queries.current.keys()) if (id <= m.id) queries.current.delete(id);
      } else if (m.type === 'order') {
        // The rest of the rows: not urgent (the first screen is shown), so a transition, which the
        // frame showing the first rows is painted before.
        if (m.id === lastId.current) startTransition(() => setSearch((s) => (s.id === m.id ? { ...s, ids: m.articles, ordering: false } : s)));
      } else if (m.type === 'applied') dispatchEvent(new CustomEvent(INDEX_APPLIED, { detail: m }));
      else setError(m.message);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [enabled]);

  const searching = query.trim() !== '';
  const key = JSON.stringify(filters);
  useEffect(() => {
    if (!searching) {
      lastId.current++;
      setSearch(NO_SEARCH);
      return;
    }
    if (!worker.current) return;
    const id = ++lastId.current;
    queries.current.set(id, query);
    setSearch((s) => ({ ...s, pending: true }));
    worker.current.postMessage({ type: 'search', id, query, filters } satisfies PageToWorker);
  }, [query, key, searching, enabled]); // eslint-disable-line react-hooks/exhaustive-deps

  const send = (message: PageToWorker) => worker.current?.postMessage(message);
  return {
    search,
    jobs,
    error,
    cancel: (job: JobName) => send({ type: 'cancel', job }),
    restart: (job: JobName) => send({ type: 'restart', job }),
  };
}
