// lib/extract: a page's DOM in, one clean Article out. Pure: no extension APIs, works on a jsdom
// document in Node and on a DOMParser document in an extension page.
//
//   extractArticle(doc, { url, purify })  →  ExtractResult     (never mutates `doc`)
//
// Steps: metadata from the untouched page → a working copy without the page's chrome (or, for a
// consumed document, the chrome pruned in place) → <base href> = page URL (so relative links
// resolve even when the document was parsed elsewhere) → gate
// (isProbablyReaderable) → Readability → pruning of its result → DOMPurify → text + link map.
// Node callers (the CLI, the bench) use `extractFromHtml` in ./node.ts, which owns its jsdom.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { pruneArticle, pruneDocument, prunedCopy, protectEmbeds } from './cleanup';
import { judgeListing } from './listing';
import { dedupeImages, resolveLazyImages } from './images';
import { captionBoxesAsFigures, keepCaptionBoxes } from './caption-boxes';
import { standfirstAsParagraph } from './standfirst';
import { unwrapParagraphCards } from './paragraph-cards';
import { leadFigure, placeLeadFigure } from './lead-figure';
import { absolutize, cleanTitle, hostNames, readMetadata, siteNameFromTitle, unlessPlaceholder, type PageMetadata } from './metadata';
import { extractionPurifier, sanitizeToBody, srcFromSrcset, vouchSanitized, type DOMPurify } from './sanitize';
import { sanitizerInput } from './sanitizer-input';
import { textWithNodeMap, type TextNodeMap } from './text';
import type { Article, ExtractResult, NotArticleReason, TextLink } from './types';
import { elementsByTag } from './elements';
import { cleanByline } from './byline';
import { bylineUnderHeadline, headlineElement, shownMetadata, stripBylineDate, type ShownMetadata } from './shown-metadata';
import { linkHref } from '../url';
import { countWords } from './words';
import { useShortcuts } from './readability-shortcuts';
import { mayHaveClaimReviewMicrodata, readClaimReviews } from './claim-review';
import { dropLinkIconLabels } from './link-icon-labels';
import { joinSplitLinks } from './split-links';

export type { Article, ClaimReviewInfo, ExtractResult, NotArticleReason, TextLink } from './types';
export { textWithNodeMap, htmlToText, textOffsetToDom, domToTextOffset } from './text';
export type { TextNodeMap, TextSegment } from './text';
export { getPurifier, sanitizeHtml, renderableHtml, SANITIZE_CONFIG } from './sanitize';
export { readMetadata } from './metadata';

export interface ExtractOptions {
  /** The page URL: relative URLs resolve against it, whatever the document's own baseURI is. */
  url: string;
  /**
   * A window (lib/extract keeps one DOMPurify instance per window, configured once: the fastest), or
   * a DOMPurify instance (hooks are added once per instance; configured on each call).
   */
  purify: DOMPurify | Window | object;
  /**
   * The caller hands over the document: skip the defensive clone (lib/extract/node.ts does this
   * for documents it parsed itself). Default false.
   */
  consumeDocument?: boolean;
  /**
   * Use a visibility test that reads the style attribute instead of CSSOM (`el.style`): faster in
   * jsdom and immune to its CSS parser. Default true.
   */
  fastVisibility?: boolean;
  /**
   * When given, the milliseconds spent in each step are added to it under the step's name
   * (metadata, prune (with the copy), readerable, readability, listing, prune-article, sanitize, text-map,
   * link-density, serialize, links, words): `npm run bench:hostile` prints them. Costs two clock reads per step.
   */
  timings?: Record<string, number>;
}

/** A stopwatch that adds each lap to `timings` under its name (does nothing without `timings`). */
function stopwatch(timings: Record<string, number> | undefined): (step: string) => void {
  if (!timings) return () => {};
  let t = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + (now - t);
    t = now;
  };
}

export const WORDS_PER_MINUTE = 230;
const MIN_ARTICLE_CHARS = 250;

const MESSAGES: Record<NotArticleReason, string> = {
  'not-readerable': "This page doesn't look like an article: it has little continuous text.",
  listing: "This page lists other stories (headlines with links and dates) rather than telling one: a section front, tag page, search results or an index.",
  empty: 'This page has no readable content.',
  'too-short': "This page doesn't look like an article: the text found is too short.",
};

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Visibility from attributes only: `hidden`, aria-hidden, inline display:none / visibility:hidden. */
export function isVisibleByAttributes(node: Element): boolean {
  if (node.hasAttribute('hidden')) return false;
  if (node.getAttribute('aria-hidden') === 'true') {
    // hidden from screen readers, not from the eye: a caption that repeats an image's alt text
    // is aria-hidden on some sites (NYT), and it is article content
    const c = node.getAttribute('class');
    if ((!c || !c.includes('fallback-image')) && !node.closest('figcaption')) return false;
  }
  const style = node.getAttribute('style');
  return !(style && HIDDEN_STYLE.test(style));
}

