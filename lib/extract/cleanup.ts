// Boilerplate clean-up around Readability: removes what publishers wrap around an article and
// Readability tends to keep (share bars, "Read also" lists, sign-up boxes, appeals, tag lists,
// comments, notices). Two passes, both linear in the size of what they walk:
//  1. `pruneDocument` — before Readability, one walk over the page: containers whose class/id/role/
//     aria-label mark them as chrome go, unless they hold a large share of the page's text; so do
//     boxes titled by a heading that announces other stories ("You may also like…").
//  2. `pruneArticle` — after Readability, on its (small) result: text heuristics on short blocks.
//     Blocks at the edges of the article (before the first / after the last substantial paragraph)
//     get the broad patterns; blocks inside the body only the unambiguous ones.
// Patterns are data in boilerplate-patterns.ts. Guards keep real body text: recall first.
import { elementsByTag } from './elements';
import {
  BOILERPLATE_BLOCK_TEXT,
  BOILERPLATE_CLASS_PARTS,
  BOILERPLATE_LABEL,
  BOILERPLATE_ROLES,
  CONTENT_TOKEN,
  NON_CONTENT_TAGS,
  READ_ALSO_LEAD,
  SHARE_LINK,
  UI_LABEL,
  GALLERY_COUNTER,
  DATELINE,
  BYLINE_LINE,
  TAIL_CONTACT,
  PROMO_TEXT,
  TAXONOMY_TOKEN,
  OFFER_CALL,
  PRICE,
  REPUBLISH_TEXT,
  REPUBLISH_LABEL,
  TYPO_PROMPT,
  PLAYER_FALLBACK,
  CAPTION_LABEL,
  SECTION_LABELS,
  DATE_WORD,
  DATE_NAME,
  UPDATE_WORD,
  PROMPT_LINE,
  PROMO_LONG,
  META_LINE,
  META_LINE_TWICE,
  SOURCES_HEADING,
  SELF_DESCRIPTION,
  SELF_DESCRIPTION_GATE,
  OTHER_STORIES_HEADING,
  COMPANY_MARKER,
  anyOf,
} from './boilerplate-patterns';
import { hostNames } from './metadata';
import { registrableDomain } from '../url';
import { squashName } from './byline';

// The pattern lists asked of every short block, each as one question (see anyOf).
const anyBlockText = anyOf(BOILERPLATE_BLOCK_TEXT);
const anyPromo = anyOf(PROMO_TEXT);
const anyPromptLine = anyOf(PROMPT_LINE);
const anyPromoLong = anyOf(PROMO_LONG);
const anyTailContact = anyOf(TAIL_CONTACT);

const PART_RE = new RegExp(
  `(?:^|[-_])(?:${BOILERPLATE_CLASS_PARTS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:$|[-_])`,
  'i',
);
const CAMEL = /([a-z])([A-Z])/g;
const NEVER_PRUNE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'H1']);
/** Never shown as text (scripts, styles, templates, SVG): removed whatever their size. */
const UNSEEN_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'SVG']);

/** True when a class list or id marks the element as page chrome (see BOILERPLATE_CLASS_PARTS). */
export function isBoilerplateName(classAttr: string | null, id: string | null): boolean {
  if (classAttr) {
    for (const tok of classAttr.split(/\s+/)) {
      if (!tok || TAXONOMY_TOKEN.test(tok)) continue;
      const t = tok.replace(CAMEL, '$1-$2');
      if (PART_RE.test(t) && !CONTENT_TOKEN.test(t)) return true;
    }
  }
  if (id && !TAXONOMY_TOKEN.test(id) && PART_RE.test(id.replace(CAMEL, '$1-$2'))) return true;
  return false;
}

export interface PruneStats {
  removed: number;
}

/**
 * The chrome containers of `doc`'s body, outermost only, in document order (reads, never mutates).
 * Guard: an element whose text is more than `maxShare` of the body text (and over 500 chars)
 * is kept — its children are examined instead.
 */
export function findChrome(doc: Document, maxShare = 0.35): Element[] {
  const body = doc.body;
  const out: Element[] = [];
  if (!body) return out;
  const bodyLength = textLength(body);
  const limit = Math.max(500, bodyLength * maxShare);
  const announcedLimit = Math.max(500, bodyLength * READ_ALSO_BOX_SHARE);
  const memo: ClassMemo = new Map();
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      const announced = BOX_OF_OTHERS.has(tag) && opensWithReadAlso(child);
      if (announced || (!NEVER_PRUNE.has(tag) && looksLikeChrome(child, tag, memo) && !isPartOfSentence(child, tag))) {
        if (UNSEEN_TAGS.has(tag) || (textLengthAtMost(child, announced ? announcedLimit : limit) && !containsH1(child))) {
          out.push(child);
          continue;
        }
      }
      // (inside code, class names are a syntax highlighter's tokens: "token comment" is a line of the code)
      if (child.firstElementChild && !CODE_TAGS.has(tag)) visit(child);
    }
  };
  visit(body);
  return out;
}

/**
 * The longest link or mark taken for a word or phrase of a sentence (a keyword or glossary link,
 * an affiliate link on a product name, "[citation needed]"): a few words. A longer link is a
 * headline of its own.
 */
const SENTENCE_LINK_MAX = 60;
/** Text that goes on a sentence after a link: a word, or punctuation that continues it. */
const CONTINUES_SENTENCE = /^\s*[\p{L}\p{N},;:.!?)\]»”’'"…–—-]/u;
/** Inline elements that can be words of a sentence: a link, an editor's mark set in superscript. */
const SENTENCE_PARTS = new Set(['A', 'SUP']);

/**
 * A short link or superscript mark with words of running text on both sides ("advances in <a
 * class="keywords">neuroscience</a>, it has…", "It can be shown<sup class="noprint">[citation
 * needed]</sup> that…") is part of the sentence, whatever its class says: auto-linkers name such
 * links "keywords", "tag" or "ad", an encyclopedia marks its editors' notes "noprint", and removing
 * one leaves a hole in the sentence.
 */
function isPartOfSentence(el: Element, tag: string): boolean {
  if (!SENTENCE_PARTS.has(tag) || el.querySelector('img, picture, video, iframe')) return false;
  const before = el.previousSibling;
  const after = el.nextSibling;
  if (before?.nodeType !== 3) return false;
  // (a mark may close its sentence and paragraph: "…forced out of the company internally.[citation needed]")
  const closes = tag === 'SUP' && /[.!?;:"”’)]\s*$/u.test(before.nodeValue ?? '') && (!after || (after.nodeType === 3 && !after.nextSibling && !after.nodeValue?.trim()));
  if (!closes && (after?.nodeType !== 3 || !/[\p{L}\p{N},]\s*$/u.test(before.nodeValue ?? '') || !CONTINUES_SENTENCE.test(after.nodeValue ?? ''))) return false;
  const len = (el.textContent ?? '').trim().length;
  return len > 0 && len <= SENTENCE_LINK_MAX;
}

/** Code blocks: what they hold is never chrome by its class (see findChrome). */
const CODE_TAGS = new Set(['PRE', 'CODE']);

/**
 * `el.textContent.length` without building the text: a page's body holds its scripts' source
 * (JSON state blobs of hundreds of kilobytes), copied only to be measured.
 */
function textLength(el: Element): number {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) n += (t as Text).length;
  return n;
}

