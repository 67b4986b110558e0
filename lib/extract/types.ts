// The data contract of one extracted article: what lib/extract produces from a DOM and what the
// panel, the analyzer, the database and the `analyze` CLI all consume. Plain data, no DOM.

/** A link in the article body, located in `Article.text` by UTF-16 offsets. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

export interface Article {
  /** The page URL the article was read from (absolute). */
  url: string;
  /** `<link rel=canonical>` or og:url when the page declares one, else null. */
  canonicalUrl: string | null;
  title: string;
  /** Authors joined with ", " (null when unknown). */
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 (with time and offset when the page gives them), null when unknown. */
  publishedTime: string | null;
  /** BCP 47 language tag ("en", "uk", "de-AT"), null when unknown. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Absolute URL of the lead image, null when none. */
  leadImage: string | null;
  /** Sanitized article HTML (DOMPurify): safe to insert into an extension page. */
  html: string;
  /** Plain text of `html`: blocks separated by a blank line ("\n\n"). Offsets of spans refer to it. */
  text: string;
  /** Outbound links of the body, as offsets into `text`. */
  links: TextLink[];
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1). */
  readingMinutes: number;
}

/** Why a page yields no article. */
export type NotArticleReason =
  | 'not-readerable' // the page does not look like an article (an app, a page of links)
  | 'listing' // the page lists other stories: section front, tag page, search results, live-blog index
  | 'empty' // the document has no readable content at all
  | 'too-short'; // Readability found content, but too little to be an article

export type ExtractResult =
  | { isArticle: true; article: Article }
  | { isArticle: false; reason: NotArticleReason; message: string; title: string | null };
