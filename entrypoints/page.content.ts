// The only code Gloss runs in a web page. It is injected on demand (activeTab + scripting), never
// on every page. It hands the extension the page's serialized DOM, says when a single-page app
// navigates, draws the user's highlights on the page (CSS Custom Highlight API: no change to the
// page's DOM, layout or scripts) and keeps them right when the page edits itself, shows a
// highlight's note when the reader points at it (in a closed shadow root: components/pageNoteTip.ts)
// and reports a selection the user wants to annotate.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { anchorMany, describe } from '../lib/anchor';
import { textOffsetToDom, textWithNodeMap } from '../lib/extract/text';
import { CONTENT_CONTRACT, PONG, dispatch, notify, sameDocumentUrl, type CapturedSelection, type ContentCalls, type Handlers, type PageHighlight } from '../lib/messages';
import { HIGHLIGHT_COLORS } from '../lib/model';
import { selectionOffsets } from '../components/selection';
import { createNoteTip, highlightAt, highlightAtSelection, type TipHighlight } from '../components/pageNoteTip';

declare global {
  interface Window {
    __glossContent?: unknown;
  }
}

const highlightName = (color: string) => `gloss-${color}`;

/** The highlights drawn now, with their notes (for the note box) and the text each covered. */
let drawnHighlights: Array<TipHighlight & { text: string }> = [];
/** What the panel last asked to draw, for which page: drawn again when the page's own edits break a range. */
let requested: { items: PageHighlight[]; url: string } = { items: [], url: '' };

/**
 * Draws the article's highlights — only when this document is the page the article was read from
 * (`articleUrl`): the CSS Custom Highlight API registry is readable by the page's own scripts, so a
 * page that is not the article (it navigated, or it only claims the article) must get no quotes.
 */
function drawHighlights(items: PageHighlight[], articleUrl: string) {
  requested = { items, url: articleUrl };
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> })?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  drawnHighlights = [];
  if (!registry || !HighlightCtor) return 0;
  for (const c of HIGHLIGHT_COLORS) registry.delete(highlightName(c));
  if (items.length === 0 || !sameDocumentUrl(location.href, articleUrl)) return 0;
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
    drawnHighlights.push({ range, note: h.note, tags: h.tags, color: h.color, text: range.toString() });
    drawn++;
  }
  for (const [color, list] of ranges) registry.set(highlightName(color), new HighlightCtor(...list));
  return drawn;
}

// The watchers below use plain listeners, not the WXT context's: a second injection into the same
// document (two reads of the tab racing) invalidates the first context, but the first instance is
// the one that keeps the message listener and the drawn highlights, so its watchers must live on.

/** Shows the note of the highlight under the pointer or the caret; hides it elsewhere. */
function watchNotes() {
  const tip = createNoteTip(document, { noNote: browser.i18n.getMessage('pageNoteEmpty'), tags: browser.i18n.getMessage('tags') });
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  const update = () => {
    frame = 0;
    if (drawnHighlights.length === 0) return tip.hide();
    const hit = (pointer && highlightAt(document, drawnHighlights, pointer.x, pointer.y)) || highlightAtSelection(document, drawnHighlights);
    if (hit) tip.show(hit.highlight, hit.rect);
    else tip.hide();
  };
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(update); // at most one look per frame
  };
  document.addEventListener('mousemove', (e: MouseEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    soon();
  }, { passive: true });
  document.addEventListener('mouseleave', () => {
    pointer = null;
    soon();
  });
  document.addEventListener('selectionchange', soon);
  // Scrolling moves the text under a still pointer: look again (and move the box with its highlight).
  window.addEventListener('scroll', soon, { passive: true, capture: true });
}

/** Delay from a DOM change of the page to the check of its highlights (ms): a burst of edits is
 * checked once, and a page that never stops changing (a ticker) is still checked this often. */
const SETTLE_MS = 250;

/**
 * Ranges are live: when the page edits its own text (a live blog, a framework re-rendering a
 * paragraph), a range whose end node is replaced collapses or loses its last characters. Shortly
 * after, any highlight that no longer covers its text is found again from its quote.
 */
function keepHighlightsOnEdits() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (drawnHighlights.some((h) => h.range.toString() !== h.text)) drawHighlights(requested.items, requested.url);
  };
  const observer = new MutationObserver(() => {
    if (drawnHighlights.length > 0 && timer === undefined) timer = setTimeout(check, SETTLE_MS);
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
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
    // Every injection watches for single-page-app navigation through its own WXT context: a newer
    // injection invalidates the older context (and its watcher), so exactly one stays active.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      // no panel open: nobody needs to know (notify ignores "no receiver")
      void notify((m) => browser.runtime.sendMessage(m), 'gloss/page-changed', { url: newUrl.href });
    });
    // Injected again into the same document: one listener is enough. `=== true`, because a page
    // element with that id is also a property of window (and would make a truthiness test skip us).
    if (window.__glossContent === true) return;
    window.__glossContent = true;

    const handlers: Handlers<ContentCalls, null> = {
      'gloss/ping': () => PONG,
      'gloss/snapshot': () => ({ url: location.href, title: document.title, html: document.documentElement.outerHTML }),
      'gloss/highlights': ({ items, url }) => ({ drawn: drawHighlights(items, url) }),
      'gloss/capture-selection': () => ({ selection: captureSelection() }),
    };
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const answer = dispatch(CONTENT_CONTRACT, handlers, message, null);
      if (!answer) return;
      void answer.then(sendResponse);
      return true; // the answer is sent asynchronously
    });

    watchNotes();
    keepHighlightsOnEdits();
  },
});
