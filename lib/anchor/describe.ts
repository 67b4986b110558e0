// Turn a user's selection (offsets into Article.text) into the selectors lib/db stores.
//
// Why: the quote plus its context is what lets `anchor` find the passage again after the page
// changed; the position makes the common case (nothing changed) a single comparison. Nothing is
// trimmed or adjusted behind the caller's back: an invalid range is an error, not a guess.
import type { TextPositionSelector, TextQuoteSelector } from './types';
import { isHighSurrogate, isLowSurrogate } from './normalize';

/**
 * Context stored on each side of a new annotation's quote. Scoring uses the 32 characters next to
 * the quote (match.ts SCORED_CONTEXT, all that records made up to session 15 have); the rest lets
 * anchoring recognise the quote's neighbours when the quote's sentence was deleted (a deleted
 * sentence up to ~200 characters long; measured on the fixture pages: 64 caught none of those
 * re-attachments, 128 about half, 256 all).
 */
export const DEFAULT_CONTEXT_LENGTH = 256;
/** What describe stored up to session 15; such records anchor exactly as they did then. */
export const LEGACY_CONTEXT_LENGTH = 32;

/**
 * Selectors for text.slice(start, end). Throws RangeError for a range that is empty, reversed,
 * outside the text or not made of integers. Prefix and suffix are up to `contextLength` UTF-16
 * units, shortened by one rather than cut through the middle of a surrogate pair.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describe: offsets must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`describe: contextLength must be a non-negative integer (got ${contextLength})`);
  }
  let pStart = Math.max(0, start - contextLength);
  if (pStart > 0 && isLowSurrogate(text.charCodeAt(pStart)) && isHighSurrogate(text.charCodeAt(pStart - 1))) pStart++;
  let sEnd = Math.min(text.length, end + contextLength);
  if (sEnd < text.length && isLowSurrogate(text.charCodeAt(sEnd)) && isHighSurrogate(text.charCodeAt(sEnd - 1))) sEnd--;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(pStart, start),
      suffix: text.slice(end, sEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
