// The messages between the library page and its worker (lib/search/service in a Worker): one
// union per direction, so both ends are type-checked.
import type { JobName, JobState } from '../../lib/search/service';
import type { SearchFilters } from '../../lib/search';

export type PageToWorker =
  | { type: 'search'; id: number; query: string; filters: SearchFilters }
  | { type: 'cancel'; job: JobName }
  | { type: 'restart'; job: JobName };

export type WorkerToPage =
  | { type: 'state'; state: JobState }
  | { type: 'result'; id: number; articles: string[]; snippets: Array<[string, string]>; total: number; approximate: boolean; ms: number }
  | { type: 'error'; id?: number; message: string }
  /** Queued changes taken into the index and saved, and how long that took in the worker (ms). */
  | { type: 'applied'; changes: number; ms: number };

/** Hits that get a snippet (the rows a screen shows, with room to scroll). */
export const SNIPPET_HITS = 20;
