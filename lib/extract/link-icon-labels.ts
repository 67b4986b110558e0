// Screen-reader labels of a link's icon, dropped from the article. Sites put the words of an icon
// ("Opens a new window", "(opens in new tab)", "externer Link") inside the link, in an element that
// CSS hides or draws as an arrow. Read as text, they run into the link's words
// ("saidOpens a new window that …"), so the analysis lost both the verb and the link on it. The
// reader shows no icon for them, so their words are nobody's text: the element is removed whole.
// An element inside a link is dropped when its whole text is such a label (in the five languages
// the analysis reads) and the page marks it as no visible text — a visually-hidden, aria-hidden or
// icon-class element — or it ends the link and says a whole "opens in a new window" phrase. A bare
// word of a label ("External", "Nouvelle fenêtre") in a visible element is the article's own
// ("India's <em>External</em> Affairs Minister", a film's title) and stays. A visually-hidden
// element whose text repeats the link's own title or aria-label is dropped too. A link that is only
// such words ("External link") keeps them: they are its visible text.
import { elementsByTag } from './elements';

// A label's whole phrase: a new window or tab, an external link, in en/de/fr/ru/uk. Said by a
// link's last element, it is the icon's text even where the page gives no class for it.
const PHRASES = [
  String.raw`(?:this link )?opens?(?: in)?(?: an?)? new (?:browser )?(?:window|tab)`,
  String.raw`(?:link is )?external (?:link|site|website)|link is external`,
  String.raw`(?:öffnet|öffnet sich)(?: in)?(?: einem)? neue[mn] (?:fenster|tab)|externer link`,
  String.raw`(?:s['’]ouvre|ouvre|ouverture)(?: dans)?(?: une)? nouvelle fenêtre|(?:s['’]ouvre|ouvre)(?: dans)?(?: un)? nouvel onglet|lien externe`,
  String.raw`(?:открывается|откроется|откроет) в нов(?:ом окне|ой вкладке)|внешняя ссылка`,
  String.raw`(?:відкривається|відкриється) в нов(?:ому вікні|ій вкладці)|зовнішнє посилання`,
];
// A label's bare words, which are also words of titles and names ("External Affairs", a film
// "Nouvelle fenêtre"): a label only in an element the page hides or draws as an icon.
const BARE_WORDS = [String.raw`external`, String.raw`neues fenster`, String.raw`nouvelle fenêtre|nouvel onglet`];
const ICON_PHRASE = labelPattern(PHRASES);
const ICON_LABEL = labelPattern([...PHRASES, ...BARE_WORDS]);
// Class names of text that is hidden from the eye and read only to screen readers.
const HIDDEN_CLASS = /(?:^|[\s_-])(?:sr-only|visually-?hidden|screen-?reader-text|screenreader|a11y-hidden|element-invisible|offscreen|u-hidden-visually)(?:$|[\s_-])/i;
// Class names of an element drawn as an icon (an arrow, a box with an arrow) rather than as words.
const ICON_CLASS = /icon|glyph|(?:^|[\s_-])(?:fa|external|ext-link)(?:$|[\s_-])/i;
// An icon's label is short; a longer element inside a link is the link's own words.
const MAX_LABEL_CHARS = 60;
// A link with an icon is a few words and an element or two; one with more text or elements than
// these is a card or a whole block (and reading each element's text there would cost its depth each).
const MAX_LINK_CHARS = 500;
const MAX_LINK_ELEMENTS = 20;

/** Removes the icon labels inside the links under `root`; returns how many it removed. */
export function dropLinkIconLabels(root: Element): number {
  let removed = 0;
  for (const a of elementsByTag(root, 'a')) {
    if (!a.firstElementChild) continue;
    // (counted before any text is read: a link around a deep block would cost its depth each)
    const inner = elementsWithin(a, MAX_LINK_ELEMENTS);
    if (!inner) continue;
    const all = squash(a.textContent);
    if (all.length > MAX_LINK_CHARS) continue;
    const own = squash(a.getAttribute('title') || a.getAttribute('aria-label')).toLowerCase();
    for (const el of inner) {
      // (an element inside one removed before is gone with it)
      if (!a.contains(el) || !isIconLabel(el, a, all, own)) continue;
      el.remove();
      removed++;
    }
  }
  return removed;
}

/** Whether `el`, inside link `a` (whose text is `all` and title or label `own`), is its icon's label. */
function isIconLabel(el: Element, a: Element, all: string, own: string): boolean {
  const t = squash(el.textContent);
  if (!t || t.length > MAX_LABEL_CHARS || t === all) return false;
  const hidden = isHidden(el);
  if (hidden && !!own && t.toLowerCase() === own) return true;
  if (hidden || ICON_CLASS.test(el.getAttribute('class') || '')) return ICON_LABEL.test(t);
  return ICON_PHRASE.test(t) && endsLink(el, a);
}

/** Whether the page keeps `el` from the eye (a screen-reader class) or from screen readers. */
function isHidden(el: Element): boolean {
  return HIDDEN_CLASS.test(el.getAttribute('class') || '') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** Whether no text of link `a` follows `el`. */
function endsLink(el: Element, a: Element): boolean {
  for (let n: Node | null = el; n && n !== a; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) if ((s.textContent || '').trim()) return false;
  }
  return true;
}

/** The elements under `a` in document order, or null when there are more than `max`. */
function elementsWithin(a: Element, max: number): Element[] | null {
  const out: Element[] = [];
  for (let el = a.firstElementChild; el; el = nextElementWithin(el, a)) {
    if (out.length === max) return null;
    out.push(el);
  }
  return out;
}

function nextElementWithin(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    if (n.nextElementSibling) return n.nextElementSibling;
  }
  return null;
}

function labelPattern(alternatives: string[]): RegExp {
  return new RegExp('^[\\s(\\[,–—-]*(?:' + alternatives.join('|') + ')[\\s)\\].]*$', 'iu');
}

function squash(s: string | null): string {
  return (s || '').replace(/\s+/g, ' ').trim();
}