/**
 * `el.textContent.length <= limit`, reading text nodes (and CDATA, as textContent does) only until
 * the limit is passed: a chrome candidate too big to go is often a wrapper of most of the page,
 * and its text was built whole only to be measured.
 */
export function textLengthAtMost(el: Element, limit: number): boolean {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8 /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((n += (t as CharacterData).length) > limit) return false;
  return true;
}

/** Embedded posts (tweets, Instagram, TikTok, Facebook): article content however their box is named. */
const EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, blockquote.reddit-card, blockquote.bluesky-embed, blockquote.mastodon-embed';
/**
 * Readability strips the box around an embedded post: "social-media-embed" reads as social chrome
 * to it, and a tweet is all links. The post's own small wrappers are unwrapped, so the post sits
 * in the article's flow like a quotation. Mutates `doc` (a working copy).
 */
export function protectEmbeds(doc: Document): void {
  const posts = doc.body?.querySelectorAll(EMBED_SELECTOR);
  if (!posts) return;
  for (const post of Array.from(posts)) {
    const size = (post.textContent || '').length;
    for (let e = post.parentElement, d = 0; e && e !== doc.body && d < 4; d++) {
      const parent = e.parentElement;
      if (!parent || (e.textContent || '').length > size + 200 || e.tagName.toUpperCase() !== 'DIV') break;
      while (e.firstChild) parent.insertBefore(e.firstChild, e);
      e.remove();
      e = parent;
    }
  }
}

/**
 * Pass 1: removes chrome containers from the document (mutates it: call it on a document you own).
 * `onRemove` sees each removed element and its text length.
 */
export function pruneDocument(doc: Document, maxShare = 0.35, onRemove?: (el: Element, len: number) => void): PruneStats {
  const chrome = findChrome(doc, maxShare);
  for (const el of chrome) {
    onRemove?.(el, (el.textContent || '').length);
    el.remove();
  }
  return { removed: chrome.length };
}

/**
 * Pass 1 without touching the caller's document: a new document holding `doc`'s body minus its
 * chrome, plus the <title>, <meta> and <base> of its head and the root's lang/dir.
 * Cheaper than cloning everything and pruning the clone: the chrome (often half the nodes) and
 * the head (its <style> sheets are parsed again when cloned) are never copied. `doc` is only read
 * (detaching the chrome and putting it back cost a tenth of the copy on typical pages).
 */
export function prunedCopy(doc: Document, maxShare = 0.35): Document {
  if (!doc.body || !doc.documentElement) return doc.cloneNode(true) as Document;
  const chrome = findChrome(doc, maxShare);
  const copy = doc.implementation.createHTMLDocument('');
  const root = copy.documentElement;
  for (const a of ['lang', 'dir', 'xml:lang']) {
    const v = doc.documentElement.getAttribute(a);
    if (v !== null) root.setAttribute(a, v);
  }
  const head = copy.head;
  head.textContent = '';
  const src = doc.head;
  if (src) {
    for (let el = src.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'TITLE' || tag === 'META' || tag === 'BASE') head.appendChild(copy.importNode(el, true));
    }
  }
  root.replaceChild(importWithout(copy, doc.body, chrome), copy.body);
  return copy;
}

/**
 * `root` imported into `copy` without the elements of `skip`: subtrees that hold none of them are
 * imported whole; only the ancestors of a skipped element are copied one level at a time (an
 * explicit stack: they may be nested thousands deep).
 */
function importWithout(copy: Document, root: Element, skip: Element[]): Node {
  const skipped = new Set<Node>(skip);
  const onPath = new Set<Node>();
  for (const el of skip) for (let p = el.parentNode; p && p !== root && !onPath.has(p); p = p.parentNode) onPath.add(p);
  const out = copy.importNode(root, false);
  const stack: Array<[Node, Node]> = [[root, out]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (let c = from.firstChild; c; c = c.nextSibling) {
      if (skipped.has(c)) continue;
      if (!onPath.has(c)) {
        to.appendChild(copy.importNode(c, true));
        continue;
      }
      const shallow = copy.importNode(c, false);
      to.appendChild(shallow);
      stack.push([c, shallow]);
    }
  }
  return out;
}

/** Boxes a "You may also like" heading can title (an <article> too: themes wrap related posts in one). */
const BOX_OF_OTHERS = new Set(['DIV', 'SECTION', 'ASIDE', 'ARTICLE']);
/**
 * Largest share of the page's text a box titled "You may also like" may hold and still go: its
 * heading says what it is, so it may outweigh a short post (six teasers under a 150-word one).
 */
const READ_ALSO_BOX_SHARE = 0.75;
/** Longest heading that announces other stories ("Você pode gostar...", "Related stories"). */
const MAX_READ_ALSO_HEADING = 80;

/**
 * True when the box's first element is a heading announcing other stories ("You may also like…",
 * "Lesen Sie auch", "Читайте также"): the box is those stories' teasers, however its class reads
 * (Readability drops a heading classed "relatedpoststitle" and keeps the teasers under it).
 */
function opensWithReadAlso(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || !/^H[2-6]$/i.test(first.tagName)) return false;
  const text = (first.textContent || '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_READ_ALSO_HEADING && OTHER_STORIES_HEADING.test(text);
}

function containsH1(el: Element): boolean {
  return el.querySelector('h1') !== null;
}

/** Fewest words an id must share, in order, with its section's heading to be named after it. */
const MIN_SLUG_WORDS = 3;
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/**
 * An id made from the element's own heading: documentation generators and CMSs name a section by
 * its title ("sharing-with-a-single-developer" on a section headed "Sharing with a single
 * developer"), so the id says what the section is about, not what kind of box it is. A box whose
 * heading is itself chrome ("Share this article", "Related stories") gets no such pass.
 */
