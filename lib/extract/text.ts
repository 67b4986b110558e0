// Plain text of rendered article HTML, with a map from every character back to the DOM.
//
// Why: `Article.text` is what lib/analyze reads and what annotations point into (UTF-16 offsets),
// while the panel shows `Article.html`. The panel must turn a span of `text` into a DOM Range and a
// user's DOM selection back into offsets. Both sides therefore run THIS function: lib/extract on
// the sanitized html (so `Article.text === textWithNodeMap(<sanitized html>).text`), the panel on
// the element it rendered the same html into. Same DOM in, same text and same map out.
//
// Rules (deterministic, no layout or CSS involved):
// - Block elements (p, h1–h6, li, blockquote, figcaption, pre, tr, dd, dt, div, section, table…)
//   end the current block and start a new one; a div with direct text is therefore a block of its
//   own. Blocks are joined by "\n\n"; blocks that are only white space are dropped.
// - Inside a block, runs of ASCII white space (space, tab, CR, LF, FF) collapse to one space and
//   are trimmed at the block's edges. Other spaces (U+00A0 no-break, U+202F, U+2009…) are kept
//   as they are, except at the very edges of a block, where any white space is trimmed.
// - `<br>` is a line break "\n" inside the block; table cells in one row are separated by "\t".
// - `<pre>` keeps its white space (line breaks normalised to "\n", blank lines squeezed).
// - script/style/template/noscript contents are not text. Images contribute nothing.
//
// The map: `segments` lists runs where text and DOM agree one to one:
// text.slice(s.start, s.end) corresponds character for character to
// s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)), where a collapsed white-space
// character of the node may read as " " in the text. Characters the function inserts itself
// (block separators, "\n" for <br>, "\t" between cells) belong to no segment. Segments are sorted
// by `start` and do not overlap. Use `textOffsetToDom` / `domToTextOffset` rather than reading
// segments by hand.

export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeOffset: number;
}

export interface TextNodeMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'BODY', 'HTML', 'OPTION', 'LISTING',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'SVG', 'MATH']);
const CELL_TAGS = new Set(['TD', 'TH']);
/** White space at the start of a text node (sticky: matches only there). */
const LEADING_WS = /[ \t\n\r\f]+/y;
/** Where a run of words ends: two or more white-space characters, or one at the node's end. */
const WS_BREAK = /[ \t\n\r\f]{2,}|[ \t\n\r\f]$/g;
/** White space other than " " inside a run (it reads as " "). */
const LONE_WS = /[\t\n\r\f]/;
const LONE_WS_ALL = /[\t\n\r\f]/g;
const ALL_WS_ONLY = /^\s*$/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Builds one block at a time; see the header comment for the rules. */
class Builder {
  text = '';
  segments: TextSegment[] = [];
  // current block
  private block = '';
  // The block's last character, kept as it is appended: reading `block.endsWith(…)` flattens the
  // concatenated string each time, which made a page of 100k <br> quadratic (minutes).
  private last = '';
  private blockSegs: TextSegment[] = []; // starts relative to the block
  private pendingWs: { node: Text; offset: number } | null = null;
  private atLineStart = true;

  private pushSeg(node: Text, nodeOffset: number, len: number) {
    const start = this.block.length;
    const last = this.blockSegs[this.blockSegs.length - 1];
    if (last && last.node === node && last.end === start && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += len;
    } else {
      this.blockSegs.push({ node, start, end: start + len, nodeOffset });
    }
  }

  addText(node: Text) {
    // One piece per run of words that single white-space characters separate (they map one to
    // one, read as " "), rather than one per word: a page's text is mostly such runs.
    const d = node.data;
    LEADING_WS.lastIndex = 0;
    let i = LEADING_WS.test(d) ? LEADING_WS.lastIndex : 0;
    if (i > 0 && !this.atLineStart && !this.pendingWs) this.pendingWs = { node, offset: 0 };
    while (i < d.length) {
      WS_BREAK.lastIndex = i;
      const m = WS_BREAK.exec(d);
      const end = m ? m.index : d.length;
      this.flushPendingWs();
      this.pushSeg(node, i, end - i);
      const run = d.slice(i, end);
      this.append(LONE_WS.test(run) ? run.replace(LONE_WS_ALL, ' ') : run);
      this.atLineStart = false;
      if (!m) break;
      this.pendingWs = { node, offset: m.index };
      i = m.index + m[0].length;
    }
  }

  addPre(node: Text) {
    // Keep white space; normalise CRLF/CR to LF and squeeze blank lines (never "\n\n" inside a block).
    const d = node.data;
    this.flushPendingWs();
    let i = 0;
    while (i < d.length) {
      const c = d.charCodeAt(i);
      if (c === 13 || c === 10) {
        let j = i;
        while (j < d.length && (d.charCodeAt(j) === 13 || d.charCodeAt(j) === 10)) j++;
        if (!this.atLineStart && this.last !== '\n') {
          this.pushSeg(node, i, 1);
          this.append('\n');
        }
        i = j;
        continue;
      }
      let j = i;
      while (j < d.length && d.charCodeAt(j) !== 13 && d.charCodeAt(j) !== 10) j++;
      this.pushSeg(node, i, j - i);
      this.append(d.slice(i, j));
      this.atLineStart = false;
      i = j;
    }
  }

