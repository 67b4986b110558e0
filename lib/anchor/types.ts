// The data shapes of lib/anchor: W3C Web Annotation selectors (what lib/db stores for a highlight)
// and the result of re-attaching them to a text that may have changed since.
//
// Why a module of its own: the selectors are the stored contract (DESIGN.md "Stored data"), shared
// by the panel, the content script, the database and export; the matching code may change, these
// shapes may not. All offsets are UTF-16 code units into an `Article.text`.

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The annotated text, exactly as it was. */
  exact: string;
  /**
   * Up to `contextLength` characters right before `exact` ('' at the start of the text). Required
   * here (lib/db stores both); `anchor` still accepts selectors from elsewhere that omit them.
   */
  prefix: string;
  /** Up to `contextLength` characters right after `exact` ('' at the end of the text). */
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector — [start, end) in UTF-16 units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * Where an annotation sits in the current text.
 * - 'exact': the stored position still holds the stored quote, character for character.
 * - 'moved': the quote's wording is unchanged (up to white space and typography: quotes, dashes,
 *   no-break spaces, ellipsis) but it sits elsewhere or its typography changed.
 * - 'fuzzy': the wording changed; `exact` is the text now at that place (show before/after).
 */
export interface AnchorResult {
  start: number;
  end: number;
  /** `text.slice(start, end)` — the text now at that place. */
  exact: string;
  quality: 'exact' | 'moved' | 'fuzzy';
  /** 0..1: similarity of quote, prefix, suffix and position (hypothesis-style weights). */
  score: number;
}

export interface AnchorOptions {
  /**
   * Lowest quote similarity (1 - edits / quote length, after normalisation) accepted for a fuzzy
   * match. Below it the annotation is reported unanchored. Default 0.6. Each half of the
   * quote must also agree at its end of the match (at least 0.5, or this minus 0.1 if higher).
   */
  minQuoteSimilarity?: number;
  /**
   * How many characters of agreement (quote + prefix + suffix, each beyond chance level) a match
   * needs before it is accepted. Short quotes ("Russian") therefore need their context; long ones
   * carry themselves. Capped at half the stored quote+context length for tiny texts. Default 32.
   */
  minEvidence?: number;
  /** Expected position to use instead of the position selector's start (anchorMany's drift tracking). */
  hint?: number;
}
