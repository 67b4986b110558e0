// Metadata as the page shows it. Publishers' metadata is written for machines and drifts from what
// readers see: a headline rewritten for social media, a UTC instant that falls on the next day, an
// author that is the publisher itself or a CMS account the page never names, a byline run into
// its dateline. These rules look at the page around its headline and keep what it shows.
import { shownPublicationDate, urlDay } from './shown-date';
import { DATE_NAME, DATE_WORD } from './boilerplate-patterns';
import { isDateOnly } from './cleanup';
import { hasClassWord } from './caption-boxes';

/** Text gathered after / before the headline to find its byline and date (characters). */
const AFTER_CHARS = 1500;
const BEFORE_CHARS = 300;
/** Share of the metadata title's words an h1 must hold to be the same headline in other words. */
const SAME_HEADLINE_WORDS = 0.8;
/** An h1 that opens the <title> is its headline only when it is at least this share of it. */
const H1_SHARE_OF_TITLE = 0.5;
/** Elements whose text no reader sees, by `localName` (no upper-casing of every text node's parent). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function textOf(node: Node): string | null {
  const p = node.parentElement;
  return p && SKIP.has(p.localName) ? null : node.nodeValue;
}

/** The page's text right after `el` (its own text included) and right before it. */
export function textAround(el: Element, afterChars = AFTER_CHARS, beforeChars = BEFORE_CHARS): { after: string; before: string } {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  const after: string[] = [];
  let n = 0;
  walker.currentNode = el;
  for (let t = walker.nextNode(); t && n < afterChars; t = walker.nextNode()) {
    const s = textOf(t);
    if (s && s.trim()) { after.push(s); n += s.trim().length + 1; }
  }
  const before: string[] = [];
  n = 0;
  walker.currentNode = el;
  for (let t = walker.previousNode(); t && n < beforeChars; t = walker.previousNode()) {
    const s = t.nodeType === 3 ? textOf(t) : null;
    if (s && s.trim()) { before.unshift(s); n += s.trim().length + 1; }
  }
  return { after: squash(after.join(' ')), before: squash(before.join(' ')) };
}

/**
 * The page's visible headline: an h1 that says what the metadata title says (the <title> starts
 * with it, or it holds most of the title's words) or that the page marks as its headline
 * (itemprop="headline"), null when no h1 does.
 */
export function headlineElement(doc: Document, title: string | null, docTitle: string | null): Element | null {
  return sameHeadline(doc.getElementsByTagName('h1'), title, docTitle);
}

/** An itemprop naming the headline ("headline", "headline name"). */
const HEADLINE_PROP = /(?:^|\s)headline(?:\s|$)/i;

/** How many headings of one level are tried as the headline: it stands near the top. */
const HEADINGS_TRIED = 5;

function sameHeadline(hs: HTMLCollectionOf<Element>, title: string | null, docTitle: string | null): Element | null {
  const tw = title ? words(title) : [];
  for (let i = 0; i < hs.length && i < HEADINGS_TRIED; i++) {
    const h = squash(hs[i].textContent ?? '');
    if (h.length < 10) continue;
    if (title && h.toLowerCase() === title.toLowerCase()) return hs[i];
    // the <title> opens with it and is mostly it ("Headline - Site"), not a site name opening a <title>
    if (docTitle && docTitle.toLowerCase().startsWith(h.toLowerCase()) && h.length >= H1_SHARE_OF_TITLE * docTitle.length) return hs[i];
    const hw = new Set(words(h));
    if (tw.length >= 3 && tw.filter((w) => hw.has(w)).length >= SAME_HEADLINE_WORDS * tw.length && hw.size <= 2 * tw.length) return hs[i];
  }
  // else the one h1 the page marks as its headline (microdata): a meta title written for search
  // engines may share few of its words ("53-летняя модель рассказала что больше всего боится
  // стареть: новости, фото 2018" for "53-летняя модель: «Посмотри на красотку…»"). Not when
  // several are marked (a page of teasers marks each one's), nor a link to another page (a teaser's).
  const marked = Array.from(hs).filter((h) => HEADLINE_PROP.test(h.getAttribute('itemprop') ?? ''));
  if (marked.length !== 1) return null;
  const h = marked[0];
  const text = squash(h.textContent ?? '');
  const linked = Array.from(h.getElementsByTagName('a')).some((a) => a.hasAttribute('href') && squash(a.textContent ?? '') === text);
  return text.length >= 10 && !linked ? h : null;
}

/** The date a byline ran into ("Carrie ArnoldNovember 15, 2019", "Associated Press  November 19…", "Lucas Nolan22 Dec 2016"). */
const TRAILING_DATE = /(?:\s*[|,–—-]\s*|\s+|(?<=\p{Ll}))(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})[\s\S]*$/u;
/** The day-first form of it, with a month's name ("Lucas Nolan22 Dec 2016", "Jane Doe 3. März 2019"). */
const TRAILING_DAY_MONTH = new RegExp(String.raw`(?:\s*[|,–—-]\s*|\s+|(?<=\p{L}))\d{1,2}\.?\s+${DATE_NAME.source}\.?,?\s+\d{4}[\s\S]*$`, 'iu');