function setBase(doc: Document, url: string) {
  const head = doc.head || doc.documentElement;
  if (!head) return;
  let existing: Element | null = null;
  const bases = doc.getElementsByTagName('base'); // not querySelector: slow on big documents
  for (let i = 0; i < bases.length && !existing; i++) if (bases[i].hasAttribute('href')) existing = bases[i];
  let href = absolutize(existing?.getAttribute('href') || url, url) || url;
  if (!/^(?:https?|file):/i.test(href)) href = url; // a hostile <base href="javascript:…"> resolves nothing
  if (existing) existing.setAttribute('href', href);
  else {
    const base = doc.createElement('base');
    base.setAttribute('href', href);
    head.insertBefore(base, head.firstChild);
  }
}

/** CJK scripts say in one character what alphabetic ones say in about three. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Text length for the length thresholds, with CJK characters counted three times. */
export function proseLength(text: string): number {
  return text.length + 2 * (text.match(CJK_CHAR)?.length ?? 0);
}

/**
 * True when some text under `root` is not white space: `textContent.trim() !== ''` without
 * building the whole page's text (it stops at the first word, near the top).
 */
function hasText(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/\S/.test((t as Text).data)) return true;
  return false;
}

function notArticle(reason: NotArticleReason, meta: PageMetadata | null, fallbackTitle?: string | null): ExtractResult {
  return { isArticle: false, reason, message: MESSAGES[reason], title: meta?.title ?? fallbackTitle ?? meta?.docTitle ?? null };
}

/** The links of the article's text: `anchors` are the <a> elements of the element `map` was made of. */
function linksFromMap(anchors: Element[], map: TextNodeMap, pageUrl: string): TextLink[] {
  const out: TextLink[] = [];
  // (no link, no index of the segments: 100k paragraphs without a link built one for nothing)
  if (map.segments.length === 0 || anchors.length === 0) return out;
  const segsByNode = new Map<Node, number[]>();
  map.segments.forEach((s, i) => {
    const l = segsByNode.get(s.node);
    if (l) l.push(i);
    else segsByNode.set(s.node, [i]);
  });
  const page = pageUrl.split('#')[0];
  for (const a of anchors) {
    // The sanitiser kept only hrefs that parse, as the URL parser writes them (sanitize.ts): no
    // second parse here. Links that parse only: the panel and the analysis read their host.
    const href = a.getAttribute('href');
    if (!href || !/^(?:https?:|mailto:)/i.test(href)) continue;
    if (href.split('#')[0] === page && href.includes('#')) continue;
    let start = Infinity;
    let end = -1;
    const stack: Node[] = [a];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === 3) {
        const idx = segsByNode.get(n);
        if (idx) for (const i of idx) {
          const s = map.segments[i];
          if (s.start < start) start = s.start;
          if (s.end > end) end = s.end;
        }
      } else for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    }
    if (end <= start) continue;
    while (start < end && /\s/.test(map.text[start])) start++;
    while (end > start && /\s/.test(map.text[end - 1])) end--;
    if (end > start) out.push({ start, end, href });
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return joinSplitLinks(out, map.text);
}

/** Runs Readability with our settings; `fast` swaps in the attribute-only visibility test. */
function runReadability(doc: Document, fast: boolean) {
  const reader = new Readability(doc, {
    keepClasses: true,
    serializer: (el: Node) => el,
    charThreshold: 500,
  } as ConstructorParameters<typeof Readability>[1]);
  if (fast) (reader as unknown as { _isProbablyVisible: (n: Element) => boolean })._isProbablyVisible = isVisibleByAttributes;
  useShortcuts(reader);
  return reader.parse() as unknown as null | {
    title: string | null;
    content: Element;
    textContent: string;
    length: number;
    excerpt: string | null;
    byline: string | null;
    dir: string | null;
    siteName: string | null;
    lang: string | null;
    publishedTime: string | null;
  };
}

/**
 * What Readability would misjudge, rewritten on the working copy before it runs: lazy-loading
 * pictures (their real address made their src), embedded posts, captions in classed boxes, linked
 * sentences alone in paragraph cards.
 */
