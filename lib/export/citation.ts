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

/** The sentence that contains text[start, end): from the previous sentence end or block start to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const blockStart = text.lastIndexOf('\n\n', start) + 1 || 0;
  let from = blockStart === 0 ? 0 : blockStart + 1;
  const before = text.slice(from, start);
  const re = /[.!?…]["”»’)]*\s+(?=["“«‘(]?[\p{Lu}\p{N}])/gu;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = re.exec(before))) last = m.index + m[0].length;
  if (last >= 0) from += last;
  let to = text.indexOf('\n\n', end);
  if (to < 0) to = text.length;
  const after = text.slice(end, to);
  re.lastIndex = 0;
  const next = re.exec(after);
  if (next) to = end + next.index + next[0].trimEnd().length;
  return text.slice(from, to).trim();
}

/** A passage as a quote with its citation, for the clipboard. */
export function quoteWithCitation(quote: string, article: CitableArticle, accessed?: Date): string {
  return `“${quote.trim()}”\n— ${citeArticle(article, accessed)}`;
}