/** A byline with the date it ran into cut off; empty when it was nothing but a date. */
export function stripBylineDate(byline: string): string {
  const b = squash(byline.replace(TRAILING_DATE, '').replace(TRAILING_DAY_MONTH, '')).replace(/[\s|,–—-]+$/, '');
  return /\p{L}{2,}/u.test(b.replace(DATE_WORD, '')) ? b : '';
}

/** How far after the headline a "By …" line is looked for when no metadata names an author (characters). */
const BYLINE_CHARS = 250;
const NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}'’-]*(?![\\p{L}\\p{N}]))";
/** Words of one name stay on one line: a name never runs across a block's edge into the next block. */
const NAME = `${NAME_WORD}(?:[^\\S\\n]+${NAME_WORD}){0,3}`;
/** "By Matthew Digby , Minh Do on Monday", "Posted on Maret 30, 2015 by Admin", "Von Moritz Bachmann" (not "Photo by …"). */
const BY_LINE = new RegExp(`(?<!(?:[Pp]hoto|[Ii]mage|[Ff]oto|[Pp]icture|[Cc]redit|[Ii]llustration|[Vv]ideo|[Pp]hotographed|[Ss]hot)\\s)(?<![\\p{L}])(?:by|By|BY|von|Von|par|Par|por|Por|di|Di|door|Door)\\s+(${NAME}(?:[^\\S\\n]*(?:,|and|&|und|et|e|y)[^\\S\\n]*${NAME})*)`, 'u');

/**
 * The names of a "By …" line right after the headline, null when there is none. `after` is the
 * text after the headline with a line break at each block's edge (`linesAfter`), so that "BY TMZ
 * STAFF" in one block does not take "EXCLUSIVE Lupita" from the next.
 */
export function bylineAfterHeadline(after: string): string | null {
  const m = after.slice(0, BYLINE_CHARS).match(BY_LINE);
  if (!m) return null;
  // a month or weekday the next line starts with is no part of the name ("Nathan Willis March 25")
  const names = m[1].replace(/\s*,\s*/g, ', ').replace(/\s+\p{Lu}\p{L}*$/u, (w) => (w.trim().match(DATE_NAME) ? '' : w)).trim();
  return stripBylineDate(names) || null;
}

/** How many pieces of text after the headline are looked at for a name standing beside its date. */
const NAME_DATE_PIECES = 8;
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

/** Elements that end a line of text: a name or a byline never runs across one. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

/** The nearest ancestor of a text node that is not an inline element: the block it stands in. */
function blockOf(t: Node): Element | null {
  let e = t.parentElement;
  while (e && INLINE.has(e.tagName.toUpperCase())) e = e.parentElement;
  return e;
}

/** The page's text after `el` (not its own), within `chars` characters, one line per block. */
export function linesAfter(el: Element, chars = BYLINE_CHARS): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  let out = '';
  let block: Element | null = null;
  walker.currentNode = el;
  for (let t = walker.nextNode(); t && out.length < chars; t = walker.nextNode()) {
    if (el.contains(t)) continue;
    const s = squash(textOf(t) ?? '');
    if (!s) continue;
    const b = blockOf(t);
    out += (out ? (b === block ? ' ' : '\n') : '') + s;
    block = b;
  }
  return out;
}

/** The page's pieces of text (text nodes) after `el`, not its own, within `chars` characters. */
function piecesAfter(el: Element, max: number, chars: number): string[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  const out: string[] = [];
  let n = 0;
  walker.currentNode = el;
  for (let t = walker.nextNode(); t && out.length < max && n < chars; t = walker.nextNode()) {
    if (el.contains(t)) continue;
    const s = squash(textOf(t) ?? '');
    if (s) { out.push(s); n += s.length; }
  }
  return out;
}

/**
 * A name standing on its own beside the story's date under the headline, with no "By" ("Mike
 * Conley" above "December 18, 2020"; "21/06/2014" then "Tony Carter"): two to four capitalised
 * words, alone in their piece of text, right before or after a piece that is only a date.
 */
export function nameBesideDate(h1: Element): string | null {
  const pieces = piecesAfter(h1, NAME_DATE_PIECES, BYLINE_CHARS);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!NAME_ONLY.test(p) || p.split(' ').length < 2 || p.replace(DATE_WORD, '') !== p) continue;
    if ((i > 0 && isDateOnly(pieces[i - 1])) || (i + 1 < pieces.length && isDateOnly(pieces[i + 1]))) return p;
  }
  return null;
}

