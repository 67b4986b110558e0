// The panel runs with extension privileges, so the page it renders is the attacker. A hostile
// article must come out as text: nothing in it runs in the panel, opens a dialog, or makes the
// panel call anyone; and showing an ordinary article must not make the panel fetch anything of
// its own (fonts, CDNs, analytics) beyond the article's own images.
import type { Dialog, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { imageUrlsIn, loadGold, normalise, readPage } from '../support/gold';

const HOSTILE_SENTENCES = [
  'The harbour council voted seven to two on Tuesday to extend the evening ferry service to the outer islands, ending a dispute that has run since the spring.',
  'A final vote on the pier repairs is expected at the council\'s next meeting in January, when the budget for the coming year will also be set.',
];

test('a hostile article renders as text: no script runs, no dialog, no request to the attacker', async ({
  openTab,
  openPanel,
  server,
}) => {
  const before = server.pwned().length;
  const page = await openTab('hostile.html');
  // The page's tab is sandboxed by the server: nothing may have fired there either.
  expect(server.pwned().length, 'the hostile page is inert in its own tab').toBe(before);

  const dialogs: string[] = [];
  const panel = await openPanel(page.tabId, (p) =>
    p.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    }),
  );
  const panelUrl = panel.page.url();
  await panel.expectArticle();

  // Give timers, meta refresh (1 s in <head>), onerror/onload handlers and lazy loads time to fire.
  await panel.page.waitForTimeout(2_500);

  expect(panel.page.url(), 'the panel was not navigated away (meta refresh, form, base)').toBe(panelUrl);
  expect(await panel.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs, 'no alert/confirm/prompt in the panel').toEqual([]);
  expect(server.pwned().map((r) => `${r.url} (referer ${r.referer ?? '-'})`), 'requests to /pwned').toEqual([]);
  expect(panel.page.frames().length, 'no frames inside the panel').toBe(1);

  // What is left of the hostile markup in the reader: no active elements, handlers or script URLs.
  const active = await panel.reader.evaluate((reader) => {
    const bad: string[] = [];
    const tags = 'script,iframe,frame,object,embed,form,input,button,meta,base,link,style,noscript';
    for (const el of reader.querySelectorAll(tags)) bad.push(`<${el.localName}>`);
    for (const el of reader.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (attr.name.toLowerCase().startsWith('on')) bad.push(`${el.localName}[${attr.name}]`);
        else if (/^(javascript:|vbscript:|data:text\/html)/.test(value)) {
          bad.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 40)}]`);
        }
      }
    }
    return bad;
  });
  expect(active, 'active markup left in the reader').toEqual([]);

  await expect(panel.title).toHaveText('Harbour council approves new ferry timetable');
  const body = await panel.bodyText();
  for (const sentence of HOSTILE_SENTENCES) expect(body).toContain(normalise(sentence));
});

test('showing an article makes no network request of the panel\'s own (only the article\'s images)', async ({
  openTab,
  openPanel,
  extensionId,
}) => {
  const article = await openTab('seed-article.html');
  const allowedImages = imageUrlsIn(readPage('seed-article.html'), article.url);

  const requests: string[] = [];
  const panel = await openPanel(article.tabId, (p) => p.on('request', (r: Request) => requests.push(r.url())));
  await panel.expectArticle();
  await panel.page.waitForLoadState('networkidle').catch(() => undefined);
  await panel.page.waitForTimeout(1_000);

  const own = `chrome-extension://${extensionId}/`;
  const foreign = requests.filter(
    (url) => !url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:') && !allowedImages.has(url),
  );
  expect(requests.length, 'the panel page itself was loaded (requests are being recorded)').toBeGreaterThan(0);
  expect(foreign, 'requests that are neither the extension nor the article\'s images').toEqual([]);
});
