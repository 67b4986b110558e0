// Article metadata read from what publishers declare for machines: JSON-LD (NewsArticle & co.,
// also inside @graph), OpenGraph, <meta> (author, article:*, citation_*, dc.*), <time datetime>,
// <link rel=canonical> and <html lang/dir>. Readability's own guesses are only a fallback.
// Runs on the document before Readability touches it (Readability removes the JSON-LD scripts).
import { squashName, stripBylineLabels } from './byline';
import { elementsByTag } from './elements';
import { normalizeLang } from '../lang';
import { registrableDomain } from '../url';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  leadImage: string | null;
  excerpt: string | null;
  /** The page's <title>, for non-article results. */
  docTitle: string | null;
  /** The page declares itself an article (JSON-LD Article type, og:type article, article:published_time). */
  declaresArticle: boolean;
  /** The section the page declares (article:section, JSON-LD articleSection), null when none. */
  section: string | null;
  /** The page's JSON-LD blocks as parsed (unreadable ones left out): claim-review.ts reads them too. */
  jsonLd: unknown[];
  /** The itemprop names on the page's <meta> and <link> elements (microdata's unshown values). */
  itemprops: Set<string>;
  /** The page's <meta name=generator> values in lower case: who built the site, never a byline. */
  builders: Set<string>;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|Story)$/;
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ckb', 'sd', 'dv', 'ug', 'syr', 'arc', 'ku-arab']);

function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t || null;
}

// JSON-LD strings sometimes carry HTML entities (&amp;, &#8217;)
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    if (l === 'nbsp') return '\u00a0';
    const code = l.startsWith('#x') ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10);
    try {
      return String.fromCodePoint(code);
    } catch {
      return m;
    }
  });
}

export function absolutize(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function httpUrl(href: string | null | undefined, base: string): string | null {
  const u = absolutize(href, base);
  return u && /^https?:/i.test(u) ? u : null;
}

/**
 * Years before this are a template's empty value, not a publication ("0001-01-01T00:00:00Z", .NET's
 * DateTime.MinValue, on USA Today and Detroit News pages). Archives date digitised print stories
 * back to the 1850s, so the bound sits below any real one.
 */
const FIRST_PLAUSIBLE_YEAR = 1800;
/** The Unix epoch's first day: what a zero timestamp prints as, never a real publication date here. */
const EPOCH_DAY = '1970-01-01';

/** A date a CMS writes when it has none (a year-1 or epoch-zero value): treated as no date. */
export function isPlaceholderDate(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return (Number.isFinite(year) && /^\d{4}/.test(iso) && year < FIRST_PLAUSIBLE_YEAR) || iso.startsWith(EPOCH_DAY);
}

/** Normalises a date string to ISO 8601, keeping the page's own time and offset when it is ISO already; null for none or a placeholder. */
export function toIsoDate(v: unknown): string | null {
  const iso = isoDate(v);
  return iso && !isPlaceholderDate(iso) ? iso : null;
}

/** A date string as given, or null when it is a placeholder (Readability's own value, kept as the page wrote it). */
export function unlessPlaceholder(v: string | null | undefined): string | null {
  if (!v) return null;
  const iso = isoDate(v);
  return iso && isPlaceholderDate(iso) ? null : v;
}

function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const s = String(v).trim();
  if (!s) return null;
  let m = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, tz] = m;
    const date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (h === undefined) return date;
    let out = `${date}T${h.padStart(2, '0')}:${mi}:${sec ?? '00'}${frac ?? ''}`;
    if (tz) out += tz.toUpperCase() === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz;
    return out;
  }
  m = s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  if (/^\d{4}$/.test(s)) return s;
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString();
  return null;
}


export function isRtlLang(lang: string | null): boolean {
  if (!lang) return false;
  const l = lang.toLowerCase();
  return RTL_LANGS.has(l.split('-')[0]) || /-arab\b/.test(l) || /-hebr\b/.test(l);
}

