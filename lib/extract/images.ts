// One photo, shown once. Pages repeat their pictures: the header image again at the top of the body,
// a gallery slide twice, and the page's og:image (the reader's lead image) is nearly always one of
// the body's pictures in another size. Two images are the same when they share a URL — src or any
// srcset candidate — or a rendition key: the same file once the sizes CDNs write into URLs are
// taken out ("-800x533", "_1024", "/w1200-h630-p/", "?width=640", "-articleLarge", a resizer's
// embedded original URL). A chart shown again further down with a different caption is a second
// figure, not a repeat: both stay. Runs on Readability's element before sanitising (srcset is still there).

export interface ImageResult {
  /** The lead image to show above the article: null when the body already shows it. */
  leadImage: string | null;
  /** Body images removed as repeats. */
  removed: number;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$/i;
/** Path segments that only say how big ("920x920", "w1200-h630-p-k-no-nu", "s320", "690*460", "fit-in"). */
const SIZE_SEGMENT = /^(?:\d+[x*]\d*|\d*[x*]\d+|[swh]\d+(?:-[a-z0-9-]+)?|\d{1,4}|fit-in|resize|crop|thumb(?:nail)?s?|styles?|public|large|medium|small|full|original|default|quality|strip|true|dims\d*|filters:.*|.*=.*)$/i;
/** Rendition suffixes at the end of a file's name. */
const SIZE_SUFFIX = /(?:[-_](?:\d+x\d+|\d{2,4}(?:-\d{2,3})?|(?:article|super|facebook|thumb|video|master|square|horizontal|vertical|mobile|medium|large|small|jumbo|thumb|popup|blog|hp)[a-z0-9]*|scaled|rawimage|[0-9]+w|x*[sml]|xx?l|sm|md|lg))+$/i;
/** File names that say nothing about the picture ("rawImage.jpg", "920x920.jpg", "6720.jpg"): its folder names it. */
const GENERIC_STEM = /^(?:|\d+|\d+x\d*|image|img|photo|picture|raw|rawimage|original|default|full|large|medium|small|master|main|index)$/i;
/** Of those, the ones that are only a size or a rendition word (dropped; a number stays, "1.jpg" ≠ "2.jpg"). */
const SIZE_STEM = /^(?:\d+x\d*|image|img|photo|picture|raw|rawimage|original|default|full|large|medium|small|master|main|index)$/i;
/** SIZE_SEGMENT without bare numbers: in a folder that names the photo, numbers are ids. */
const SIZE_WORD_SEGMENT = /^(?:\d+[x*]\d*|\d*[x*]\d+|[swh]\d+(?:-[a-z0-9-]+)?|fit-in|resize|crop|thumb(?:nail)?s?|large|medium|small|full|original|.*=.*)$/i;
/** Query parameters that only say how big or how encoded. */
const SIZE_PARAM = /^(?:w|h|width|height|q|quality|fit|dpr|auto|format|fm|crop|resize|s|size|v|ve|itok|cache|ts|version|rect|mode|scale|strip|bg|pad|blur|sharp|retina|keepprotocol)$/i;

/** The URL of the original when a resizer or proxy wraps it (…/https://host/path.jpg, ?url=…, ?src=…). */
function unwrap(u: URL): URL {
  for (const [, v] of u.searchParams) {
    if (/^(?:https?:\/\/|\/)[^\s]+\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i.test(v)) {
      try {
        return new URL(v, u);
      } catch {
        /* not a URL */
      }
    }
  }
  // (a path without "%" decodes to itself: most do, and decoding one is a tenth of a key's cost)
  const path = u.pathname.includes('%') ? decodeURIComponent(u.pathname) : u.pathname;
  const inner = path.search(/\/(?:https?:\/+)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\//i);
  if (inner > 0) {
    try {
      const rest = path.slice(inner + 1).replace(/^https?:\/+/, '');
      return new URL(`https://${rest}`);
    } catch {
      /* keep u */
    }
  }
  return u;
}

/** The rendition key of an image URL (see the header), or null when it names no image file. */
export function renditionKey(src: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(src, base);
  } catch {
    return null;
  }
  return keyOf(u);
}

/** The rendition key of a parsed image URL (`renditionKey` without the parse). */
function keyOf(parsed: URL): string | null {
  let u: URL;
  try {
    u = unwrap(parsed);
  } catch {
    return null;
  }
  const segs = u.pathname.split('/').filter(Boolean);
  const file = segs.pop() ?? '';
  if (!IMAGE_FILE.test(file) && !/image|photo|img|picture|media|resources/i.test(u.pathname)) return null;
  const host = u.hostname.replace(/^www\./, '');
  const stem = file.replace(/\.[a-z0-9]{2,5}$/i, '').toLowerCase().replace(SIZE_SUFFIX, '');
  // the picture is named by its query ("…/r/?i=1454231854&r=LYNX…&w=1200"): keep what is not a size
  const named = [...u.searchParams].filter(([k]) => !SIZE_PARAM.test(k)).map(([k, v]) => `${k}=${v}`).sort().join('&');
  if (GENERIC_STEM.test(stem) || stem.length < 4) {
    // a generic or short file name: the folder must be specific (an id or a hash) to name one photo
    const kept = segs.filter((x) => !SIZE_WORD_SEGMENT.test(x));
    const dir = kept.join('/').toLowerCase();
    const name = SIZE_STEM.test(stem) ? '' : stem;
    // an id or a hash among the folders ("18637072", "17228cd8…"), not words like "resources"
    if (kept.some((x) => (x.length >= 6 && /\d/.test(x) && !/^\d{4}$/.test(x)) || x.length >= 16)) return `${host}/${dir}/${name}`;
    return named ? `${host}/${dir}/${name}?${named}` : null;
  }
  const dir = segs.filter((x) => !SIZE_SEGMENT.test(x)).join('/').toLowerCase();
  return `${host}/${dir}/${stem}`;
}

/** Where lazy-loading pages keep a picture's real address, first choice first (the src is a placeholder then). */
const LAZY_SRC = ['data-lazy-src', 'data-src', 'data-original', 'data-lazy', 'data-url'];
const LAZY_SRCSET = ['data-lazy-srcset', 'data-srcset'];
/** An address whose path ends like a picture file. */
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i;
/** A src file name that says it stands in for the picture until a script loads it ("lazyload-placeholder.png", "blank.gif", "spacer.gif", "1x1.png"). */
const PLACEHOLDER_FILE = /(?:placeholder|lazy|blank|spacer|transparent|pixel|loader|loading|dummy|empty|1x1)[^/]*$/i;

/** An address that names a picture: one address (no JSON a script reads: {"default":{"src":…}}), not a data: URI, a picture file or a picture's rendition. */
export function namesPicture(u: string | null | undefined, base: string): u is string {
  return !!u && !/[\s"'{}<>]/.test(u) && !/^data:/i.test(u) && (IMAGE_PATH.test(u) || !!renditionKey(u, base));
}

/** The last (largest, as written) candidate of a srcset. */
const lastCandidate = (v: string | null) => srcsetUrls(v).pop();

/**
 * The real address a lazy-loading page keeps in a data attribute (data-lazy-src, data-src,
 * data-original, …; else the largest candidate of data-lazy-srcset / data-srcset), when it names a
 * picture; null when the img has none. Shared by the body's pictures and the lead figure.
 */
export function lazySource(img: Element, base: string): string | null {
  // (every attribute read below is a data- one: most pictures have none, and seven reads each of
  // thousands of pictures showed in the profile)
  if (!hasDataAttribute(img)) return null;
  return LAZY_SRC.map((a) => img.getAttribute(a)?.trim()).find((u) => namesPicture(u, base)) ??
    LAZY_SRCSET.map((a) => lastCandidate(img.getAttribute(a))).find((u) => namesPicture(u, base)) ?? null;
}

/** True when `el` has some data-* attribute (one native call for its names, no attribute read). */
function hasDataAttribute(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  for (const name of el.getAttributeNames()) if (name.startsWith('data-')) return true;
  return false;
}

/** A src that shows no picture of its own: none, a data: URI, or a placeholder file (see PLACEHOLDER_FILE). */
function isPlaceholderSrc(src: string | null): boolean {
  const s = src?.trim();
  if (!s || /^data:/i.test(s)) return true;
  return PLACEHOLDER_FILE.test(s.split(/[?#]/)[0]);
}

/**
 * Gives each lazy-loading <img> under `root` its real address as its src (and its data srcset as
 * its srcset), before Readability and before the repeats are removed. Readability's own fix only
 * knows base64 placeholders: a page whose pictures all share "lazyload-placeholder.png" kept that
 * placeholder as every picture, and the de-duplication then took them for one photo shown twice.
 * The src is replaced only when it shows nothing of its own: none, a data: URI, a placeholder
 * file, or one src shared by pictures whose real addresses differ.
 */
export function resolveLazyImages(root: Document | Element, base: string): number {
  const lazy: [Element, string][] = [];
  const bySrc = new Map<string, Set<string>>(); // a src → the real addresses of the lazy pictures showing it
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const real = lazySource(img, base);
    const src = img.getAttribute('src')?.trim() ?? '';
    if (!real || real === src) continue;
    lazy.push([img, real]);
    if (src) bySrc.set(src, (bySrc.get(src) ?? new Set()).add(real));
  }
  let fixed = 0;
  for (const [img, real] of lazy) {
    const src = img.getAttribute('src')?.trim() ?? '';
    if (!isPlaceholderSrc(src) && (bySrc.get(src)?.size ?? 0) < 2) continue;
    img.setAttribute('src', real);
    const set = LAZY_SRCSET.map((a) => img.getAttribute(a)?.trim()).find((v) => v && !/^data:/i.test(v));
    if (set) img.setAttribute('srcset', set);
    else if (/^data:/i.test(img.getAttribute('srcset')?.trim() ?? '')) img.removeAttribute('srcset');
    fixed++;
  }
  return fixed;
}

function srcsetUrls(v: string | null): string[] {
  if (!v) return [];
  return v.split(/,\s+|,(?=https?:|\/)/).map((c) => c.trim().split(/\s+/)[0]).filter(Boolean);
}

/** Schemes whose URLs' serialisation parses back to the same URL. */
const SPECIAL_WEB = new Set(['http:', 'https:']);

/** Every name an <img> goes by: its src, its srcset candidates, their <picture> <source>s. */
function namesOf(img: Element, base: string): { urls: string[]; keys: string[] } {
  const urls = [img.getAttribute('src') ?? '', ...srcsetUrls(img.getAttribute('srcset'))];
  const pic = img.parentElement?.tagName.toUpperCase() === 'PICTURE' ? img.parentElement : null;
  if (pic) for (const s of Array.from(pic.getElementsByTagName('source'))) urls.push(...srcsetUrls(s.getAttribute('srcset')));
  const abs: string[] = [];
  const keys: string[] = [];
  for (const x of urls) {
    if (!x || x.startsWith('data:')) continue;
    let u: URL;
    try {
      u = new URL(x, base);
    } catch {
      continue;
    }
    abs.push(u.href);
    // the key from the URL just parsed: an http(s) URL's href parses back to the same URL, so the
    // second parse renditionKey(href) made is skipped (a page of 20k images parsed each twice)
    const key = SPECIAL_WEB.has(u.protocol) ? keyOf(u) : renditionKey(u.href, base);
    if (key) keys.push(key);
  }
  return { urls: abs, keys };
}

function captionOf(img: Element): Element | null {
  const fig = img.closest('figure');
  return fig?.getElementsByTagName('figcaption')[0] ?? null;
}

const bare = (s: string | null | undefined) => (s || '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * True when `img` repeats `prior` as a figure of its own: each carries its own caption, neither
 * caption holds the other, and `prior` is not the picture the body opens with (the header's photo
 * repeated at the top of the body goes, whatever its captions say).
 */
function secondFigure(opening: () => Set<Element>, prior: Element, img: Element): boolean {
  const a = bare(captionOf(prior)?.textContent);
  const b = bare(captionOf(img)?.textContent);
  if (!a || !b || a.includes(b) || b.includes(a)) return false;
  return !opening().has(prior);
}

/** The element to remove with a repeated image: its <figure> or <picture> when it holds nothing else. */
function holderOf(img: Element): Element {
  let el: Element = img;
  for (let p = img.parentElement; p && p.tagName.toUpperCase() !== 'BODY'; p = p.parentElement) {
    const tag = p.tagName.toUpperCase();
    if (tag !== 'FIGURE' && tag !== 'PICTURE' && tag !== 'A' && tag !== 'DIV' && tag !== 'SPAN') break;
    if (p.getElementsByTagName('img').length > 1) break;
    if (tag !== 'FIGURE' && (p.textContent || '').trim()) break;
    el = p;
    if (tag === 'FIGURE') break;
  }
  return el;
}

/** Text a standfirst or a kicker may take before the opening picture (characters). */
const OPENING_TEXT = 150;

/** The images that come before the body's running text (at most a standfirst before them): one walk, read once per page. */
function openingImages(root: Element): Set<Element> {
  const out = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* elements + text */);
  let text = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'IMG') out.add(n as Element);
    if (n.nodeType === 3 && !n.parentElement?.closest('figure, figcaption')) {
      text += (n as Text).data.trim().length;
      if (text >= OPENING_TEXT) break;
    }
  }
  return out;
}

/**
 * Removes repeated body images (keeping the one that has a caption, else the first) and decides
 * the lead image: the body's own copy when it shows the page's lead image (or opens with a
 * picture, which the lead image nearly always is), else the page's lead image.
 */
export function dedupeImages(root: Element, leadImage: string | null, base: string): ImageResult {
  const imgs = Array.from(root.getElementsByTagName('img'));
  const seen = new Map<string, Element>(); // url or key → an image seen under it
  const replaced = new Map<Element, Element>(); // a dropped repeat → the image kept instead
  const current = (el: Element | undefined) => {
    while (el && replaced.has(el)) el = replaced.get(el);
    return el;
  };
  let openings: Set<Element> | undefined;
  const opening = () => (openings ??= openingImages(root));
  let removed = 0;
  const kept: Element[] = [];
  for (const img of imgs) {
    const src = img.getAttribute('src');
    if (!src || /^data:/i.test(src.trim())) {
      // a lazy-loading placeholder whose real address Readability could not find: it shows nothing
      if (!srcsetUrls(img.getAttribute('srcset')).length) {
        holderOf(img).remove();
        removed++;
        continue;
      }
    }
    const { urls, keys } = namesOf(img, base);
    const names = [...urls, ...keys];
    const prior = names.map((n) => current(seen.get(n))).find((x) => x);
    if (!prior || prior === img) {
      for (const n of names) seen.set(n, img);
      if (names.length) kept.push(img);
      continue;
    }
    // the same chart again further down with a caption of its own: the author shows it twice on
    // purpose (each time saying what to see in it), both stay
    if (secondFigure(opening, prior, img)) {
      kept.push(img);
      continue;
    }
    // a repeat: keep whichever carries a caption
    const [keep, drop] = !captionOf(prior) && captionOf(img) ? [img, prior] : [prior, img];
    for (const n of names) seen.set(n, keep);
    replaced.set(drop, keep); // the drop's other names now lead to the kept image (no re-keying walk)
    const i = kept.indexOf(drop);
    if (i >= 0) kept[i] = keep;
    holderOf(drop).remove();
    removed++;
  }
  if (!leadImage || kept.length === 0) return { leadImage, removed };
  const lead = namesOf({ getAttribute: (a: string) => (a === 'src' ? leadImage : null), parentElement: null } as unknown as Element, base);
  const match = [...lead.urls, ...lead.keys].map((n) => current(seen.get(n))).find((x) => x && root.contains(x));
  if (match) return { leadImage: match.getAttribute('src') ? absolute(match.getAttribute('src')!, base) : leadImage, removed };
  const first = kept.find((x) => root.contains(x));
  if (first && opening().has(first) && first.getAttribute('src')) return { leadImage: absolute(first.getAttribute('src')!, base), removed };
  return { leadImage, removed };
}

function absolute(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}
