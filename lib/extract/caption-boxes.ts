// Photo captions and credits written as classed <div>s next to their image ("image-caption",
// "image-credit" inside an "image-meta" box) instead of <figure>/<figcaption>. Readability weighs a
// class with "meta", "media" or "hidden" in it as boilerplate and drops such boxes, so the reader
// lost the caption and its credit (a source) on pages like USA Today's. Before Readability runs,
// the elements from the caption up to its image's box get the plain class "caption" instead:
// nothing else changes, so Readability picks the same content as before and keeps the caption in it.

import { retag } from './elements';

/** A part of a class name naming a caption or credit ("image-caption", "photo_credit", "newsCaption"). */
const CAPTION_WORD = /^(?:caption|credits?)$/i;
/** Longest caption (characters) taken for one: longer is a text block that happens to be classed so. */
const MAX_CAPTION_CHARS = 500;
/** How far up from the caption the image may sit (levels): a caption is its image's near neighbour. */
const MAX_BOX_DEPTH = 4;
/** Text (characters) a box may hold besides its caption: a little ("1 of 6", an icon's label), no prose. */
const MAX_OTHER_CHARS = 40;

/** Whether `el` has text of its own, outside its child elements. */
function ownText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c as Text).data.trim()) return true;
  return false;
}

const textLength = (el: Element) => (el.textContent || '').trim().length;

/** Whether a part of `el`'s class names matches `word` (names split at "-", "_" and camelCase humps). */
export function hasClassWord(el: Element, word: RegExp): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  return cls.replace(/([a-z])(?=[A-Z])/g, '$1-').split(/[\s_-]+/).some((w) => word.test(w));
}

const isCaptionClassed = (el: Element) => hasClassWord(el, CAPTION_WORD);

/** Whether `box`'s text outside its caption- and credit-classed elements is longer than `limit` (stops there). */
function hasOtherText(box: Element, limit: number): boolean {
  let n = 0;
  const walk = (el: Element): boolean => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c as Text).data.trim().length;
      else if (c.nodeType === 1 && !isCaptionClassed(c as Element) && walk(c as Element)) return true;
      if (n > limit) return true;
    }
    return false;
  };
  return walk(box);
}

/** What an ancestor of a caption is: no image yet (look further up), its image's box, or neither. */
type BoxKind = 'no-image' | 'image-box' | 'not-a-box';

/** Judged once per element: sibling captions share their ancestors (a page of many captions stays linear). */
function boxKind(el: Element, seen: Map<Element, BoxKind>): BoxKind {
  let kind = seen.get(el);
  if (kind) return kind;
  const images = el.getElementsByTagName('img').length;
  kind = images === 0 ? 'no-image' : images === 1 && !hasOtherText(el, MAX_OTHER_CHARS) ? 'image-box' : 'not-a-box';
  seen.set(el, kind);
  return kind;
}

/** The caption's nearest ancestor holding exactly one image and little text besides its captions. */
function imageBox(caption: Element, body: Element, seen: Map<Element, BoxKind>): Element | null {
  for (let box = caption.parentElement, d = 0; box && box !== body && d < MAX_BOX_DEPTH; box = box.parentElement, d++) {
    const kind = boxKind(box, seen);
    if (kind !== 'no-image') return kind === 'image-box' ? box : null;
  }
  return null;
}

/** The class Readability and our clean-up read as a caption, and weigh neither way. */
const NEUTRAL_CLASS = 'caption';

/**
 * Gives the captions next to an image, and the elements between them and the image's box, the
 * neutral class (mutates `doc`: call it on a document you own). Returns how many captions.
 */
export function keepCaptionBoxes(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let kept = 0;
  const seen = new Map<Element, BoxKind>();
  for (const caption of Array.from(body.querySelectorAll('[class*="aption"], [class*="redit"]'))) {
    if (!isCaptionClassed(caption) || caption.closest('figure, figcaption')) continue;
    if (caption.getElementsByTagName('img').length) continue; // a wrapper named so, not the caption
    const chars = textLength(caption);
    if (!chars || chars > MAX_CAPTION_CHARS) continue;
    const box = imageBox(caption, body, seen);
    if (!box) continue;
    for (let el: Element | null = caption; el && el !== box; el = el.parentElement) el.setAttribute('class', NEUTRAL_CLASS);
    // Readability replaces a <div> holding one <p> by the <p>: the class goes down with it, so that
    // captionBoxesAsFigures still knows the caption afterwards
    for (let el = caption; el.children.length === 1 && !ownText(el); ) {
      el = el.children[0];
      el.classList.add(NEUTRAL_CLASS);
    }
    kept++;
  }
  return kept;
}

/**
 * After Readability: each caption box kept above (class "caption" on the caption and the elements
 * up to its image's box) becomes a <figure> with a <figcaption>, so that the reader shows the
 * caption and its credit as a caption under its photo, not as a paragraph of the story ("Vicente
 * Aguiar loads garage door trims … (AP Photo/Alan Diaz, File)" on Fox Business). Only the tags
 * change: the text, and so every offset into it, is the same. Returns how many boxes.
 */
export function captionBoxesAsFigures(root: Element): number {
  let made = 0;
  const seen = new Map<Element, BoxKind>();
  for (const caption of Array.from(root.querySelectorAll(`.${NEUTRAL_CLASS}`))) {
    const box = caption.parentElement;
    if (!box || box === root || box.classList.contains(NEUTRAL_CLASS) || caption.getElementsByTagName('img').length) continue;
    if (!root.contains(caption)) continue; // retagged away with an earlier box
    if (caption.closest('figure, figcaption, table, li') || boxKind(box, seen) !== 'image-box') continue;
    const figure = retag(box, 'figure');
    for (const c of Array.from(figure.children)) if (c.classList.contains(NEUTRAL_CLASS)) retag(c, 'figcaption');
    made++;
  }
  return made;
}
