// BibTeX/BibLaTeX citations of articles, for LaTeX, Zotero, JabRef and reference managers.
//
// Entry type @online (default; biblatex's type for web pages: organization = site) or @article
// (journaltitle = site, for newspapers). Fields: title, author ("Family, Given and …", one-word
// or organisational bylines as a {braced literal}), date (ISO), url, urldate (access date =
// export time), language. Text fields are LaTeX-escaped (\ { } $ & % # _ ^ ~); Unicode is kept as
// UTF-8 (biber, and BibTeX with inputenc, read it). url is a verbatim field: only characters that
// would unbalance braces or break the line are percent-encoded. Keys: lib/export/keys.ts.
//
// Braces are the one escape that must not use a backslash: BibTeX balances a field's braces
// without looking at backslashes, so a title ending "\} @online(…" closed the field early and the
// rest of the title was read as an entry of its own. Text braces are written \textbraceleft{} and
// \textbraceright{}: every brace Gloss writes inside a field is part of a balanced pair.
import { citationKeys } from './keys';
import type { ExportOptions, SavedArticle } from './types';
import { dateParts, isoDay, nameParts, sortArticles, splitAuthors, utcDay, wellFormed } from './types';

export interface BibtexOptions extends ExportOptions {
  entryType?: 'online' | 'article';
}

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

export function bibtexEntry(article: SavedArticle, key: string, options: BibtexOptions = {}): string {
  const type = options.entryType ?? 'online';
  const fields: Array<[string, string | null]> = [
    ['title', latexEscape(article.title)],
    ['author', bibtexAuthors(article.byline)],
    [type === 'article' ? 'journaltitle' : 'organization', article.siteName ? latexEscape(article.siteName) : null],
    ['date', isoDay(dateParts(article.publishedTime))],
    ['url', verbatimUrl(article.url)],
    ['urldate', utcDay(options.now ?? new Date())],
    ['language', article.lang ? latexEscape(article.lang) : null],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k.padEnd(12)} = {${v}},`)
    .join('\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** A .bib file for the articles (ordered by id, unique keys). */
export function exportBibtex(input: { articles: SavedArticle[] }, options: BibtexOptions = {}): string {
  const keys = citationKeys(input.articles);
  const entries = sortArticles(input.articles).map((a) => bibtexEntry(a, keys.get(a.id)!, options));
  return `% Encoding: UTF-8\n% Exported by Gloss ${(options.now ?? new Date()).toISOString()}\n\n${entries.join('\n\n')}\n`;
}
