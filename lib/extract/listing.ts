// Listing pages — section fronts, home pages, tag and author pages, search results, archives, live-
// blog indexes — are lists of other stories: many teasers (a linked headline, maybe a standfirst, a
// time or date), little running text of their own. Readability happily returns such a list as an
// "article" (its headlines, its standfirsts, "2 hours ago" as figures). This module recognises one
// from the element Readability picked, before any clean-up, by its teaser cards:
//   - a headline link: an <a href> whose text reads like a headline (3+ words, at most ~200
//     characters) and fills its block (or holds the block: a card that is one big link);
//   - its card: the largest element around it holding no other headline link;
//   - a listing: at least MIN_TEASERS cards, most of them dated or signed, most of the text in cards, and
//     little prose outside them (an article followed by a box of related stories keeps its body).
// Pure DOM reading, linear in the element's size.

import { elementsByTag } from './elements';

/** Fewest teaser cards a listing shows (a "Related" box has three or four). */
const MIN_TEASERS = 5;
/** Share of the cards that carry a time or date ("2 hours ago", "14:30", "19.11.2019", <time>) or a byline. */
const MIN_DATED_SHARE = 0.5;
/** Share of the element's text that sits in cards. */
const MIN_CARD_SHARE = 0.55;
/** Prose outside the cards (blocks of 80+ characters) that makes the page an article after all. */
const MAX_OWN_PROSE = 400;
/** A headline link's text: at least this many characters (CJK: a third) and at most MAX. */
const MIN_HEADLINE = 15;
const MAX_HEADLINE = 220;

const BLOCK = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ARTICLE', 'SECTION', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'TR', 'UL', 'OL', 'MAIN']);
const HEADING = /^H[1-6]$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Times and dates as teasers show them, in en/de/fr/uk/ru: relative ("2 hours ago", "vor 2
 * Stunden", "il y a 3 heures", "2 години тому", "3 часа назад", "yesterday"), clock times ("14:30",
 * "4:05 pm"), numeric and written dates ("19.11.2019", "Nov 19, 2019", "19 листопада 2019").
 */
const DATEISH = new RegExp(
  [
    '\\b\\d+\\s*(?:min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\\s+ago\\b', '\\bupdated\\b', '\\b(?:yesterday|today|just now)\\b',
    'vor\\s+\\d+\\s*(?:min(?:uten?)?|stunden?|std\\.?|tagen?)', '\\b(?:gestern|heute)\\b',
    'il y a\\s+\\d+\\s*(?:min(?:utes?)?|heures?|h|jours?)', '\\b(?:hier|aujourd.hui)\\b',
    '\\d+\\s*(?:хв(?:илин[иу]?)?|годин[иу]?|дн(?:і|ів)|день)\\s+тому', 'вчора', 'сьогодні',
    '\\d+\\s*(?:мин(?:ут[уы]?)?|час(?:а|ов)?|дн(?:я|ей)|день)\\s+назад', 'вчера', 'сегодня',
    // digits end at a non-digit, not at \b: cells run together in textContent ("Nov 19Port authority…")
    '(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)', '(?<!\\d)\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?!\\d)', '(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)',
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?!\\d)',
    '\\b\\d{1,2}\\.?\\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|fév|mars|avr|juin|juil|août|sept)[a-zéû]*\\.?\\s',
    '\\d{1,2}\\s+(?:січ|лют|бер|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яіїє]*',
  ].join('|'),
  'iu',
);

/** A teaser's byline ("By Pam Belluck", "Por Josh Max", "Von Anna Schmidt", "Автор: …"): signs a card as a date does. */
const SIGNED = /(?<!\p{L})(?:By|BY|Por|Von|Par|Door|Від|От|Автор:?)\s+\p{Lu}\p{Ll}/u;

export interface ListingVerdict {
  /** Teaser cards found (linked headlines, each in its own card). */
  teasers: number;
  /** Cards that show a time, a date or a byline. */
  dated: number;
  /** Share of the text that is in cards. */
  cardShare: number;
  /** Characters of prose outside the cards. */
  ownProse: number;
  isListing: boolean;
}

