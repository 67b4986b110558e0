// A standfirst (the sentence under the headline that sums the story up) that a page marks up as the
// body's first <h2>/<h3> showed in the reader as a second headline almost the headline's size ("The
// home-improvement retailer earned $2.8 billion in the third quarter." on Fox Business). A heading
// that opens the body and reads as a sentence is a paragraph: only its tag changes, so the text and
// every offset into it stay the same.
import { retag } from './elements';

/** Fewest words a heading needs to read as a standfirst rather than a section title ("Key points."). */
const MIN_STANDFIRST_WORDS = 6;
/** Share of capitalised words above which a heading is written in title case: a headline, not a standfirst. */
const MAX_TITLE_CASE_SHARE = 0.6;
/** A sentence's end, with any closing quotation mark after it. */
const SENTENCE_END = /[.!?…]["”’»]?$/u;
/** Elements whose text starts the body: the first of them that has text is where the body opens. */
const FIRST_BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'table', 'dd', 'dt']);

/**
 * The first FIRST_BLOCK element under `root` (document order) that has text. Walked to it, not
 * listed: a query listed all 100k paragraphs or cells of a long body to read the first.
 */
function firstBlock(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (FIRST_BLOCK.has(n.localName) && (n.textContent || '').trim()) return n;
  }
  return null;
}

/** Turns a sentence-like heading that opens the body into a <p>; returns whether it did. */
export function standfirstAsParagraph(root: Element): boolean {
  let first = firstBlock(root);
  // (Readability turns a <div> holding the heading into a <p>: the heading is then that block's one child)
  const only = first?.children.length === 1 ? first.children[0] : null;
  if (first && only && /^H[2-6]$/i.test(only.tagName) && (only.textContent || '').trim() === (first.textContent || '').trim()) first = only;
  if (!first || !/^H[2-6]$/i.test(first.tagName)) return false;
  const text = (first.textContent || '').replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  if (words.length < MIN_STANDFIRST_WORDS || !SENTENCE_END.test(text)) return false;
  // a headline in title case ("Home Depot Stock Is Falling After Its Earnings Release.") stays a heading
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * MAX_TITLE_CASE_SHARE) return false;
  retag(first, 'p');
  return true;
}
