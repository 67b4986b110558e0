// The library page's view of its rows: the filter form's values as lib/search filters (the one
// filter engine, shared with search), and the sort orders. Rows are ArticleSummary records.
import { authorFilterValues } from '../lib/authors';
import type { ArticleSummary } from '../lib/db';
import type { SearchFilters } from '../lib/search';

export interface LibraryFilters {
  site: string;
  tag: string;
  color: string;
  from: string; // YYYY-MM-DD, published date
  to: string;
  hasNotes: boolean;
  /** An author of highlights (team libraries; lib/authors.ts names), null: any. */
  author: string | null;
}

export const NO_FILTERS: LibraryFilters = { site: '', tag: '', color: '', from: '', to: '', hasNotes: false, author: null };

export type SortKey = 'saved' | 'published' | 'title' | 'annotations';

const DAY = 86_400_000;

/**
 * The form's values as search filters: days are whole UTC days, "to" inclusive; the reader's own
 * highlights include those not yet stamped with their name (`me`: the sync user).
 */
export function toSearchFilters(f: LibraryFilters, me: string | null = null): SearchFilters {
  const out: SearchFilters = {};
  if (f.author !== null) out.author = authorFilterValues(f.author, me);
  if (f.site) out.site = f.site;
  if (f.tag) out.tag = f.tag;
  if (f.color) out.color = f.color;
  if (f.hasNotes) out.hasNotes = true;
  if (f.from || f.to) {
    out.dateField = 'published';
    if (f.from) out.from = Date.parse(`${f.from}T00:00:00Z`);
    if (f.to) out.to = Date.parse(`${f.to}T00:00:00Z`) + DAY - 1;
  }
  return out;
}

const CMP: Record<SortKey, (a: ArticleSummary, b: ArticleSummary) => number> = {
  saved: (a, b) => b.savedAt - a.savedAt,
  published: (a, b) => (b.publishedTime ?? '').localeCompare(a.publishedTime ?? ''),
  title: (a, b) => a.title.localeCompare(b.title),
  annotations: (a, b) => b.highlights - a.highlights || b.savedAt - a.savedAt,
};

export function sortSummaries(rows: ArticleSummary[], key: SortKey): ArticleSummary[] {
  return [...rows].sort(CMP[key]);
}
