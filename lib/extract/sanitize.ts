// The one DOMPurify policy for article HTML: what the reader view may show. lib/extract applies it
// before anything leaves the extractor, and the panel may apply it again with the same function.
// Hooks are installed once per DOMPurify instance (tracked in a WeakSet), so calling this module
// any number of times with the same instance never stacks hooks.
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { linkHref } from '../url';
import { LANDMARK_TAGS, LANDMARKS } from './sanitizer-input';

export type { DOMPurify };

const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'option', 'textarea', 'svg', 'math', 'link', 'meta', 'base', 'noscript',
  'template', 'dialog', 'portal', 'audio', 'video', 'source', 'track', 'canvas', 'label',
];
const FORBID_ATTR = [
  'style', 'class', 'id', 'srcset', 'sizes', 'srcdoc', 'action', 'formaction', 'ping', 'background',
  'poster', 'xlink:href', 'name', 'tabindex', 'contenteditable', 'autofocus', 'is', 'slot',
];
const SAFE_URL = /^(?:https?:|mailto:)/i;
const URL_ATTRS = ['href', 'src', 'cite', 'longdesc'];

export const SANITIZE_CONFIG: Config = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  USE_PROFILES: { html: true },
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

const hooked = new WeakSet<object>();

/**
 * What `sanitizeToBody` does after DOMPurify's walk needs two lists: the landmarks to unwrap and the
 * images left without a src. The hook below sees every element DOMPurify keeps, in document order,
 * once its attributes are final: it lists them while `sanitizeToBody` runs (null otherwise: the
 * string mode keeps nothing). Two queries of the whole sanitised tree cost 13–25 ms on 100k
 * paragraphs in Chromium; the hook's check is a Set look-up per kept element.
 */
let kept: { landmarks: Element[]; imagesWithoutSource: Element[] } | null = null;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * An <img> with only a srcset (srcset is not kept: it could name other hosts than src): its first
 * candidate becomes its src, checked like any src (DOMPurify's URI test, then the hook below), so
 * the image still shows. Run before DOMPurify reads the image's attributes: by the hook of a
 * purifier made by `getPurifier`, or by lib/extract on Readability's element before serialising it
 * for `extractionPurifier`'s instance (see there).
 */
export function srcFromSrcset(el: Element): void {
  if (el.getAttribute('src')?.trim()) return;
  const first = el.getAttribute('srcset')?.trim().split(/\s+/)[0];
  if (first) el.setAttribute('src', first.replace(/,$/, ''));
}

/**
 * `srcsetHook`: false for the extraction's own instance, whose caller makes the srcset fallback
 * beforehand (`srcFromSrcset`): DOMPurify runs a beforeSanitizeAttributes hook on every node it
 * walks, text nodes included (three calls per paragraph of a long article: the <p>, its text and
 * the line break after it), for an answer that concerns <img> elements only.
 */
function installHooks(purify: DOMPurify, srcsetHook = true) {
  if (hooked.has(purify)) return;
  // (an instance hooked without the srcset hook — extractionPurifier's own, on purpose — counts as hooked too: it
  // must never be handed to getPurifier/sanitizeHtml, which would then leave its <img srcset> without the fallback)
  hooked.add(purify);
  if (srcsetHook) purify.addHook('beforeSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'IMG' || el.tagName === 'img') srcFromSrcset(el);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.tagName) return;
    const tag = el.tagName.toLowerCase();
    // URLs: only absolute http(s) and mailto that parse survive (relative ones were resolved
    // before); a broken one ("http://") would make whatever reads it later throw.
    // Those that stay are written as the parser writes them (what Article.links holds), so
    // nothing downstream parses them again.
    // (most elements of a long article have no attribute at all: nothing to read then)
    if (el.hasAttributes()) for (const attr of URL_ATTRS) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const t = v.trim();
      // (in-page "#fragment" links go too: in the panel they would open the panel itself)
      const href = SAFE_URL.test(t) ? linkHref(t) : null;
      if (!href) el.removeAttribute(attr);
      else if (href !== v) el.setAttribute(attr, href);
    }
    if (tag === 'a') {
      if (el.hasAttribute('href')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else {
        el.removeAttribute('target');
      }
    }
    if (tag === 'img') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('referrerpolicy', 'no-referrer');
      if (kept && !el.hasAttribute('src')) kept.imagesWithoutSource.push(el);
    } else if (kept && LANDMARK_TAGS.has(tag) && el.namespaceURI === HTML_NS) kept.landmarks.push(el);
  });
}

/** A DOMPurify instance with our hooks: pass an instance (hooks get added once) or a window. */
export function getPurifier(purifyOrWindow: DOMPurify | WindowLike | Window): DOMPurify {
  const p: DOMPurify =
    typeof (purifyOrWindow as DOMPurify).sanitize === 'function'
      ? (purifyOrWindow as DOMPurify)
      : createDOMPurify(purifyOrWindow as WindowLike);
  installHooks(p);
  return p;
}

