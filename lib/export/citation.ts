// Citations of an article and of a passage in it, as text a reader can paste into notes or a
// fact-check. Pure: article metadata in, strings out.

export interface CitableArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

function day(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "Mariia Shevchuk, “Title”, Maidan Press, 2 October 2024, https://… (accessed 25 November 2026)." */
export function citeArticle(article: CitableArticle, accessed: Date = new Date()): string {
  const parts = [
    article.byline,
    `“${article.title}”`,
    article.siteName,
    day(article.publishedTime),
    article.url,
  ].filter((p): p is string => !!p && p.trim() !== '');
  return `${parts.join(', ')} (accessed ${day(accessed.toISOString())}).`;
}

/** The sentence around a span: the project's one sentence segmenter (never cut at "Mr." or "U.S."). */
export { sentenceAround } from '../analyze/sentences';

/** A passage as a quote with its citation, for the clipboard. */
export function quoteWithCitation(quote: string, article: CitableArticle, accessed?: Date): string {
  return `“${quote.trim()}”\n— ${citeArticle(article, accessed)}`;
}