function typesOf(node: Json): string[] {
  const t = node?.['@type'];
  if (Array.isArray(t)) return t.filter((x) => typeof x === 'string');
  return typeof t === 'string' ? [t] : [];
}

function collectNodes(data: Json, out: Json[], depth = 0) {
  if (!data || typeof data !== 'object' || depth > 4) return;
  if (Array.isArray(data)) {
    for (const d of data) collectNodes(d, out, depth + 1);
    return;
  }
  out.push(data);
  if (data['@graph']) collectNodes(data['@graph'], out, depth + 1);
  if (data.mainEntity && typeof data.mainEntity === 'object') collectNodes(data.mainEntity, out, depth + 1);
}

function personNames(v: Json, byId: Map<string, Json>): string[] {
  if (!v) return [];
  if (typeof v === 'string') return v.split(/\s*(?:,|;|\band\b|&)\s*/).map((x) => clean(x)).filter(Boolean) as string[];
  if (Array.isArray(v)) return v.flatMap((x) => personNames(x, byId));
  if (typeof v === 'object') {
    let o = v;
    if (!o.name && typeof o['@id'] === 'string' && byId.has(o['@id'])) o = byId.get(o['@id']);
    const n = o?.name;
    if (typeof n === 'string') return [clean(n)].filter(Boolean) as string[];
    if (Array.isArray(n)) return n.map(clean).filter(Boolean) as string[];
    if (o?.givenName || o?.familyName) return [clean(`${o.givenName ?? ''} ${o.familyName ?? ''}`)].filter(Boolean) as string[];
  }
  return [];
}

function imageUrl(v: Json, base: string): string | null {
  if (!v) return null;
  if (typeof v === 'string') return httpUrl(v, base);
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = imageUrl(x, base);
      if (u) return u;
    }
    return null;
  }
  if (typeof v === 'object') return httpUrl(v.url ?? v.contentUrl ?? v['@id'], base);
  return null;
}

function dedupeNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n0 of names) {
    const n = stripBylineLabels(n0);
    if (!n || /^https?:\/\//i.test(n) || n.length > 120) continue;
    const k = n.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}


/**
 * The names a site goes by in its own address, squashed: "entermedia" and "entermediacokr" for
 * entermedia.co.kr. A <title> decorated with one of them ("Headline - Entermedia") names the site
 * even when the page declares no site name.
 */
export function hostNames(url: string): string[] {
  try {
    const host = new URL(url).hostname;
    if (!host || /^[\d.]+$|:/.test(host)) return [];
    const domain = registrableDomain(host);
    return [...new Set([squashName(domain.split('.')[0]), squashName(domain)])].filter((n) => n.length >= 3);
  } catch {
    return [];
  }
}

/**
 * The site's name from a <title> decorated with it, when the page declares none: the first or last
 * part of the <title> that is one of its address's names ("Headline — www.wday.ru" on wday.ru →
 * "wday.ru", "Headline - Entermedia" on entermedia.co.kr → "Entermedia"), as the page writes it
 * without a leading "www.". Null when no part is.
 */
export function siteNameFromTitle(docTitle: string | null | undefined, url: string): string | null {
  const names = new Set(hostNames(url));
  if (!docTitle || !names.size) return null;
  const parts = docTitle.replace(/\s+/g, ' ').trim().split(/\s+[|\-–—:·•»«/]\s+/);
  if (parts.length < 2) return null;
  for (const part of [parts[parts.length - 1], parts[0]]) {
    const name = part.replace(/^www\./i, '').trim();
    if (names.has(squashName(name))) return name;
  }
  return null;
}

/**
 * Removes " | Site name", " - Site name" and similar decorations from a headline: the site name
 * the page declares, or one of its address's names (`hostNames`).
 */
export function cleanTitle(title: string, siteName: string | null, siteAliases: string[] = []): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const seps = /\s+[|\-–—:·•»«/]\s+/;
  const names = new Set([...(siteName ? [squashName(siteName)] : []), ...siteAliases].filter(Boolean));
  if (names.size) {
    const parts = t.split(seps);
    if (parts.length > 1) {
      const last = parts[parts.length - 1];
      if (names.has(squashName(last))) return t.slice(0, t.lastIndexOf(last)).replace(/\s+[|\-–—:·•»«/]\s*$/, '').trim();
      if (names.has(squashName(parts[0]))) return t.slice(parts[0].length).replace(/^\s*[|\-–—:·•»«/]\s+/, '').trim();
    }
  }
  // " | Anything short" at the end of a <title> is nearly always the site
  const m = t.match(/^(.{15,}?)\s+[|·•»]\s+[^|·•»]{2,40}$/);
  if (m) t = m[1].trim();
  return t;
}

