// The one Gloss database (IndexedDB through Dexie). Opened only by extension pages (panel,
// background, library), never in a web page's origin. Every shipped `version(n)` stays as it is
// forever; a change of schema adds `version(n + 1)` with an `upgrade()` that migrates the data.
import Dexie, { type EntityTable } from 'dexie';
import { addSummaryAuthors, buildSummaries, type UpgradeProgress } from './migrate';
import type { FigureSpan, SourceKind } from '../analyze/types';
import type { AnnotationRecord, ArticleVersionRecord, HighlightColor, SavedArticle, TagRecord } from '../model';

// The record types and colours are lib/model's (no Dexie there); named here too for old importers.
export {
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type SavedArticle,
  type AnnotationRecord,
  type ArticleVersionRecord,
  type TagRecord,
  type TextQuoteSelector,
  type TextPositionSelector,
} from '../model';

/**
 * What the library page lists for one article, kept by lib/db in the same transaction as every
 * write to the article or its annotations, so the page reads a few hundred bytes per article
 * instead of its text and every annotation.
 */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** siteName, or the URL's host when the page named no site: what the site filter offers. */
  site: string;
  publishedTime: string | null;
  lang: string | null;
  savedAt: number;
  updatedAt: number;
  highlights: number;
  /** Highlights with a note. */
  notes: number;
  /** Distinct tags and colours of the article's highlights. */
  tags: string[];
  colors: HighlightColor[];
  /**
   * Distinct authors of the article's highlights (team libraries), '' for highlights that carry none
   * yet (made here before syncing: lib/authors.ts). Absent only in summaries older than schema v6.
   */
  authors?: string[];
  /** Distinct sources and figures found by lib/analyze; null until the article is analysed. */
  sources: number | null;
  figures: number | null;
  /** ANALYZER_VERSION behind those counts (null: not analysed); another version means "recompute". */
  analyzer: number | null;
  /** Saved without its text (imported from a W3C file): nothing to count until the page is read. */
  textMissing?: boolean;
}

/** A source as the cross-library index needs it: its name, how it was cited, how often. */
export interface StoredSource {
  name: string;
  kinds: SourceKind[];
  mentions: number;
}

/** lib/analyze's result for a saved article, computed once per article version and analyser version. */
export interface StoredAnalysis {
  /** The article id. */
  id: string;
  /** ANALYZER_VERSION that produced it: another version means "recompute". */
  version: number;
  /** The article's updatedAt when it was analysed: another means "recompute". */
  updatedAt: number;
  sources: StoredSource[];
  figures: FigureSpan[];
}

/** A record written or deleted that the persisted search index has not taken in yet. */
export interface IndexChange {
  kind: 'article' | 'annotation';
  id: string;
  articleId: string;
  deleted: boolean;
}

/**
 * A row of the search index's queue, added in the same transaction as the write itself; the
 * library's search worker applies and then deletes it. One row holds a write's changes (up to
 * lib/db/derived's CHANGES_PER_ROW): a saved article with 50 highlights is one request, not 51
 * (in Chromium each request of a transaction costs ~0.15 ms; 51 rows were 7 of a save's 25 ms).
 * Rows queued by earlier builds hold a single change each (read alike: see `changesOf`).
 */
export type IndexChangeRow = { seq?: number } & ({ changes: IndexChange[] } | IndexChange);

/** The changes a queue row holds, whichever its shape. */
export const changesOf = (row: IndexChangeRow): IndexChange[] => ('changes' in row ? row.changes : [row]);

/** One word of the persisted search index: its postings, flat [doc, tf, doc, tf, …]. */
export interface SearchTermRecord {
  term: string;
  postings: Int32Array;
}

/** The rest of the persisted search index: a head row ("index") and chunks of documents and records (lib/search/persist.ts). */
export interface SearchMetaRecord {
  id: string;
  [key: string]: unknown;
}

/**
 * A record changed locally that the sync replica has not taken yet: one row per sync document
 * (`annotation:<id>`, `article:<id>`, `text:<id>`, `tag:<name>`), written in the same transaction as
 * the change. What to send is read from the tables when the outbox is drained (absent = deleted),
 * so a row only says "this one changed"; `stamp` tells a drain whether it changed again meanwhile.
 */
export interface OutboxEntry {
  id: string;
  stamp: string;
}

