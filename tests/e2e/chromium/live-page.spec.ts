// Issue #11, reports 5, 6 and 7 on the original page in Chromium: a highlight stays whole when the
// page edits its own text elsewhere in the paragraph; a highlight's note and tags show when the
// reader points at the highlight (or moves the caret into it), in UI the page's CSS cannot break;
// and the highlights come back when the page reloads while the panel stays open.
import { test, expect, type Page } from '@playwright/test';
import { freshGlossPerTest, pageHighlights, selectInReader, selectText } from './gloss-browser';

const fresh = freshGlossPerTest('gloss-live-page');

/**
 * The note box Gloss shows on the page, read through the DevTools protocol: it lives in a closed
 * shadow root, which the page's own scripts (and so page.evaluate) cannot see into.
 */
async function noteBox(page: Page): Promise<{ text: string; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeId: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const find = (n: N): N | null => {
      if (n.attributes?.includes('data-gloss-tip')) return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const tip = find(root as N);
    if (!tip) return null;
    const text = (n: N): string => (n.nodeName === '#text' ? n.nodeValue ?? '' : (n.children ?? []).map(text).join(' '));
    const box = await cdp.send('DOM.getBoxModel', { nodeId: tip.nodeId }).catch(() => null);
    if (!box) return { text: text(tip), width: 0, height: 0 };
    return { text: text(tip).replace(/\s+/g, ' ').trim(), width: box.model.width, height: box.model.height };
  } finally {
    await cdp.detach();
  }
}

/** The centre of the first rectangle of the page highlight drawn over `quote`. */
function highlightCentre(page: Page, quote: string) {
  return page.evaluate((q) => {
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    for (const [, h] of registry) {
      for (const r of h) {
        if (r.toString() !== q) continue;
        const rect = r.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, quote);
}

test('report 6: pointing at a highlight on the page shows its note and tags, whatever the page\'s CSS', async () => {
  const { page, tabId } = await fresh.gloss().openTab(fresh.server().url('seed-article.html'));
  // A page whose CSS would flatten injected UI: hides tooltips, popovers and custom elements.
  await page.addStyleTag({
    content: '[role=tooltip], [popover], gloss-note, *:not(html):not(body):not(p):not(a):not(div):not(article):not(main):not(section):not(header):not(h1):not(h2) { display: none !important; visibility: hidden !important; opacity: 0 !important; font-size: 0 !important; }',
  });
  const panel = await fresh.gloss().openPanel(tabId);
  await selectInReader(panel, 'British intelligence');
  await panel.keyboard.press('n');
  await panel.keyboard.type('Which report? Find the MoD post.');
  await panel.keyboard.press('Control+Enter');
  await panel.getByTestId('add-tags').click();
  await panel.getByTestId('tag-input').fill('sources');
  await panel.getByTestId('tag-input').press('Enter');
  await expect(panel.getByTestId('tag-chip')).toHaveText(['sources✕']);

  await expect.poll(() => pageHighlights(page)).toEqual(['British intelligence']);
  expect(await noteBox(page), 'nothing shown before pointing').toBeNull();
  await page.evaluate(() => {
    const a = [...document.querySelectorAll('a')].find((x) => x.textContent?.includes('British intelligence'));
    a?.scrollIntoView({ block: 'center' });
  });
  // The note reaches the page with the highlight once it is saved: wait for that redraw.
  let at: { x: number; y: number } | null = null;
  await expect
    .poll(async () => {
      at = await highlightCentre(page, 'British intelligence');
      if (at) await page.mouse.move(at.x, at.y);
      return (await noteBox(page))?.text ?? '';
    })
    .toBe('Which report? Find the MoD post. sources');
  const box = await noteBox(page);
  expect(box!.width, 'the box is laid out, not hidden by the page').toBeGreaterThan(50);
  expect(box!.height).toBeGreaterThan(10);
  // The page's scripts cannot read the note.
  expect(await page.evaluate(() => document.querySelector('gloss-note')?.shadowRoot ?? null)).toBeNull();
  expect(await page.evaluate(() => document.documentElement.textContent!.includes('Which report?'))).toBe(false);

  // Away from the highlight, it goes.
  await page.mouse.move(at!.x, at!.y + 400);
  await expect.poll(async () => (await noteBox(page))?.width ?? 0).toBe(0);

  // The caret (keyboard, caret browsing) inside the highlight shows it too.
  await selectText(page, 'body', 'intelligence');
  await page.evaluate(() => getSelection()!.collapseToStart());
  await expect.poll(async () => (await noteBox(page))?.text ?? '').toBe('Which report? Find the MoD post. sources');
});

test('report 7: the page reloads while the panel stays open — the highlights come back on it', async () => {
  const { page, tabId } = await fresh.gloss().openTab(fresh.server().url('seed-article.html'));
  const panel = await fresh.gloss().openPanel(tabId);
  await selectInReader(panel, 'Institute for the Study of War');
  await panel.keyboard.press('4');
  await expect.poll(() => pageHighlights(page)).toEqual(['Institute for the Study of War']);
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect.poll(() => pageHighlights(page), { message: `after reload ${i + 1}` }).toEqual(['Institute for the Study of War']);
  }
  // the panel kept its reading all along (same text): nothing flickered there
  await expect(panel.locator('mark[data-annotation-id]')).toHaveText(['Institute for the Study of War']);
});

test('report 5: the page edits its paragraph (as a framework re-renders text) — a highlight ending in ")" keeps it', async () => {
  const { page, tabId } = await fresh.gloss().openTab(fresh.server().url('seed-article-linked.html'));
  const panel = await fresh.gloss().openPanel(tabId);
  const quote = 'Institute for the Study of War (ISW)';
  await selectInReader(panel, quote);
  await panel.keyboard.press('2');
  await expect.poll(() => pageHighlights(page)).toEqual([quote]);
  // Two reads of the tab racing inject the content script a second time; the first one must keep
  // watching the page all the same (WXT invalidates the first script's context then).
  await fresh.gloss().harness.evaluate(async (id) => {
    const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } }).chrome.scripting;
    await scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/page.js'] });
  }, tabId);
  // The text after the link, ") noted that another wave…", is rewritten in place (nodeValue, as
  // React and other frameworks update text): an edit elsewhere in the highlight's paragraph.
  await page.evaluate(() => {
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'ISW')!;
    const after = link.nextSibling as Text;
    after.nodeValue = after.nodeValue!.replace('noted', 'said on Tuesday');
  });
  await expect.poll(() => pageHighlights(page)).toEqual([quote]);
  // and again, the text node itself replaced
  await page.evaluate(() => {
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'ISW')!;
    const after = link.nextSibling as Text;
    after.replaceWith(document.createTextNode(after.data.replace('said on Tuesday', 'said')));
  });
  await expect.poll(() => pageHighlights(page)).toEqual([quote]);
});
