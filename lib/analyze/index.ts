// Finds sources and figures in an article's plain text. Pure: text in, spans out (no DOM, no
// browser APIs), so the same code runs in the side panel, the `analyze` CLI and the tests.
// One context (tokens, sentences, quotations, links) is built per text; the source passes
// (./sources) and the figure passes (./figures) run over it; the words are in ./lexicons.
import type { TextLink } from '../extract/types';
import type { Analysis } from './types';
import { makeContext } from './context';
import { LEXICONS } from './lexicons';
import { findFigures } from './figures';
import { findSources } from './sources';
import { blankNonProse } from './prose';

export type { Analysis, SourceSpan, FigureSpan, SourceKind, FigureKind } from './types';
export { LEXICONS } from './lexicons';
export type { Lexicon } from './lexicons';

/**
 * The analyser's version. Stored next to every saved analysis (lib/db keeps the sources and
 * figures of each saved article): when this number changes, stored analyses are recomputed lazily.
 * Bump it with any change that alters analyzeText's output.
 */
export const ANALYZER_VERSION = 29; // what each version changed: docs/ANALYZER-VERSIONS.md

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
  /** The page's canonical URL (`Article.canonicalUrl`): for a copy read from a file or a local server, its site is the outlet's. */
  canonicalUrl?: string | null;
  /** The outlet's name (`Article.siteName`): for such a copy, a link to the domain it spells is the outlet's own. */
  siteName?: string | null;
}

/**
 * Most characters of one text the analysis reads. News articles are far shorter (the longest of the
 * benchmark's 181 is 54,000 characters; a long read is about 100,000); a text beyond this is a book,
 * a dump or a page built to stall the panel (a 20 MB page took 8 s of analysis in Chromium). The
 * rest of the text is still shown and can be annotated; the Sources and Figures views say where the
 * reading stopped (`Analysis.analysedChars`).
 */
export const MAX_ANALYSED_CHARS = 1_000_000;

/** Where to stop reading a text longer than MAX_ANALYSED_CHARS: at a paragraph end, else a space. */
export function analysisEnd(text: string): number {
  if (text.length <= MAX_ANALYSED_CHARS) return text.length;
  const para = text.lastIndexOf('\n\n', MAX_ANALYSED_CHARS);
  if (para > MAX_ANALYSED_CHARS * 0.9) return para;
  const space = text.lastIndexOf(' ', MAX_ANALYSED_CHARS);
  return space > MAX_ANALYSED_CHARS * 0.9 ? space : MAX_ANALYSED_CHARS;
}

/**
 * The language a text the analysis could not place is declared in, when no lexicon has it ("ko");
 * "und" when none is declared. Null for a declared language that has a lexicon: a box score
 * declared English reads as no language (too few function words), yet it is not in another one.
 */
function unreadLanguage(declared: string | null | undefined): string | null {
  const base = (declared || '').toLowerCase().split(/[-_]/)[0];
  if (Object.hasOwn(LEXICONS, base)) return null;
  return base || 'und';
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  if (!text) return { sources: [], figures: [] };
  const end = analysisEnd(text);
  const read = end < text.length ? text.slice(0, end) : text;
  const prose = blankNonProse(read);
  const ctx = makeContext(prose, options);
  const analysis: Analysis = { sources: findSources(ctx), figures: findFigures(ctx) };
  if (end < text.length) analysis.analysedChars = end;
  const unread = ctx.sourcesKnown ? null : ctx.unreadLang ?? unreadLanguage(options.lang);
  if (unread) analysis.languageUnread = unread;
  if (prose === text) return analysis;
  // a span may end next to a blanked run: its text is always the article's own
  for (const span of [...analysis.sources, ...analysis.figures]) span.text = text.slice(span.start, span.end);
  return analysis;
}
