// Shows a highlight's note and tags on the original page when the reader points at the highlight
// (mouse) or moves the caret into it (keyboard, caret browsing). The highlights there are CSS Custom
// Highlight ranges, not elements, so this finds the range under the pointer or caret itself.
//
// The note box must survive any page: it lives in a closed shadow root (the page's CSS cannot
// reach inside, its scripts cannot read the note), on a host whose inline styles are !important
// (they win over the page's own !important rules) and which sits in the top layer as a popover
// (above every z-index and transform of the page). Text goes in with textContent: never markup.
// Plain DOM, no React: this runs in the content script.

export interface TipHighlight {
  range: Range;
  note: string;
  tags: string[];
  color: string;
}

/** Gap between the highlight and the note box (px), and the box's widest size (px). */
const GAP = 6;
const MAX_WIDTH = 320;

const HOST_STYLE = [
  'all: initial', 'position: fixed', 'z-index: 2147483647', 'margin: 0', 'padding: 0', 'border: 0',
  'inset: auto', 'width: auto', 'height: auto', 'overflow: visible', 'background: transparent',
  'pointer-events: none', 'display: none',
].map((d) => `${d} !important`).join('; ');

const SHADOW_CSS = `
.tip { box-sizing: border-box; max-width: ${MAX_WIDTH}px; padding: 8px 10px; border-radius: 6px;
  background: #fffdf5; color: #1b1c1f; border: 1px solid #c9c2a8; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  font: 14px/1.45 system-ui, sans-serif; white-space: pre-wrap; overflow-wrap: anywhere; text-align: start; }
.note { margin: 0; }
.empty { margin: 0; font-style: italic; color: #4d5159; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 0; padding: 0; list-style: none; }
.tags li { padding: 1px 6px; border-radius: 999px; background: #ece7d6; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .tip { background: #23252a; color: #e9e7e3; border-color: #4a4d55; }
  .empty { color: #b6bac2; }
  .tags li { background: #3a3d44; }
}`;

export function createNoteTip(doc: Document, labels: { noNote: string; tags: string }) {
  let host: HTMLElement | null = null;
  let tip: HTMLElement | null = null;
  let shownFor: TipHighlight | null = null;

  const build = () => {
    host = doc.createElement('gloss-note');
    host.setAttribute('style', HOST_STYLE);
    host.setAttribute('popover', 'manual');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('data-gloss-tip', '');
    root.append(style, tip);
    doc.documentElement.append(host);
  };

  const fill = (h: TipHighlight) => {
    tip!.replaceChildren();
    const note = doc.createElement('p');
    note.className = h.note ? 'note' : 'empty';
    note.textContent = h.note || labels.noNote;
    tip!.append(note);
    if (h.tags.length) {
      const list = doc.createElement('ul');
      list.className = 'tags';
      list.setAttribute('aria-label', labels.tags);
      for (const tag of h.tags) {
        const li = doc.createElement('li');
        li.textContent = tag;
        list.append(li);
      }
      tip!.append(list);
    }
  };

  const place = (anchor: DOMRect) => {
    const view = doc.defaultView!;
    const width = Math.min(MAX_WIDTH, view.innerWidth - 2 * GAP);
    const left = Math.max(GAP, Math.min(anchor.left, view.innerWidth - width - GAP));
    const below = anchor.bottom + GAP;
    const height = tip!.getBoundingClientRect().height;
    const top = below + height > view.innerHeight && anchor.top - GAP - height > 0 ? anchor.top - GAP - height : below;
    host!.style.setProperty('left', `${left}px`, 'important');
    host!.style.setProperty('top', `${top}px`, 'important');
  };

  return {
    show(h: TipHighlight, anchor: DOMRect) {
      if (!host || !host.isConnected) build();
      if (shownFor !== h) fill(h);
      shownFor = h;
      host!.style.setProperty('display', 'block', 'important');
      try {
        if (!host!.matches(':popover-open')) host!.showPopover();
      } catch {
        // no popover support: the fixed, top z-index host still shows
      }
      place(anchor);
    },
    hide() {
      if (!shownFor || !host) return;
      shownFor = null;
      host.style.setProperty('display', 'none', 'important');
      try {
        host.hidePopover();
      } catch {
        // no popover support: hidden by its display
      }
    },
    get shown() {
      return shownFor;
    },
  };
}

/** The highlight at a point of the viewport (the pointer), or null. */
export function highlightAt(doc: Document, list: TipHighlight[], x: number, y: number): { highlight: TipHighlight; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  for (const h of list) {
    if (caret && !pointInRange(h.range, caret.node, caret.offset)) continue;
    for (const rect of h.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { highlight: h, rect };
    }
  }
  return null;
}

/** The highlight holding the caret or the selection's focus (keyboard, caret browsing), or null. */
export function highlightAtSelection(doc: Document, list: TipHighlight[]): { highlight: TipHighlight; rect: DOMRect } | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.focusNode) return null;
  for (const h of list) {
    if (!pointInRange(h.range, sel.focusNode, sel.focusOffset)) continue;
    const rects = h.range.getClientRects();
    if (rects.length) return { highlight: h, rect: rects[rects.length - 1] };
  }
  return null;
}

function pointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // a node from another document or a doctype
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
