// The panel's layout checks, shared by the Chromium and the Firefox suites. The functions marked
// "in the page" are handed to page.evaluate, so they use nothing from this module's scope.
//
// A layout passes when the document never scrolls sideways (a table may, inside its own scroller),
// and every toolbar control and view tab (or the view select) lies inside the viewport and is what
// the browser finds at its centre (elementFromPoint): nothing covers it, it covers nothing.

/** Panel widths checked: Firefox's sidebar (about 250 px), Chrome's side panel (320 px to start), roomy. */
export const WIDTHS = [250, 320, 420] as const;
export const LOCALES = ['en', 'de', 'uk'] as const;
export const SCHEMES = ['light', 'dark'] as const;
export const VIEWS = ['article', 'sources', 'figures', 'notes'] as const;
export type View = (typeof VIEWS)[number];

/** The toolbar's controls and the view switcher: what must always be reachable. */
export const PANEL_CONTROLS = '.toolbar [role="toolbar"] button, [role="tab"], [data-testid="view-select"]';
/** The buttons of the toolbar over a text selection in the reader. */
export const SELECTION_TOOLBAR = '[data-testid="selection-toolbar"] button';
/** The items of the toolbar's overflow menu, while it is open. */
export const MENU_ITEMS = '[data-testid="toolbar-menu-panel"] button';

/** In the page: what is wrong with the layout for the controls matching `selector`; [] when nothing is. */
export function layoutProblems(selector: string): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  const vh = doc.clientHeight;
  const name = (el: Element | null) =>
    !el ? 'nothing' : `${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
  if (doc.scrollWidth > vw) problems.push(`the document scrolls sideways by ${doc.scrollWidth - vw}px`);
  const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0);
  if (controls.length === 0) problems.push(`no control matches ${selector}`);
  const rects = controls.map((el) => el.getBoundingClientRect());
  controls.forEach((el, i) => {
    const r = rects[i];
    const box = `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) problems.push(`${name(el)} is outside the ${vw}×${vh} viewport (${box})`);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || !(hit === el || el.contains(hit))) problems.push(`${name(el)} is covered at its centre by ${name(hit)} (${box})`);
    for (let j = 0; j < i; j++) {
      const o = rects[j];
      const overlap = Math.min(r.right, o.right) - Math.max(r.left, o.left);
      const overlapY = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
      if (overlap > 1 && overlapY > 1 && !controls[j].contains(el) && !el.contains(controls[j])) problems.push(`${name(el)} overlaps ${name(controls[j])}`);
    }
  });
  return problems;
}

/** In the page: shows a view through whatever switcher the panel has at this width (tab or select). */
export function showView(view: string): string {
  const select = document.querySelector<HTMLSelectElement>('[data-testid="view-select"]');
  if (select) {
    select.value = view;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return 'select';
  }
  document.querySelector<HTMLElement>(`[data-testid="tab-${view}"]`)!.click();
  return 'tabs';
}

/** In the page: the tables' scrollers that cut a column: a table wider than its scroller whose scroller
 * does not scroll, or a first or last column out of reach when scrolled to that side. */
export function cutTables(): string[] {
  const problems: string[] = [];
  for (const [i, table] of [...document.querySelectorAll<HTMLTableElement>('[data-testid="article-body"] table')].entries()) {
    const scroller = table.parentElement!;
    const scrolls = getComputedStyle(scroller).overflowX;
    const wide = scroller.scrollWidth > scroller.clientWidth + 1;
    if (!scroller.classList.contains('table-scroll')) problems.push(`table ${i + 1} has no scroller of its own`);
    if (wide && !/auto|scroll/.test(scrolls)) problems.push(`table ${i + 1} is cut: ${scroller.scrollWidth}px in ${scroller.clientWidth}px, overflow-x ${scrolls}`);
    const row = table.rows[0];
    if (!row) continue;
    const cells = [...row.cells];
    for (const [side, cell] of [['start', cells[0]], ['end', cells[cells.length - 1]]] as const) {
      scroller.scrollLeft = side === 'start' ? 0 : scroller.scrollWidth;
      const s = scroller.getBoundingClientRect();
      const c = cell.getBoundingClientRect();
      if (c.left < s.left - 1 || c.right > s.right + 1) problems.push(`table ${i + 1}: its ${side === 'start' ? 'first' : 'last'} column is cut when scrolled to the ${side} (${Math.round(c.left)}–${Math.round(c.right)} in ${Math.round(s.left)}–${Math.round(s.right)})`);
    }
    scroller.scrollLeft = 0;
  }
  return problems;
}

/**
 * In the page: marks of `selector` that wrap onto a new line, and whose underline (the colour of
 * their box-shadow or border) is drawn outside their own line fragments, in a screenshot of the
 * page (`png`, base64, taken at device pixel ratio 1). Firefox drew one decoration across the whole
 * line for a wrapped mark until marks were decorated fragment by fragment (box-decoration-break).
 * Returns the problems found, or a note when no wrapped mark is on screen to check.
 */
export async function decorationsOutsideFragments({ png, selector }: { png: string; selector: string }): Promise<{ checked: number; problems: string[] }> {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(img, 0, 0);
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const problems: string[] = [];
  let checked = 0;
  // Every mark's fragments: pixels under another mark on the same line are that mark's own.
  const allMarks = [...document.querySelectorAll<HTMLElement>('mark')];
  for (const mark of document.querySelectorAll<HTMLElement>(selector)) {
    const others = allMarks.filter((m) => m !== mark && !m.contains(mark) && !mark.contains(m)).flatMap((m) => [...m.getClientRects()]);
    const underOther = (x: number, y: number) => others.some((o) => x >= o.left - 2 && x <= o.right + 2 && y >= o.top && y <= o.bottom + 3);
    const fragments = [...mark.getClientRects()].filter((r) => r.width > 0);
    if (fragments.length < 2 || fragments.some((r) => r.top < 0 || r.bottom > vh)) continue;
    const style = getComputedStyle(mark);
    const colour = /rgba?\((\d+), (\d+), (\d+)/.exec(`${style.boxShadow} ${style.borderBottomColor}`);
    if (!colour) continue;
    const [r0, g0, b0] = colour.slice(1).map(Number);
    checked++;
    fragments.forEach((f, i) => {
      // Outside this fragment on its line: after it (all but the last), before it (all but the first).
      const spans: Array<[number, number]> = [];
      if (i < fragments.length - 1) spans.push([Math.ceil(f.right) + 2, vw - 2]);
      if (i > 0) spans.push([2, Math.floor(f.left) - 2]);
      for (const [x0, x1] of spans) {
        if (x1 - x0 < 4) continue;
        let hits = 0;
        for (let y = Math.floor(f.bottom) - 3; y <= Math.floor(f.bottom) + 1; y++) {
          const row = ctx.getImageData(x0, y, x1 - x0, 1).data;
          for (let p = 0; p < row.length; p += 4) {
            if (underOther(x0 + p / 4, y)) continue;
            if (Math.abs(row[p] - r0) < 40 && Math.abs(row[p + 1] - g0) < 40 && Math.abs(row[p + 2] - b0) < 40) hits++;
          }
        }
        if (hits > 4) problems.push(`"${mark.textContent?.slice(0, 30)}": its underline runs ${hits}px outside line fragment ${i + 1} of ${fragments.length}`);
      }
    });
  }
  return { checked, problems };
}