/** Longer than this, an author link's text is a sentence or a bio, not a name. */
const MAX_AUTHOR_LINK_CHARS = 60;
/** A class word that marks an author's name ("author", "authors-wrapper", "byline__name"). */
const AUTHOR_CLASS_WORD = /^(?:authors?|byline|bylines)$/i;
/** A link to an author's page, by its path ("/author/dan/", "/autoren/anna-schmidt", "/avtor/ivan"). */
const AUTHOR_PATH = /\/(?:authors?|autor(?:en|es)?|auteurs?|avtor[a-z]*|journalists?|writers?|columnists?|reporters?)\/[^/?#]+\/?(?:$|[?#])/i;

/**
 * An author link: rel="author" (the HTML standard's mark for "the author of this article"),
 * itemprop author, a class word saying so on the link or the two elements around it ("a.author",
 * "div.authors-wrapper > ul > li > a"), or a link to an author's page ("/author/dan/").
 */
function isAuthorLink(a: Element): boolean {
  if (/(?:^|\s)author(?:\s|$)/i.test(a.getAttribute('rel') ?? '') || /author/i.test(a.getAttribute('itemprop') ?? '')) return true;
  for (let e: Element | null = a, d = 0; e && d < 3; e = e.parentElement, d++) if (hasClassWord(e, AUTHOR_CLASS_WORD)) return true;
  const href = a.getAttribute('href') ?? '';
  try {
    return AUTHOR_PATH.test(new URL(href, 'https://x.invalid/').pathname);
  } catch {
    return false;
  }
}

/**
 * The text of an author link (see isAuthorLink) standing alone on one of the lines right after
 * the headline: "Richard (R.J.) Eskow" linked to his page, "Dan Evon" in an a.author, with no
 * "By" and no date beside it. Author links elsewhere on the page (teasers, sidebars) are not it.
 */
export function authorLinkAfter(h1: Element): string | null {
  const lines = linesAfter(h1).split('\n');
  const doc = h1.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  const tried = new Set<Element>();
  let n = 0;
  walker.currentNode = h1;
  for (let t = walker.nextNode(); t && n < BYLINE_CHARS; t = walker.nextNode()) {
    if (h1.contains(t)) continue;
    const s = squash(textOf(t) ?? '');
    if (!s) continue;
    n += s.length;
    const a = t.parentElement?.closest('a');
    if (!a || tried.has(a)) continue;
    tried.add(a);
    const name = squash(a.textContent ?? '');
    if (!name || name.length > MAX_AUTHOR_LINK_CHARS || !/\p{Lu}/u.test(name)) continue;
    if (lines.includes(name) && isAuthorLink(a)) return name;
  }
  return null;
}

/** Does the page's text (outside scripts and styles) contain `name`? */
export function pageShows(doc: Document, name: string): boolean {
  const needle = name.toLowerCase();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let carry = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const s = textOf(t);
    if (!s) continue;
    const chunk = (carry + s).toLowerCase().replace(/\s+/g, ' ');
    if (chunk.includes(needle)) return true;
    carry = chunk.slice(-needle.length);
  }
  return false;
}

export interface ShownMetadata {
  title: string | null;
  byline: string | null;
  /** A "By …" line under the headline: the last resort, after Readability's own byline. */
  guessedByline: string | null;
  publishedTime: string | null;
  /** The page's text right after the headline ('' without one), to check a byline found elsewhere. */
  afterHeadline: string;
}

/**
 * Title, byline and date corrected to what the page shows. `metaByline` is dropped when the page
 * never shows it (a CMS account, a JSON-LD author no reader sees), then `fallbackByline`
 * (Readability's, read from the page) is used.
 */
export function shownMetadata(doc: Document, url: string, meta: { title: string | null; byline: string | null; publishedTime: string | null; docTitle: string | null }, fallbackByline: string | null): ShownMetadata {
  const h1 = headlineElement(doc, meta.title, meta.docTitle);
  const around = h1 ? textAround(h1) : { after: '', before: '' };
  const title = h1 ? squash(h1.textContent ?? '') : meta.title;
  let byline = meta.byline;
  if (byline && !around.after.toLowerCase().includes(byline.split(',')[0].toLowerCase()) && !pageShows(doc, byline.split(',')[0])) byline = null;
  byline ??= fallbackByline;
  const guessedByline = h1 ? bylineAfterHeadline(linesAfter(h1)) ?? nameBesideDate(h1) ?? authorLinkAfter(h1) : null;
  if (byline) byline = stripBylineDate(byline) || null;
  const after = h1 ? around.after.slice(squash(h1.textContent ?? '').length) : '';
  const publishedTime = shownPublicationDate(meta.publishedTime, after, around.before, urlDay(url));
  return { title, byline, guessedByline, publishedTime, afterHeadline: after };
}

const shownIn = (text: string, byline: string) => text.toLowerCase().includes(byline.split(',')[0].trim().toLowerCase());

/**
 * The byline the page shows under its headline: `other` (Readability's, read from the page's
 * byline markup) when it stands right after the headline and the metadata's author does not — a
 * JSON-LD author that is a CMS account ("CC7567") the page names only in a "More by" tab far below.
 */
export function bylineUnderHeadline(shown: ShownMetadata, other: string | null): string | null {
  if (!shown.byline || !other || !shown.afterHeadline) return shown.byline;
  return !shownIn(shown.afterHeadline, shown.byline) && shownIn(shown.afterHeadline, other) ? other : shown.byline;
}
