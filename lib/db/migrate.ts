// Data migrations of the Gloss database, run by Dexie inside the version-change transaction (all
// or nothing: a failed or cancelled upgrade leaves the previous version and its data as they were).
import type { Transaction } from 'dexie';
import type { AnnotationRecord, ArticleSummary, SavedArticle } from './schema';
import { summarize } from './summary';
import { UNSTAMPED } from '../authors';

/**
 * Reports an upgrade's progress; calling `cancel` aborts the upgrade (the database stays at the
 * previous version, nothing lost, and upgrades again the next time it is opened).
 */
export type UpgradeProgress = (done: number, total: number, cancel: () => void) => void;

/** Articles summarised between two progress reports (a report re-renders the page). */
const PROGRESS_EVERY = 250;

/** v3: a summary per existing article, from its record and its annotations. */
export async function buildSummaries(tx: Transaction, progress: (done: number, total: number) => void): Promise<void> {
  const byArticle = new Map<string, AnnotationRecord[]>();
  await tx.table('annotations').each((a: AnnotationRecord) => {
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  });
  const total = await tx.table('articles').count();
  const summaries: ArticleSummary[] = [];
  progress(0, total);
  await tx.table('articles').each((article: SavedArticle) => {
    summaries.push(summarize(article, byArticle.get(article.id) ?? []));
    if (summaries.length % PROGRESS_EVERY === 0) progress(summaries.length, total);
  });
  await tx.table('summaries').bulkPut(summaries);
  progress(total, total);
}

/** v6: each summary's authors, from its article's annotations (see ArticleSummary.authors). */
export async function addSummaryAuthors(tx: Transaction): Promise<void> {
  const byArticle = new Map<string, Set<string>>();
  await tx.table('annotations').each((a: AnnotationRecord) => {
    const set = byArticle.get(a.articleId) ?? new Set<string>();
    set.add(a.author || UNSTAMPED);
    byArticle.set(a.articleId, set);
  });
  await tx
    .table('summaries')
    .toCollection()
    .modify((s: ArticleSummary) => {
      s.authors = [...(byArticle.get(s.id) ?? [])];
    });
}
