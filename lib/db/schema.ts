// The one Gloss database (IndexedDB through Dexie). Opened only by extension pages (panel,
// background, library), never in a web page's origin. Every shipped `version(n)` stays as it is
// forever; a change of schema adds `version(n + 1)` with an `upgrade()` that migrates the data.
import Dexie, { type EntityTable } from 'dexie';
import type { AnnotationRecord, ArticleVersionRecord, SavedArticle, TagRecord } from '../model';

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

export const DB_NAME = 'gloss';

/** Shipped schemas, oldest first. Never edit one that has shipped; append the next. */
export const SCHEMAS = {
  1: { articles: '&id, savedAt, updatedAt, siteName, publishedTime, title' },
  2: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
  },
  // 3: earlier texts of a saved article, kept when the reader accepts a changed page.
  3: {
    articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    annotations: '&id, articleId, createdAt, modifiedAt, color, *tags',
    tags: '&name',
    articleVersions: '&id, articleId',
  },
} as const;

export class GlossDatabase extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'name'>;
  articleVersions!: EntityTable<ArticleVersionRecord, 'id'>;

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
    // v3: articleVersions, the texts a saved article had before the reader updated it. Every saved
    // article so far is its first version.
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((article: Partial<SavedArticle>) => {
            if (typeof article.version !== 'number') article.version = 1;
          }),
      );
  }
}
