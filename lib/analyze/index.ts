// Finds sources and figures in an article's plain text. Pure: text in, spans out (no DOM, no
// browser APIs), so the same code runs in the side panel, the `analyze` CLI and the tests.
// One context (tokens, sentences, quotations, links) is built per text; the source passes
// (./sources) and the figure passes (./figures) run over it; the words are in ./lexicons.
import type { TextLink } from '../extract/types';
import type { Analysis } from './types';
import { makeContext } from './context';
import { findFigures } from './figures';
import { findSources } from './sources';

export type { Analysis, SourceSpan, FigureSpan, SourceKind, FigureKind } from './types';
export { LEXICONS } from './lexicons';
export type { Lexicon } from './lexicons';

/**
 * The analyser's version. Stored next to every saved analysis (lib/db keeps the sources and
 * figures of each saved article): when this number changes, stored analyses are recomputed lazily.
 * Bump it with any change that alters analyzeText's output.
 */
export const ANALYZER_VERSION = 3; // 2: issue #9's rules (segmenter, passes, lexicon fields, table figures); 3: participle clauses, weak verbs closing a report, bracketed and "via" credits, mid-month dates

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
  /** The article's URL: a body link to another site on the words it backs is a source, one to the site itself is background. */
  url?: string | null;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  if (!text) return { sources: [], figures: [] };
  const ctx = makeContext(text, options);
  return { sources: findSources(ctx), figures: findFigures(ctx) };
}
