// The only code Gloss runs in a web page. It is injected on demand (activeTab + scripting), never
// on every page. It hands the extension the page's serialized DOM, says when a single-page app
// navigates, draws the user's highlights on the page (CSS Custom Highlight API: no change to the
// page's DOM, layout or scripts) and reports a selection the user wants to annotate.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { anchorMany, describe } from '../lib/anchor';
import { textOffsetToDom, textWithNodeMap } from '../lib/extract/text';
import { PONG, sameDocumentUrl, type CapturedSelection, type PageHighlight, type PageSnapshot } from '../lib/messages';
import { selectionOffsets } from '../components/selection';

declare global {
  interface Window {
    __glossContent?: unknown;
  }
}

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'];
const highlightName = (color: string) => `gloss-${color}`;

function validHighlights(raw: unknown): PageHighlight[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (h): h is PageHighlight =>
      !!h && typeof h.id === 'string' && COLORS.includes(h.color) && !!h.quote &&
      typeof h.quote.exact === 'string' && typeof h.quote.prefix === 'string' && typeof h.quote.suffix === 'string',
  ).slice(0, 5000);
}

/**
 * Draws the article's highlights — only when this document is the page the article was read from
 * (`articleUrl`): the CSS Custom Highlight API registry is readable by the page's own scripts, so a
 * page that is not the article (it navigated, or it only claims the article) must get no quotes.
 */
function drawHighlights(items: PageHighlight[], articleUrl: unknown) {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> })?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return 0;
  for (const c of COLORS) registry.delete(highlightName(c));
  if (items.length === 0 || typeof articleUrl !== 'string' || !sameDocumentUrl(location.href, articleUrl)) return 0;
  const map = textWithNodeMap(document.body);
  const anchors = anchorMany(map.text, items.map((h) => ({ id: h.id, selectors: [h.quote] })));
  const ranges = new Map<string, Range[]>();
  let drawn = 0;
  for (const h of items) {
    const at = anchors.get(h.id);
    if (!at) continue;
    const start = textOffsetToDom(map, at.start, 'start');
    const end = textOffsetToDom(map, at.end, 'end');
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.set(h.color, [...(ranges.get(h.color) ?? []), range]);
    drawn++;
  }
  for (const [color, list] of ranges) registry.set(highlightName(color), new HighlightCtor(...list));
  return drawn;
}

function captureSelection(): CapturedSelection | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const offsets = selectionOffsets(document.body, sel.getRangeAt(0));
  if (!offsets) return null;
  const text = textWithNodeMap(document.body).text;
  const [quote] = describe(text, offsets.start, offsets.end);
  return { url: location.href, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected again into the same document: one listener is enough. `=== true`, because a page
    // element with that id is also a property of window (and would make a truthiness test skip us).
    if (window.__glossContent === true) return;
    window.__glossContent = true;

    browser.runtime.onMessage.addListener((message: { type?: string; items?: unknown; url?: unknown }, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      if (message?.type === 'gloss/ping') {
        sendResponse(PONG);
      } else if (message?.type === 'gloss/snapshot') {
        const snapshot: PageSnapshot = { url: location.href, title: document.title, html: document.documentElement.outerHTML };
        sendResponse(snapshot);
      } else if (message?.type === 'gloss/highlights') {
        sendResponse({ drawn: drawHighlights(validHighlights(message.items), message.url) });
      } else if (message?.type === 'gloss/capture-selection') {
        sendResponse(captureSelection());
      }
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      browser.runtime.sendMessage({ type: 'gloss/page-changed', url: newUrl.href }).catch(() => {
        // no panel open: nobody needs to know
      });
    });
  },
});