function prepareForReadability(doc: Document, url: string) {
  resolveLazyImages(doc, url);
  protectEmbeds(doc);
  keepCaptionBoxes(doc);
  unwrapParagraphCards(doc);
}

/** Removes inline styles (after turning hidden ones into `hidden`), for the degraded retry. */
function stripStyles(doc: Document) {
  const els = doc.querySelectorAll('[style]');
  for (const el of Array.from(els)) {
    const s = el.getAttribute('style') || '';
    if (HIDDEN_STYLE.test(s)) el.setAttribute('hidden', '');
    el.removeAttribute('style');
  }
}

/**
 * Extracts the article of `doc`. Never throws for page content (a page that breaks the parser
 * gives a non-article result); never mutates `doc` unless `consumeDocument` is set.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const url = options.url;
  const purify = extractionPurifier(options.purify as DOMPurify);
  const fast = options.fastVisibility !== false;
  const lap = stopwatch(options.timings);

  let meta: PageMetadata | null = null;
  try {
    meta = readMetadata(doc, url);
  } catch {
    meta = null;
  }
  // a fact-check's claim and verdict, often in a box outside the body: read before pruning
  let claimReview: Article['claimReview'] = [];
  try {
    claimReview = readClaimReviews(meta?.jsonLd ?? [], null, url);
    if (!claimReview.length && meta && mayHaveClaimReviewMicrodata(meta.itemprops)) claimReview = readClaimReviews([], doc, url);
  } catch {
    claimReview = [];
  }
  let shown: ShownMetadata | null = null;
  try {
    // before pruning: a consumed document is about to change, and the headline's neighbours matter
    if (meta && doc.body) shown = shownMetadata(doc, url, meta, null);
  } catch {
    shown = null;
  }
  // the headline's picture and caption, read before pruning: the page's header is often pruned
  let figure: Element | null = null;
  try {
    const headline = meta && doc.body ? headlineElement(doc, meta.title, meta.docTitle) : null;
    if (headline) figure = leadFigure(headline, meta?.leadImage ?? null, url);
  } catch {
    figure = null;
  }
  lap('metadata');
  if (!doc.body || !hasText(doc.body)) return notArticle('empty', meta);
  let work: Document;
  if (options.consumeDocument) {
    work = doc;
    pruneDocument(work);
  } else work = prunedCopy(doc);
  setBase(work, url);
  prepareForReadability(work, url);
  lap('prune');

  const readerable = isProbablyReaderable(work, { visibilityChecker: fast ? isVisibleByAttributes : undefined } as never);
  lap('readerable');

  let parsed: ReturnType<typeof runReadability> = null;
  let readDoc = work;
  try {
    parsed = runReadability(work, fast);
  } catch (e) {
    // jsdom's CSS parser (el.style) or a Readability bug: retry without CSS on a fresh copy.
    // A consumed document is already mutated: the owner (node.ts) re-parses and retries.
    // A RangeError (stack overflow) would only happen again on the copy: no retry.
    if (options.consumeDocument || e instanceof RangeError) throw e;
    try {
      const retry = prunedCopy(doc);
      setBase(retry, url);
      prepareForReadability(retry, url);
      stripStyles(retry);
      readDoc = retry;
      parsed = runReadability(retry, true);
    } catch {
      parsed = null;
    }
  }
  lap('readability');
  // A refused page may be a listing Readability took one teaser of: what it left in the document
  // (the other teasers) says so.
  const refuse = (reason: NotArticleReason) =>
    notArticle(readDoc.body && judgeListing(readDoc.body).isListing ? 'listing' : reason, meta, parsed?.title);
  if (!parsed || !parsed.content) return refuse(readerable ? 'empty' : 'not-readerable');

  const content = parsed.content;
  if (judgeListing(content).isListing) return notArticle('listing', meta, parsed.title);
  lap('listing');
  // ("saidOpens a new window": a link icon's hidden words run into the link's own)
  dropLinkIconLabels(content);
  pruneArticle(content, { title: meta?.title ?? parsed.title, shownTitle: shown?.title, siteName: meta?.siteName ?? parsed.siteName, byline: meta?.byline ?? parsed.byline, section: meta?.section, url });
  // (after the pruning: a caption that is all a link would read as a link to another story)
  placeLeadFigure(content, figure);
  const images = dedupeImages(content, meta?.leadImage ?? null, url);
  captionBoxesAsFigures(content);
  standfirstAsParagraph(content);
  lap('prune-article');

  // sanitize: serialize Readability's element once (its top landmarks as <div>s), let DOMPurify
  // parse it into its own document (its images' srcset fallback made first: see extractionPurifier)
  for (const img of elementsByTag(content, 'img')) srcFromSrcset(img);
  const body = sanitizeToBody(purify, sanitizerInput(content));
  lap('sanitize');
  const map = textWithNodeMap(body);
  lap('text-map');
  const text = map.text;
  const size = proseLength(text);
  if (size < MIN_ARTICLE_CHARS) return refuse(readerable ? 'too-short' : 'not-readerable');
  // (one list of the links for their share of the text and for the link map)
  const anchors = elementsByTag(body, 'a');
  if (!readerable) {
    // Readability found something on a page that does not look readerable: accept it only when it
    // reads like an article (enough prose, not a list of links).
    // A page that declares itself an article (JSON-LD, og:type) may be short.
    const density = countLinkChars(anchors) / text.length;
    const ok = meta?.declaresArticle ? density < 0.5 : size >= 1000 && density < 0.3;
    if (!ok) return refuse('not-readerable');
  } else if (countLinkChars(anchors) / text.length > 0.5) {
    return refuse('not-readerable');
  }
  lap('link-density');
  const html = body.innerHTML;
  lap('serialize');
  const links = linksFromMap(anchors, map, url);
  lap('links');

  const wordCount = countWords(text);
  lap('words');
  const siteName = meta?.siteName ?? parsed.siteName ?? null;
  /** Readability's byline, read from the page's byline markup, cleaned. */
  const pageByline = readabilityByline(parsed.byline, siteName, meta?.builders);
  let title = shown?.title ?? meta?.title ?? (parsed.title ? cleanTitle(parsed.title, siteName, hostNames(url)) : null) ?? '';
  if (!title) title = meta?.docTitle ?? '';
  const lang = meta?.lang ?? parsed.lang ?? null;
  const article: Article = {
    url,
    canonicalUrl: meta?.canonicalUrl ?? null,
    title,
    byline: cleanByline((shown ? bylineUnderHeadline(shown, pageByline) : meta?.byline) ?? pageByline ?? shown?.guessedByline, siteName),
    // (a name read only from the <title>'s decoration is shown, not used to clean the title or body: they are already)
    siteName: shownSiteName(siteName) ?? siteNameFromTitle(meta?.docTitle, url),
    publishedTime: (shown ? shown.publishedTime : meta?.publishedTime) ?? unlessPlaceholder(parsed.publishedTime) ?? null,
    lang,
    dir: meta?.dir === 'rtl' || parsed.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: meta?.excerpt ?? parsed.excerpt ?? null,
    leadImage: images.leadImage,
    html,
    text,
    links,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    ...(claimReview?.length ? { claimReview } : {}),
  };
  vouchSanitized(article, html); // the panel renders this string without a second DOMPurify pass
  return { isArticle: true, article };
}

