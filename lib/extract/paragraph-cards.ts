// Paragraphs written one per card: each <p> alone in its own <div> wrappers, the cards side by side
// (`<div class="card"><div class="card-content"><p>…</p></div></div>` per paragraph, Arc
// Publishing's pages). Readability never removes a bare <p> for its links, but it removes a <div>
// whose links make more than a fifth of its text when the div's class gives it no weight
// (`_cleanConditionally`, "Low weight and a little linky"), and it collapses a one-paragraph div
// into its paragraph only below a quarter. So a short sentence that cites its source in a link
// ("… published Monday in the journal <a>Nature Astronomy</a>.") went with its card, while the
// same sentence as a bare <p> stays. Before Readability, such a paragraph takes its card's place:
// it is then judged as a paragraph, like its neighbours on other pages.
import { elementsByTag } from './elements';

/** Readability's share of link text that condemns a div of no class weight. */
const LINKY_SHARE = 0.2;
/** Most link text a sentence may have to count as prose (more: a link with words around it, a teaser). */
const MAX_LINK_SHARE = 0.5;
/** Ends like a sentence: its final punctuation, perhaps inside a closing quote or bracket. */
const SENTENCE_END = /[.!?…]["”’»)]?$/;
/** Elements that hold no content of their own and may stand beside the paragraph in its card. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const squash = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();

/** Share of `p`'s text inside links (0 for an empty paragraph). */
function linkShare(p: Element, len: number): number {
  let links = 0;
  for (const a of elementsByTag(p, 'a')) links += squash(a.textContent).length;
  return len ? links / len : 0;
}

/** True when `el` holds `child` and nothing else that shows: no other element, no other text. */
function holdsOnly(el: Element, child: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c === child) continue;
    if (c.nodeType === 3 && (c as Text).data.trim()) return false;
    if (c.nodeType === 1 && !SILENT_TAGS.has((c as Element).tagName.toUpperCase())) return false;
  }
  return true;
}

/** The outermost <div> around `p` that holds nothing but `p` (through single-child <div>s), or null. */
function cardOf(p: Element): Element | null {
  let card: Element | null = null;
  for (let el = p.parentElement, inner: Element = p; el && el.tagName.toUpperCase() === 'DIV' && holdsOnly(el, inner); el = el.parentElement) {
    card = el;
    inner = el;
  }
  return card;
}

/** True when a sibling next to `card` is a card of the same kind (same tag and class) holding a paragraph. */
function hasSiblingCard(card: Element): boolean {
  const cls = card.getAttribute('class');
  if (!cls?.trim()) return false;
  for (const s of [card.previousElementSibling, card.nextElementSibling]) {
    if (s && s.tagName === card.tagName && s.getAttribute('class') === cls && s.getElementsByTagName('p').length) return true;
  }
  return false;
}

/**
 * Puts each linked sentence written alone in a paragraph card in its card's place (mutates `doc`:
 * call it on a document you own). Returns how many paragraphs were moved.
 */
export function unwrapParagraphCards(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let moved = 0;
  for (const p of elementsByTag(body, 'p')) {
    // (a paragraph of text alone holds no link: no element query for it, 100k of them on a feed page)
    if (!p.firstElementChild || !p.getElementsByTagName('a').length) continue;
    // the card first: a few parent steps, where the link share reads the paragraph's whole text
    // (one paragraph of 16k links outside any card read 0.5 MB of text for nothing)
    const card = cardOf(p);
    if (!card || card === body || !hasSiblingCard(card)) continue;
    const text = squash(p.textContent);
    const share = linkShare(p, text.length);
    if (share <= LINKY_SHARE || share > MAX_LINK_SHARE || !SENTENCE_END.test(text)) continue;
    card.replaceWith(p);
    moved++;
  }
  return moved;
}
