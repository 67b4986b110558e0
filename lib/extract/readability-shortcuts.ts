// Two of Readability 0.6.0's private steps, replaced on our instance by versions that give the same
// result with less DOM work (`useShortcuts`, before `parse`). Both run per element of the page, and
// plain Readability's time is what issue 14 measures ours against.
//
// - The byline test (`_isValidByline`) read `node.textContent` of every element `_grabArticle`
//   walks until it finds a byline (the <html>, the <body>, the article's wrapper: the whole page's
//   text several times over, then every paragraph's) and only then asked whether the element is
//   marked as a byline at all. On 100k short paragraphs that was 190 ms of Readability's 1.4 s under
//   the profiler. The answer is the same when the marks are asked first and the text is read only
//   for a marked element: the regex is not global (no state) and reading textContent changes nothing.
// - The style clean-up (`_cleanStyles`) called removeAttribute twelve times on every element of the
//   article, most of which have no attribute at all (120 ms with its own time on 100k paragraphs
//   under the profiler). An element without attributes is skipped: removing an attribute it does not
//   have changes nothing. The walk (recursive, as Readability's) is the same.
import type { Readability } from '@mozilla/readability';

/** The part of a Readability instance the byline test uses (a private field, stable in 0.6.0). */
interface WithBylineRegex {
  REGEXPS: { byline: RegExp };
}

/** Same answer as Readability 0.6.0's `_isValidByline(node, matchString)`; text read last. */
export function isValidBylineMarksFirst(this: WithBylineRegex, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}

/** The part of a Readability instance the style clean-up uses (stable in 0.6.0). */
interface WithStyleLists {
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
  _cleanStyles(e: Element): void;
}

/** Same result as Readability 0.6.0's `_cleanStyles(e)`; elements without attributes are only walked. */
export function cleanStylesOfAttributed(this: WithStyleLists, e: Element | null): void {
  if (!e || e.tagName.toLowerCase() === 'svg') return;
  if (e.hasAttributes()) {
    for (let i = 0; i < this.PRESENTATIONAL_ATTRIBUTES.length; i++) e.removeAttribute(this.PRESENTATIONAL_ATTRIBUTES[i]);
    if (this.DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(e.tagName)) {
      e.removeAttribute('width');
      e.removeAttribute('height');
    }
  }
  for (let cur = e.firstElementChild; cur !== null; cur = cur.nextElementSibling) this._cleanStyles(cur);
}

/** Installs both shortcuts on one Readability instance (before `parse`). */
export function useShortcuts(reader: Readability<unknown>): void {
  const r = reader as unknown as { _isValidByline: typeof isValidBylineMarksFirst; _cleanStyles: typeof cleanStylesOfAttributed };
  r._isValidByline = isValidBylineMarksFirst;
  r._cleanStyles = cleanStylesOfAttributed;
}
