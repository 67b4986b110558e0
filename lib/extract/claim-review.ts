// Fact-check pages (Snopes, PolitiFact, Polygraph, …) state the claim they checked, who made it and
// their verdict in schema.org ClaimReview markup (JSON-LD, sometimes microdata), and show it in a
// box outside the article body that Readability drops. A fact-checker reading such a page in Gloss
// expects to see it, so it is read here from the untouched page, as metadata beside the body.
//
// Every string is page-controlled: plain text only (never markup to render), entities decoded,
// whitespace collapsed, trimmed and capped; URLs kept only when they parse as http(s); the number of
// reviews and the work spent walking the markup are bounded. `claimReviewsFrom` applies the same
// rules to a list that comes back from storage, sync or an import file.
import { elementsByTag } from './elements';
import { linkHref } from '../url';
import { absolutize, decodeEntities, toIsoDate } from './metadata';
import type { ClaimReviewInfo } from './types';

export type { ClaimReviewInfo } from './types';

/** Most reviews kept for one page (a page listing hundreds of checks is a listing, not one check). */
export const MAX_CLAIM_REVIEWS = 10;
/** Longest claim kept, in characters (quoted statements run to a paragraph or two). */
export const MAX_CLAIM_CHARS = 1000;
/** Longest name or verdict kept, in characters. */
export const MAX_NAME_CHARS = 200;
const MAX_URL_CHARS = 2048;
/** JSON values visited while looking for ClaimReviews in a page's JSON-LD (a huge array stops here). */
const MAX_VISITED = 5000;
/** How deep ClaimReviews are looked for inside JSON-LD (a review nested in an article's `review`). */
const MAX_DEPTH = 8;
/** Microdata items of type ClaimReview read, and elements looked at inside each. */
const MAX_MICRODATA_ITEMS = 20;
const MAX_MICRODATA_PROPS = 500;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Own properties only: a page's `{"__proto__": …}` or a missing key never reads Object.prototype. */
const own = (o: unknown, key: string): Json => (isObj(o) && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
const first = (v: Json): Json => (Array.isArray(v) ? v[0] : v);

/** `ClaimReview`, `schema:ClaimReview`, `https://schema.org/ClaimReview`. */
const CLAIM_REVIEW_TYPE = /(?:^|[/:#])ClaimReview$/;
const PERSON_OR_ORG = /(?:^|[/:#])(?:Person|Organization|[A-Za-z]*Organization|GovernmentOrganization)$/;

function typesOf(node: Json): string[] {
  const t = own(node, '@type') ?? own(node, 'type');
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return typeof t === 'string' ? [t] : [];
}
const isClaimReview = (node: Json) => typesOf(node).some((t) => CLAIM_REVIEW_TYPE.test(t.trim()));

/**
 * A page's string as plain text: entities decoded (JSON-LD often carries "&#8217;"), control and
 * bidi-override characters gone, white space collapsed, trimmed, at most `max` characters (cut on
 * a character boundary, with "…"). Markup stays as the literal characters it is. Null for nothing.
 */
export function plainText(v: unknown, max: number): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) v = String(v);
  if (typeof v !== 'string') return null;
  // a string far past the cap is cut before any work on it
  const s = decodeEntities(v.length > max * 4 ? v.slice(0, max * 4) : v)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : s;
}

/** An http(s) address a reader may follow (lib/url's rule), resolved against `base` when given; else null. */
export function httpUrl(v: unknown, base?: string): string | null {
  if (typeof v !== 'string' || v.length > MAX_URL_CHARS) return null;
  const href = linkHref(base ? absolutize(v, base) : v.trim());
  return href && !href.startsWith('mailto:') && href.length <= MAX_URL_CHARS ? href : null;
}

/** A finite number from a number or a numeric string ("5", " -1 "); else null. */
function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.length > 30 || !/^\s*[-+]?\d+(?:\.\d+)?\s*$/.test(v)) return null;
  return Number(v);
}

/** The first name in a name, a Person/Organization, or a list of them. */
function nameOf(v: Json): string | null {
  for (const x of Array.isArray(v) ? v.slice(0, 10) : [v]) {
    const n = typeof x === 'string' ? plainText(x, MAX_NAME_CHARS) : plainText(first(own(x, 'name')), MAX_NAME_CHARS);
    if (n) return n;
  }
  return null;
}

/** The names of `v` joined with ", " (several claimants: "Multiple sources" is one name too). */
function namesOf(v: Json): string | null {
  const names: string[] = [];
  for (const x of Array.isArray(v) ? v.slice(0, 10) : [v]) {
    const n = nameOf(x);
    if (n && !names.includes(n)) names.push(n);
  }
  return names.length ? plainText(names.join(', '), MAX_NAME_CHARS) : null;
}

/** A ClaimReview node (JSON-LD, or microdata read into the same shape) as plain bounded text. */
function reviewFromNode(node: Json, base: string): ClaimReviewInfo | null {
  const item = first(own(node, 'itemReviewed'));
  const rating = first(own(node, 'reviewRating'));
  // the claimant: the reviewed claim's author, else the reviewed thing itself when it is a person
  // or an organisation (older markup); the claim's own name is a headline, not who said it
  const claimant =
    namesOf(own(item, 'author')) ??
    namesOf(own(item, 'creator')) ??
    (typesOf(item).some((t) => PERSON_OR_ORG.test(t)) ? nameOf(item) : null);
  let ratingValue = num(first(own(rating, 'ratingValue')));
  let bestRating = num(first(own(rating, 'bestRating')));
  let worstRating = num(first(own(rating, 'worstRating')));
  // a scale is usable when it has two ends and the value lies on it (Snopes writes -1/-1/-1 for "none")
  const lo = worstRating ?? (bestRating !== null && bestRating > 1 ? 1 : null);
  if (ratingValue === null || bestRating === null || lo === null || bestRating === lo || ratingValue < Math.min(lo, bestRating) || ratingValue > Math.max(lo, bestRating)) {
    ratingValue = bestRating = worstRating = null;
  } else worstRating = lo;
  const info: ClaimReviewInfo = {
    claim: plainText(first(own(node, 'claimReviewed')), MAX_CLAIM_CHARS),
    claimant,
    reviewer: namesOf(own(node, 'author')) ?? nameOf(own(node, 'publisher')),
    verdict: plainText(first(own(rating, 'alternateName')), MAX_NAME_CHARS) ?? plainText(first(own(rating, 'name')), MAX_NAME_CHARS),
    ratingValue,
    bestRating,
    worstRating,
    datePublished: toIsoDate(first(own(node, 'datePublished'))),
    url: httpUrl(first(own(node, 'url')), base),
  };
  return info.claim || info.verdict ? info : null;
}

/** ClaimReview nodes anywhere in parsed JSON-LD (@graph, arrays, mainEntity, an article's review), bounded. */
function findReviewNodes(roots: unknown[]): Json[] {
  const out: Json[] = [];
  let visited = 0;
  const walk = (v: Json, depth: number) => {
    if (out.length >= MAX_CLAIM_REVIEWS || visited >= MAX_VISITED || depth > MAX_DEPTH || typeof v !== 'object' || v === null) return;
    visited++;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && visited < MAX_VISITED && out.length < MAX_CLAIM_REVIEWS; i++) walk(v[i], depth + 1);
      return;
    }
    if (isClaimReview(v)) {
      out.push(v);
      return;
    }
    for (const key of Object.keys(v)) {
      if (visited >= MAX_VISITED || out.length >= MAX_CLAIM_REVIEWS) return;
      const x = v[key];
      if (typeof x === 'object' && x !== null) walk(x, depth + 1);
    }
  };
  for (const r of roots) walk(r, 0);
  return out;
}