/** Instances made by `extractionPurifier`: the extraction's config is set on them once. */
const preset = new WeakSet<DOMPurify>();
const byWindow = new WeakMap<object, DOMPurify>();

/**
 * The purifier lib/extract sanitises with. Given a window: one instance per window, with our hooks
 * but the srcset one (the caller runs `srcFromSrcset` on the images of what it sanitises first)
 * and the RETURN_DOM config set once (setConfig); DOMPurify otherwise parses its config again on
 * every call, 0.1 ms in Chromium, about an eighth of sanitising a typical article. Given an
 * instance: that instance with all our hooks, configured per call (its owner may use it with other
 * configs).
 */
export function extractionPurifier(purifyOrWindow: DOMPurify | WindowLike | Window): DOMPurify {
  if (typeof (purifyOrWindow as DOMPurify).sanitize === 'function') return getPurifier(purifyOrWindow as DOMPurify);
  let p = byWindow.get(purifyOrWindow);
  if (!p) {
    p = createDOMPurify(purifyOrWindow as WindowLike);
    installHooks(p, false); // (the srcset fallback is the caller's: see `srcFromSrcset`)
    // (no Trusted Types policy: nothing here enforces them, and DOMPurify asked the browser the
    // type of every attribute it kept for one, to wrap values it writes back as strings anyway)
    p.setConfig({ ...SANITIZE_CONFIG, RETURN_DOM: true, TRUSTED_TYPES_POLICY: null });
    preset.add(p);
    byWindow.set(purifyOrWindow, p);
  }
  return p;
}

/**
 * Landmarks inside an article (<main>, <nav>, <header>…) would nest inside the reader page's own
 * landmarks, an accessibility error: each becomes a <div> with the same children. Done by moving
 * children (linear), not with DOMPurify's FORBID_TAGS + KEEP_CONTENT, which clones child by child
 * and is quadratic on jsdom for an element with thousands of children. (Those near the top of
 * Readability's element are already <div>s: ./sanitizer-input.ts writes them so before sanitising.)
 */
export function unwrapLandmarks(root: Element, landmarks: Element[] = Array.from(root.querySelectorAll(LANDMARKS))): void {
  const doc = root.ownerDocument;
  for (const el of landmarks) {
    const div = doc.createElement('div');
    for (const attr of Array.from(el.attributes)) if (attr.name === 'lang' || attr.name === 'dir') div.setAttribute(attr.name, attr.value);
    while (el.firstChild) div.appendChild(el.firstChild);
    el.replaceWith(div);
  }
}

/**
 * An <img> left without a src shows nothing but a broken-image box with its alt text: a lazy image
 * whose only src was a data: placeholder (CNN's related-story thumbnails: "The United States once
 * again kicks the Huawei can down the road" as a box in the middle of the story), or one whose src
 * did not survive the URL check. It holds no text of the article (alt text is not read into it).
 */
function dropImagesWithoutSource(images: Element[]): void {
  for (const img of images) img.remove();
}

/** Sanitizes article HTML into a fresh <body> element of DOMPurify's own document. */
export function sanitizeToBody(purify: DOMPurify, html: string): HTMLElement {
  installHooks(purify);
  const found: NonNullable<typeof kept> = { landmarks: [], imagesWithoutSource: [] };
  kept = found;
  let body: HTMLElement;
  try {
    body = (preset.has(purify) ? purify.sanitize(html) : purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: true })) as HTMLElement;
  } finally {
    kept = null;
  }
  unwrapLandmarks(body, found.landmarks);
  dropImagesWithoutSource(found.imagesWithoutSource);
  return body;
}

/** Sanitizes article HTML to a string (for HTML that did not come straight from `sanitizeToBody`). */
export function sanitizeHtml(purify: DOMPurify, html: string): string {
  installHooks(purify);
  return purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: false }) as unknown as string;
}

/**
 * Article objects whose `html` is the serialisation of a `sanitizeToBody` result made in this
 * JavaScript realm, with that exact string. Only lib/extract adds to it (`vouchSanitized`), after
 * DOMPurify; an object read from storage, an import or a message is a new object and is not in it.
 * A WeakMap: it holds nothing alive.
 */
const vouched = new WeakMap<object, string>();

/** Records that `owner.html` is `html`, DOMPurify's own output serialised (lib/extract only). */
export function vouchSanitized(owner: { html: string }, html: string): void {
  vouched.set(owner, html);
}

/**
 * The HTML of an article, safe to render: as it is when this realm's extractor produced it (the
 * same string DOMPurify's string mode would have returned: sanitising it again costs as much as
 * the first pass, up to seconds on a huge page, and removes nothing), otherwise sanitised now
 * (saved copies, imported files: anything that went through storage).
 */
export function renderableHtml(purify: DOMPurify, article: { html: string }): string {
  const html = article.html;
  return vouched.get(article) === html ? html : sanitizeHtml(purify, html);
}
