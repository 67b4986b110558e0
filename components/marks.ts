// Draws inline <mark>s over spans of an article's text inside the rendered reader body. Spans are
// offsets into Article.text; lib/extract's textWithNodeMap maps them to DOM text nodes, so marks
// land on exactly the characters the analyzer (or a user's selection) meant. Overlapping spans nest.
import { textWithNodeMap } from '../lib/extract/text';

export interface MarkSpec {
  start: number;
  end: number;
  /** Attributes set on every <mark> drawn for this span (data-highlight, data-span-id, title…). */
  attrs: Record<string, string>;
}

interface Piece {
  spec: number;
  node: Text;
  from: number;
  to: number;
}

/** Removes marks drawn earlier (matched by `selector`), restoring the text nodes they wrapped. */
export function clearMarks(root: HTMLElement, selector: string): void {
  const marks = root.querySelectorAll(selector);
  if (marks.length === 0) return;
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

/**
 * Wraps each span's characters in <mark> elements (one per text-node piece) and returns the marks
 * of each span in order. Returns null when the rendered text differs from `expectedText` (the
 * offsets would point at the wrong words, so nothing is drawn).
 */
export function drawMarks(root: HTMLElement, specs: MarkSpec[], expectedText?: string): HTMLElement[][] | null {
  const map = textWithNodeMap(root);
  if (expectedText !== undefined && map.text !== expectedText) return null;
  const pieces: Piece[] = [];
  specs.forEach((spec, i) => {
    for (const seg of map.segments) {
      if (seg.end <= spec.start) continue;
      if (seg.start >= spec.end) break;
      const a = Math.max(spec.start, seg.start);
      const b = Math.min(spec.end, seg.end);
      if (a < b) pieces.push({ spec: i, node: seg.node, from: seg.nodeOffset + a - seg.start, to: seg.nodeOffset + b - seg.start });
    }
  });

  // Split every touched text node at every cut point, remembering which part starts where.
  const byNode = new Map<Text, Piece[]>();
  for (const p of pieces) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
  const parts = new Map<Text, Array<{ at: number; node: Text }>>();
  for (const [node, list] of byNode) {
    const cuts = [...new Set(list.flatMap((p) => [p.from, p.to]))].filter((c) => c > 0 && c < node.length).sort((x, y) => y - x);
    const found: Array<{ at: number; node: Text }> = [];
    for (const cut of cuts) found.push({ at: cut, node: node.splitText(cut) });
    found.push({ at: 0, node });
    found.sort((x, y) => x.at - y.at);
    parts.set(node, found);
  }

  const doc = root.ownerDocument;
  const result: HTMLElement[][] = specs.map(() => []);
  for (const p of pieces) {
    for (const part of parts.get(p.node) ?? []) {
      const partEnd = part.at + part.node.length;
      if (part.at < p.from || partEnd > p.to || part.node.length === 0) continue;
      const mark = doc.createElement('mark');
      for (const [k, v] of Object.entries(specs[p.spec].attrs)) mark.setAttribute(k, v);
      part.node.parentNode?.insertBefore(mark, part.node);
      mark.appendChild(part.node);
      result[p.spec].push(mark);
    }
  }
  return result;
}
