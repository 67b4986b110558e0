// The one filter engine of the library: the library page narrows its rows with it and search
// applies it to every hit. One matcher per filter (the pattern of hypothesis/client's
// filter-annotations.ts): which values of a record it looks at, and when it is active. A record is
// seen through its Facets — an article through its summary (tags/colours of any of its highlights),
// a highlight through its own tags, colour and note plus its article's site and dates. Adding a
// filter is one entry in FILTERS (and its key in SearchFilters).
import type { AnnotationRecord, ArticleSummary } from '../db/schema';
import type { HitKind } from './fields';

export interface Facets {
  site: string;
  tags: string[];
  colors: string[];
  notes: boolean;
  /** Authors of the article's highlights ('' for not yet stamped: lib/authors.ts). */
  authors: string[];
  /** Epoch ms (NaN when unknown). */
  published: number;
  saved: number;
}

export interface SearchFilters {
  /** Site name(s), case-insensitive. */
  site?: string | string[];
  /** Highlight tag(s), case-insensitive; an article matches when one of its highlights has the tag. */
  tag?: string | string[];
  /** Highlight colour(s); an article matches when one of its highlights has the colour. */
  color?: string | string[];
  /**
   * Author(s) of highlights, case-insensitive; an article, and each of its highlights found by search, matches
   * when the article has a highlight by one of them (search's index keeps no author per highlight).
   */
  author?: string | string[];
  /** Only highlights with a note (and articles that have one). */
  hasNotes?: boolean;
  /** Date range, epoch ms inclusive, on `dateField`. */
  from?: number;
  to?: number;
  /** The article's "saved" (default) or "published" date. */
  dateField?: 'saved' | 'published';
  /** Only articles or only highlights. */
  kind?: HitKind;
}

interface Matcher {
  active: (f: SearchFilters) => boolean;
  matches: (facets: Facets, f: SearchFilters) => boolean;
}

// toLowerCase, not toLocaleLowerCase: the locale-aware one is ~100× slower and this runs per tag.
const lower = (v: string | string[] | undefined) => new Set((Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.toLowerCase()));

/** Active when the filter has a value; matches when one of the record's values is among the filter's. */
function oneOf(key: 'site' | 'tag' | 'color' | 'author', values: (x: Facets) => string[]): Matcher {
  return {
    active: (f) => f[key] !== undefined && f[key] !== '',
    matches: (x, f) => {
      const wanted = lower(f[key]);
      return values(x).some((v) => wanted.has(v.toLowerCase()));
    },
  };
}

export const FILTERS: Record<string, Matcher> = {
  site: oneOf('site', (x) => [x.site]),
  tag: oneOf('tag', (x) => x.tags),
  color: oneOf('color', (x) => x.colors),
  author: oneOf('author', (x) => x.authors),
  hasNotes: { active: (f) => !!f.hasNotes, matches: (x) => x.notes },
  dates: {
    active: (f) => f.from !== undefined || f.to !== undefined,
    matches: (x, f) => {
      const t = f.dateField === 'published' ? x.published : x.saved;
      return t >= (f.from ?? -Infinity) && t <= (f.to ?? Infinity);
    },
  },
};

/** A test of facets against the filters, built once per query (only the active matchers run). */
export function filterTest(filters: SearchFilters): (facets: Facets) => boolean {
  const active = Object.values(FILTERS).filter((m) => m.active(filters));
  return (facets) => active.every((m) => m.matches(facets, filters));
}

export const hasFilters = (filters: SearchFilters) => Object.values(FILTERS).some((m) => m.active(filters));

export function summaryFacets(s: ArticleSummary): Facets {
  return {
    site: s.site,
    tags: s.tags,
    colors: s.colors,
    notes: s.notes > 0,
    authors: s.authors ?? [],
    published: s.publishedTime ? Date.parse(s.publishedTime) : NaN,
    saved: s.savedAt,
  };
}

/** A highlight's own tags, colour and note, with its article's site and dates. */
export function annotationFacets(n: Pick<AnnotationRecord, 'tags' | 'color' | 'note'>, article: Facets | undefined): Facets {
  return {
    site: article?.site ?? '',
    tags: n.tags,
    colors: [n.color],
    notes: n.note.trim() !== '',
    authors: article?.authors ?? [],
    published: article?.published ?? NaN,
    saved: article?.saved ?? NaN,
  };
}

/** The library page's rows narrowed by the filters (the same test search applies to its hits). */
export function filterSummaries(summaries: ArticleSummary[], filters: SearchFilters): ArticleSummary[] {
  if (!hasFilters(filters)) return summaries; // no facets to build (a date parse per row)
  const test = filterTest(filters);
  return summaries.filter((s) => test(summaryFacets(s)));
}
