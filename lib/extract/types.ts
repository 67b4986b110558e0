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
  /** A fact-check page's ClaimReviews (claim, claimant, verdict), absent when the page has none. */
  claimReview?: ClaimReviewInfo[];
}

/**
 * One schema.org ClaimReview of a fact-check page (lib/extract/claim-review.ts): plain text, trimmed
 * and capped, never markup; `url` is http(s) only.
 */
export interface ClaimReviewInfo {
  /** The claim checked (`claimReviewed`). */
  claim: string | null;
  /** Who made the claim (`itemReviewed.author.name`, or the person or organisation reviewed). */
  claimant: string | null;
  /** Who checked it (the review's `author.name`). */
  reviewer: string | null;
  /** The verdict in words (`reviewRating.alternateName`), e.g. "False", "Mostly true". */
  verdict: string | null;
  /** The numeric rating and its scale, when the page gives a usable one. */
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  /** When the review was published (ISO 8601), null when unknown. */
  datePublished: string | null;
  /** The review's own address (http(s) only). */
  url: string | null;
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
