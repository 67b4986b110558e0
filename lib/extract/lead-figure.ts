// The photo a page shows with its headline, and its caption. It often stands in the page's header,
// beside the headline (a "hero" block, an image under the title bar), outside the element
// Readability takes for the article: the reader showed the photo (the page's lead image, from its
// metadata) but lost its caption and credit, which are article content ("The house where Adolf
// Hitler was born … Leonhard Foeger / Reuters file", "© REUTERS / POOL"). Read from the untouched
// page: the picture nearest the headline and the caption beside it; when the article lacks that
// caption, the picture goes at its top with the caption under it, as a <figure>. The body then
// opens with the lead image, so the reader shows it there, once (images.ts).
import { lazySource, namesPicture } from './images';
import { stripCaptionLabels } from './cleanup';
import { elementsByTag } from './elements';
import { hasClassWord } from './caption-boxes';
import { squashedLengthAtMost } from './squashed-length';

/** How far up from the headline the block holding its picture may be (levels). */
const MAX_HEADER_DEPTH = 4;
/** Most text (characters) between the headline and its picture: a kicker, a standfirst, a byline. */
const NEAR_CHARS = 400;
/**
 * Most text (characters) of the block a picture after the headline shares with it: a header holds
 * the headline, a standfirst, a byline, a caption; a block with more holds the body, whose pictures
 * Readability judged itself (galleries, video players).
 */
const MAX_HEADER_CHARS = 1000;
/** Smallest width or height (pixels, when the page states it) of a picture: less is an avatar or an icon. */
const MIN_SIDE = 150;
/** Longest caption (characters): longer is a text block, not a caption. */
const MAX_CAPTION_CHARS = 400;
/** Text (characters) a picture's box may hold besides its captions: a little ("1 of 6", an icon's label), no menu. */
const MAX_OTHER_CHARS = 40;
/** How many levels above the picture its own box may reach. */
const MAX_BOX_DEPTH = 5;
/** Pictures tried on each side of the headline, nearest first. */
const SIDE_TRIED = 2;
/** A site's logo, by its address, name or class: no photo of the story. */
const LOGO = /logo/i;
/** How many blocks with text after the picture are looked at for its caption. */
const SIBLINGS_TRIED = 3;
/** A part of a class name naming a caption or credit ("caption", "image-credit", "article-image-photographer", "copyright"). */
const CAPTION_WORD = /^(?:caption|credits?|photographer|copyright)$/i;
/** A credit by its text: a copyright sign, or a label ("Photo: …", "Credit: …"). */
const CREDIT_TEXT = /^(?:©|\(c\)\s|(?:photos?|images?|pictures?|credit|foto|bild|фото|світлина)\s*:)/iu;
/** Holds no text a reader sees. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'BUTTON']);

const squash = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();
const unspaced = (s: string | null) => (s || '').replace(/\s+/g, '');

function isCaptionLike(el: Element, headline: Element): boolean {
  if (el.contains(headline) || el.getElementsByTagName('img').length) return false;
  const text = squash(el.textContent);
  if (!text || text.length > MAX_CAPTION_CHARS) return false;
  if (el.tagName.toUpperCase() === 'FIGCAPTION' || CREDIT_TEXT.test(text)) return true;
  return hasClassWord(el, CAPTION_WORD);
}

/** Too small to be a photo by its stated size (width="40"). */
function isTiny(img: Element): boolean {
  return ['width', 'height'].some((a) => {
    const v = parseInt(img.getAttribute(a) || '', 10);
    return v > 0 && v < MIN_SIDE;
  });
}

/** A logo: "logo" in the picture's address, alt text, class or id, or in its link's or parent's class or id. */
function isLogo(img: Element): boolean {
  const own = ['src', 'alt', 'class', 'id'].some((a) => LOGO.test(img.getAttribute(a) || ''));
  const parent = img.parentElement;
  return own || (!!parent && ['class', 'id'].some((a) => LOGO.test(parent.getAttribute(a) || '')));
}

