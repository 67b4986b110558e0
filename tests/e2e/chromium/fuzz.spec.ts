// A seeded random walk over the panel in real Chromium (issue #11): select text, keys 1–5, h, n, t,
// c, Esc, typing, clicks on Saved / Remove / Keep / Delete / Undo / colours / the view tabs, note
// edits, panel reloads — and after every step the invariants a reader's notes rest on:
//   - one selection makes at most one annotation (the walk never selects the same words twice, so
//     two stored annotations on the same span are one selection annotated twice);
//   - every annotation in IndexedDB is shown: in the Notes list, and as a mark when it is placed;
//   - no note text is lost: a note saved (Ctrl+Enter, Save) is the stored note until it is edited
//     or its annotation deleted;
//   - no uncaught error in the panel, the background or the page's content script, and no error
//     message shown to the reader.
// A failure names its seed and step and prints the steps before it; replay it with
//   GLOSS_FUZZ_SEEDS=<seed> GLOSS_FUZZ_STEPS=<steps> npm run test:fuzz
// `npm test` runs a short budget (FUZZ_SEEDS × FUZZ_STEPS below); `npm run test:fuzz` a long one.
import { test, expect, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { launchGloss, type GlossBrowser } from './gloss-browser';

/** The short budget inside `npm test`: 3 seeds of 300 steps (about a minute each on a quiet machine). */
const FUZZ_SEEDS = 3;
const FUZZ_STEPS = 300;

/** GLOSS_FUZZ_SEEDS=7,9 replays those seeds; GLOSS_FUZZ_SEED_COUNT=N walks seeds 1..N. */
function seedsFromEnv(): number[] {
  const list = process.env.GLOSS_FUZZ_SEEDS;
  if (list) return list.split(',').map((s) => Number(s.trim())).filter(Number.isInteger);
  const count = Number(process.env.GLOSS_FUZZ_SEED_COUNT ?? FUZZ_SEEDS);
  return Array.from({ length: count }, (_, i) => i + 1);
}
const SEEDS = seedsFromEnv();
const STEPS = Number(process.env.GLOSS_FUZZ_STEPS ?? FUZZ_STEPS);

/** mulberry32: a small, fast, seedable PRNG (the walk must replay exactly from its seed). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
  };
}
type Rng = ReturnType<typeof prng>;

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.close();
});

interface Walk {
  gloss: GlossBrowser;
  panel: Page;
  page: Page;
  tabId: number;
  rng: Rng;
  /** Spans selected so far, as "p-index:start:end" in the reader (never selected twice). */
  used: Set<string>;
  /** Notes the walk saved, by annotation id. */
  notes: Map<string, string>;
  /** Annotations stored after the previous step: one may go only when a step deletes it. */
  present: Set<string>;
  errors: string[];
  log: string[];
}

const WORDS = ['check', 'source?', 'numbers', 'compare 2023', 'who said', 'n', 't', 'h', '2', 'c', 'follow up', 'Кремль', 'Zahl'];

// ── actions ─────────────────────────────────────────────────────────────────────────────────
async function showView(w: Walk, view: 'article' | 'sources' | 'figures' | 'notes') {
  await w.panel.getByTestId(`tab-${view}`).click();
  await expect(w.panel.locator(`#view-${view}`)).toBeVisible();
}

/** Selects a few whole words of a random paragraph of the reader, not selected before. */
async function selectWords(w: Walk): Promise<string> {
  if (!(await w.panel.locator('#view-article').isVisible())) await showView(w, 'article');
  const pick = { p: w.rng.next(), a: w.rng.next(), n: 1 + w.rng.int(6) };
  const chosen = await w.panel.evaluate(({ p, a, n }) => {
    const paras = [...document.querySelectorAll('[data-testid="article-body"] p')].filter((el) => (el.textContent ?? '').trim().length > 40);
    const para = paras[Math.floor(p * paras.length)];
    if (!para) return null;
    const text = para.textContent ?? '';
    const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)];
    const first = Math.floor(a * words.length);
    const last = Math.min(words.length - 1, first + n - 1);
    const start = words[first].index!;
    const end = words[last].index! + words[last][0].length;
    const range = document.createRange();
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (offset <= start && start < offset + node.length) range.setStart(node, start - offset);
      if (offset < end && end <= offset + node.length) range.setEnd(node, end - offset);
      offset += node.length;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    para.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return { key: `${paras.indexOf(para)}:${start}:${end}`, text: text.slice(start, end) };
  }, pick);
  if (!chosen || w.used.has(chosen.key)) {
    await w.panel.evaluate(() => getSelection()?.removeAllRanges());
    return 'select (skipped: seen)';
  }
  w.used.add(chosen.key);
  await expect(w.panel.getByTestId('selection-toolbar')).toBeVisible();
  return `select "${chosen.text}"`;
}

