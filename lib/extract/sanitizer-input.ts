// The HTML of Readability's element as the sanitiser is given it, with the landmarks near its top
// already written as <div>s.
//
// Why: article HTML carries no landmark of its own (sanitize.ts, `unwrapLandmarks`), and turning one
// into a <div> in a DOM means moving each of its children into a new element. Readability's top
// candidate is very often an <article> or a <section> holding the whole body: after sanitising, that
// move cost a quarter of the sanitise step on a page of 100k paragraphs (0.5 s in Chromium). Written
// as a <div> in the string DOMPurify parses anyway, it costs nothing. The HTML parser treats a <div>
// and these landmarks alike (one group of start and end tags), except that an <li>, <dd> or <dt>
// start tag looks past a <div> for a list item to close: only landmarks whose ancestors up to the
// root are <div>s or such landmarks are rewritten here, so no list item stands above them and the
// parsed tree is the one `unwrapLandmarks` would have made. Deeper landmarks are left to it.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
export const LANDMARK_TAGS = new Set(['main', 'nav', 'header', 'footer', 'aside', 'article', 'section', 'search']);
export const LANDMARKS = [...LANDMARK_TAGS].join(', ');

/**
 * Levels under the root looked into. Readability's element holds its page <div>, which holds the
 * top candidate (2 levels); 4 leaves room for a wrapper or two, and keeps the look-ups bounded on a
 * page of thousands of nested sections (each level asks every child whether it holds a landmark).
 */
const MAX_DEPTH = 4;

const isHtml = (el: Element, name: string) => el.localName === name && el.namespaceURI === HTML_NS;
const isLandmark = (el: Element) => LANDMARK_TAGS.has(el.localName) && el.namespaceURI === HTML_NS;

/**
 * `root.innerHTML`, except that landmarks reached from `root` through <div>s and landmarks only
 * (up to MAX_DEPTH levels down) are written as <div> start tags keeping only `lang` and `dir`, as
 * `unwrapLandmarks` does.
 */
export function sanitizerInput(root: Element): string {
  if (!root.querySelector(LANDMARKS)) return root.innerHTML;
  return childrenHtml(root, 1, root.ownerDocument.createElement('div'));
}

/** The children of `el` (which holds a landmark), at `depth` levels under the root. */
function childrenHtml(el: Element, depth: number, scratch: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) {
      // a text or comment node, serialised as the parser would (escapes included)
      scratch.replaceChildren(c.cloneNode());
      out += scratch.innerHTML;
      continue;
    }
    const child = c as Element;
    if (isLandmark(child)) out += asDiv(child, depth, scratch);
    else if (depth < MAX_DEPTH && isHtml(child, 'div') && child.querySelector(LANDMARKS)) out += asDiv(child, depth, scratch);
    else out += child.outerHTML;
  }
  return out;
}

/** A <div> or a landmark written as a <div> (a landmark keeps only lang and dir), its children looked into. */
function asDiv(el: Element, depth: number, scratch: Element): string {
  let shell = el.cloneNode(false) as Element;
  if (!isHtml(el, 'div')) {
    shell = el.ownerDocument.createElement('div');
    for (const attr of Array.from(el.attributes)) if (attr.name === 'lang' || attr.name === 'dir') shell.setAttribute(attr.name, attr.value);
  }
  const inner = depth < MAX_DEPTH && el.querySelector(LANDMARKS) ? childrenHtml(el, depth + 1, scratch) : el.innerHTML;
  return shell.outerHTML.slice(0, -'</div>'.length) + inner + '</div>';
}
