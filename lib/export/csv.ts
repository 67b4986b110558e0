// CSV exports for spreadsheets and qualitative-analysis tools: one row per annotation, per source
// mention, or per figure, each with the article's title, site, URL and publication date.
//
// Format (RFC 4180): fields separated by ",", records by CRLF, a field containing a comma, a
// double quote, CR or LF is enclosed in double quotes with inner quotes doubled. A UTF-8 byte
// order mark is prepended by default (`bom: true`) because Excel otherwise reads UTF-8 as a legacy
// code page and garbles Ukrainian, Arabic or emoji; turn it off for tools that choke on it.
//
// Formula injection (CSV injection, OWASP): a spreadsheet runs a cell starting with "=", "+",
// "-" or "@" as a formula — and an article or a note is text from the web. With
// `formulaGuard: true` (the default) any *text* cell starting with one of = + - @ (or with a tab
// or CR, which some spreadsheets skip before looking) gets a leading apostrophe ("'=SUM(1)"),
// which spreadsheets show as text. Numbers we compute ourselves (offsets, figure values) are
// never prefixed. Turn the guard off for data pipelines (pandas, R) that want the raw text.
//
// Sources and figures are not stored: they are computed here with lib/analyze from each
// article's text, with the sentence around each span (sentenceAround) for context.
import { analyzeText, type Analysis } from '../analyze';
import { sentenceAround } from './citation';
import { textFragmentUrl } from './fragment';
import type { ExportInput, ExportOptions, SavedArticle } from './types';
import { dateParts, isoDay, sortAnnotations, sortArticles, wellFormed } from './types';

export interface CsvOptions extends ExportOptions {
  /** Prepend a UTF-8 byte order mark (default true, for Excel). */
  bom?: boolean;
  /** Prefix text cells starting with = + - @ (tab, CR) with an apostrophe (default true). */
  formulaGuard?: boolean;
  /** The analyzer for sources/figures (default lib/analyze's analyzeText); tests pass fixed spans. */
  analyze?: (article: SavedArticle) => Analysis;
}

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field. */
export function csvField(value: Cell, formulaGuard = true): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else {
    s = wellFormed(value);
    if (formulaGuard && FORMULA_START.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document from a header and rows. */
export function toCsv(header: string[], rows: Cell[][], options: CsvOptions = {}): string {
  const guard = options.formulaGuard ?? true;
  const lines = [header.map((h) => csvField(h, false)).join(',')];
  for (const row of rows) lines.push(row.map((c) => csvField(c, guard)).join(','));
  return (options.bom ?? true ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

const ARTICLE_COLUMNS = ['article_title', 'site', 'url', 'published'];
const articleCells = (a: SavedArticle | undefined, fallbackUrl = ''): Cell[] => [
  a?.title ?? '',
  a?.siteName ?? '',
  a?.url ?? fallbackUrl,
  isoDay(dateParts(a?.publishedTime)) ?? '',
];

export const ANNOTATION_COLUMNS = [
  ...ARTICLE_COLUMNS,
  'quote', 'note', 'tags', 'color', 'created', 'modified', 'start', 'end', 'prefix', 'suffix', 'passage_link', 'annotation_id',
  // last, so the columns before it keep their places: the sync user who made it (team libraries)
  'author',
];

/** One row per annotation, in reading order. Tags are joined with "; ". */
export function annotationsCsv(input: ExportInput, options: CsvOptions = {}): string {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const rows = sortAnnotations(input.annotations).map((n) => {
    const article = articles.get(n.articleId);
    const [quote, position] = n.selectors;
    return [
      ...articleCells(article, n.url),
      quote.exact,
      n.note,
      n.tags.join('; '),
      n.color,
      new Date(n.createdAt).toISOString(),
      new Date(n.modifiedAt).toISOString(),
      position.start,
      position.end,
      quote.prefix,
      quote.suffix,
      textFragmentUrl(article?.url ?? n.url, quote),
      n.id,
      n.author ?? '',
    ];
  });
  return toCsv(ANNOTATION_COLUMNS, rows, options);
}

export const SOURCE_COLUMNS = [...ARTICLE_COLUMNS, 'source', 'kind', 'cue', 'text', 'start', 'end', 'link', 'sentence'];
export const FIGURE_COLUMNS = [...ARTICLE_COLUMNS, 'kind', 'text', 'value', 'value_high', 'unit', 'start', 'end', 'sentence'];

function analyze(article: SavedArticle): Analysis {
  return analyzeText(article.text, { lang: article.lang, links: article.links, published: article.publishedTime, url: article.url, canonicalUrl: article.canonicalUrl, siteName: article.siteName });
}

/** One row per source mention that lib/analyze finds in each article's text. */
export function sourcesCsv(input: Pick<ExportInput, 'articles'>, options: CsvOptions = {}): string {
  const rows: Cell[][] = [];
  for (const article of sortArticles(input.articles)) {
    for (const s of (options.analyze ?? analyze)(article).sources) {
      rows.push([...articleCells(article), s.name, s.kind, s.cue ?? '', s.text, s.start, s.end, s.href ?? '', sentenceAround(article.text, s.start, s.end)]);
    }
  }
  return toCsv(SOURCE_COLUMNS, rows, options);
}

/** One row per figure: ranges give value and value_high; dates give their ISO value as text. */
export function figuresCsv(input: Pick<ExportInput, 'articles'>, options: CsvOptions = {}): string {
  const rows: Cell[][] = [];
  for (const article of sortArticles(input.articles)) {
    for (const f of (options.analyze ?? analyze)(article).figures) {
      const [value, high] = Array.isArray(f.value) ? f.value : [f.value, undefined];
      rows.push([...articleCells(article), f.kind, f.text, value, high, f.unit ?? '', f.start, f.end, sentenceAround(article.text, f.start, f.end)]);
    }
  }
  return toCsv(FIGURE_COLUMNS, rows, options);
}