/**
 * Types a few words at once, as a reader does right after `n` or opening an editor, then checks
 * that every key reached the note box, and saves (Ctrl+Enter or the Save button) or cancels.
 */
async function writeNote(w: Walk): Promise<string> {
  const words = Array.from({ length: 1 + w.rng.int(3) }, () => w.rng.pick(WORDS)).join(' ');
  await w.panel.keyboard.type(words, { delay: w.rng.int(3) * 20 });
  const input = w.panel.getByTestId('note-input');
  if ((await input.count()) === 0) {
    w.errors.push(`typed "${words}" for a note, but no note box is open`);
    return 'note (no editor)';
  }
  const value = await input.inputValue();
  if (!value.endsWith(words)) w.errors.push(`typed "${words}" into the note box, it holds "${value}": keys were lost`);
  const owner = await input.evaluate((el) => el.closest('[data-annotation]')?.getAttribute('data-annotation') ?? null);
  const how = w.rng.int(3);
  if (how === 0) {
    await w.panel.keyboard.press('Escape');
    return `note cancelled "${value}"`;
  }
  if (how === 1) await w.panel.keyboard.press('Control+Enter');
  else await w.panel.getByTestId('save-note').click();
  await expect(input).toHaveCount(0);
  if (owner) w.notes.set(owner, value);
  return `note saved on ${owner?.slice(0, 8)} "${value}"`;
}

/** A tag typed at once after `t`: every key must reach the tag box. */
async function writeTag(w: Walk): Promise<string> {
  const tag = w.rng.pick(['claims', 'numbers', 'people', 'follow-up']);
  await w.panel.keyboard.type(tag, { delay: 20 });
  const input = w.panel.locator('[data-testid="tag-input"]:focus');
  if ((await input.count()) === 0) {
    w.errors.push(`typed the tag "${tag}", but no tag box has focus`);
    return 'tag (no editor)';
  }
  const value = await input.inputValue();
  if (value !== tag) w.errors.push(`typed the tag "${tag}", the tag box holds "${value}": keys were lost`);
  await w.panel.keyboard.press(w.rng.next() < 0.8 ? 'Enter' : 'Escape');
  return `tag "${tag}"`;
}

async function pressKey(w: Walk, key: string): Promise<string> {
  const selected = await w.panel.getByTestId('selection-toolbar').isVisible();
  await w.panel.keyboard.press(key);
  if (selected && key === 'n') return `key n → ${await writeNote(w)}`;
  if (selected && key === 't') return `key t → ${await writeTag(w)}`;
  return `key ${key}`;
}

/** A colour key pressed twice in one burst (a bounce, or a key held down): one highlight at most. */
async function doubleKey(w: Walk): Promise<string> {
  const key = w.rng.pick(['1', '2', '3', '4', '5', 'h']);
  await w.panel.evaluate((k) => {
    for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  }, key);
  return `key ${key} twice`;
}

/** Opens the note editor of a random annotation in the Notes list and writes in it. */
async function editNote(w: Walk): Promise<string> {
  await showView(w, 'notes');
  const items = w.panel.getByTestId('annotation-item');
  const n = await items.count();
  if (n === 0) return 'edit note (none)';
  const item = items.nth(w.rng.int(n));
  const opener = item.locator('[data-testid="add-note"], [data-testid="note"] button').first();
  if ((await opener.count()) === 0) return 'edit note (busy)';
  await opener.click();
  return `edit → ${await writeNote(w)}`;
}

async function clickIfThere(w: Walk, testId: string): Promise<string> {
  const target = w.panel.getByTestId(testId).first();
  if (!(await target.isVisible())) return `${testId} (not shown)`;
  await target.click();
  return testId;
}

async function deleteOne(w: Walk): Promise<string> {
  await showView(w, 'notes');
  const buttons = w.panel.getByTestId('delete-annotation');
  const n = await buttons.count();
  if (n === 0) return 'delete (none)';
  const i = w.rng.int(n);
  const id = await buttons.nth(i).evaluate((el) => el.closest('[data-annotation]')?.getAttribute('data-annotation') ?? '');
  await buttons.nth(i).click();
  return `delete ${id.slice(0, 8)}`;
}

async function recolour(w: Walk): Promise<string> {
  await showView(w, 'notes');
  const radios = w.panel.locator('[data-annotation] [role="radio"]');
  const n = await radios.count();
  if (n === 0) return 'recolour (none)';
  await radios.nth(w.rng.int(n)).click();
  return 'recolour';
}

