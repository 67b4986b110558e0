// Node entry of lib/extract: parse an HTML string with jsdom (26; scripts never run, resources
// never load, console noise swallowed) and extract it. Used by the `analyze` CLI and the bench.
// Not for the extension bundle: the extension calls `extractArticle` on its own DOM.
import { JSDOM, VirtualConsole } from 'jsdom';
import { capHtmlNesting, mayNestDeeperThan } from './depth';
import { extractArticle } from './index';
import type { ExtractResult } from './types';

export interface ExtractFromHtmlOptions {
  /** Use the CSSOM-based visibility test like upstream Readability (slower). Default false. */
  cssVisibility?: boolean;
}

function quietConsole(): VirtualConsole {
  // a VirtualConsole that is not forwarded anywhere: "Could not parse CSS stylesheet" & co. vanish
  const vc = new VirtualConsole();
  vc.on('jsdomError', () => {});
  return vc;
}

/** A jsdom for `html` at `url`, no scripts, no subresources. Close its window when done. */
export function parseHtml(html: string, url: string): JSDOM {
  const dom = new JSDOM(html, { url: safeUrl(url), virtualConsole: quietConsole(), contentType: 'text/html' });
  iterateCollectionsDirectly(dom.window as unknown as CollectionWindow);
  return dom;
}

type CollectionWindow = { HTMLCollection: { prototype: { item(i: number): Element | null; [Symbol.iterator]: () => Iterator<Element> } } };

/**
 * In jsdom every property read on an HTMLCollection (`length`, `item`, each step of the iterator
 * `Array.from` and for…of use) first looks for an element with that id or name, a walk of the whole
 * collection: `Array.from(doc.getElementsByTagName('img'))` — as Readability does — was quadratic,
 * 20,000 images took minutes. The iterator here reads the length once and the items through the
 * prototype's own functions, which skips that lookup. (Browsers are not affected: this is jsdom's.)
 */
function iterateCollectionsDirectly(window: CollectionWindow) {
  const proto = window.HTMLCollection.prototype;
  const length = Object.getOwnPropertyDescriptor(proto, 'length')?.get;
  const item = proto.item;
  if (!length || typeof item !== 'function') return;
  proto[Symbol.iterator] = function* (this: object) {
    const n = length.call(this) as number;
    for (let i = 0; i < n; i++) {
      const el = item.call(this, i);
      if (el) yield el;
    }
  };
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}

/** Degraded input for a retry: no <style> blocks, no style attributes (jsdom's CSS parser stays out). */
function withoutStyles(html: string): string {
  return html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ' ');
}

/** jsdom for `html`, nested no deeper than a browser's parser would nest it (see ./depth.ts). */
function parseCapped(html: string, url: string): JSDOM {
  return parseHtml(mayNestDeeperThan(html) ? capHtmlNesting(html) : html, url);
}

/**
 * Extracts the article from an HTML string. Batch callers: let the event loop turn between pages
 * (`await new Promise((r) => setImmediate(r))`): jsdom releases closed windows only then.
 * The document is parsed here and consumed (no clone);
 * if the first attempt throws (jsdom CSS, odd markup), it retries once on a style-free copy —
 * but not after a RangeError (a stack overflow, an impossible allocation): the style-free copy
 * has the same shape and would fail the same way, only as slowly again.
 */
export function extractFromHtml(html: string, url: string, opts: ExtractFromHtmlOptions = {}): ExtractResult {
  const fastVisibility = !opts.cssVisibility;
  let dom: JSDOM | null = null;
  try {
    dom = parseCapped(html, url);
    return extractArticle(dom.window.document, { url, purify: dom.window, consumeDocument: true, fastVisibility });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    dom?.window.close();
    dom = null;
    dom = parseCapped(withoutStyles(html), url);
    return extractArticle(dom.window.document, { url, purify: dom.window, consumeDocument: true, fastVisibility: true });
  } finally {
    dom?.window.close();
  }
}