/** Share of a title's words the <title> must hold for the title to be the page's (Readability: 0.75). */
const TITLE_WORDS_IN_DOC_TITLE = 0.75;

const titleWords = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The share of `a`'s words that `b` holds. */
function wordsHeld(a: string, b: string): number {
  const aw = titleWords(a);
  const bw = new Set(titleWords(b));
  return aw.length ? aw.filter((w) => bw.has(w)).length / aw.length : 0;
}

/**
 * JSON-LD's headline, unless its name is the page's title and the headline is not: Wikipedia's
 * JSON-LD gives the Wikidata description ("constitutional monarchy in Oceania") as headline and
 * the article's name ("New Zealand") as name. The same test Readability makes on JSON-LD.
 */
function jsonLdTitle(headline: string | null, name: string | null, docTitle: string | null): string | null {
  if (!headline || !name || headline === name || !docTitle) return headline ?? name;
  const nameIsTitle = wordsHeld(name, docTitle) >= TITLE_WORDS_IN_DOC_TITLE;
  const headlineIsTitle = wordsHeld(headline, docTitle) >= TITLE_WORDS_IN_DOC_TITLE;
  return nameIsTitle && !headlineIsTitle ? name : headline;
}

/** How many h1 elements are tried as the headline a <title> is decorated around. */
const H1S_TRIED = 5;
/** Shorter than this, an h1 is a label or a logo, not a headline. */
const MIN_HEADLINE_CHARS = 10;

/** An h1 whose text is all one link to another page: the site's logo or name, not the headline. */
function isLinkOut(h1: Element): boolean {
  const links = h1.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const href = (links[0].getAttribute('href') ?? '').trim();
  return !!href && !href.startsWith('#') && (links[0].textContent ?? '').trim() === (h1.textContent ?? '').trim();
}

/**
 * The h1 a <title> opens or ends with ("Headline - Harbour Herald"), the one it opens with first:
 * a <title> that ends with an h1 is more often "Page — Site" with the site's name as an h1.
 */
function h1OfTitle(h1s: ArrayLike<Element>, title: string): string | null {
  const texts: string[] = [];
  for (let i = 0; i < h1s.length && i < H1S_TRIED; i++) {
    if (isLinkOut(h1s[i])) continue;
    const h = (h1s[i].textContent ?? '').replace(/\s+/g, ' ').trim();
    if (h.length >= MIN_HEADLINE_CHARS && h.length < title.length) texts.push(h);
  }
  return texts.find((h) => title.startsWith(h)) ?? texts.find((h) => title.endsWith(h)) ?? null;
}

/** The page's <meta>, <script> and <link> elements, in document order: one walk of the page, not three. */
function headElements(doc: Document): { metas: Element[]; scripts: Element[]; links: Element[] } {
  const out = { metas: [] as Element[], scripts: [] as Element[], links: [] as Element[] };
  for (const el of elementsByTag(doc, 'meta, script, link')) {
    const name = el.localName;
    (name === 'meta' ? out.metas : name === 'script' ? out.scripts : out.links).push(el);
  }
  return out;
}

