// One way to list elements by tag in lib/extract: a static array, never a live collection.
//
// Why: jsdom resolves `collection[i]` on a live HTMLCollection (getElementsByTagName) through its
// named-property lookup, which scans the collection: indexing every element is quadratic. A page
// with 16,000 links took minutes in the CLI. querySelectorAll returns a static list, copied once.
// (In browsers both are fast; the array costs nothing there.)
// Also the one way to change an element's tag (retag), which the DOM has no call for.

/** The `tag` elements under `root` (document order), as a plain array. */
export function elementsByTag(root: ParentNode, tag: string): Element[] {
  return Array.from(root.querySelectorAll(tag));
}

/** An element of `el`'s document with `tag` in its place, holding `el`'s children (attributes are not kept). */
export function retag(el: Element, tag: string): Element {
  const out = el.ownerDocument.createElement(tag);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.replaceWith(out);
  return out;
}