// ── microdata ────────────────────────────────────────────────────────────────────────────────

/** A microdata property's value: a nested item, or the text a browser's microdata API would give. */
function microdataValue(el: Element, budget: { left: number }): Json {
  if (el.hasAttribute('itemscope')) return microdataItem(el, budget);
  const tag = el.localName;
  if (el.hasAttribute('content')) return el.getAttribute('content');
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href');
  if (tag === 'img' || tag === 'source' || tag === 'iframe' || tag === 'embed' || tag === 'audio' || tag === 'video') return el.getAttribute('src');
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime');
  if ((tag === 'data' || tag === 'meter') && el.hasAttribute('value')) return el.getAttribute('value');
  return el.textContent ?? '';
}

/** A microdata item as a JSON-LD-like object: its type's last segment and its properties (first value each). */
function microdataItem(scope: Element, budget: { left: number }): Json {
  const type = (scope.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0] ?? '';
  const item: Record<string, Json> = Object.create(null);
  item['@type'] = type.slice(type.lastIndexOf('/') + 1);
  // the properties of this item: elements with itemprop whose nearest item is this one
  const stack: Element[] = Array.from(scope.children).reverse();
  while (stack.length && budget.left-- > 0) {
    const el = stack.pop()!;
    const props = (el.getAttribute('itemprop') ?? '').trim();
    if (props) {
      const value = microdataValue(el, budget);
      for (const p of props.split(/\s+/)) if (!(p in item)) item[p] = value;
    }
    if (el.hasAttribute('itemscope')) continue; // its descendants belong to the nested item
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return item;
}

/**
 * Microdata a ClaimReview gives its unshown values in (`<meta itemprop="ratingValue" content="1">`).
 * Searching the whole document for itemtype costs a few milliseconds a page in jsdom (an attribute
 * selector walks every element), so microdata is read only on a page whose <meta>/<link> elements
 * use ClaimReview's vocabulary: microdata given in shown elements alone is not read.
 */
const CLAIM_REVIEW_PROPS = ['claimReviewed', 'itemReviewed', 'reviewRating', 'ratingValue', 'bestRating', 'worstRating', 'alternateName'];
export function mayHaveClaimReviewMicrodata(itemprops: ReadonlySet<string>): boolean {
  return CLAIM_REVIEW_PROPS.some((p) => itemprops.has(p));
}

function microdataReviews(doc: Document): Json[] {
  const out: Json[] = [];
  for (const el of elementsByTag(doc, '[itemtype]')) {
    if (out.length >= MAX_MICRODATA_ITEMS) break;
    if (!el.hasAttribute('itemscope') || !/ClaimReview/.test(el.getAttribute('itemtype') ?? '')) continue;
    out.push(microdataItem(el, { left: MAX_MICRODATA_PROPS }));
  }
  return out;
}

// ── the whole page ──────────────────────────────────────────────────────────────────────────

const sameReview = (a: ClaimReviewInfo, b: ClaimReviewInfo) => a.claim === b.claim && a.verdict === b.verdict && a.claimant === b.claimant;

function dedupe(reviews: (ClaimReviewInfo | null)[]): ClaimReviewInfo[] {
  const out: ClaimReviewInfo[] = [];
  for (const r of reviews) if (r && !out.some((o) => sameReview(o, r)) && out.length < MAX_CLAIM_REVIEWS) out.push(r);
  return out;
}

/**
 * The page's ClaimReviews: from its parsed JSON-LD blocks (`jsonLd`, as metadata.ts parsed them)
 * and, when `doc` is given, its microdata (see mayHaveClaimReviewMicrodata). Never throws; an
 * empty list for none.
 */
export function readClaimReviews(jsonLd: unknown[], doc: Document | null, url: string): ClaimReviewInfo[] {
  let nodes: Json[] = [];
  try {
    nodes = findReviewNodes(jsonLd);
  } catch {
    nodes = [];
  }
  try {
    if (doc && nodes.length < MAX_CLAIM_REVIEWS) nodes.push(...microdataReviews(doc));
  } catch {
    /* unreadable microdata: ignore */
  }
  return dedupe(
    nodes.map((n) => {
      try {
        return reviewFromNode(n, url);
      } catch {
        return null;
      }
    }),
  );
}

/**
 * A stored list of reviews (the database, a sync document, an import file) checked and cleaned by
 * the same rules: unknown fields dropped, strings re-capped, URLs re-checked. Undefined for none.
 */
export function claimReviewsFrom(v: unknown): ClaimReviewInfo[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = dedupe(
    v.slice(0, MAX_CLAIM_REVIEWS * 2).map((r): ClaimReviewInfo | null => {
      if (!isObj(r)) return null;
      const n = (k: string) => num(own(r, k));
      const info: ClaimReviewInfo = {
        claim: plainText(own(r, 'claim'), MAX_CLAIM_CHARS),
        claimant: plainText(own(r, 'claimant'), MAX_NAME_CHARS),
        reviewer: plainText(own(r, 'reviewer'), MAX_NAME_CHARS),
        verdict: plainText(own(r, 'verdict'), MAX_NAME_CHARS),
        ratingValue: n('ratingValue'),
        bestRating: n('bestRating'),
        worstRating: n('worstRating'),
        datePublished: toIsoDate(own(r, 'datePublished')),
        url: httpUrl(own(r, 'url')),
      };
      if (info.ratingValue === null || info.bestRating === null || info.worstRating === null) info.ratingValue = info.bestRating = info.worstRating = null;
      return info.claim || info.verdict ? info : null;
    }),
  );
  return out.length ? out : undefined;
}

/** A record's `claimReview` field, copied field by field through claimReviewsFrom; no field for none. */
export function claimReviewField(reviews: unknown): { claimReview?: ClaimReviewInfo[] } {
  const claimReview = reviews === undefined ? undefined : claimReviewsFrom(reviews);
  return claimReview ? { claimReview } : {};
}

/** The verdict as shown: its words, with the rating on its scale when the page gives one ("False (1/5)"). */
export function verdictText(r: Pick<ClaimReviewInfo, 'verdict' | 'ratingValue' | 'bestRating'>): string | null {
  const scale = r.ratingValue !== null && r.bestRating !== null ? `${r.ratingValue}/${r.bestRating}` : null;
  if (r.verdict && scale) return `${r.verdict} (${scale})`;
  return r.verdict ?? scale;
}
