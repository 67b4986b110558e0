// The library's worker: runs lib/search's LibraryService (persisted search index, lazy analysis)
// off the page's thread. One worker of all open library pages saves the stored index (a Web Lock
// decides which); the others keep theirs in memory. Messages: ./workerProtocol.ts.
import Dexie, { type ObservabilitySet } from 'dexie';
import { GlossDatabase } from '../../lib/db';
import { LibraryService, type JobName } from '../../lib/search/service';
import { newestOnly } from '../../lib/search/newest';
import { FIRST_ARTICLES, SNIPPET_HITS, type PageToWorker, type WorkerToPage } from './workerProtocol';

const post = (message: WorkerToPage) => postMessage(message);
// Everything this worker writes is derived and rebuilt when lost (the search index, stored analyses
// and their summary counts), so its commits need not wait for the disk's flush (Chromium; others
// ignore the hint). The records themselves are written by the pages, with the default durability.
const db = new GlossDatabase(undefined, { chromeTransactionDurability: 'relaxed' });
/** Dexie's name for the queue table in a change notice. */
const INDEX_CHANGES = `idb://${db.name}/indexChanges/`;

/** Whether this worker holds the index-writer lock (held until the worker ends). */
function becomeWriter(): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    void locks.request('gloss-search-index', { ifAvailable: true }, (lock) => {
      resolve(!!lock);
      return lock ? new Promise<void>(() => {}) : undefined;
    });
  });
}

const started = (async () => {
  const service = new LibraryService(db, {
    writer: await becomeWriter(),
    onState: (state) => post({ type: 'state', state }),
    onApplied: (changes, ms) => post({ type: 'applied', changes, ms }),
  });
  await service.open();
  // Changes queued by any page (Dexie's change notice, the one its live queries run on): taken in
  // as soon as a write commits, without first querying the queue's last key.
  const take = () => void service.takeChanges().catch(report);
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    if (parts[INDEX_CHANGES]) take();
  });
  take();
  void service.analyseStale().catch(report);
  return service;
})();

function report(error: unknown, id?: number) {
  post({ type: 'error', id, message: (error as Error)?.message ?? String(error) });
}

type SearchMessage = Extract<PageToWorker, { type: 'search' }>;

/**
 * Answers the newest search only: a search a newer one replaced stops early and posts nothing. The
 * answer carries the first articles; the whole order is ranked and posted after it, unless a newer
 * search came meanwhile.
 */
const searchNewest = newestOnly(
  async (message: SearchMessage, superseded) => {
    const service = await started;
    const t0 = performance.now();
    const steps: Record<string, number> = {};
    const options = { limit: SNIPPET_HITS, articleRanks: true, firstArticles: FIRST_ARTICLES, superseded, steps };
    const result = await service.search(message.query, message.filters, options);
    return { result, ms: performance.now() - t0, steps };
  },
  (message, { result, ms, steps }, superseded) => {
    const snippets = new Map<string, string>();
    for (const hit of result.hits) if (hit.snippet && !snippets.has(hit.articleId)) snippets.set(hit.articleId, hit.snippet);
    const articles = result.articles ?? [];
    const more = result.moreArticles;
    post({ type: 'result', id: message.id, articles, articleCount: result.articleCount ?? articles.length, ordering: !!more, snippets: [...snippets], total: result.total, approximate: result.approximate, ms, steps });
    restOfOrder = more ? { id: message.id, more, superseded } : null;
  },
);

/**
 * The newest search's whole order, sent when the page asks for it: after it painted the first
 * rows, so that a long list (thousands of ids at 10,000 articles) is neither built nor received
 * while the user waits for the first screen.
 */
let restOfOrder: { id: number; more: () => string[]; superseded: () => boolean } | null = null;

function sendOrder(id: number) {
  const rest = restOfOrder;
  if (!rest || rest.id !== id || rest.superseded()) return;
  restOfOrder = null;
  post({ type: 'order', id, articles: rest.more() });
}

async function handle(message: PageToWorker) {
  if (message.type === 'search') return searchNewest(message);
  if (message.type === 'order') return sendOrder(message.id);
  const service = await started;
  if (message.type === 'cancel') service.cancel(message.job);
  else if (message.type === 'restart') await (message.job === 'index' ? service.rebuild() : service.analyseStale());
}

const JOBS: JobName[] = ['index', 'analysis'];
onmessage = (event: MessageEvent<PageToWorker>) => {
  const m = event.data;
  const valid =
    m &&
    (m.type === 'search' ? typeof m.query === 'string' && Number.isInteger(m.id) : m.type === 'order' ? Number.isInteger(m.id) : JOBS.includes((m as { job: JobName }).job));
  if (!valid) return;
  handle(m).catch((e) => report(e, m.type === 'search' ? m.id : undefined));
};
