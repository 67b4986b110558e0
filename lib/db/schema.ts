// The one Gloss database (IndexedDB through Dexie). Opened only by extension pages (panel,
// background, library), never in a web page's origin. Every shipped `version(n)` stays as it is
// forever; a change of schema adds `version(n + 1)` with an `upgrade()` that migrates the data.
import Dexie, { type EntityTable } from 'dexie';
import type { TextLink } from '../extract/types';

/** A saved article: the clean snapshot the reader saw, readable offline, keyed by its normalised URL. */
export interface SavedArticle {
  /** articleKey(url, canonicalUrl): one key for every URL of the same article. */
  id: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized article HTML as shown in the reader. */
  html: string;
  /** The article text annotations are anchored against (Article.text). */
  text: string;
  /** Outbound links of the body, as offsets into `text`. */
  links: TextLink[];
  wordCount: number;
  readingMinutes: number;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
}

export const DB_NAME = 'gloss';

export class GlossDatabase extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (0.1.0): saved articles.
    this.version(1).stores({
      articles: '&id, savedAt, updatedAt, siteName, publishedTime, title',
    });
  }
}
