// Library-wide writes and reads: an import merged in one transaction, the lazy (re)analysis of
// articles whose stored analysis is missing or from another analyser version, and the reads the
// library page makes (summaries, analyses) instead of whole articles.
import type { AnnotationRecord, ArticleSummary, GlossDatabase, SavedArticle, StoredAnalysis, TagRecord } from './schema';
import { describeStorageError } from './articles';
import { annotationChange, articleChange, loadAnalyzer, queueIndexChanges, queueOutbox, refreshArticleSummary, syncDocIds, writeTables } from './derived';
import { analysisCounts, isCurrent } from './summary';

export interface LibraryRecords {
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

/** Records written per bulkPut inside an import's one transaction (progress is reported between them). */
const WRITE_CHUNK = 5_000;

export interface WriteImportOptions {
  /** Cancelling aborts the transaction: nothing of the import is kept. */
  signal?: AbortSignal;
  onProgress?: (written: number, total: number) => void;
}

/**
 * Writes an import in one transaction: `merge` gets the library as it is and returns the records
 * to put (lib/export's mergeImport decides; this keeps the summaries and the index queue in step).
 */
export async function writeImport<T extends { toPut: LibraryRecords }>(
  db: GlossDatabase,
  merge: (existing: LibraryRecords) => T,
  options: WriteImportOptions = {},
): Promise<T> {
  const check = () => options.signal?.throwIfAborted();
  try {
    return await db.transaction('rw', writeTables(db), async () => {
      const existing = { articles: await db.articles.toArray(), annotations: await db.annotations.toArray(), tags: await db.tags.toArray() };
      check();
      const result = merge(existing);
      const { articles, annotations, tags } = result.toPut;
      const total = articles.length + annotations.length + tags.length;
      let written = 0;
      for (const [table, items] of [[db.articles, articles], [db.annotations, annotations], [db.tags, tags]] as const) {
        for (let i = 0; i < items.length; i += WRITE_CHUNK) {
          await (table as { bulkPut(x: unknown[]): Promise<unknown> }).bulkPut(items.slice(i, i + WRITE_CHUNK));
          written += Math.min(WRITE_CHUNK, items.length - i);
          options.onProgress?.(written, total);
          check();
        }
      }
      const touched = new Set([...articles.map((a) => a.id), ...annotations.map((a) => a.articleId)]);
      for (const id of touched) {
        const article = await db.articles.get(id);
        if (article) await refreshArticleSummary(db, article);
      }
      await queueIndexChanges(db, [...articles.map((a) => articleChange(a)), ...annotations.map((a) => annotationChange(a))]);
      await queueOutbox(db, tags.map((t) => syncDocIds.tag(t.name)));
      return result;
    });
  } catch (error) {
    throw describeStorageError(error);
  }
}

/**
 * How long the analysis may hold its thread before it lets other work in (`pause`): a search asked
 * for meanwhile then waits at most about this long. One article takes 1–15 ms (bench:analyze).
 */
export const ANALYSIS_SLICE_MS = 8;

/**
 * Analyses the given articles (those whose summary says their analysis is missing or stale) and
 * stores each analysis with its summary's counts. CPU work happens outside the transaction and is
 * cut into slices, with `pause` awaited between them (the library's worker waits there for a search
 * in progress). The write holds only the analyses and summaries: an article is checked against its
 * summary's `updatedAt` (written in the same transaction as the article), so a search reading
 * articles meanwhile is never held behind it. An article changed meanwhile keeps the analysis its
 * own save stored.
 */
export async function analyzeArticles(db: GlossDatabase, ids: string[], pause?: () => Promise<void>, sliceMs = ANALYSIS_SLICE_MS): Promise<number> {
  const articles = (await db.articles.bulkGet(ids)).filter((a): a is SavedArticle => !!a);
  const analyze = await loadAnalyzer();
  const analyses: StoredAnalysis[] = [];
  let sliceStart = performance.now();
  for (const article of articles) {
    if (pause && performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
    analyses.push(analyze(article));
  }
  return db.transaction('rw', db.analyses, db.summaries, async () => {
    const summaries = await db.summaries.bulkGet(analyses.map((a) => a.id));
    const current = analyses.flatMap((analysis, i) => {
      const summary = summaries[i];
      return summary && isCurrent(analysis, summary) ? [{ analysis, summary }] : [];
    });
    await Promise.all([
      db.analyses.bulkPut(current.map((c) => c.analysis)),
      db.summaries.bulkPut(current.map((c) => ({ ...c.summary, ...analysisCounts(c.analysis) }))),
    ]);
    return current.length;
  });
}

/**
 * Summaries are derived data: an article without one (written by hand, by another tool, or by a
 * version of Gloss that failed mid-way) gets it here, a summary without its article goes, and the
 * search index is told. Cheap when nothing is missing (two key scans). What to repair is decided
 * again inside the write's transaction: the library page runs this as it opens, and the two scans
 * are two transactions, so an import committing between them (a file chosen as the page opens)
 * showed its summary without its article, and that summary was deleted as an orphan — the imported
 * article then vanished from the list (seen once in the e2e suite under load).
 */
export async function repairSummaries(db: GlossDatabase): Promise<number> {
  if (!(await summariesToRepair(db))) return 0;
  return db.transaction('rw', writeTables(db), async () => {
    const todo = await summariesToRepair(db);
    if (!todo) return 0;
    const { missing, orphans } = todo;
    for (const id of missing) {
      const article = await db.articles.get(id);
      if (article) await refreshArticleSummary(db, article);
    }
    await db.summaries.bulkDelete(orphans);
    const annotations = missing.length ? await db.annotations.where('articleId').anyOf(missing).toArray() : [];
    await queueIndexChanges(db, [...missing.map((id) => articleChange({ id })), ...annotations.map((a) => annotationChange(a))]);
    return missing.length + orphans.length;
  });
}

/** Articles without a summary and summaries without an article, by key; null when there are none. */
async function summariesToRepair(db: GlossDatabase): Promise<{ missing: string[]; orphans: string[] } | null> {
  const [articleKeys, summaryKeys] = (await Promise.all([db.articles.toCollection().primaryKeys(), db.summaries.toCollection().primaryKeys()])) as [string[], string[]];
  const have = new Set(summaryKeys);
  const articles = new Set(articleKeys);
  const missing = articleKeys.filter((k) => !have.has(k));
  const orphans = summaryKeys.filter((k) => !articles.has(k));
  return missing.length || orphans.length ? { missing, orphans } : null;
}

/** Articles read per step of an export (a step reports progress and checks for cancel). */
const READ_CHUNK = 200;

/**
 * The records of these articles (all when `ids` is null) with their annotations and every tag,
 * read in chunks with progress; cancelling (signal) stops between chunks.
 */
export async function readRecords(
  db: GlossDatabase,
  ids: string[] | null,
  progress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<LibraryRecords> {
  const all = ids ?? ((await db.articles.toCollection().primaryKeys()) as string[]);
  const out: LibraryRecords = { articles: [], annotations: [], tags: await db.tags.toArray() };
  progress?.(0, all.length);
  for (let i = 0; i < all.length; i += READ_CHUNK) {
    signal?.throwIfAborted();
    const chunk = all.slice(i, i + READ_CHUNK);
    const [articles, annotations] = await Promise.all([db.articles.bulkGet(chunk), db.annotations.where('articleId').anyOf(chunk).toArray()]);
    for (const a of articles) if (a) out.articles.push(a);
    out.annotations.push(...annotations);
    progress?.(Math.min(all.length, i + READ_CHUNK), all.length);
  }
  return out;
}

/** Every article's summary, newest first (what a list of the library needs, without the texts). */
export function listSummaries(db: GlossDatabase): Promise<ArticleSummary[]> {
  return db.summaries.orderBy('savedAt').reverse().toArray();
}

/** The stored analyses of these articles (missing ones left out). */
export async function getAnalyses(db: GlossDatabase, ids?: string[]): Promise<StoredAnalysis[]> {
  const list = ids ? await db.analyses.bulkGet(ids) : await db.analyses.toArray();
  return list.filter((a): a is StoredAnalysis => !!a);
}
