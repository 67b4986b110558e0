// Screen-reader labels of a link's icon, dropped from the article. Sites put the words of an icon
// ("Opens a new window", "(opens in new tab)", "externer Link") inside the link, in an element that
// CSS hides or draws as an arrow. Read as text, they run into the link's words
// ("saidOpens a new window that …"), so the analysis lost both the verb and the link on it. The
// reader shows no icon for them, so their words are nobody's text: the element is removed whole.
// Two kinds are dropped: an element inside a link whose whole text is such a label (in the five
// languages the analysis reads), and a visually-hidden element (sr-only, visually-hidden,
// screen-reader-text …) whose text repeats the link's own title or aria-label. A link that is only
// such words ("External link") keeps them: they are its visible text.
import { elementsByTag } from './elements';

// The words of an icon's label, bracketed or not: a new window or tab, an external link.
const ICON_LABEL = new RegExp(
  '^[\\s(\\[,–—-]*(?:' +
    [
      String.raw`(?:this link )?opens?(?: in)?(?: an?)? new (?:browser )?(?:window|tab)`,
      String.raw`(?:link is )?external(?: link| site| website)?`,
      String.raw`(?:öffnet|öffnet sich)(?: in)?(?: einem)? neue[mn] (?:fenster|tab)|externer link|neues fenster`,
      String.raw`(?:s['’]ouvre|ouvre|ouverture)(?: dans)?(?: une)? nouvelle fenêtre|(?:s['’]ouvre|ouvre)(?: dans)?(?: un)? nouvel onglet|nouvelle fenêtre|nouvel onglet|lien externe`,
      String.raw`(?:открывается|откроется|откроет) в нов(?:ом окне|ой вкладке)|внешняя ссылка`,
      String.raw`(?:відкривається|відкриється) в нов(?:ому вікні|ій вкладці)|зовнішнє посилання`,
    ].join('|') +
    ')[\\s)\\].]*$',
  'iu',
);
// Class names of text that is hidden from the eye and read only to screen readers.
const HIDDEN_CLASS = /(?:^|[\s_-])(?:sr-only|visually-?hidden|screen-?reader-text|screenreader|a11y-hidden|element-invisible|offscreen|u-hidden-visually)(?:$|[\s_-])/i;
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
    const all = squash(a.textContent);
    if (all.length > MAX_LINK_CHARS) continue;
    const inner = elementsByTag(a, '*');
    if (inner.length > MAX_LINK_ELEMENTS) continue;
    const own = squash(a.getAttribute('title') || a.getAttribute('aria-label')).toLowerCase();
    for (const el of inner) {
      // (an element inside one removed before is gone with it)
      if (!a.contains(el)) continue;
      const t = squash(el.textContent);
      if (!t || t.length > MAX_LABEL_CHARS || t === all) continue;
      const hidden = HIDDEN_CLASS.test(el.getAttribute('class') || '') && !!own && t.toLowerCase() === own;
      if (!hidden && !ICON_LABEL.test(t)) continue;
      el.remove();
      removed++;
    }
  }
  return removed;
}

function squash(s: string | null): string {
  return (s || '').replace(/\s+/g, ' ').trim();
}
