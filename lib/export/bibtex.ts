// Citations of articles for LaTeX and reference managers, in two dialects:
//   BibTeX   — @misc (the classic styles' type for web pages): author, title, howpublished = \url{…},
//              year, month (the standard macro), note ("Site; accessed YYYY-MM-DD"), url, language.
//              Read by every BibTeX style, natbib and Zotero.
//   BibLaTeX — @online (default) or @article: organization / journaltitle = site, date (ISO),
//              urldate (access date = export time), url, language. For biber.
// Both carry the article's highlights and notes in `annote` (Zotero imports it as a note).
// Text fields are LaTeX-escaped (\ { } $ & % # _ ^ ~) so no value can open or close a brace
// group; Unicode is kept as UTF-8 (biber, and BibTeX with inputenc, read it). url is a verbatim
// field: only characters that would unbalance braces or break the line are percent-encoded.
// Keys: lib/export/keys.ts.
//
// Braces are the one escape that must not use a backslash: BibTeX balances a field's braces
// without looking at backslashes, so a title ending "\} @online(…" closed the field early and the
// rest of the title was read as an entry of its own. Text braces are written \textbraceleft{} and
// \textbraceright{}: every brace Gloss writes inside a field is part of a balanced pair.
import { annotationLines } from './annotationText';
import { citationKeys } from './keys';
import type { AnnotationRecord, ExportOptions, SavedArticle } from './types';
import { dateParts, isoDay, nameParts, sortArticles, splitAuthors, utcDay, wellFormed } from './types';

export interface BibtexOptions extends ExportOptions {
  /** BibLaTeX only: @online (default) or @article (journaltitle = site, for newspapers). */
  entryType?: 'online' | 'article';
}

export type BibDialect = 'bibtex' | 'biblatex';

/** Characters that need a command rather than a backslash before them (see the header for braces). */
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
};

/** LaTeX-escapes text for a braced BibTeX field (one line). */
export function latexEscape(s: string): string {
  return wellFormed(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}$&%#_^~]/g, (c) => LATEX_ESCAPES[c] ?? `\\${c}`);
}

const verbatimUrl = (url: string) =>
  url.trim().replace(/[{}\s\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));

/** The author field: "Family, Given and Other, Name"; organisations braced as one literal name. */
export function bibtexAuthors(byline: string | null): string | null {
  const names = splitAuthors(byline);
  if (!names.length) return null;
  return names
    .map((n) => {
      const p = nameParts(n);
      return p ? `${latexEscape(p.family)}, ${latexEscape(p.given)}` : `{${latexEscape(n)}}`;
    })
    .join(' and ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A field: [name, braced value] or [name, bare macro] (months). */
type Field = [string, string | null, 'macro'?];

function bibtexFields(article: SavedArticle, now: Date): Field[] {
  const date = dateParts(article.publishedTime);
  const accessed = `accessed ${utcDay(now)}`;
  return [
    ['author', bibtexAuthors(article.byline)],
    ['title', latexEscape(article.title)],
    ['howpublished', `\\url{${verbatimUrl(article.url)}}`],
    ['year', date ? String(date[0]) : null],
    ['month', date && date.length > 1 ? MONTHS[date[1]! - 1] : null, 'macro'],
    ['note', article.siteName ? `${latexEscape(article.siteName)}; ${accessed}` : accessed],
    ['url', verbatimUrl(article.url)],
    ['language', article.lang ? latexEscape(article.lang) : null],
  ];
}

function biblatexFields(article: SavedArticle, now: Date, type: 'online' | 'article'): Field[] {
  return [
    ['title', latexEscape(article.title)],
    ['author', bibtexAuthors(article.byline)],
    [type === 'article' ? 'journaltitle' : 'organization', article.siteName ? latexEscape(article.siteName) : null],
    ['date', isoDay(dateParts(article.publishedTime))],
    ['url', verbatimUrl(article.url)],
    ['urldate', utcDay(now)],
    ['language', article.lang ? latexEscape(article.lang) : null],
  ];
}

export interface BibEntryOptions extends BibtexOptions {
  dialect?: BibDialect;
  annotations?: AnnotationRecord[];
}

export function bibtexEntry(article: SavedArticle, key: string, options: BibEntryOptions = {}): string {
  const now = options.now ?? new Date();
  const dialect = options.dialect ?? 'biblatex';
  const type = dialect === 'bibtex' ? 'misc' : options.entryType ?? 'online';
  const fields = dialect === 'bibtex' ? bibtexFields(article, now) : biblatexFields(article, now, options.entryType ?? 'online');
  const notes = annotationLines(article.id, options.annotations);
  // One highlight per line; LaTeX reads the lines as one paragraph, Zotero keeps them apart.
  if (notes.length) fields.push(['annote', notes.map(latexEscape).join('\n    ')]);
  const body = fields
    .filter((f): f is [string, string, 'macro'?] => !!f[1])
    .map(([k, v, macro]) => `  ${k.padEnd(12)} = ${macro ? v : `{${v}}`},`)
    .join('\n');
  return `@${type}{${key},\n${body}\n}`;
}

function bibFile(input: { articles: SavedArticle[]; annotations?: AnnotationRecord[] }, options: BibEntryOptions): string {
  const keys = citationKeys(input.articles);
  const entries = sortArticles(input.articles).map((a) => bibtexEntry(a, keys.get(a.id)!, { ...options, annotations: input.annotations }));
  return `% Encoding: UTF-8\n% Exported by Gloss ${(options.now ?? new Date()).toISOString()}\n\n${entries.join('\n\n')}\n`;
}

/** A BibTeX .bib file (@misc entries; ordered by id, unique keys). */
export function exportBibtex(input: { articles: SavedArticle[]; annotations?: AnnotationRecord[] }, options: BibtexOptions = {}): string {
  return bibFile(input, { ...options, dialect: 'bibtex' });
}

/** A BibLaTeX .bib file (@online or @article entries; ordered by id, unique keys). */
export function exportBiblatex(input: { articles: SavedArticle[]; annotations?: AnnotationRecord[] }, options: BibtexOptions = {}): string {
  return bibFile(input, { ...options, dialect: 'biblatex' });
}