/**
 * Every name a <meta> answers to, lower-cased: its property, its name, its http-equiv and each
 * token of its itemprop. One element often carries several (NYT: `property="article:published"
 * itemprop="datePublished dateCreated"`); taking only the first attribute hid the microdata name.
 */
export function metaKeys(m: Element): string[] {
  const keys: string[] = [];
  for (const attr of ['property', 'name', 'http-equiv']) {
    const v = m.getAttribute(attr)?.trim().toLowerCase();
    if (v && !keys.includes(v)) keys.push(v);
  }
  const itemprop = m.getAttribute('itemprop')?.trim().toLowerCase();
  if (itemprop) for (const token of itemprop.split(/\s+/)) if (!keys.includes(token)) keys.push(token);
  return keys;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  const { metas, scripts, links } = headElements(doc);
  const meta = new Map<string, string[]>();
  const itemprops = new Set<string>();
  for (const el of [...metas, ...links]) {
    const p = el.getAttribute('itemprop');
    if (p) for (const name of p.trim().split(/\s+/)) itemprops.add(name);
  }
  for (const m of metas) {
    const content = m.getAttribute('content');
    if (content === null) continue;
    for (const key of metaKeys(m)) {
      const arr = meta.get(key);
      if (arr) arr.push(content);
      else meta.set(key, [content]);
    }
  }
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) for (const x of v) {
        const c = clean(x);
        if (c) return c;
      }
    }
    return null;
  };
  const all = (key: string): string[] => (meta.get(key) ?? []).map(clean).filter(Boolean) as string[];

  // JSON-LD
  const nodes: Json[] = [];
  const jsonLd: unknown[] = [];
  const parsed = (data: Json) => {
    jsonLd.push(data);
    collectNodes(data, nodes);
  };
  for (const s of scripts) {
    if ((s.getAttribute('type') || '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = (s.textContent || '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/^\s*<!--|-->\s*$/g, '').trim();
    if (!raw) continue;
    try {
      parsed(JSON.parse(raw));
    } catch {
      try {
        // a common defect: raw newlines/tabs inside strings
        parsed(JSON.parse(raw.replace(/[\n\r\t]+/g, ' ')));
      } catch {
        /* unreadable JSON-LD: ignore */
      }
    }
  }
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t) && t !== 'WebPage')) ?? null;
  const webpage = nodes.find((n) => typesOf(n).some((t) => /WebPage$/.test(t))) ?? null;
  const org = nodes.find((n) => typesOf(n).some((t) => /Organization$|WebSite$/.test(t))) ?? null;

  const siteName =
    first('og:site_name', 'application-name', 'al:android:app_name', 'twitter:app:name:iphone') ??
    clean(article?.publisher?.name) ??
    clean(org?.name) ??
    null;

  const docTitle = clean(doc.querySelector('title')?.textContent ?? null);
  const ldTitle = jsonLdTitle(clean(article?.headline), clean(article?.name), docTitle);
  const rawTitle = ldTitle ?? first('og:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'title') ?? docTitle;
  let title = rawTitle ? cleanTitle(rawTitle, siteName, hostNames(url)) : null;
  // A <title> decorated with a site name we do not know ("Headline - Harbour Herald"): the page's
  // own <h1> is the headline when the <title> starts or ends with it.
  if (title && rawTitle === docTitle) {
    title = h1OfTitle(elementsByTag(doc, 'h1'), title) ?? title;
  }

  // An author that is the publisher itself ("BBC News" by BBC News) is no byline.
  const publisherNames = new Set([siteName, clean(article?.publisher?.name)].filter(Boolean).map((n) => n!.toLowerCase()));
  const ldAuthors = (Array.isArray(article?.author) ? article.author : article?.author ? [article.author] : []).filter(
    (a: Json) => !(typesOf(a).some((t) => /Organization$/.test(t)) && publisherNames.has(String(clean(a?.name) ?? '').toLowerCase())),
  );
  let authors = dedupeNames(personNames(ldAuthors, byId));
  if (authors.length === 0) authors = dedupeNames(personNames(article?.creator, byId));
  if (authors.length === 0) authors = dedupeNames(all('citation_author'));
  // A meta author that is also the page's generator ("PMJS - Coordenadoria de TI" as both) names who
  // built the site, on every page of it, not who wrote this one.
  const builders = new Set(all('generator').map((n) => n.toLowerCase()));
  if (authors.length === 0) authors = dedupeNames([...all('author'), ...all('article:author'), ...all('dc.creator'), ...all('dcterms.creator'), ...all('sailthru.author'), ...all('parsely-author')]).filter((n) => !builders.has(n.toLowerCase()));
  // (no DOM search for rel=author/itemprop here: Readability's byline is the fallback)
  const byline = authors.length ? authors.join(', ') : null;

  let publishedTime =
    toIsoDate(article?.datePublished) ??
    toIsoDate(first('article:published_time', 'og:published_time', 'article:published', 'datepublished', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'sailthru.date', 'parsely-pub-date')) ??
    toIsoDate(article?.dateCreated) ??
    toIsoDate(webpage?.datePublished) ??
    null;
  if (!publishedTime) {
    // <time datetime>: the one marked as publication first, else the first one
    const times = elementsByTag(doc, 'time');
    let best: Element | null = null;
    for (let i = 0; i < times.length; i++) {
      const t = times[i];
      if (!t.hasAttribute('datetime')) continue;
      if (t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate') || /\bpublished\b/.test(t.getAttribute('class') || '')) {
        best = t;
        break;
      }
      best ??= t;
    }
    publishedTime = toIsoDate(best?.getAttribute('datetime'));
  }

  let canonicalHref: string | null = null;
  const linkEls = links;
  for (let i = 0; i < linkEls.length; i++) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(linkEls[i].getAttribute('rel') || '')) {
      canonicalHref = linkEls[i].getAttribute('href');
      break;
    }
  }
  const canonicalUrl =
    httpUrl(canonicalHref, url) ??
    httpUrl(first('og:url'), url) ??
    null;

  const html = doc.documentElement;
  const lang =
    normalizeLang(html?.getAttribute('lang')) ??
    normalizeLang(html?.getAttribute('xml:lang')) ??
    normalizeLang(doc.body?.getAttribute('lang')) ??
    normalizeLang(typeof article?.inLanguage === 'string' ? article.inLanguage : null) ??
    normalizeLang(first('content-language', 'language', 'dc.language', 'og:locale')) ??
    null;
  const dirAttr = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir: 'ltr' | 'rtl' = dirAttr === 'rtl' || (dirAttr !== 'ltr' && isRtlLang(lang)) ? 'rtl' : 'ltr';

  const leadImage =
    httpUrl(first('og:image:secure_url', 'og:image', 'og:image:url'), url) ??
    imageUrl(article?.image, url) ??
    imageUrl(article?.thumbnailUrl, url) ??
    httpUrl(first('twitter:image', 'twitter:image:src'), url) ??
    null;

  const excerpt = first('og:description', 'description', 'twitter:description', 'dc.description') ?? clean(article?.description) ?? null;

  const ogType = (first('og:type') || '').toLowerCase();
  const declaresArticle = !!article || ogType === 'article' || meta.has('article:published_time') || meta.has('citation_title');

  const ldSection = article?.articleSection;
  const section = clean(Array.isArray(ldSection) ? ldSection[0] : ldSection) ?? first('article:section', 'parsely-section', 'section') ?? null;

  return { title, byline, siteName, publishedTime, canonicalUrl, lang, dir, leadImage, excerpt, docTitle, declaresArticle, section, jsonLd, itemprops, builders };
}