function isHeadingSlug(el: Element, id: string): boolean {
  const parts = id.toLowerCase().split(/[-_.:]+/).filter(Boolean);
  if (parts.length < MIN_SLUG_WORDS) return false;
  const heading = el.querySelector(HEADING_SELECTOR);
  if (!heading) return false;
  const text = (heading.textContent || '').replace(/\s+/g, ' ').trim();
  if (READ_ALSO_LEAD.test(text) || anyBlockText(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, parts.length).join('-') === parts.join('-');
}

/**
 * An id of one entry of a list of numbered entries: a footnote or reference list names each item
 * by a common prefix and the note's own key ("cite_note-329", "cite_note-The_Economist_print_edition-331"),
 * so a word of the key ("print") says nothing of the item. True when the item's id ends in its
 * number and a neighbouring item's id has the same prefix, a number, and does not read as chrome.
 */
const NUMBERED = /[-_.:]\d+$/;
function isListEntrySlug(el: Element, id: string): boolean {
  if (el.tagName.toUpperCase() !== 'LI' || !NUMBERED.test(id)) return false;
  const prefix = /^[^-_.:]+[-_.:]/.exec(id)?.[0];
  if (!prefix) return false;
  for (const sib of [el.previousElementSibling, el.nextElementSibling]) {
    const other = sib?.getAttribute('id');
    if (other && other.startsWith(prefix) && NUMBERED.test(other) && !isBoilerplateName(null, other)) return true;
  }
  return false;
}

/**
 * `isBoilerplateName` of class lists already judged in this walk: a page repeats a few class lists
 * on thousands of elements, and splitting and matching each again was a third of the walk.
 */
type ClassMemo = Map<string, boolean>;

function classIsBoilerplate(cls: string, memo: ClassMemo): boolean {
  let v = memo.get(cls);
  if (v === undefined) {
    v = isBoilerplateName(cls, null);
    memo.set(cls, v);
  }
  return v;
}

function looksLikeChrome(el: Element, tag: string, memo: ClassMemo): boolean {
  if (NON_CONTENT_TAGS.has(tag)) return true;
  // (everything below reads an attribute: an element without any, most of a page, is not chrome
  // by name; four reads each of every element showed in the profile)
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const byClass = !!cls && classIsBoilerplate(cls, memo);
  // (a boilerplate-looking id that is its own heading's words names a section: see isHeadingSlug)
  if ((byClass || (!!id && isBoilerplateName(null, id))) && (!id || byClass || !(isHeadingSlug(el, id) || isListEntrySlug(el, id)))) return true;
  const label = el.getAttribute('aria-label');
  if (label && tag !== 'A' && tag !== 'IMG' && BOILERPLATE_LABEL.test(label)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Pass 2: text heuristics on Readability's result.

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE',
  'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'PRE', 'HEADER', 'FOOTER', 'ARTICLE', 'TR',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

interface Block {
  el: Element;
  text: string;
  len: number;
  linkDensity: number;
  shareLinks: number;
  links: number;
}

/** Containers whose loose inline children count as blocks (not a quote's or a list item's). */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN']);

function collectBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const visit = (el: Element): boolean => {
    // returns true when el contains a block element
    let hasBlock = false;
    const start = out.length;
    const loose: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      const sub = visit(c);
      if (BLOCKS.has(tag)) {
        hasBlock = true;
        if (!sub) out.push(measure(c));
      } else if (sub) hasBlock = true;
      else loose.push(c);
    }
    // inline elements standing between blocks ("<div><h2>…</h2><span>Updated …</span></div>") are
    // blocks of their own: the reader shows them on their own line
    if (hasBlock && loose.length && CONTAINERS.has(el.tagName.toUpperCase())) {
      const extra = loose.filter((c) => (c.textContent || '').trim()).map(measure);
      if (extra.length) {
        const inner = out.splice(start).concat(extra);
        inner.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
        out.push(...inner);
      }
    }
    return hasBlock;
  };
  visit(root);
  return out;
}

/**
 * A share link names its service in the host or the first path segments; a 20 MB href (a hostile
 * page) is searched only this far, not to its end for every block that holds it.
 */
const SHARE_LINK_SPAN = 300;

/** White space that `replace(/\s+/g, ' ')` would change: a run of two, or one that is not a space. */
const SQUASHABLE = /\s\s|[^\S ]/;

/**
 * An element's text with white space runs as one space, trimmed: what
 * `textContent.replace(/\s+/g, ' ').trim()` gives, without copying a text that has nothing to
 * squash (most paragraphs): 100k blocks' copies were most of the garbage collector's work here.
 */
function squashedText(el: Element): string {
  const s = el.textContent || '';
  return (SQUASHABLE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

function measure(el: Element): Block {
  const text = squashedText(el);
  let linkLen = 0;
  let shareLinks = 0;
  // (a block with no child element holds no link: most paragraphs; no query then)
  const as = el.firstElementChild ? elementsByTag(el, 'a') : [];
  for (const a of as) {
    linkLen += squashedText(a).length;
    if (SHARE_LINK.test((a.getAttribute('href') || '').slice(0, SHARE_LINK_SPAN))) shareLinks++;
  }
  return { el, text, len: text.length, linkDensity: text.length ? linkLen / text.length : 0, shareLinks, links: as.length };
}

function isSubstantial(b: Block): boolean {
  if (b.len < 150 || b.linkDensity >= 0.35 || READ_ALSO_LEAD.test(b.text)) return false;
  const tag = b.el.tagName.toUpperCase();
  return tag !== 'FIGCAPTION' && tag !== 'FIGURE' && !b.el.closest('figure');
}

function matchesBlockText(text: string): boolean {
  return anyBlockText(text);
}

/** Blocks that are chrome wherever they stand in the article. */
function isChromeAnywhere(b: Block): boolean {
  if (b.len === 0) return false;
  if (b.len < 40 && UI_LABEL.test(b.text)) return true;
  if (b.len < 12 && GALLERY_COUNTER.test(b.text) && !/^T[DH]$/i.test(b.el.tagName)) return true;
  if (b.shareLinks > 0 && b.shareLinks >= b.links / 2 && b.len < 300) return true;
  if (b.len < 400 && READ_ALSO_LEAD.test(b.text) && (b.linkDensity >= 0.4 || b.len < 60)) return true;
  if (b.len < 200 && /^(?:tags?|tagged(?: with)?|filed under|themen|теги|мітки)\s*:/i.test(b.text)) return true;
  if (b.len < 200 && anyPromo(b.text)) return true;
  if (isBoxedChrome(b)) return true;
  // (a heading, a table row or a table cell made of a date is a timeline's, not a dateline; a picture's caption
  // made of a date, "2012", is when the picture was taken)
  if (b.len < 100 && isDateOnly(b.text) && !HEADINGS.has(b.el.tagName.toUpperCase()) && b.el.tagName.toUpperCase() !== 'TR' && !inTableCell(b.el) && !inFigcaption(b.el)) return true;
  if (b.len < 160 && anyPromptLine(b.text)) return true;
  if (b.len < 400 && anyPromoLong(b.text)) return true;
  // punctuation or a bare number standing alone ("/*", "|", "2.289"): leaked code, counters
  // (a line of underscores is an AP story's separator: it stays)
  // (in a table cell a number is the table's data: "(2018)" under "Ethnic groups" in an infobox)
  if (b.len < 20 && !/[\p{L}_]/u.test(b.text) && !(isDateOnly(b.text) && inFigcaption(b.el)) && !inTableCell(b.el)) return true;
  // "The Associated Press / Published Monday, November 18, 2019 8:22AM EST", "05/10/2018 - Publicado por: … - Tags: …"
  if (b.len < 160 && META_LINE.test(b.text) && (isDateish(b.text) || META_LINE_TWICE.test(b.text)) && !/[.!?]["”’]?$/.test(b.text)) return true;
  if (b.len < 160 && PLAYER_FALLBACK.test(b.text)) return true;
  // a bare date line ("Updated 5:27 am CST, Wednesday, November 20, 2019")
  if (b.len < 90 && DATELINE.test(b.text) && !/[.!?]["”’]?$/.test(b.text) && !(isDateOnly(b.text) && inFigcaption(b.el))) return true;
  // a one-line link to another story inside the body (not a list item: lists of links can be
  // content; nor a table cell: a table's linked names are its data; nor a single linked word: a
  // story's headline has words, one word is a name, a term or a link the text points to; nor a line
  // in parentheses: an aside to what stands above it, such as a picture's credit "(Artist: …)"; nor
  // an infobox row whose name and value are both links, "Calling code | +64", or its linked
  // section header, "Area": rows of data)
  const tag = b.el.tagName.toUpperCase();
  if (tag !== 'LI' && tag !== 'DT' && tag !== 'DD' && !HEADINGS.has(tag) && b.len < 150 && b.linkDensity >= 0.9 && !inTableCell(b.el) && !isKeyValueRow(b.el) && !isHeaderRow(b.el) &&
    !/[.!?:;,]["”’)]?$/.test(b.text) && !/^(?:https?:\/\/|www\.)\S+$/i.test(b.text) && readsAsHeadline(b.text) && !isAside(b.text)) return true;
  return false;
}

/**
 * Two words or more (or a run of CJK characters, written without spaces), or one capitalised word
 * ("Video", "Gallery": a section's or a box's link): what a linked line that leads elsewhere has. A
 * lone word in lower case ("link", the text pointing at its address) is no headline.
 */
function readsAsHeadline(text: string): boolean {
  return /[\p{L}\p{N}]\S*\s+\S*[\p{L}\p{N}]/u.test(text) || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3}/.test(text) || /^\s*\p{Lu}/u.test(text);
}

/**
 * A line in parentheses that is an aside to what stands above it (a picture's credit "(Artist: …)"),
 * not a teaser set in parentheses: "(RELATED: …)", "(Read more: …)", "(SEE IT: …)" still go.
 */
function isAside(text: string): boolean {
  if (!/^\(.*\)$/s.test(text)) return false;
  const inner = text.slice(1, -1).trim();
  return !READ_ALSO_LEAD.test(inner) && !KICKER_LEAD.test(inner);
}

/** A kicker in capitals before a colon ("RELATED:", "SEE IT:", "WATCH:"): a teaser's label. */
const KICKER_LEAD = /^\p{Lu}[\p{Lu}\s]{1,20}:/u;

/** Longest text of a data table's cell: a page laid out in a table holds its whole body in one. */
const MAX_DATA_CELL = 300;

/** True when `el` sits in a small cell of a row of several cells: a data table's, not a layout table's. */
function inTableCell(el: Element): boolean {
  const cell = el.closest('td, th');
  if (!cell) return false;
  let small = dataCells.get(cell);
  if (small === undefined) {
    // once per cell, not once per block in it: a cell of 4,000 linked lines stays linear
    small = (cell.parentElement?.childElementCount ?? 0) >= 2 && squashedText(cell).length <= MAX_DATA_CELL;
    dataCells.set(cell, small);
  }
  return small;
}
/** Cells already looked at (whether each is a data table's small cell). */
const dataCells = new WeakMap<Element, boolean>();

/** Inside a picture's caption (where a date alone is the picture's, kept: "2012" under a photo)? */
function inFigcaption(el: Element): boolean {
  return el.closest('figcaption') !== null;
}

/** Names a date: a month or weekday name, a year or a numeric date. */
function isDateish(text: string): boolean {
  DATE_NAME.lastIndex = 0;
  return DATE_NAME.test(text) || /(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(text);
}

const DOMAIN = /(?<![\p{L}\d])[\w-]+\.(?:com|org|net|co\.uk|info|news|[a-z]{2})(?![\p{L}\d])/giu;
/** Every DOMAIN match holds a dot and then a letter of [a-z] (same flags: "ſ" and "K" fold in). */
const MAY_HOLD_DOMAIN = /\.[a-z]/iu;

/** DATE_WORD tried at one position (sticky). */
const DATE_WORD_AT = new RegExp(DATE_WORD.source, 'iuy');
/** What a date line's numbers are written with, besides its words: stripped by isDateOnly. */
const DATE_SEPARATOR = /[\d\s.,:;|/()\-–—•·+]/;
const LETTER = /\p{L}/u;

/**
 * How many characters of `text` are neither in a date word (DATE_WORD) nor separators
 * (DATE_SEPARATOR), counted up to `max` + 1: the length of `text.replace(DATE_WORD, ' ')` without
 * its separators, as a scan that stops at the first words that are no date's. Every short block of
 * an article asks (100k short paragraphs: two new strings each, most of the time of isDateOnly).
 * A date word starts with a letter that follows none (its look-behind): only there is it tried.
 */
function charsBesideDateWords(text: string, max: number): number {
  let n = 0;
  let afterLetter = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const letter = c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(text[i]);
    // (half of a surrogate pair: a letter beyond the BMP or not, the pattern decides)
    if (!afterLetter && (letter || (c >= 0xd800 && c <= 0xdfff))) {
      DATE_WORD_AT.lastIndex = i;
      if (DATE_WORD_AT.test(text)) {
        i = DATE_WORD_AT.lastIndex; // (what follows a date word is no letter)
        continue;
      }
    }
    const separator = c < 128 ? (c >= 48 && c <= 57) || c === 32 || (c >= 9 && c <= 13) || '.,:;|/()-+'.includes(text[i]) : DATE_SEPARATOR.test(text[i]);
    if (!separator && ++n > max) return n;
    afterLetter = letter;
    i++;
  }
  return n;
}

/** A line made only of a date, a time and their words ("Updated 10:01 pm PST, Tuesday, November 19, 2019"). */
export function isDateOnly(text: string): boolean {
  if (!/\d/.test(text)) return false;
  // (a site's domain may stand beside the date: "smithsonian.com / November 18, 2019")
  // (a domain needs a dot before a letter: without one the domain pass changes nothing, skip it)
  const undomained = MAY_HOLD_DOMAIN.test(text) ? text.replace(DOMAIN, ' ') : text;
  if (charsBesideDateWords(undomained, 2) > 2) return false;
  UPDATE_WORD.lastIndex = 0;
  return isDateish(text) || UPDATE_WORD.test(text);
}

/**
 * Offers, republishing boxes and error-report prompts: chrome wherever they stand, and usually the
 * whole small box around them is (its heading, its button line): see `boxAround`.
 */
function isBoxedChrome(b: Block): boolean {
  if (b.len === 0 || b.len > 500) return false;
  if (b.len < 300 && TYPO_PROMPT.test(b.text)) return true;
  if (b.len < 350 && OFFER_CALL.test(b.text) && PRICE.test(b.text)) return true;
  if (REPUBLISH_TEXT.test(b.text)) return true;
  return false;
}

const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'P']);

/**
 * The small container a boxed-chrome block sits in (its own element when there is none): climbs
 * while the parent holds little more than the block, so a box's heading and buttons go with it
 * but a paragraph of the article never does.
 */
function boxAround(el: Element, len: number, root: Element): Element {
  let box = el;
  for (let p = el.parentElement; p && p !== root && BOX_TAGS.has(p.tagName.toUpperCase()); p = p.parentElement) {
    const plen = squashedText(p).length;
    if (plen > 600 || plen > 2.5 * len + 120) break;
    box = p;
  }
  return box;
}

/**
 * Blocks that are chrome when they sit before or after the body proper. `opensSection`: the block
 * is the heading of the body's first section (see openingSectionHeading), whose link is its story's.
 */
function isChromeAtEdge(b: Block, opensSection = false): boolean {
  if (b.len === 0) return false;
  if (isChromeAnywhere(b)) return true;
  if (b.len < 600 && matchesBlockText(b.text)) return true;
  if (b.len < 300 && b.linkDensity >= 0.8 && b.links >= 1 && !opensSection && !isKeyValueRow(b.el) && !isHeaderRow(b.el) && !inProseList(b.el)) return true;
  return false;
}

/**
 * The index of the heading right before the body's first long block when the body has more
 * headings of its level: the first of its sections' headings (a weekly edition's stories, each
 * headed by a link to its own page: "A trademark battle in the Arduino community", then "Mapping
 * and data mining with QGIS 2.8" further down). A linked heading alone at the top is a teaser or a
 * section's name and stays edge chrome. -1 when there is none.
 */
function openingSectionHeading(blocks: Block[], first: number, last: number): number {
  let h = first - 1;
  while (h >= 0 && blocks[h].len === 0) h--;
  if (h < 0) return -1;
  const tag = blocks[h].el.tagName.toUpperCase();
  if (!HEADINGS.has(tag) || tag === 'H1') return -1;
  for (let i = first; i <= last; i++) if (blocks[i].el.tagName.toUpperCase() === tag) return h;
  return -1;
}

/** Shortest list item that is running text, not a link or a label. */
const PROSE_ITEM = 150;
/** Largest share of links in a list item that is running text (a sentence with a link or two in it). */
const PROSE_LINK_SHARE = 0.5;

/**
 * True for an item of a list whose other items are running text ("Highlights: • Here's our Year in
 * Review! • We've just landed Bug 1553982, which…"): the linked items are the list's points too,
 * not a block of links at the article's edge. A list of links alone (a menu, "Related") has no
 * such item.
 */
function inProseList(el: Element): boolean {
  const list = el.parentElement;
  if (el.tagName.toUpperCase() !== 'LI' || !list) return false;
  let found = proseLists.get(list);
  if (found === undefined) {
    // once per list, not once per item: a list of 10,000 links stays linear
    found = false;
    for (let c = list.firstElementChild; c && !found; c = c.nextElementSibling) {
      if (c.tagName.toUpperCase() !== 'LI') continue;
      const item = measure(c);
      found = item.len >= PROSE_ITEM && item.linkDensity < PROSE_LINK_SHARE;
    }
    proseLists.set(list, found);
  }
  return found;
}
/** Lists already looked at (whether one of their items is running text). */
const proseLists = new WeakMap<Element, boolean>();

/**
 * A row of a key–value table (an encyclopedia's infobox: "Founder | Netscape Communications"): a
 * header cell naming the field, data cells giving it. Its linked values are facts, not a row of
 * links to other stories; a navigation bar laid out in a table has no header cell.
 */
function isKeyValueRow(el: Element): boolean {
  const row = el.tagName.toUpperCase() === 'TR' ? el : el.closest('tr');
  if (!row) return false;
  let known = keyValueRows.get(row);
  if (known === undefined) keyValueRows.set(row, (known = countsAsKeyValue(row))); // once per row
  return known;
}
/** A table row of header cells only (an infobox's section header "Area", a table's column names). */
function isHeaderRow(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'TR' || !el.firstElementChild) return false;
  for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName.toUpperCase() !== 'TH') return false;
  return true;
}

/** Rows already looked at (whether each is a key–value row). */
const keyValueRows = new WeakMap<Element, boolean>();

function countsAsKeyValue(row: Element): boolean {
  let th = 0;
  let td = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TH') th++;
    else if (tag === 'TD') td++;
  }
  return th === 1 && td >= 1;
}

export interface ArticleContext {
  /** The headline (shown apart from the body): a heading repeating it at the top goes. */
  title?: string | null;
  /** The headline as the page shows it, when it differs from the metadata's (USA Today): repeated at the top, it goes too. */
  shownTitle?: string | null;
  /** The site's name: a line saying only that at the top ("USA TODAY" under the headline) goes. */
  siteName?: string | null;
  /** The authors: a short "By …" line at the top goes. */
  byline?: string | null;
  /** The section the page declares (article:section, JSON-LD articleSection): a first line naming it goes. */
  section?: string | null;
  /** The page URL: links to the site's own stories tell a box of teasers from the article. */
  url?: string | null;
}

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
/** Letters and digits only, lower case: "USA TODAY" and "USATODAY" are one name. */
const lettersOf = (s: string) => wordsOf(s).join('');

/** The last `b` of `sameText` and its words: it is the headline, the same for every block. */
let lastOther = { text: '', words: '' };

function sameText(a: string, b: string): boolean {
  const x = wordsOf(a).join(' ');
  if (lastOther.text !== b) lastOther = { text: b, words: wordsOf(b).join(' ') };
  const y = lastOther.words;
  if (!x || !y) return false;
  return x === y || (x.length > 20 && (y.includes(x) || (x.includes(y) && y.length > 0.8 * x.length)));
}

/**
 * An editor's note that opens with the update time ("Aktualisiert, 17.40 Uhr: Die Landesregierung
 * hat … angekündigt.", "Updated at 5pm: This story has been updated to …"): a sentence after the
 * colon, so article text a reader may annotate, not the header's "Updated 5:27 am" line.
 */
function isEditorsNote(text: string): boolean {
  const colon = text.indexOf(': ');
  if (colon < 0 || !/[.!?…]["”’»]?$/u.test(text)) return false;
  // (four words of three or more letters: a sentence, not "Nov. 19, 2019, 12:30 p.m. ET.")
  return (text.slice(colon + 2).match(/\p{L}{3,}/gu)?.length ?? 0) >= 4;
}

/** Header chrome before the body: the repeated headline, "By …", "Published …", dates. */
function isHeadChrome(b: Block, ctx: ArticleContext): boolean {
  if (b.len === 0 || b.len > 250) return false;
  const tag = b.el.tagName.toUpperCase();
  if ((HEADINGS.has(tag) || b.len < 200) && [ctx.title, ctx.shownTitle].some((t) => t && sameText(b.text, t))) return true;
  if (tag === 'H1') return true;
  if (ctx.siteName && b.len < 60 && lettersOf(b.text) === lettersOf(ctx.siteName)) return true;
  if (((DATELINE.test(b.text) && !isEditorsNote(b.text)) || BYLINE_LINE.test(b.text)) && b.len < 160) return true;
  if (isSectionLabel(b.text, ctx.section)) return true;
  if (ctx.byline && b.len < ctx.byline.length + 80) {
    const names = ctx.byline.split(/,\s*/).map((n) => n.toLowerCase()).filter((n) => n.length > 3);
    const t = b.text.toLowerCase();
    if (names.some((n) => t.includes(n)) && !/[.!?…]["”’]?$/.test(b.text.trim())) return true;
  }
  return false;
}

/** A section, genre or series label: one to four words, no sentence punctuation, a known label or the page's own section. */
export function isSectionLabel(text: string, section?: string | null): boolean {
  if (text.length > 40 || /[.!?,;:…"“”«»]/.test(text)) return false;
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t.split(' ').length > 4) return false;
  if (SECTION_LABELS.has(t) || SECTION_LABELS.has(t.replace(/^the /, ''))) return true;
  return !!section && t === section.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Sign-offs after the body: contact lines, bios, "follow us", the publisher's self-description. */
function isTailChrome(b: Block, ctx: ArticleContext = {}): boolean {
  if (b.len === 0) return false;
  if (b.len < 300 && anyTailContact(b.text)) return true;
  if (b.len < MAX_SELF_DESCRIPTION && isPublisherNote(b.text, ctx)) return true;
  return b.len < 600 && isAuthorNote(b.text, ctx.byline);
}

/** Longest paragraph of a publisher's self-description (its "About us" text runs to a few sentences). */
const MAX_SELF_DESCRIPTION = 1000;

/** The publisher's names, lower case, letters and digits only: its declared name and its address's (ascom.com → "ascom"). */
/** Shortest publisher name matched ("bbc"): shorter ones ("ft", "ap") begin too many sentences. */
const MIN_PUBLISHER_NAME = 3;
/** The names of the last page asked about (a page's blocks ask one after another): a memo of one. */
let lastNames: { siteName: string | null; url: string | null; names: Set<string> } = { siteName: null, url: null, names: new Set() };
function publisherNames(ctx: ArticleContext): Set<string> {
  const siteName = ctx.siteName ?? null;
  const url = ctx.url ?? null;
  if (lastNames.siteName !== siteName || lastNames.url !== url) {
    const names = [...(siteName ? [squashName(siteName)] : []), ...(url ? hostNames(url) : [])].filter((n) => n.length >= MIN_PUBLISHER_NAME);
    lastNames = { siteName, url, names: new Set(names) };
  }
  return lastNames.names;
}

/** Times an "About us" paragraph names its company (its vision, its mission, its portfolio): a place described in passing is named once. */
const SELF_MENTIONS = 3;

/** Whether `name` comes back in `text` (SELF_MENTIONS times in all, the opening one counted). */
function namedAgain(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const needle = name.trim().toLowerCase();
  let n = 0;
  for (let i = lower.indexOf(needle); i >= 0 && n < SELF_MENTIONS; i = lower.indexOf(needle, i + needle.length)) n++;
  return n >= SELF_MENTIONS;
}

/**
 * The publisher's own "About us" paragraph after the article, as press releases end ("Ascom is a
 * global solutions provider…"): it opens with the site's name and a self-describing verb phrase
 * (SELF_DESCRIPTION) and says what a company says of itself (COMPANY_MARKER: based, founded, staff,
 * listing) or names itself again and again. Boilerplate repeated under every release, not the story.
 */
function isPublisherNote(text: string, ctx: ArticleContext): boolean {
  const m = SELF_DESCRIPTION_GATE.test(text) ? SELF_DESCRIPTION.exec(text) : null;
  if (!m || !(COMPANY_MARKER.test(text) || namedAgain(text, m[1]))) return false;
  const names = publisherNames(ctx);
  return names.size > 0 && names.has(squashName(m[1]));
}

/**
 * The author's own line after the article: the name alone, or a bio that starts with it ("Regan is
 * a Southeastern Connecticut native…", "Mike Wall's book about…", "Jeff Foust (jeff@…) is the
 * editor…"). Only with the byline's names, so a closing paragraph about someone else stays.
 */
function isAuthorNote(text: string, byline: string | null | undefined): boolean {
  if (!byline) return false;
  const t = text.toLowerCase();
  return byline.split(/\s*(?:,|\band\b|&)\s*/i).map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 4).some((name) => {
    if (!t.startsWith(name)) return false;
    const rest = t.slice(name.length);
    return rest.trim() === '' || /^(?:['’]s\s|\s*\([^)]{1,80}\))?\s*(?:is|was|has|lives|writes|covers|joined|teaches|reports|works|ist|est|є|является)\b/u.test(rest) || /^['’]s\s/.test(rest);
  });
}

/**
 * Pass 2: removes chrome blocks from Readability's article element (mutates it).
 * Returns the number of blocks removed.
 */
export function pruneArticle(root: Element, ctx: ArticleContext = {}): number {
  const all = collectBlocks(root);
  if (all.length === 0) return 0;
  // a run of teasers to the site's other stories at the end goes whole, with the line announcing it
  const sources = sourcesSections(all);
  const tail = tailTeaserRun(all, ctx.url ?? null, sources);
  const blocks = all.slice(0, tail);
  for (let i = tail; i < all.length; i++) all[i].el.remove();
  // the body proper runs from the first to the last substantial block that is not itself edge
  // chrome (a long newsletter blurb or author bio must not anchor the body's edge)
  let first = blocks.findIndex((b) => isSubstantial(b) && !isChromeAtEdge(b) && !isHeadChrome(b, ctx));
  let last = -1;
  for (let i = blocks.length - 1; i > first && i >= 0; i--) {
    if (isSubstantial(blocks[i]) && !isChromeAtEdge(blocks[i]) && !isTailChrome(blocks[i], ctx)) { last = i; break; }
  }
  if (first >= 0 && last < first) last = first;
  if (first < 0) { first = blocks.length; last = -1; }
  const drop = new Set<number>();
  const opening = openingSectionHeading(blocks, first, last);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (sources.has(i)) continue;
    const edge = i < first || i > last;
    const chrome = edge
      ? isChromeAtEdge(b, i === opening) || (i < first ? isHeadChrome(b, ctx) : isTailChrome(b, ctx))
      : isChromeAnywhere(b);
    if (chrome) {
      drop.add(i);
      // a "Read also" / "Related" heading takes the link-dense blocks that follow it
      if (b.len < 80 && READ_ALSO_LEAD.test(b.text) && (HEADINGS.has(b.el.tagName.toUpperCase()) || b.linkDensity < 0.4)) {
        for (let j = i + 1; j < blocks.length && !sources.has(j) && (blocks[j].linkDensity >= 0.5 || blocks[j].len === 0); j++) drop.add(j);
      }
    }
  }
  // everything after a tail heading like "Comments" / "Related stories" at the edge goes too
  for (let i = last + 1; i < blocks.length && last >= 0; i++) {
    if (drop.has(i) && HEADINGS.has(blocks[i].el.tagName.toUpperCase())) {
      for (let j = i + 1; j < blocks.length; j++) if (!sources.has(j)) drop.add(j);
      break;
    }
  }
  keepListSections(blocks, drop, first, ctx.url ?? null);
  // the same caption or credit again (gallery slides repeat them): keep the first. Only captions:
  // recipes, tables and Q&As repeat short blocks legitimately.
  const seen = new Set<string>();
  const captionAbove = new Map<Element, boolean>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (drop.has(i) || b.len === 0 || b.len > 400 || !(isCaption(b.el, captionAbove) || (b.len < 120 && CREDIT_LINE.test(b.text)))) continue;
    if (seen.has(b.text)) drop.add(i);
    else seen.add(b.text);
  }
  for (const i of drop) {
    const b = blocks[i];
    (isBoxedChrome(b) ? boxAround(b.el, b.len, root) : b.el).remove();
  }
  stripCaptionLabels(root);
  removeHoverCards(root);
  removeTrailingThumbnails(root);
  removeEmptyContainers(root);
  return drop.size + all.length - tail;
}

/**
 * Lists of links that are sections of the article before its first long paragraph ("About this
 * site": "Mac Apps" with its list of apps, "iPhone Apps" with its own, then "Server Software" and
 * the text): a kept heading, then only the items of a list, then the next kept heading of the same
 * or a higher level, still before the body's first substantial block. The edge's link rule would
 * leave the headings standing over nothing; the items are the sections' content and stay. A list
 * under a heading that announces other stories is not kept (that heading is dropped), nor one
 * followed by no such heading (a menu before the headline), nor one whose links lead mostly to the
 * site's own pages (its sections or its other stories: "Latest", "From the archive").
 */
function keepListSections(blocks: Block[], drop: Set<number>, first: number, url: string | null) {
  let site: { domain: string | null; page: string | null } | null = null;
  for (let h = 0; h < first && h < blocks.length; h++) {
    const tag = blocks[h].el.tagName.toUpperCase();
    if (!HEADINGS.has(tag) || drop.has(h) || blocks[h].len === 0) continue;
    const level = Number(tag[1]);
    const items: number[] = [];
    let next = h + 1;
    for (; next < first && next < blocks.length; next++) {
      const b = blocks[next];
      const t = b.el.tagName.toUpperCase();
      if (HEADINGS.has(t)) break;
      if (b.len === 0) continue;
      if (t !== 'LI' || b.links === 0) { items.length = 0; next = first; break; }
      items.push(next);
    }
    if (!items.length || next >= first || next >= blocks.length || drop.has(next)) continue;
    const nextTag = blocks[next].el.tagName.toUpperCase();
    if (Number(nextTag[1]) > level || blocks[next].len === 0) continue;
    // (a list whose links lead mostly to the site's own pages is its menu or its teasers)
    if (!site) site = siteOf(url);
    if (items.filter((i) => linksOwnSite(blocks[i].el, site!.domain, site!.page)).length * 2 > items.length) continue;
    for (const i of items) if (!isChromeAnywhere(blocks[i])) drop.delete(i);
  }
}

/** The page's registrable domain ("cnn.com" for edition.cnn.com) and its address without the fragment (nulls when it has none). */
function siteOf(url: string | null): { domain: string | null; page: string | null } {
  try {
    const u = new URL(url ?? '');
    return { domain: registrableDomain(u.hostname), page: u.href.split('#')[0] };
  } catch {
    return { domain: null, page: null };
  }
}

/**
 * Does the element link to the site's own pages (on any host of its registrable domain: www.cnn.com
 * from edition.cnn.com) or within the page itself (a table of contents' "#what")?
 */
function linksOwnSite(el: Element, domain: string | null, page: string | null): boolean {
  return linksHome(el, (host) => !!domain && registrableDomain(host) === domain, page, true);
}

/**
 * The blocks of the article's sources sections: from a heading like "References" or "Further
 * reading" (SOURCES_HEADING) to the next heading of the same or a higher level that is not one.
 */
function sourcesSections(blocks: Block[]): Set<number> {
  const out = new Set<number>();
  let level = 0;
  for (let i = 0; i < blocks.length; i++) {
    const tag = blocks[i].el.tagName.toUpperCase();
    if (HEADINGS.has(tag)) {
      const l = Number(tag[1]);
      if (SOURCES_HEADING.test(blocks[i].text)) level = level ? Math.min(level, l) : l;
      else if (level && l <= level) level = 0;
    }
    if (level) out.add(i);
  }
  return out;
}

/** Fewest linked headlines that make a trailing run of teasers. */
const MIN_TAIL_TEASERS = 3;

/**
 * True when `el` holds a link to another page of the same site (its own stories: a host `own` accepts),
 * or, with `inPage`, a link within the page itself ("#what").
 */
function linksHome(el: Element, own: (host: string) => boolean, page: string | null, inPage = false): boolean {
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = a.getAttribute('href');
    if (!href) continue;
    if (inPage && href.startsWith('#')) return true;
    try {
      const u = new URL(href, page ?? undefined);
      if (u.href.split('#')[0] === page) {
        if (inPage) return true;
      } else if (u.pathname.length > 1 && own(u.hostname)) return true;
    } catch {
      /* not a URL */
    }
  }
  return false;
}

/**
 * Where a trailing run of teasers starts (blocks.length when there is none): walking back from the
 * end, linked headlines to the site's own stories with their kickers and standfirsts, at least
 * MIN_TAIL_TEASERS of them, plus the lines that announce them ("Want more stories like this?",
 * "Related"). Unannounced, most headlines must link to the site's own stories (a gift guide's
 * products link to shops); and a run is never most of the article's text.
 */
function tailTeaserRun(blocks: Block[], url: string | null, sources: Set<number>): number {
  let host: string | null = null;
  let page: string | null = null;
  try {
    const u = new URL(url ?? '');
    host = u.hostname.replace(/^www\./, '');
    page = u.href.split('#')[0];
  } catch {
    return blocks.length;
  }
  // (a page with no host, a file read by the CLI, has no pages of its own)
  const ownHost = (h: string) => !!host && h.replace(/^www\./, '') === host;
  // a linked headline, or an item of a list of links ("• Could an astronaut lost in space use gravity…")
  const isHead = (b: Block | undefined) => !!b && b.len > 0 && b.len < 200 &&
    (b.linkDensity >= 0.8 || (b.el.tagName.toUpperCase() === 'LI' && b.links > 0 && b.linkDensity >= 0.3));
  let heads = 0;
  let home = 0;
  let standfirsts = 0;
  let runChars = 0;
  let start = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (sources.has(i)) break; // a list of references is no list of teasers
    if (b.len === 0) continue;
    if (isHead(b)) {
      heads++;
      if (linksHome(b.el, ownHost, page)) home++;
    } else if (b.len < 400 && b.linkDensity < 0.2 && (isHead(blocks[i - 1]) || isHead(blocks[i - 2]))) {
      if (b.len >= 80) standfirsts++;
    } else if (!(b.len < 60 && isHead(blocks[i + 1]))) break;
    runChars += b.len;
    start = i;
  }
  if (heads < MIN_TAIL_TEASERS) return blocks.length;
  let announced = false;
  while (start > 0) {
    const b = blocks[start - 1];
    if (b.len === 0) start--;
    else if (b.len < 160 && (READ_ALSO_LEAD.test(b.text) || anyTailContact(b.text) || matchesBlockText(b.text))) {
      announced = true;
      start--;
    } else break;
  }
  // it points at the site's own stories, or it is announced and reads like teasers (headlines with
  // standfirsts: a deals article's product boxes are prices and "Buy now"); never most of the text
  const total = blocks.reduce((n, b) => n + b.len, 0);
  const teasers = home >= (2 * heads) / 3 || (announced && standfirsts >= 2);
  if (!teasers || runChars > 0.6 * total) return blocks.length;
  return start;
}

const INLINE = new Set(['SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'SUP', 'SUB', 'MARK', 'ABBR', 'CITE', 'Q', 'U', 'FONT']);

/**
 * Hover cards inside running text (a person's name that opens a card with a photo and links to
 * stories): the card's markup sits in the paragraph, hidden by the site's CSS, and would read as
 * "Ilhan OmarIlhan OmarHillicon Valley: …". An inline element holding a picture and two or more
 * links inside a paragraph goes — climbing only while it is its parent's one and only content, so
 * the name the card hangs on stays.
 */
function removeHoverCards(root: Element) {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    if (!root.contains(img)) continue;
    let card: Element | null = null;
    for (let e: Element | null = img.parentElement; e && e !== root && INLINE.has(e.tagName.toUpperCase()); e = e.parentElement) {
      card = e;
      const parent = e.parentElement;
      if (!parent || !INLINE.has(parent.tagName.toUpperCase()) || parent.childNodes.length !== 1) break;
    }
    if (!card || !card.parentElement || card.getElementsByTagName('a').length < 2) continue;
    if (!card.closest('p, li, td')) continue;
    card.remove();
  }
}

/**
 * Screen-reader labels at the start of captions and credits ("Media caption", "Image copyright",
 * "Подпись к фото"): an inline element that holds nothing but the label goes; a label written
 * into the caption's first text, followed by a colon, is cut off it. The caption stays.
 */
export function stripCaptionLabels(root: Element) {
  const caps = root.querySelectorAll('figcaption, [class*="caption"], [class*="Caption"], [class*="credit"], [class*="copyright"]');
  for (const cap of Array.from(caps)) {
    if (!root.contains(cap)) continue;
    const capLen = (cap.textContent || '').trim().length;
    // an inline element holding only a label ("Media caption", "Credit...")
    for (const el of Array.from(cap.getElementsByTagName('*'))) {
      if (el.firstElementChild || BLOCKS.has(el.tagName.toUpperCase())) continue;
      const whole = (el.textContent || '').replace(/\s+/g, ' ').trim();
      if (!whole || whole.length >= capLen) continue;
      const m = whole.match(CAPTION_LABEL);
      if ((m && m[0].trimEnd().length === whole.length) || SLIDE_COUNTER.test(whole)) el.remove();
    }
    spaceInlineParts(cap);
    // a label written into the caption's first text, before a colon ("Фото: Reuters")
    const first = firstTextNode(cap);
    if (!first) continue;
    const lead = first.data.replace(/^\s+/, '');
    const m = lead.match(CAPTION_LABEL);
    if (m && /:\s*$/.test(m[0]) && m[0].length < lead.length) first.data = lead.slice(m[0].length);
  }
}

/** A gallery's slide counter ("1of4", "2 / 12", "3 von 9"). */
const SLIDE_COUNTER = /^\d+\s*(?:of|\/|von|de|из|з|sur|di)\s*\d+$/i;

/**
 * A caption's parts in sibling inline elements (text, then credit) show on lines of their own on
 * the page; joined without a space they would read "…treatmentEPA". A space goes between them.
 */
function spaceInlineParts(cap: Element) {
  for (const el of Array.from(cap.querySelectorAll('span, em, i, small, cite, b, strong'))) {
    const prev = el.previousSibling;
    if (!prev || prev.nodeType !== 1 || !(prev.textContent || '').trim() || !(el.textContent || '').trim()) continue;
    if (/\s$/.test(prev.textContent || '') || /^\s/.test(el.textContent || '')) continue;
    el.parentNode!.insertBefore(el.ownerDocument.createTextNode(' '), el);
  }
}

function firstTextNode(el: Element): Text | null {
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if ((n as Text).data.trim()) return n as Text;
      continue;
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return null;
}

const CAPTION_CLASS = /caption|credit|copyright/i;
/** A credit line standing on its own ("Photo: Hau Dinh, AP", "Image: NASA", "Фото: …"). */
const CREDIT_LINE = /^(?:photos?|images?|pictures?|credit|foto|bild|фото|світлина)\s*:/iu;
const captionClassed = (e: Element | null) => !!e && CAPTION_CLASS.test(e.getAttribute('class') || '');

/**
 * A caption: a <figcaption>, inside a <figure>, or classed as one up to its grandparent. What its
 * parent contributes is asked once per parent (`above`, no change to the tree meanwhile): 100k
 * paragraphs of one body each climbed to the root for a <figure>.
 */
function isCaption(el: Element, above: Map<Element, boolean>): boolean {
  if (el.tagName.toUpperCase() === 'FIGCAPTION' || el.localName === 'figure' || captionClassed(el)) return true;
  const parent = el.parentElement;
  if (!parent) return false;
  let v = above.get(parent);
  if (v === undefined) above.set(parent, (v = !!parent.closest('figure') || captionClassed(parent) || captionClassed(parent.parentElement)));
  return v;
}

// Fewest linked pictures without words after the article's last text that make a strip of teasers.
const MIN_TRAILING_THUMBNAILS = 3;
// A link to a picture file opens the picture itself (a larger version): not a teaser.
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * A strip of thumbnails after the article's last words (another story's gallery, "more videos"): pictures that
 * are links with no words, at least MIN_TRAILING_THUMBNAILS of them, go with their empty wrappers. The text
 * blocks around them (the gallery's title, "See full gallery") were chrome the blocks pass removed; the
 * pictures, having no text, were left as a wall of 36 thumbnails at the end of the reader.
 */
function removeTrailingThumbnails(root: Element) {
  const after = linksAfterLastWords(root);
  const base = root.ownerDocument.baseURI;
  const thumbs: Element[] = [];
  for (const a of after) {
    if ((a.textContent || '').trim() || !a.getElementsByTagName('img').length) continue;
    const href = a.getAttribute('href') || '';
    if (PICTURE_FILE.test(href) || linksToOwnPicture(href, a, base)) continue;
    // a picture in a <figure> is the article's own (a gallery without captions), never a teaser
    if (a.closest('figure')) continue;
    thumbs.push(a);
  }
  if (thumbs.length < MIN_TRAILING_THUMBNAILS) return;
  const imgs = new Set(thumbs.flatMap((a) => Array.from(a.getElementsByTagName('img'))));
  // may a wrapper go with its thumbnails? (no words, no <figure>, only their pictures): asked once per wrapper
  const verdict = new Map<Element, boolean>();
  const onlyThumbs = (p: Element): boolean => {
    let v = verdict.get(p);
    if (v === undefined) {
      v = p.localName !== 'figure' && !(p.textContent || '').trim() && Array.from(p.getElementsByTagName('img')).every((i) => imgs.has(i));
      verdict.set(p, v);
    }
    return v;
  };
  const boxes = new Set<Element>();
  for (const a of thumbs) {
    let box: Element = a;
    for (let p = a.parentElement; p && p !== root && onlyThumbs(p); p = p.parentElement) box = p;
    boxes.add(box);
  }
  // (a box inside another goes with it; removing it first changes nothing)
  for (const box of boxes) box.remove();
}

/** The deepest last node under `n` (`n` itself when it has no children). */
function lastDescendant(n: Node): Node {
  while (n.lastChild) n = n.lastChild;
  return n;
}

/**
 * The links after the last words under `root`, in document order. Walked back from the end, so
 * only the tail is read, not the whole body (100k paragraphs: a walk of every node); an ancestor
 * of those words comes before them and is never reached.
 */
function linksAfterLastWords(root: Element): Element[] {
  const after: Element[] = [];
  for (let n: Node | null = lastDescendant(root); n && n !== root; n = n.previousSibling ? lastDescendant(n.previousSibling) : n.parentNode) {
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) break;
    } else if (n.nodeType === 1 && (n as Element).localName === 'a') after.push(n as Element);
  }
  return after.reverse();
}

/** Does the link open the picture it holds (the same address, or the same host and path without the size query)? */
function linksToOwnPicture(href: string, a: Element, base: string): boolean {
  if (!href) return false;
  let link: URL;
  try {
    link = new URL(href, base);
  } catch {
    return false;
  }
  for (const img of Array.from(a.getElementsByTagName('img'))) {
    const src = img.getAttribute('src');
    if (!src) continue;
    try {
      const u = new URL(src, base);
      if (u.href === link.href || (u.host === link.host && u.pathname === link.pathname)) return true;
    } catch {
      /* not an address */
    }
  }
  return false;
}

function removeEmptyContainers(root: Element) {
  const visit = (el: Element) => {
    let c = el.firstElementChild;
    while (c) {
      const next = c.nextElementSibling;
      if (c.firstElementChild) visit(c);
      const tag = c.tagName.toUpperCase();
      if ((tag === 'DIV' || tag === 'SECTION' || tag === 'UL' || tag === 'OL' || tag === 'ASIDE' || tag === 'LI') &&
        !c.firstElementChild && !(c.textContent || '').trim()) c.remove();
      c = next;
    }
  };
  visit(root);
}
