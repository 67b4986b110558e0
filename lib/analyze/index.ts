// Finds sources and figures in an article's plain text. Pure: text in, spans out.
import type { TextLink } from '../extract/types';
import type { Analysis } from './types';

export type { Analysis, SourceSpan, FigureSpan, SourceKind, FigureKind } from './types';

export interface AnalyzeOptions {
  /** BCP 47 language of the article; decides number separators and lexicons. */
  lang?: string | null;
  /** Outbound links of the body (offsets into `text`). */
  links?: TextLink[];
}

/** Placeholder until the analyzer lands: the fields exist, the lists are empty. */
export function analyzeText(_text: string, _options: AnalyzeOptions = {}): Analysis {
  return { sources: [], figures: [] };
}
