// Team libraries in a real browser: a library whose highlights are by two users (alice is this
// profile's sync user; bob a team member), written through lib/db by the library page's test hook
// (the e2e build's glossBench.save — the same write a synced highlight gets), shows whose each
// highlight is in the library and the panel, the author filters narrow both, and bob's highlights
// are read-only in alice's panel, with the reason. Sync itself stays off (settings saved, not
// enabled): tests/e2e/chromium/sync.spec.ts has two synced profiles.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from '../../../lib/anchor';
import type { AnnotationRecord, SavedArticle } from '../../../lib/model';
import { launchGloss, type GlossBrowser } from './gloss-browser';

const EN = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const message = (key: string, sub = '') => EN[key].message.replace(/\$[A-Z]+\$/, sub);

function article(n: number, paragraphs: string[]): SavedArticle {
  const text = paragraphs.join('\n\n');
  return {
    id: `https://team.test/story-${n}`,
    url: `https://team.test/story-${n}`,
    canonicalUrl: null,
    title: `Team story ${n}`,
    byline: null,
    siteName: 'Team News',
    publishedTime: '2026-11-01T00:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text,
    links: [],
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    savedAt: Date.UTC(2026, 10, n),
    updatedAt: Date.UTC(2026, 10, n),
    version: 1,
  };
}

let serial = 0;
function highlight(a: SavedArticle, quote: string, author: string | undefined, note: string): AnnotationRecord {
  const start = a.text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const at = Date.UTC(2026, 10, 20) + ++serial;
  return { id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`, articleId: a.id, url: a.url, selectors: describe(a.text, start, start + quote.length), color: 'yellow', note, tags: [], createdAt: at, modifiedAt: at, ...(author ? { author } : {}) };
}

const A = article(1, ['The council met on Tuesday to discuss the budget.', 'The mayor said the budget would rise by 4 percent next year.', 'Critics said the libraries lost three branches.']);
const B = article(2, ['Flooding closed the river road for a week.', 'Engineers said repairs would cost 2 million euros.']);
const C = article(3, ['The school opened a new library wing.', 'Pupils borrowed 900 books in the first month.']);
const LIBRARY: Array<[SavedArticle, AnnotationRecord[]]> = [
  [A, [highlight(A, 'discuss the budget', 'alice', 'alice on A'), highlight(A, 'rise by 4 percent', 'bob', 'bob on A'), highlight(A, 'lost three branches', undefined, 'made here before syncing')]],
  [B, [highlight(B, '2 million euros', 'bob', 'bob on B')]],
  [C, [highlight(C, '900 books', 'alice', 'alice on C')]],
];

let gloss: GlossBrowser;

test.beforeAll(async () => {
  gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-authors-')));
  // alice's sync settings, saved but not turned on: the pages know who "you" is, nothing syncs
  await gloss.harness.evaluate(
    (settings) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ glossSync: settings }),
    { url: 'http://127.0.0.1:9/gloss-team', user: 'alice', password: 'unused', enabled: false },
  );
  const library = await openLibrary();
  for (const [a, annotations] of LIBRARY) {
    await library.evaluate(
      ({ a, annotations }) => (globalThis as unknown as { glossBench: { save(a: unknown, n: unknown): Promise<unknown> } }).glossBench.save(a, annotations),
      { a, annotations },
    );
  }
  await library.close();
});
test.afterAll(async () => {
  await gloss?.close();
});

async function openLibrary(): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  await expect(page.locator('main#gloss')).toHaveAttribute('data-state', 'library', { timeout: 30_000 });
  return page;
}

const titles = (page: Page) => page.getByTestId('library-item').locator('.article-title');

test('the library names the authors and filters by one', async () => {
  const library = await openLibrary();
  await expect(library.getByTestId('library-item')).toHaveCount(3);
  const filter = library.getByTestId('filter-author');
  await expect(filter.locator('option')).toHaveText([message('any'), message('authorYou'), 'bob']);

  await filter.selectOption({ label: 'bob' });
  await expect(titles(library)).toHaveText(['Team story 2', 'Team story 1']);
  // an article's highlights, narrowed to the author, each saying whose it is
  const first = library.getByTestId('library-item').filter({ hasText: 'Team story 1' });
  await first.getByRole('button', { name: message('showHighlights') }).click();
  await expect(first.getByTestId('library-annotation')).toHaveCount(1);
  await expect(first.getByTestId('annotation-author')).toHaveText([message('annotationBy', 'bob')]);

  await filter.selectOption({ label: message('authorYou') });
  await expect(titles(library)).toHaveText(['Team story 3', 'Team story 1']);
  await filter.selectOption({ label: message('any') });
  await expect(titles(library)).toHaveText(['Team story 3', 'Team story 2', 'Team story 1']);
  // still open, now with every author's highlights
  const one = library.getByTestId('library-item').filter({ hasText: 'Team story 1' });
  await expect(one.getByTestId('annotation-author')).toHaveText([message('annotationByYou'), message('annotationBy', 'bob'), message('annotationByYou')]);

  // with a search: only articles with bob's highlights among the hits
  await filter.selectOption({ label: 'bob' });
  await library.getByTestId('library-search').fill('said');
  await expect(library.locator('main#gloss')).toHaveAttribute('data-results-for', 'said');
  await expect(titles(library)).toHaveCount(2);
  expect((await titles(library).allTextContents()).sort()).toEqual(['Team story 1', 'Team story 2']);
  // B's only highlight is bob's (and C has no "said"): the reader's own leave A
  await filter.selectOption({ label: message('authorYou') });
  await expect(titles(library)).toHaveText(['Team story 1']);
  await library.close();
});

test('the panel names the authors, filters by one, and shows the team member’s highlights read-only', async () => {
  const panel = await gloss.context.newPage();
  await panel.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?article=${encodeURIComponent(A.id)}`);
  await expect(panel.locator('main#gloss')).toHaveAttribute('data-state', 'article', { timeout: 30_000 });
  // bob's highlight in the reader (in pieces where a figure's mark crosses it): dotted, named in its tooltip
  const bobsMarks = panel.locator('mark.user-highlight.by-other');
  await expect.poll(async () => (await bobsMarks.allTextContents()).join('')).toBe('rise by 4 percent');
  for (const title of await bobsMarks.evaluateAll((marks) => marks.map((m) => m.getAttribute('title')))) {
    expect(title).toBe(`${message('annotationBy', 'bob')}: bob on A`);
  }
  expect(await panel.locator('mark.user-highlight:not(.by-other)').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-annotation-id')))].length)).toBe(2);

  await panel.getByTestId('tab-notes').click();
  const items = panel.getByTestId('annotation-item');
  await expect(items).toHaveCount(3);
  await expect(items.getByTestId('annotation-author')).toHaveText([message('annotationByYou'), message('annotationBy', 'bob'), message('annotationByYou')]);

  const bobs = items.filter({ hasText: 'bob on A' });
  await expect(bobs.getByTestId('annotation-readonly')).toHaveText(message('annotationReadOnly', 'bob'));
  await expect(bobs.getByTestId('delete-annotation')).toHaveCount(0);
  await expect(bobs.getByRole('radiogroup')).toHaveCount(0);
  await expect(bobs.getByTestId('add-tags')).toHaveCount(0);
  for (const own of ['alice on A', 'made here before syncing']) {
    await expect(items.filter({ hasText: own }).getByTestId('delete-annotation')).toHaveCount(1);
    await expect(items.filter({ hasText: own }).getByTestId('annotation-readonly')).toHaveCount(0);
  }

  const filter = panel.getByTestId('notes-filter-author');
  await filter.selectOption({ label: 'bob' });
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('bob on A');
  await filter.selectOption({ label: message('authorYou') });
  await expect(items).toHaveCount(2);
  await filter.selectOption({ label: message('any') });
  await expect(items).toHaveCount(3);
  await panel.close();
});