/** The replica revision (CouchDB `_rev`) a local record reflects; absent: never synced. */
export interface SyncRev {
  id: string;
  rev: string;
}

/** Another version of an annotation, edited on another device while the two were apart. */
export interface ConflictVersion {
  rev: string;
  note: string;
  color: HighlightColor;
  tags: string[];
  author?: string;
  modifiedAt: number;
}

/** An annotation whose replica holds versions besides the one shown (nothing is dropped). */
export interface SyncConflict {
  /** The annotation id. */
  id: string;
  versions: ConflictVersion[];
  /** Set when the reader chose: the replica revisions to remove on the next drain. */
  resolvedRevs?: string[];
}

export const DB_NAME = 'gloss';

/** Shipped schemas, oldest first. Never edit one that has shipped; append the next. */
export const SCHEMAS = {
  1: { articles: '&id, savedAt, updatedAt, siteName, publishedTime, title' },
  2: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
  },
  3: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
    summaries: '&id, savedAt',
    analyses: '&id',
    indexChanges: '++seq',
    searchTerms: '&term',
    searchMeta: '&id',
  },
  // 4: earlier texts of a saved article, kept when the reader accepts a changed page.
  4: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
    summaries: '&id, savedAt',
    analyses: '&id',
    indexChanges: '++seq',
    searchTerms: '&term',
    searchMeta: '&id',
    articleVersions: '&id, articleId',
  },
  // 5: sync (lib/sync). The outbox of records changed locally and not yet handed to the sync
  // replica, the replica revision each record reflects, and annotations edited apart on two devices.
  5: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
    summaries: '&id, savedAt',
    analyses: '&id',
    indexChanges: '++seq',
    searchTerms: '&term',
    searchMeta: '&id',
    articleVersions: '&id, articleId',
    outbox: '&id',
    syncRevs: '&id',
    syncConflicts: '&id',
  },
  // 6: no table changes: summaries gain the authors of the article's highlights (migrate.ts).
  6: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
    summaries: '&id, savedAt',
    analyses: '&id',
    indexChanges: '++seq',
    searchTerms: '&term',
    searchMeta: '&id',
    articleVersions: '&id, articleId',
    outbox: '&id',
    syncRevs: '&id',
    syncConflicts: '&id',
  },
} as const;

export class GlossDatabase extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'name'>;
  summaries!: EntityTable<ArticleSummary, 'id'>;
  analyses!: EntityTable<StoredAnalysis, 'id'>;
  indexChanges!: EntityTable<IndexChangeRow, 'seq'>;
  searchTerms!: EntityTable<SearchTermRecord, 'term'>;
  searchMeta!: EntityTable<SearchMetaRecord, 'id'>;
  /** Set by a page that shows the schema upgrade's progress (and may cancel it). */
  onUpgradeProgress: UpgradeProgress | null = null;
  articleVersions!: EntityTable<ArticleVersionRecord, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  syncRevs!: EntityTable<SyncRev, 'id'>;
  syncConflicts!: EntityTable<SyncConflict, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (0.1.0): saved articles.
    this.version(1).stores(SCHEMAS[1]);
    // v2: annotations and tags. v1 articles lack `links`; give them an empty list.
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((article: Partial<SavedArticle>) => {
            if (!Array.isArray(article.links)) article.links = [];
          }),
      );
    // v3: a summary per article for the library page, stored analyses, the persisted search
    // index (built by the library's search worker, so only its tables are created here).
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade((tx) => buildSummaries(tx, (done, total) => this.onUpgradeProgress?.(done, total, () => tx.abort())));
    // v4: articleVersions, the texts a saved article had before the reader updated it. Every saved
    // article so far is its first version.
    this.version(4)
      .stores(SCHEMAS[4])
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((article: Partial<SavedArticle>) => {
            if (typeof article.version !== 'number') article.version = 1;
          }),
      );
    // v5: sync's outbox, replica revisions and kept conflicts. Nothing to migrate: turning sync
    // on queues every record (lib/sync/outbox.ts, queueEverything).
    this.version(5).stores(SCHEMAS[5]);
    // v6: the authors of each article's highlights in its summary (the library's author filter).
    // Same tables; only summaries change.
    this.version(6)
      .stores(SCHEMAS[6])
      .upgrade((tx) => addSummaryAuthors(tx));
  }
}
