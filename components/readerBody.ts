// Finishing touches on the sanitized article body once it is in the page, before marks are drawn:
// each table goes into a scroller of the body's width (so a wide table scrolls inside itself and
// the panel never sideways), and an image that cannot load is hidden rather than shown broken.
// Neither adds text, so the body's text, which the marks are anchored to, is unchanged.

/** Wraps each table of `body` in a focusable, labelled scroller (once; calling again is a no-op). */
export function wrapTables(body: HTMLElement, fallbackLabel: string): void {
  for (const table of body.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const scroller = document.createElement('div');
    scroller.className = 'table-scroll';
    // Keyboard users scroll it with the arrow keys once it has focus (axe: scrollable-region-focusable).
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', table.caption?.textContent?.trim() || fallbackLabel);
    table.replaceWith(scroller);
    scroller.append(table);
  }
}

/** Marks images that failed (or fail later) to load with `data-failed`, which the stylesheet hides. */
const watched = new WeakSet<HTMLImageElement>();

export function hideFailedImages(root: HTMLElement): void {
  for (const img of root.querySelectorAll('img')) {
    if (watched.has(img)) continue;
    watched.add(img);
    const fail = () => img.setAttribute('data-failed', '');
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) fail();
    else img.addEventListener('error', fail, { once: true });
  }
}