test('an open library follows changes made in another page: a saved article appears, its highlight count follows, a removed one goes', async () => {
  const library = await openLibrary();
  await expect(library.getByTestId('library-item')).toHaveCount(3);
  const other = await openLibrary();
  type Hook = { glossBench: { save(a: unknown, n: unknown): Promise<unknown>; remove(id: string): Promise<void> } };
  const save = (a: SavedArticle, annotations: AnnotationRecord[]) =>
    other.evaluate(({ a, annotations }) => (globalThis as unknown as Hook).glossBench.save(a, annotations), { a, annotations });
  const D = article(4, ['The ferry timetable changed on Monday.', 'Officials said crossings would fall by a third.']);

  const first = highlight(D, 'fall by a third', 'alice', 'first');
  await save(D, [first]);
  const row = library.getByTestId('library-item').filter({ hasText: 'Team story 4' });
  await expect(row.getByTestId('count-annotations')).toHaveText(/\b1\b/);
  await expect(library.getByTestId('library-item')).toHaveCount(4);

  await save(D, [first, highlight(D, 'ferry timetable', 'alice', 'second')]);
  await expect(row.getByTestId('count-annotations')).toHaveText(/\b2\b/);
  // Its search worker heard of the writes too (Dexie's change notice): the new article is found.
  await library.getByTestId('library-search').fill('ferry');
  await expect(library.locator('main#gloss[data-results-for="ferry"]')).toHaveAttribute('aria-busy', 'false');
  await expect(titles(library)).toHaveText(['Team story 4']);
  await library.getByTestId('library-search').fill('');
  await expect(library.getByTestId('library-item')).toHaveCount(4);

  await other.evaluate((id) => (globalThis as unknown as Hook).glossBench.remove(id), D.id);
  await expect(library.getByTestId('library-item')).toHaveCount(3);
  await expect(titles(library)).toHaveText(['Team story 3', 'Team story 2', 'Team story 1']);
  await other.close();
  await library.close();
});
