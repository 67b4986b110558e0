// Finds sources and figures in an article's plain text. Pure: text in, spans out (no DOM, no
// browser APIs), so the same code runs in the side panel, the `analyze` CLI and the tests.
// One tokenisation and a handful of precompiled per-language regexes; see ./figures.ts and
// ./sources.ts for the rules, ./lexicons/ for the words.
import type { TextLink } from '../extract/types';
import type { Analysis } from './types';
import { LEXICONS, baseLang } from './lexicons';
import { findFigures } from './figures';
import { findSources } from './sources';
import { findQuotes, quoteIndex, tokenize } from './text';

export type { Analysis, SourceSpan, FigureSpan, SourceKind, FigureKind } from './types';
export { LEXICONS } from './lexicons';
export type { Lexicon } from './lexicons';

/**
 * The analyser's version. Stored next to every saved analysis (lib/db keeps the sources and
 * figures of each saved article): when this number changes, stored analyses are recomputed lazily.
 * Bump it with any change that alters analyzeText's output.
 */
export const ANALYZER_VERSION = 1;

export interface AnalyzeOptions {
  /** BCP 47 language of the article; decides number separators and lexicons. */
  lang?: string | null;
  /** Outbound links of the body (offsets into `text`). */
  links?: TextLink[];
  /**
   * Publication date (ISO 8601) of the article, if known: dates without a year ("1 October") get
   * its year in their `value`; without it their value is a year-less ISO form ("--10-01").
   */
  published?: string | null;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  if (!text) return { sources: [], figures: [] };
  const lang = baseLang(options.lang);
  const lex = LEXICONS[lang];
  const year = options.published && /^\d{4}/.test(options.published) ? Number(options.published.slice(0, 4)) : null;
  const tokens = tokenize(text);
  const figures = findFigures(text, lang, lex, { year }, tokens);
  const inQuote = quoteIndex(findQuotes(text));
  const sources = findSources({ text, tokens, lang, lex, links: options.links ?? [], inQuote });
  return { sources, figures };
}