async function reloadPage(w: Walk): Promise<string> {
  await w.page.reload();
  return 'reload the page';
}

async function reloadPanel(w: Walk): Promise<string> {
  await w.panel.reload();
  await expect(w.panel.locator('main#gloss')).toHaveAttribute('data-state', 'article', { timeout: 30_000 });
  return 'reload panel';
}

const ACTIONS: Array<[number, (w: Walk) => Promise<string>]> = [
  [22, selectWords],
  [14, (w) => pressKey(w, w.rng.pick(['1', '2', '3', '4', '5', 'h']))],
  [3, doubleKey],
  [6, (w) => pressKey(w, 'n')],
  [5, (w) => pressKey(w, 't')],
  [2, (w) => pressKey(w, 'c')],
  [4, (w) => pressKey(w, 'Escape')],
  [4, async (w) => (await w.panel.keyboard.type(w.rng.pick(WORDS), { delay: 30 }), 'type')],
  [4, (w) => clickIfThere(w, 'save')],
  [3, (w) => clickIfThere(w, 'keep-article')],
  [2, (w) => clickIfThere(w, 'confirm-remove')],
  [5, deleteOne],
  [3, (w) => clickIfThere(w, 'undo')],
  [3, (w) => clickIfThere(w, 'undo-remove')],
  [6, editNote],
  [3, recolour],
  [10, (w) => showView(w, w.rng.pick(['article', 'sources', 'figures', 'notes'] as const)).then(() => 'tab')],
  [3, reloadPanel],
  [2, reloadPage],
];
const TOTAL_WEIGHT = ACTIONS.reduce((s, [weight]) => s + weight, 0);

function chooseAction(rng: Rng) {
  let r = rng.int(TOTAL_WEIGHT);
  for (const [weight, act] of ACTIONS) {
    if (r < weight) return act;
    r -= weight;
  }
  return ACTIONS[0][1];
}

// ── invariants ──────────────────────────────────────────────────────────────────────────────
interface Seen {
  stored: Array<{ id: string; start: number; end: number; note: string }>;
  /** Highlights drawn on the live page (filled in by checkInvariants). */
  onPage?: number;
  listed: string[];
  marked: string[];
  orphans: string[];
  alerts: string[];
}

/** What IndexedDB holds and what the panel shows, in one look. */
function look(panel: Page): Promise<Seen> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('gloss');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = db.objectStoreNames.contains('annotations')
      ? await new Promise<Array<{ id: string; selectors: [unknown, { start: number; end: number }]; note: string }>>((resolve) => {
          const req = db.transaction('annotations').objectStore('annotations').getAll();
          req.onsuccess = () => resolve(req.result);
        })
      : [];
    db.close();
    const ids = (sel: string, attr: string) => [...new Set([...document.querySelectorAll(sel)].map((e) => e.getAttribute(attr) ?? ''))].sort();
    return {
      stored: all.map((a) => ({ id: a.id, start: a.selectors[1].start, end: a.selectors[1].end, note: a.note })),
      listed: ids('[data-testid="annotation-item"]', 'data-annotation'),
      marked: ids('mark[data-annotation-id]', 'data-annotation-id'),
      orphans: ids('[data-testid="unanchored"] [data-testid="annotation-item"]', 'data-annotation'),
      alerts: [...document.querySelectorAll('[role="alert"], [data-testid="toast"]')]
        .map((e) => e.textContent ?? '')
        .filter((t) => /went wrong|no longer exists|could not save|cannot save|storage is full/i.test(t)),
    };
  });
}

function violations(w: Walk, s: Seen): string[] {
  const out: string[] = [];
  const spans = new Map<string, string>();
  for (const a of s.stored) {
    const key = `${a.start}:${a.end}`;
    if (spans.has(key)) out.push(`two annotations on one selection [${key}]: ${spans.get(key)} and ${a.id}`);
    spans.set(key, a.id);
  }
  const storedIds = s.stored.map((a) => a.id).sort();
  if (JSON.stringify(storedIds) !== JSON.stringify(s.listed)) out.push(`stored ${JSON.stringify(storedIds)} but the Notes list shows ${JSON.stringify(s.listed)}`);
  const placed = s.listed.filter((id) => !s.orphans.includes(id));
  const unmarked = placed.filter((id) => !s.marked.includes(id));
  if (unmarked.length) out.push(`placed but not marked in the text: ${unmarked.join(', ')}`);
  for (const [id, note] of w.notes) {
    const a = s.stored.find((x) => x.id === id);
    if (a && a.note !== note) out.push(`note of ${id} is ${JSON.stringify(a.note)}, saved as ${JSON.stringify(note)}`);
  }
  if (s.onPage !== undefined && s.onPage !== placed.length) out.push(`${placed.length} highlights placed in the panel, ${s.onPage} drawn on the page`);
  out.push(...s.alerts.map((t) => `error shown to the reader: ${t}`));
  return out;
}