  /** Appends to the current block (never empty `s`). */
  private append(s: string) {
    this.block += s;
    this.last = s[s.length - 1];
  }

  private flushPendingWs() {
    if (this.pendingWs) {
      this.pushSeg(this.pendingWs.node, this.pendingWs.offset, 1);
      this.append(' ');
      this.pendingWs = null;
    }
  }

  /** A separator the builder inserts itself ("\n" for <br>, "\t" between cells). */
  addBreak(sep: string) {
    this.pendingWs = null;
    if (this.atLineStart && this.block.length === 0) return;
    if (this.last === sep) return;
    this.append(sep);
    this.atLineStart = true;
  }

  endBlock() {
    this.pendingWs = null;
    this.atLineStart = true;
    const b = this.block;
    if (b.length === 0) return;
    const segs = this.blockSegs;
    this.block = '';
    this.last = '';
    this.blockSegs = [];
    if (ALL_WS_ONLY.test(b)) return;
    // trim any white space at the block's edges (no-break spaces too, and inserted separators)
    let from = 0;
    let to = b.length;
    while (from < to && /\s/.test(b[from])) from++;
    while (to > from && /\s/.test(b[to - 1])) to--;
    const base = this.text.length === 0 ? 0 : this.text.length + 2;
    if (this.text.length > 0) this.text += '\n\n';
    this.text += b.slice(from, to);
    // the block's own segment objects, moved to text offsets in place: one allocation per piece of
    // text, not two (100k cells or paragraphs each made a second object here)
    for (const s of segs) {
      const a = Math.max(s.start, from);
      const e = Math.min(s.end, to);
      if (e <= a) continue;
      s.nodeOffset += a - s.start;
      s.start = base + a - from;
      s.end = base + e - from;
      this.segments.push(s);
    }
  }
}

/**
 * Walks the tree in document order without recursion: a page (or a script on the live page) may
 * nest elements tens of thousands deep, which would overflow the call stack. `stack` holds, per
 * open element, its next child and what to do after its children (end a block, leave a <pre>).
 */
function walk(b: Builder, root: Element) {
  type Frame = { next: ChildNode | null; block: boolean; pre: boolean };
  const stack: Frame[] = [{ next: root.firstChild, block: false, pre: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const n = top.next;
    if (!n) {
      stack.pop();
      if (top.block) b.endBlock();
      continue;
    }
    top.next = n.nextSibling;
    if (n.nodeType === TEXT_NODE) {
      if (top.pre) b.addPre(n as Text);
      else b.addText(n as Text);
      continue;
    }
    if (n.nodeType !== ELEMENT_NODE) continue;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      b.addBreak('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (CELL_TAGS.has(tag)) b.addBreak('\t');
    if (block) b.endBlock();
    stack.push({ next: n.firstChild, block, pre: top.pre || tag === 'PRE' || tag === 'LISTING' });
  }
}

/** The plain text of `root` (see the header for the rules) and where each text node's characters land. */
export function textWithNodeMap(root: Element | DocumentFragment): TextNodeMap {
  const b = new Builder();
  walk(b, root as Element);
  b.endBlock();
  return { text: b.text, segments: b.segments };
}

/** Just the text: same rules as `textWithNodeMap`. */
export function htmlToText(root: Element | DocumentFragment): string {
  return textWithNodeMap(root).text;
}

function findSegment(segments: TextSegment[], offset: number, preferNext: boolean): number {
  // first segment with end >= offset (or > offset when preferNext)
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = segments[mid].end;
    if (preferNext ? e <= offset : e < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A DOM position for a text offset. `affinity` 'start' (for the start of a range) moves an offset
 * that falls between segments forward to the next character; 'end' keeps it after the previous
 * character. Returns null when the map is empty or the offset is past the last character.
 */
export function textOffsetToDom(
  map: TextNodeMap,
  offset: number,
  affinity: 'start' | 'end' = 'start',
): { node: Text; offset: number } | null {
  const segs = map.segments;
  if (segs.length === 0) return null;
  if (affinity === 'start') {
    const i = findSegment(segs, offset, true);
    if (i >= segs.length) return null;
    const s = segs[i];
    const o = Math.max(offset, s.start);
    return { node: s.node, offset: s.nodeOffset + (o - s.start) };
  }
  let i = findSegment(segs, offset, false);
  if (i >= segs.length) i = segs.length - 1;
  let s = segs[i];
  if (s.start >= offset && i > 0 && offset > 0) s = segs[i - 1];
  const o = Math.min(Math.max(offset, s.start), s.end);
  return { node: s.node, offset: s.nodeOffset + (o - s.start) };
}

/**
 * The text offset of a DOM position inside a text node of the mapped root. Positions inside
 * collapsed or trimmed white space snap to the nearest mapped character. Null for unknown nodes.
 */
export function domToTextOffset(map: TextNodeMap, node: Node, offset: number): number | null {
  let best: number | null = null;
  for (const s of map.segments) {
    if (s.node !== node) continue;
    const len = s.end - s.start;
    if (offset < s.nodeOffset) return best ?? s.start;
    if (offset <= s.nodeOffset + len) return s.start + (offset - s.nodeOffset);
    best = s.end;
  }
  return best;
}