const squash = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();

function headlineLength(text: string): number {
  return text.length + 2 * (text.match(CJK)?.length ?? 0);
}

function nearestBlock(el: Element, root: Element): Element {
  for (let e: Element | null = el.parentElement; e && e !== root; e = e.parentElement) if (BLOCK.has(e.tagName.toUpperCase())) return e;
  return root;
}

/**
 * The length of the line an anchor stands on: when its parent is a block, the parent's inline
 * content (a title link followed by a snippet <div> stands alone on its line); else its block's text.
 */
function lineLength(a: Element, block: Element): number {
  if (a.parentElement !== block) return squash(block.textContent).length;
  let run = '';
  let mine = false;
  for (let n = block.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && BLOCK.has((n as Element).tagName.toUpperCase())) {
      if (mine) break;
      run = '';
      continue;
    }
    if (n === a) mine = true;
    run += n.textContent ?? '';
  }
  return squash(run).length;
}

/** The anchors of `root` that read like teaser headlines, one per target. */
function headlineLinks(root: Element): Element[] {
  const out: Element[] = [];
  const seen = new Set<string>();
  for (const a of elementsByTag(root, 'a')) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || /^(?:javascript|mailto):/i.test(href)) continue;
    const text = squash(a.textContent);
    const len = headlineLength(text);
    if (len < MIN_HEADLINE || len > MAX_HEADLINE) continue;
    if (!HAS_CJK.test(text) && text.split(' ').length < 3) continue;
    const holdsBlock = a.querySelector('h1,h2,h3,h4,h5,h6,div,p') !== null;
    const block = nearestBlock(a, root);
    const inHeading = HEADING.test(block.tagName.toUpperCase());
    if (!holdsBlock && !inHeading && text.length < 0.6 * lineLength(a, block)) continue;
    const key = href.split('#')[0];
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** Judges the element Readability picked (or any container): see the header. */
export function judgeListing(root: Element): ListingVerdict {
  const links = headlineLinks(root);
  const verdict: ListingVerdict = { teasers: links.length, dated: 0, cardShare: 0, ownProse: 0, isListing: false };
  if (links.length < MIN_TEASERS) return verdict;
  // how many headline links each element holds: a card is the largest ancestor holding one
  const count = new Map<Element, number>();
  for (const a of links) for (let e: Element | null = a; e && e !== root; e = e.parentElement) count.set(e, (count.get(e) ?? 0) + 1);
  const cards = new Set<Element>();
  for (const a of links) {
    let card: Element = a;
    for (let e = a.parentElement; e && e !== root && count.get(e) === 1; e = e.parentElement) card = e;
    cards.add(card);
  }
  let cardChars = 0;
  for (const card of cards) {
    const text = squash(card.textContent);
    cardChars += text.length;
    if (card.getElementsByTagName('time').length > 0 || DATEISH.test(text) || SIGNED.test(text)) verdict.dated++;
  }
  const total = squash(root.textContent).length || 1;
  verdict.cardShare = cardChars / total;
  verdict.ownProse = proseOutside(root, cards);
  verdict.isListing =
    cards.size >= MIN_TEASERS &&
    verdict.dated >= Math.max(3, MIN_DATED_SHARE * cards.size) &&
    verdict.cardShare >= MIN_CARD_SHARE &&
    verdict.ownProse < MAX_OWN_PROSE;
  return verdict;
}

/** Characters in blocks of running text (80+ characters, few links) outside every card. */
function proseOutside(root: Element, cards: Set<Element>): number {
  let prose = 0;
  const visit = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (cards.has(c)) continue;
      const tag = c.tagName.toUpperCase();
      if (tag === 'P' || (BLOCK.has(tag) && !hasBlockChild(c))) {
        const text = squash(c.textContent);
        if (text.length >= 80 && linkChars(c) < 0.5 * text.length) prose += text.length;
        continue;
      }
      visit(c);
    }
  };
  visit(root);
  return prose;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK.has(c.tagName.toUpperCase())) return true;
  return false;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of elementsByTag(el, 'a')) n += squash(a.textContent).length;
  return n;
}
