// Whether an element's text is short, without building it: `squash(el.textContent).length <= limit`
// (white space runs as one space, trimmed) read text node by text node, stopping past the limit.
// The lead picture's header test asked it of the block holding the headline and a picture after
// it, which on a page of 20k captions is the whole article: 4 MB of textContent and a regex over it,
// twice (0.26 s in Chromium), to learn that it holds more than 1,000 characters.

/** Is `c` (a UTF-16 code unit) white space to the regex `\s` (and so to `trim`)? */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return /\s/.test(String.fromCharCode(c));
}

/** Is `el.textContent` with white space squashed and trimmed at most `limit` characters long? */
export function squashedLengthAtMost(el: Element, limit: number): boolean {
  let n = 0;
  let started = false;
  let gap = false;
  // textContent: the data of every Text (and CDATA) node under `el`, in tree order
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const d = (node as CharacterData).data;
      for (let i = 0; i < d.length; i++) {
        if (isSpace(d.charCodeAt(i))) {
          gap = started;
          continue;
        }
        n += gap ? 2 : 1;
        gap = false;
        started = true;
      }
      if (n > limit) return false;
    }
    node = nextInTree(node, el);
  }
  return n <= limit;
}

/** The node after `node` in tree order inside `root` (children first), or null at the end. */
function nextInTree(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}
