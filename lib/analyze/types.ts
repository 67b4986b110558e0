// Span types produced by lib/analyze: what the panel highlights and lists, what `analyze` prints.
// Offsets are UTF-16 indices into Article.text, and `text === articleText.slice(start, end)`.

export type SourceKind = 'attribution' | 'quote' | 'link' | 'credit';
export type FigureKind = 'count' | 'money' | 'percent' | 'range' | 'measure' | 'date';

export interface SourceSpan {
  start: number;
  end: number;
  text: string;
  kind: SourceKind;
  /** The source as a reader would list it; mentions of one source share one name. */
  name: string;
  /** The attribution cue ("said", "according to", "Photo:"), when there is one. */
  cue?: string;
  /** For kind "link": the outbound URL. */
  href?: string;
}

export interface FigureSpan {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** Normalised value: a number, a [low, high] pair for ranges, an ISO date (prefix) for dates. */
  value?: number | [number, number] | string;
  /** Normalised unit: ISO 4217 currency code, "%", "km", "kg", "people"… */
  unit?: string;
  /**
   * For a figure in a table: the table's number in the article (1, 2, …). Such figures are listed
   * per table; the reader marks them only when the user asks (a table would be a wall of marks).
   */
  table?: number;
}

export interface Analysis {
  sources: SourceSpan[];
  figures: FigureSpan[];
  /** Set when the text was too long to read whole: sources and figures come from text[0, analysedChars). */
  analysedChars?: number;
  /**
   * Set when the text is in a language with no lexicon (Korean, Portuguese): no source is read off
   * it (its verbs of saying are unknown) and its figures are numbers read without its words for
   * dates and units. The declared language's base code ("ko"), or "und" when none is declared.
   */
  languageUnread?: string;
}