/** Annotations that went away in a step that did not delete them (a click on Saved, a reload…). */
function vanished(w: Walk, s: Seen, did: string): string[] {
  const now = new Set(s.stored.map((a) => a.id));
  const gone = [...w.present].filter((id) => !now.has(id));
  w.present = now;
  if (did === 'confirm-remove') return [];
  const deleted = /^delete (\w+)/.exec(did)?.[1];
  const unexpected = gone.filter((id) => !deleted || !id.startsWith(deleted));
  return unexpected.length ? [`${unexpected.length} annotation(s) vanished after "${did}": ${unexpected.join(', ')}`] : [];
}

/** Waits until the panel, the page and the database agree (writes and live queries settle), then judges. */
async function checkInvariants(w: Walk, did: string): Promise<string[]> {
  let last: string[] = [];
  let seen: Seen | null = null;
  await expect
    .poll(
      async () => {
        seen = await look(w.panel);
        seen.onPage = await w.page.evaluate(() => {
          let n = 0;
          for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('gloss-')) n += h.size;
          return n;
        });
        return (last = violations(w, seen));
      },
      { timeout: 10_000, intervals: [50, 100, 250] },
    )
    .toEqual([])
    .catch(() => undefined);
  return [...last, ...(seen ? vanished(w, seen, did) : []), ...w.errors.splice(0)];
}

// ── the walk ────────────────────────────────────────────────────────────────────────────────
function watchErrors(w: Walk, worker: Worker) {
  const skip = /Failed to load resource|net::ERR_/;
  w.panel.on('pageerror', (e) => w.errors.push(`panel: ${e.message}`));
  w.panel.on('console', (m) => m.type() === 'error' && !skip.test(m.text()) && w.errors.push(`panel console: ${m.text()}`));
  w.page.on('console', (m) => m.type() === 'error' && m.location().url.startsWith('chrome-extension://') && w.errors.push(`content script: ${m.text()}`));
  return worker.evaluate(() => {
    const g = globalThis as unknown as { __fuzzErrors: string[] };
    g.__fuzzErrors = [];
    self.addEventListener('error', (e) => g.__fuzzErrors.push(String((e as ErrorEvent).message)));
    self.addEventListener('unhandledrejection', (e) => g.__fuzzErrors.push(String((e as PromiseRejectionEvent).reason)));
  });
}

async function backgroundErrors(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => (globalThis as unknown as { __fuzzErrors?: string[] }).__fuzzErrors?.splice(0) ?? []).then((list) => list.map((e) => `background: ${e}`));
}

for (const seed of SEEDS) {
  test(`fuzz: seed ${seed}, ${STEPS} steps, invariants after every step`, async () => {
    test.setTimeout(Math.max(120_000, STEPS * 1_500));
    const gloss = await launchGloss(fs.mkdtempSync(path.join(os.tmpdir(), `gloss-fuzz-${seed}-`)));
    try {
      const { page, tabId } = await gloss.openTab(server.url('seed-article.html'));
      const panel = await gloss.openPanel(tabId);
      const worker = gloss.context.serviceWorkers()[0];
      const w: Walk = { gloss, panel, page, tabId, rng: prng(seed), used: new Set(), notes: new Map(), present: new Set(), errors: [], log: [] };
      await watchErrors(w, worker);
      for (let step = 1; step <= STEPS; step++) {
        const act = chooseAction(w.rng);
        let did: string;
        try {
          did = await act(w);
        } catch (error) {
          did = `action failed: ${(error as Error).message.split('\n')[0]}`;
          w.errors.push(did);
        }
        w.log.push(`${step}: ${did}`);
        const broken = [...(await checkInvariants(w, did)), ...(await backgroundErrors(worker))];
        if (broken.length) {
          throw new Error(
            `fuzz seed ${seed} broke at step ${step}:\n  ${broken.join('\n  ')}\n` +
              `last steps:\n  ${w.log.slice(-15).join('\n  ')}\n` +
              `replay: GLOSS_FUZZ_SEEDS=${seed} GLOSS_FUZZ_STEPS=${step} npm run test:fuzz`,
          );
        }
      }
      const final = await look(panel);
      console.log(`fuzz seed ${seed}: ${STEPS} steps, ${final.stored.length} annotations at the end, ${w.notes.size} notes saved, ${w.used.size} selections`);
    } finally {
      await gloss.close();
    }
  });
}
