// The messages between the library page and its worker (lib/search/service in a Worker): one
// union per direction, so both ends are type-checked.
import type { JobName, JobState } from '../../lib/search/service';
import type { SearchFilters } from '../../lib/search';

export type PageToWorker =
  | { type: 'search'; id: number; query: string; filters: SearchFilters }
  /** Search `id`'s first rows are painted: send the rest of its order now (after a result with `ordering`). */
  | { type: 'order'; id: number }
  | { type: 'cancel'; job: JobName }
  | { type: 'restart'; job: JobName };

export type WorkerToPage =
  | { type: 'state'; state: JobState }
  /**
   * A search's answer: its best articles (all of them, or the first FIRST_ARTICLES when more match,
   * with `ordering` set: the whole order follows in an 'order' message once the page has painted
   * the first rows and asks for it), how many match, snippets.
   */
  | { type: 'result'; id: number; articles: string[]; articleCount: number; ordering: boolean; snippets: Array<[string, string]>; total: number; approximate: boolean; ms: number; steps?: Record<string, number> }
  /** Every matching article of search `id`, best first (after a result with `ordering`). */
  | { type: 'order'; id: number; articles: string[] }
  | { type: 'error'; id?: number; message: string }
  /** Queued changes taken into the index and saved, and how long that took in the worker (ms). */
  | { type: 'applied'; changes: number; ms: number };

/** Hits that get a snippet (the rows a screen shows, with room to scroll). */
export const SNIPPET_HITS = 20;

/**
 * Articles a search ranks before answering (a few screens of rows): ranking every matching article
 * (thousands, at 10,000 articles) and sending their ids took a large part of a search's time while
 * the user waited for the first screen; the rest of the order follows a moment later.
 */
export const FIRST_ARTICLES = 100;