/** Characters of text between `a` and `b` (`a` first in document order), stopping past `limit`. */
function textBetween(a: Node, b: Node, limit: number): number {
  const walker = a.ownerDocument!.createTreeWalker(a.ownerDocument!.body, 4 /* SHOW_TEXT */);
  walker.currentNode = a;
  let n = 0;
  for (let t = walker.nextNode(); t && n <= limit; t = walker.nextNode()) {
    if (b.contains(t) || b.compareDocumentPosition(t) & 4 /* FOLLOWING: t is past b */) break;
    if (!a.contains(t) && !SILENT_TAGS.has(t.parentElement?.tagName.toUpperCase() ?? '')) n += (t as Text).data.trim().length;
  }
  return n;
}

/** True when the smallest block holding both `img` and the headline is a header, not the body (see MAX_HEADER_CHARS). */
function inHeader(img: Element, headline: Element): boolean {
  let block = headline.parentElement;
  while (block && !block.contains(img)) block = block.parentElement;
  return !!block && squashedLengthAtMost(block, MAX_HEADER_CHARS);
}

/**
 * Up to SIDE_TRIED pictures of `all` that may be the headline's (not tiny, no logo, not in the
 * headline), from `split` outwards in `step`'s direction. Judged only that far: the judging was
 * done for every picture of the block (20k) to keep a few on each side.
 */
function nearestPictures(all: Element[], headline: Element, split: number, step: 1 | -1): Element[] {
  const out: Element[] = [];
  for (let i = step > 0 ? split : split - 1; i >= 0 && i < all.length && out.length < SIDE_TRIED; i += step) {
    const img = all[i];
    if (!isTiny(img) && !isLogo(img) && !headline.contains(img)) out.push(img);
  }
  return out;
}

/** The picture nearest the headline in the block around it, when little text stands between them. */
function pictureNear(headline: Element): Element | null {
  let block: Element | null = headline.parentElement;
  for (let d = 1; block && d < MAX_HEADER_DEPTH && !block.getElementsByTagName('img').length; d++) block = block.parentElement;
  if (!block || block.tagName.toUpperCase() === 'BODY') return null;
  // the nearest pictures on each side only: a page of thousands of pictures costs no more
  const all = elementsByTag(block, 'img');
  let split = all.findIndex((img) => headline.compareDocumentPosition(img) & 4 /* FOLLOWING */);
  if (split < 0) split = all.length;
  let best: Element | null = null;
  let bestGap = Infinity;
  for (const img of [...nearestPictures(all, headline, split, -1).reverse(), ...nearestPictures(all, headline, split, 1)]) {
    const before = !!(img.compareDocumentPosition(headline) & 4 /* FOLLOWING */);
    if (!before && !inHeader(img, headline)) continue;
    const gap = before ? textBetween(img, headline, NEAR_CHARS) : textBetween(headline, img, NEAR_CHARS);
    if (gap <= NEAR_CHARS && gap < bestGap) [best, bestGap] = [img, gap];
  }
  return best;
}

/** Whether `box`'s text outside its caption-like elements is longer than `limit` (stops there). */
function hasOtherText(box: Element, headline: Element, limit: number): boolean {
  let n = 0;
  const walk = (el: Element): boolean => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c as Text).data.trim().length;
      else if (c.nodeType === 1 && !SILENT_TAGS.has((c as Element).tagName.toUpperCase()) && !isCaptionLike(c as Element, headline) && walk(c as Element)) return true;
      if (n > limit) return true;
    }
    return false;
  };
  return walk(box);
}

/** The picture's own box: its largest ancestor holding no other picture, not the headline, and no text but captions. */
function boxOf(img: Element, headline: Element): Element {
  let box = img;
  for (let p = img.parentElement, d = 0; p && d < MAX_BOX_DEPTH && !p.contains(headline) && p.getElementsByTagName('img').length === 1 &&
    !hasOtherText(p, headline, MAX_OTHER_CHARS); p = p.parentElement, d++) box = p;
  return box;
}

