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

/** Text and CDATA nodes: what `textContent` is made of (NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION). */
const TEXT_NODES = 4 | 8;

/** Is `el.textContent` with white space squashed and trimmed at most `limit` characters long? */
export function squashedLengthAtMost(el: Element, limit: number): boolean {
  let n = 0;
  let started = false;
  let gap = false;
  // textContent: the data of every Text (and CDATA) node under `el`, in tree order. A TreeWalker
  // finds them natively: stepping through every element from script (firstChild, nextSibling,
  // parentNode) was 0.4 ms a page in Chromium on headers full of empty elements.
  const walker = el.ownerDocument.createTreeWalker(el, TEXT_NODES);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const d = (node as CharacterData).data;
    for (let i = 0; i < d.length; i++) {
      if (isSpace(d.charCodeAt(i))) {
        gap = started;
        continue;
      }
      n += gap ? 2 : 1;
      gap = false;
      started = true;
      // (n only grows: past the limit the answer is known, even inside a 100 kB script)
      if (n > limit) return false;
    }
  }
  return n <= limit;
}
