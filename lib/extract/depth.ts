// Caps how deeply a page nests before jsdom builds it, the way browsers' HTML parsers already do.
// Node only (the CLI and the benches): the extension parses with DOMParser, which caps by itself.
//
// Why: Firefox's parser stops nesting at 200 open elements (Chromium's at 512), so in the extension
// a page never reaches Readability deeper than that. jsdom has no cap, and it walks ancestors and
// subtrees recursively whenever a node is removed: on a page of 10,000 nested <div>s every removal
// costs 10,000 calls and the first one deep enough overflows the stack (after seconds of work).
// jsdom also walks every ancestor for each node it inserts, so even parsing such a page is
// quadratic, and 20,000 levels overflow while parsing. The cap must therefore come before jsdom:
// a linear scan of the tags flags a page that may be too deep; that page is parsed with parse5
// into plain objects, flattened there below the cap (iteratively), serialized (now shallow) and
// handed to jsdom. Pages the scan does not flag — every real article — go to jsdom as they are.
//
// Below the cap, elements are unwrapped (replaced by their content in document order); a block
// element leaves a <br>, so its text does not run into the next block's.
import { parse, serialize, defaultTreeAdapter, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Firefox's parser limit (Chromium's kMaximumHTMLParserDOMTreeDepth is 512): no browser shows the
 * extension a page deeper than this, and jsdom's per-node cost grows with depth, so the lower one.
 * Real articles nest a few dozen levels.
 */
export const MAX_DEPTH = 200;

const BLOCKISH = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'dd', 'dt', 'section', 'article', 'figcaption', 'table', 'ul', 'ol']);

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];
type P5Child = DefaultTreeAdapterMap['childNode'];

const childrenOf = (n: P5Node): P5Child[] | null => ('childNodes' in n ? (n as P5Parent).childNodes : null);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Whether the page MAY nest deeper than `max`, from a linear scan of its tags. Unclosed tags that
 * the parser closes implicitly (<p>, <li>) make this over-count, never under-count (closing tags
 * of elements never opened aside): a page it flags is then capped exactly by `capHtmlNesting`.
 */
export function mayNestDeeperThan(html: string, max = MAX_DEPTH): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) return true;
  }
  return false;
}

/** The content of `el` with every element in it unwrapped: its text, comments and leaf elements, in order. */
function flatContent(el: P5Element): P5Child[] {
  const out: P5Child[] = [];
  // a stack of child lists with a cursor each: document order without recursion
  const stack: Array<{ list: P5Child[]; i: number; block: boolean }> = [{ list: el.childNodes, i: 0, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i >= top.list.length) {
      stack.pop();
      if (top.block) out.push(defaultTreeAdapter.createElement('br', el.namespaceURI, []));
      continue;
    }
    const n = top.list[top.i++];
    const kids = childrenOf(n);
    if (kids && kids.length > 0) stack.push({ list: kids, i: 0, block: BLOCKISH.has((n as P5Element).tagName) });
    else out.push(n);
  }
  for (const n of out) (n as { parentNode: P5Parent | null }).parentNode = el;
  return out;
}

/** The page's HTML, its elements nested at most `max` deep (see the header). */
export function capHtmlNesting(html: string, max = MAX_DEPTH): string {
  const doc = parse(html);
  const stack: Array<[P5Node, number]> = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const kids = childrenOf(node);
    if (!kids) continue;
    if (depth === max && 'tagName' in node) {
      (node as P5Element).childNodes = flatContent(node as P5Element);
      continue;
    }
    for (const k of kids) stack.push([k, depth + 1]);
  }
  return serialize(doc);
}
