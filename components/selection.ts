// Turns the user's DOM selection inside the reader body into offsets of the article text, using
// the same text-to-DOM map that draws the marks. Selections that start or end on an element
// boundary (a triple click, a drag across paragraphs) are moved to the nearest text inside.
import { domToTextOffset, textOffsetToDom, textWithNodeMap } from '../lib/extract/text';

function edgeText(root: Node, container: Node, offset: number, side: 'start' | 'end'): { node: Node; offset: number } {
  if (container.nodeType === Node.TEXT_NODE) return { node: container, offset };
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const child = container.childNodes[offset] ?? null;
  if (side === 'start') {
    // first text node at or after the boundary
    let probe: Node | null = child;
    if (!probe) {
      probe = container;
      while (probe && !probe.nextSibling && probe !== root) probe = probe.parentNode;
      probe = probe && probe !== root ? probe.nextSibling : null;
    }
    if (!probe) return { node: container, offset };
    walker.currentNode = probe;
    const text = probe.nodeType === Node.TEXT_NODE ? probe : walker.nextNode();
    return text ? { node: text, offset: 0 } : { node: container, offset };
  }
  // end: last text node before the boundary
  const before = child ? child.previousSibling ?? child.parentNode : container.lastChild ?? container;
  if (!before) return { node: container, offset };
  let last: Node | null = null;
  walker.currentNode = root;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const pos = child ? n.compareDocumentPosition(child) : 0;
    if (child && !(pos & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (!child && !container.contains(n) && container.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    last = n;
  }
  return last ? { node: last, offset: (last as Text).length } : { node: container, offset };
}

/** The selection's [start, end) in the text of `root`, trimmed of white space; null if empty or outside. */
export function selectionOffsets(root: HTMLElement, range: Range): { start: number; end: number; text: string } | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const map = textWithNodeMap(root);
  const a = edgeText(root, range.startContainer, range.startOffset, 'start');
  const b = edgeText(root, range.endContainer, range.endOffset, 'end');
  let start = domToTextOffset(map, a.node, a.offset);
  let end = domToTextOffset(map, b.node, b.offset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(map.text[start])) start++;
  while (end > start && /\s/.test(map.text[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, text: map.text.slice(start, end) };
}

/**
 * Runs `redraw` (which replaces text nodes inside `root`, e.g. drawing marks) and puts the user's
 * selection back on the same characters afterwards. Without this, a highlight saved a moment
 * earlier redraws the reader body under a new selection and the selection (and its toolbar) is lost.
 */
export function keepSelectionAcross(root: HTMLElement, redraw: () => void): void {
  const sel = root.ownerDocument.getSelection();
  const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  const saved = range && root.contains(range.commonAncestorContainer) ? selectionOffsets(root, range) : null;
  redraw();
  if (!saved || !sel) return;
  // The DOM moves a range's ends when their text nodes are split or merged, but an end inside a
  // node that was taken out (a mark's text) falls back to the parent: the selection shrinks. Only
  // the same characters count as kept.
  const current = sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const now = current && !current.collapsed && root.contains(current.commonAncestorContainer) ? selectionOffsets(root, current) : null;
  if (now && now.start === saved.start && now.end === saved.end) return;
  const map = textWithNodeMap(root);
  const a = textOffsetToDom(map, saved.start, 'start');
  const b = textOffsetToDom(map, saved.end, 'end');
  if (!a || !b) return;
  const restored = root.ownerDocument.createRange();
  restored.setStart(a.node, a.offset);
  restored.setEnd(b.node, b.offset);
  sel.removeAllRanges();
  sel.addRange(restored);
}