/** The picture's caption parts: caption-like elements in its own box, else just after it. */
function captionOf(img: Element, headline: Element): Element[] {
  const holder = boxOf(img, headline);
  const inside = Array.from(holder.querySelectorAll('*')).filter((el) => isCaptionLike(el, headline));
  const outer = inside.filter((el) => !inside.some((o) => o !== el && o.contains(el)));
  if (outer.length) return outer;
  let tried = 0;
  for (let s = holder.nextElementSibling; s && tried < SIBLINGS_TRIED; s = s.nextElementSibling) {
    if (SILENT_TAGS.has(s.tagName.toUpperCase()) || !squash(s.textContent)) continue;
    tried++;
    if (isCaptionLike(s, headline)) return [s];
    if (!s.contains(headline)) break; // (a headline set over the picture may stand before its credit)
  }
  return [];
}

/**
 * The picture's address: its lazy-loading one, else its own, else the page's lead image (its own
 * names no picture: "/" filled in by a script). From a srcset, the last candidate (the largest, as written).
 */
function pictureSource(img: Element, leadImage: string | null, base: string): string | null {
  const lazy = lazySource(img, base);
  if (lazy) return lazy;
  const src = img.getAttribute('src');
  return namesPicture(src, base) ? src : leadImage;
}

/**
 * The headline's picture with its caption as a detached <figure> of `headline`'s document, or null
 * when the headline has no picture near it or the picture no caption.
 */
export function leadFigure(headline: Element, leadImage: string | null, base: string): Element | null {
  const img = pictureNear(headline);
  const caption = img && captionOf(img, headline);
  if (!img || !caption?.length) return null;
  const src = pictureSource(img, leadImage, base);
  if (!src) return null;
  const doc = headline.ownerDocument;
  const figure = doc.createElement('figure');
  const picture = doc.createElement('img');
  picture.setAttribute('src', src);
  for (const a of ['srcset', 'alt']) if (src === img.getAttribute('src') && img.hasAttribute(a)) picture.setAttribute(a, img.getAttribute(a)!);
  const figcaption = doc.createElement('figcaption');
  // (a <figcaption> gives its content: no caption inside a caption)
  caption.forEach((c, i) => figcaption.append(...(i ? [' '] : []), ...(c.tagName.toUpperCase() === 'FIGCAPTION' ? Array.from(c.childNodes) : [c]).map((n) => n.cloneNode(true))));
  figure.append(picture, figcaption);
  return figure;
}

/**
 * Puts `figure` at the top of the article `content` unless the article already shows its caption.
 * Returns whether it did.
 */
export function placeLeadFigure(content: Element, figure: Element | null): boolean {
  if (!figure) return false;
  const placed = content.ownerDocument.importNode(figure, true) as Element;
  // its labels go ("Image caption", "Credit..."), its parts get spaces between them; before the
  // comparison, since the body's own copy of the caption has lost its labels already (NYT: the
  // caption was placed a second time, over the body's copy whose picture was then de-duplicated)
  stripCaptionLabels(placed);
  // (compared without white space: the body's caption parts may have no space between them)
  const caption = unspaced(placed.getElementsByTagName('figcaption')[0]?.textContent ?? null);
  if (!caption || shownIn(content, caption)) return false;
  const top = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
  top.insertBefore(placed, top.firstChild);
  return true;
}

/**
 * Shortest caption (characters, without spaces) that identifies itself anywhere in the body; a
 * shorter one ("Reuters", "AP Photo") may stand in any sentence ("Officials told Reuters"), so it is
 * looked for in the body's captions only.
 */
const MIN_IDENTIFYING_CAPTION = 20;
const CAPTIONS = 'figcaption, [class*="caption" i], [class*="credit" i]';

/** Whether the body already shows `caption` (unspaced): in its text, or in its captions when short. */
function shownIn(content: Element, caption: string): boolean {
  if (caption.length >= MIN_IDENTIFYING_CAPTION) return unspaced(content.textContent).includes(caption);
  return Array.from(content.querySelectorAll(CAPTIONS)).some((c) => unspaced(c.textContent).includes(caption));
}
