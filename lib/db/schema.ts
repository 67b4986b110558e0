// The one Gloss database (IndexedDB through Dexie). Opened only by extension pages (panel,
// background, library), never in a web page's origin. Every shipped `version(n)` stays as it is
// forever; a change of schema adds `version(n + 1)` with an `upgrade()` that migrates the data.
import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../extract/types';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/types';

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

export const DB_NAME = 'gloss';

/** Shipped schemas, oldest first. Never edit one that has shipped; append the next. */
export const SCHEMAS = {
  1: { articles: '&id, savedAt, updatedAt, siteName, publishedTime, title' },
  2: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
  },
} as const;

export class GlossDatabase extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'name'>;

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
  }
}
