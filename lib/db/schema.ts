// The one Gloss database (IndexedDB through Dexie). Opened only by extension pages (panel,
// background, library), never in a web page's origin. Every shipped `version(n)` stays as it is
// forever; a change of schema adds `version(n + 1)` with an `upgrade()` that migrates the data.
import Dexie, { type EntityTable } from 'dexie';
import { buildSummaries, type UpgradeProgress } from './migrate';
import type { Article } from '../extract/types';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/types';
import type { FigureSpan, SourceKind } from '../analyze/types';

/** A saved article: the clean snapshot the reader saw (an Article), readable offline, keyed by its normalised URL. */
export interface SavedArticle extends Article {
  /** articleKey(url, canonicalUrl): one key for every URL of the same article. */
  id: string;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
}

/** W3C Web Annotation selectors against SavedArticle.text (the stored contract, defined by lib/anchor). */
export type { TextQuoteSelector, TextPositionSelector };

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A highlight with an optional note and tags (the W3C model's target, body and tags). */
export interface AnnotationRecord {
  /** "urn:uuid:…"-free plain UUID. */
  id: string;
  articleId: string;
  /** The page URL the annotation was made on. */
  url: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  color: HighlightColor;
  /** Plain text with light Markdown (links, emphasis, lists). */
  note: string;
  tags: string[];
  createdAt: number;
  modifiedAt: number;
}

/** A tag's own settings: its colour for colour-coding (qualitative research). */
export interface TagRecord {
  name: string;
  color: HighlightColor | null;
  createdAt: number;
}

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
  /** Distinct sources and figures found by lib/analyze; null until the article is analysed. */
  sources: number | null;
  figures: number | null;
  /** ANALYZER_VERSION behind those counts (null: not analysed); another version means "recompute". */
  analyzer: number | null;
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

/**
 * A write the persisted search index has not taken in yet, added in the same transaction as the
 * write itself; the library's search worker applies and then deletes it.
 */
export interface IndexChange {
  seq?: number;
  kind: 'article' | 'annotation';
  id: string;
  articleId: string;
  deleted: boolean;
}

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
} as const;

export class GlossDatabase extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'name'>;
  summaries!: EntityTable<ArticleSummary, 'id'>;
  analyses!: EntityTable<StoredAnalysis, 'id'>;
  indexChanges!: EntityTable<IndexChange, 'seq'>;
  searchTerms!: EntityTable<SearchTermRecord, 'term'>;
  searchMeta!: EntityTable<SearchMetaRecord, 'id'>;
  /** Set by a page that shows the schema upgrade's progress (and may cancel it). */
  onUpgradeProgress: UpgradeProgress | null = null;

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
  }
}
