// RIS citations of articles (Zotero, EndNote, Mendeley, Citavi all import it).
//
// One record per article: TY (NEWS by default, ELEC on request), TI, AU per author
// ("Family, Given"; organisations as written), PY (year) and DA (YYYY/MM/DD), T2 (site), UR,
// Y2 (access date = export time), LA, one N1 per highlight ("“quote” — note [tags] (colour)":
// Zotero, EndNote and Mendeley import each N1 as a note), ER. Tags are two letters, two spaces, "-", a space; lines
// end with CRLF; values are one line (white space collapsed).
import { annotationLines } from './annotationText';
import type { AnnotationRecord, ExportOptions, SavedArticle } from './types';
import { dateParts, nameParts, sortArticles, splitAuthors, utcDay, wellFormed } from './types';

export interface RisOptions extends ExportOptions {
  type?: 'NEWS' | 'ELEC';
}

const value = (s: string) => wellFormed(s).replace(/\s+/g, ' ').trim();
const risDate = (parts: number[]) => parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('/');

export function risRecord(article: SavedArticle, options: RisOptions & { annotations?: AnnotationRecord[] } = {}): string {
  const lines: string[] = [`TY  - ${options.type ?? 'NEWS'}`, `TI  - ${value(article.title)}`];
  for (const name of splitAuthors(article.byline)) {
    const p = nameParts(name);
    lines.push(`AU  - ${value(p ? `${p.family}, ${p.given}` : name)}`);
  }
  const date = dateParts(article.publishedTime);
  if (date) {
    lines.push(`PY  - ${date[0]}`);
    if (date.length === 3) lines.push(`DA  - ${risDate(date)}`);
  }
  if (article.siteName) lines.push(`T2  - ${value(article.siteName)}`);
  lines.push(`UR  - ${value(article.url)}`);
  lines.push(`Y2  - ${utcDay(options.now ?? new Date()).replace(/-/g, '/')}`);
  if (article.lang) lines.push(`LA  - ${value(article.lang)}`);
  for (const note of annotationLines(article.id, options.annotations)) lines.push(`N1  - ${note}`);
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** A .ris file for the articles (ordered by id). */
export function exportRis(input: { articles: SavedArticle[]; annotations?: AnnotationRecord[] }, options: RisOptions = {}): string {
  return sortArticles(input.articles).map((a) => risRecord(a, { ...options, annotations: input.annotations }) + '\r\n').join('\r\n');
}
