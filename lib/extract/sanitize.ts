// The one DOMPurify policy for article HTML: what the reader view may show. lib/extract applies it
// before anything leaves the extractor, and the panel may apply it again with the same function.
// Hooks are installed once per DOMPurify instance (tracked in a WeakSet), so calling this module
// any number of times with the same instance never stacks hooks.
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { linkHref } from '../url';

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

function installHooks(purify: DOMPurify) {
  if (hooked.has(purify)) return;
  hooked.add(purify);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.tagName) return;
    const tag = el.tagName.toLowerCase();
    // URLs: only absolute http(s) and mailto that parse survive (relative ones were resolved
    // before); a broken one ("http://") would make whatever reads it later throw.
    for (const attr of ['href', 'src', 'cite', 'longdesc']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const t = v.trim();
      // (in-page "#fragment" links go too: in the panel they would open the panel itself)
      if (!SAFE_URL.test(t) || !linkHref(t)) el.removeAttribute(attr);
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
    }
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

/**
 * Landmarks inside an article (<main>, <nav>, <header>…) would nest inside the reader page's own
 * landmarks, an accessibility error: each becomes a <div> with the same children. Done by moving
 * children (linear), not with DOMPurify's FORBID_TAGS + KEEP_CONTENT, which clones child by child
 * and is quadratic on jsdom for an element with thousands of children.
 */
const LANDMARKS = 'main, nav, header, footer, aside, article, section, search';

export function unwrapLandmarks(root: Element): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll(LANDMARKS))) {
    const div = doc.createElement('div');
    for (const attr of Array.from(el.attributes)) if (attr.name === 'lang' || attr.name === 'dir') div.setAttribute(attr.name, attr.value);
    while (el.firstChild) div.appendChild(el.firstChild);
    el.replaceWith(div);
  }
}

/** Sanitizes article HTML into a fresh <body> element of DOMPurify's own document. */
export function sanitizeToBody(purify: DOMPurify, html: string): HTMLElement {
  installHooks(purify);
  const body = purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement;
  unwrapLandmarks(body);
  return body;
}

/** Sanitizes article HTML to a string (for the panel's second pass). */
export function sanitizeHtml(purify: DOMPurify, html: string): string {
  installHooks(purify);
  return purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: false }) as unknown as string;
}