/**
 * The site's name as a reader expects it: a name given with its sections or a tagline after a
 * separator ("Autoracing | F1 | Indy | MotoGP", "LinkNaija | Nigeria's popular news platform", "The
 * Jerusalem Post | JPost.com", "Remember 80/90 - Memorabilia anni 80/90") is its first part. Only
 * the shown name: the title and byline clean-up compare with the name as the page gave it.
 */
function shownSiteName(siteName: string | null): string | null {
  if (!siteName) return null;
  // a name given as the site's address ("https://www.newsnation.in") is shown as its domain, as a
  // <title>'s "— www.wday.ru" is (siteNameFromTitle)
  const address = /^\s*(?:https?:\/\/)?www\.([^\s/]+)\/?\s*$|^\s*https?:\/\/([^\s/]+)\/?\s*$/i.exec(siteName);
  if (address) return address[1] ?? address[2];
  const first = siteName.split(/\s+[|•·]\s+|\s+[-–—]\s+/)[0].trim();
  return first.length >= 2 ? first : siteName;
}

/**
 * Readability's byline without its "By" and any date it ran into; none when it is the site's name
 * or the site's builder (a meta author that is also the generator: see metadata.ts).
 */
function readabilityByline(byline: string | null | undefined, siteName: string | null, builders?: Set<string>): string | null {
  const b = byline ? stripBylineDate(byline.replace(/^\s*by\s+/i, '').trim()) : '';
  return b && b.toLowerCase() !== siteName?.toLowerCase() && !builders?.has(b.toLowerCase()) ? b : null;
}

function countLinkChars(anchors: Element[]): number {
  let n = 0;
  for (const a of anchors) n += (a.textContent || '').replace(/\s+/g, ' ').trim().length;
  return n;
}
