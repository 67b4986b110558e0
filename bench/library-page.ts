// `npm run bench:library-page`: the library page in real Chromium (the `--mode e2e` build: a
// minified `vite build` with React's production bundle, plus a hook to time writes) with a
// generated library written into its IndexedDB in the previous schema (v2), at 1,000 articles /
// 10,000 annotations and 10,000 / 100,000. Prints, as it measures:
//   one-time: the schema upgrade (summaries), the search index build, the sources/figures analysis;
//   per open (RUNS fresh pages): first row, whole library usable (count, filters, sort), search
//   ready, first search, later searches, Sources and Figures indexes, saving one article with 50
//   annotations (the write, until the worker has it in the saved index, and the worker's part of that).
// Times are taken inside the page (performance.now() from navigation start, MutationObserver), so
// the DevTools round trips are not counted. A search is timed from the keystroke until the frame
// showing its rows is painted, and split into its phases (to the worker, in it, back, render,
// paint), printed after each size. Targets (issue #12) are printed next to the figures.
// Options: --sizes 1000x10000,10000x100000 --runs N --verbose (each search's phases),
// --against DIR (another build's .output/chrome-mv3-e2e, e.g. main's: both are prepared, then their
// opens alternate, so a change is measured against the tree before it under the same load),
// --reuse DIR (keep the prepared profiles and start the next run from copies: minutes saved).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchGloss } from '../tests/e2e/chromium/gloss-browser';
import { writeV2Library } from '../tests/e2e/support/v2-library';
import { generateLibrary } from './lib/library-generate';
import type { AnnotationRecord, SavedArticle } from '../lib/db/schema';

const argOf = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const SIZES = argOf('sizes', '1000x10000,10000x100000').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const RUNS = Number(argOf('runs', '3'));
/** --against DIR: another build's extension directory, measured in turns with this one (an A/B under the same load). */
const AGAINST = argOf('against', '');
/** --verbose: every search's phases, not only the medians. */
const VERBOSE = process.argv.includes('--verbose');
/** --reuse DIR: keep the prepared profiles there and start later runs from copies (see prepare). */
const REUSE = argOf('reuse', '');
const QUERIES = ['ministry', 'ukraine', 'energy prices', 'minis', 'police said', 'sanctions', 'kharkiv refug'];
const TARGETS = { firstRow: 300, usable: 1000, firstSearch: 100, laterSearch: 50, indexes: 1000, save: 50 };
const EXTENSION = path.resolve('.output/chrome-mv3-e2e');
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');

/**
 * Installed before the page's scripts: when the first row, the whole library and search readiness
 * appeared; and, for the search phases, when the page posted its last query to the worker and
 * received its last result (a subclass of Worker notes the times, then does what Worker does).
 * A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
 */
const MARKS = `(() => {
  const phase = (window.__searchPhase = {});
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    postMessage(m, ...rest) {
      if (m && m.type === 'search') phase.posted = performance.now();
      return super.postMessage(m, ...rest);
    }
    set onmessage(handler) {
      super.onmessage = (e) => {
        if (e.data && e.data.type === 'result') { phase.received = performance.now(); phase.steps = e.data.steps; }
        handler(e);
      };
    }
    get onmessage() { return super.onmessage; }
  };
  const marks = (window.__marks = {});
  new MutationObserver(() => {
    const main = document.querySelector('main#gloss');
    if (!marks.firstRow && document.querySelector('[data-testid="library-item"]')) marks.firstRow = performance.now();
    if (!marks.usable && main && main.getAttribute('data-state') === 'library') marks.usable = performance.now();
    if (!marks.searchReady && main && main.getAttribute('data-search') === 'done') marks.searchReady = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** When a search's phases ended, in ms from the keystroke. */
interface SearchTimes {
  /** The page posted the query to its worker. */
  posted: number;
  /** The page received the worker's result. */
  received: number;
  /** The DOM has the result's rows (React committed them). */
  committed: number;
  /** The frame showing them was painted: what the user waits for. */
  painted: number;
  /** The search's own time inside the worker. */
  worker: number;
  /** Where the worker's time went (ms per step of lib/search). */
  steps: Record<string, number>;
}

/**
 * Types a query the way React sees typing, and times until the frame that shows its results is
 * painted (requestAnimationFrame, then a message: it runs after that frame's paint), with the
 * phases on the way.
 */
function timeSearch(page: Page, query: string): Promise<SearchTimes> {
  return page.evaluate(
    (q) =>
      new Promise<SearchTimes>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
        const main = document.querySelector('main#gloss')!;
        const phase = (window as unknown as { __searchPhase: { posted: number; received: number; steps: Record<string, number> } }).__searchPhase;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (main.getAttribute('aria-busy') === 'false' && main.getAttribute('data-results-for') === q) {
            obs.disconnect();
            const committed = performance.now();
            requestAnimationFrame(() => {
              const afterPaint = new MessageChannel();
              afterPaint.port1.onmessage = () =>
                resolve({
                  posted: phase.posted - t0,
                  received: phase.received - t0,
                  committed: committed - t0,
                  painted: performance.now() - t0,
                  worker: Number(main.getAttribute('data-search-ms')),
                  steps: phase.steps ?? {},
                });
              afterPaint.port2.postMessage(null);
            });
          }
        });
        obs.observe(main, { subtree: true, childList: true, attributes: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** A search's time split into its phases (ms): to the worker, in it, back, rendering, painting. */
function phases(t: SearchTimes) {
  return {
    post: t.posted,
    worker: t.worker,
    'to/from worker': t.received - t.posted - t.worker,
    render: t.committed - t.received,
    paint: t.painted - t.committed,
    total: t.painted,
  };
}

/** Clicks a tab and times until its table is rendered (figures: with the first sentence loaded). */
function timeTab(page: Page, tab: 'sources' | 'figures'): Promise<number> {
  return page.evaluate(
    (tab) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          const table = document.querySelector(`[data-testid="${tab}-index"]`);
          if (table && (tab === 'sources' || table.querySelector('tbody tr .sentence-cell')?.textContent !== '…')) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        document.querySelector<HTMLButtonElement>(`[data-testid="library-tab-${tab}"]`)!.click();
      }),
    tab,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${Math.round(x)}`;
function table(rows: string[][]) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
    if (k === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
  }
}

/** Where a search's time goes: the first search of each run, and the median of each phase over its later ones. */
function printPhases(runs: Array<{ run: string; first: ReturnType<typeof phases>; later: Array<ReturnType<typeof phases>> }>) {
  const keys = Object.keys(runs[0].first) as Array<keyof ReturnType<typeof phases>>;
  const out = [['search', ...keys]];
  for (const r of runs) {
    out.push([`run ${r.run} first`, ...keys.map((k) => ms(r.first[k]))]);
    out.push([`run ${r.run} later (median)`, ...keys.map((k) => ms(median(r.later.map((p) => p[k]))))]);
  }
  console.log('\nsearch phases (ms): post = keystroke until the query is posted to the worker; worker = the search inside it; to/from worker = the messages; render = result received until React committed the rows; paint = until the frame showing them was painted');
  table(out);
}

/** A new article like the library's, with 50 annotations of its own (fresh ids). */
function newArticle(lib: ReturnType<typeof generateLibrary>, k: number): { article: SavedArticle; annotations: AnnotationRecord[] } {
  const base = lib.articles[k];
  const id = `https://bench.test/new-${k}`;
  const article = { ...base, id, url: id, title: `Bench article ${k}`, savedAt: Date.now(), updatedAt: Date.now() };
  const annotations = lib.annotations.slice(k * 50, k * 50 + 50).map((n, i) => ({ ...n, id: `bench-${k}-${i}`, articleId: id, url: id }));
  return { article, annotations };
}

type Phases = ReturnType<typeof phases>;
interface Variant {
  name: string;
  gloss: Awaited<ReturnType<typeof launchGloss>>;
  libraryUrl: string;
}

/**
 * A browser with `extensionDir`'s build and the generated library in IndexedDB, opened once. With
 * --reuse DIR, the prepared profile is kept in DIR (one per build directory: Chromium names an
 * unpacked extension, and so its database, after its path) and later runs start from a copy of it,
 * skipping the minutes of preparation — valid while the schema and the index format are unchanged.
 */
async function prepare(name: string, extensionDir: string, lib: ReturnType<typeof generateLibrary>): Promise<Variant> {
  const kept = REUSE && path.join(REUSE, `${nArticlesOf(lib)}-${extensionDir.replace(/[^a-z0-9]+/gi, '_')}`);
  if (kept && !fs.existsSync(path.join(kept, 'prepared'))) {
    fs.mkdirSync(kept, { recursive: true });
    await (await prepareProfile(name, extensionDir, lib, kept)).close();
    fs.writeFileSync(path.join(kept, 'prepared'), '');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-bench-page-'));
  if (kept) fs.cpSync(kept, dir, { recursive: true });
  const gloss = kept ? await launchGloss(dir, { extensionDir }) : await prepareProfile(name, extensionDir, lib, dir);
  // A kept profile's browser has not opened the library yet; the measured opens follow one, as
  // after a preparation (the first open after the browser starts is slower: code and data cold).
  if (kept) await warmUpOpen(gloss, name);
  await gloss.context.addInitScript({ content: MARKS });
  return { name, gloss, libraryUrl: `chrome-extension://${gloss.extensionId}/library.html` };
}

/** Opens the library once and closes it, printing when its first row showed. */
async function warmUpOpen(gloss: Awaited<ReturnType<typeof launchGloss>>, name: string) {
  const page = await gloss.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  await page.locator('[data-testid="library-item"]').first().waitFor({ timeout: 600_000 });
  const firstRow = await page.evaluate(() => performance.now());
  await page.locator('main[data-search="done"]').waitFor({ timeout: 600_000 });
  console.log(`${name}: first open after the browser started (kept profile): first row by ${Math.round(firstRow)} ms`);
  await page.close();
}

const nArticlesOf = (lib: ReturnType<typeof generateLibrary>) => lib.articles.length;

/** Writes the library into a new profile in `dir` and opens it once (upgrade, index, analysis). */
async function prepareProfile(name: string, extensionDir: string, lib: ReturnType<typeof generateLibrary>, dir: string) {
  const gloss = await launchGloss(dir, { extensionDir });
  const setup = await gloss.context.newPage();
  await setup.goto(`chrome-extension://${gloss.extensionId}/manifest.json`);
  let t = performance.now();
  await writeV2Library(setup, lib);
  console.log(`${name}: library written in the v2 schema: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await setup.close();

  // First open: the upgrade, the index build and the analysis happen once.
  const first = await gloss.context.newPage();
  await first.setViewportSize({ width: 1280, height: 900 });
  t = performance.now();
  await first.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  await first.locator('main[data-state="library"]').waitFor({ timeout: 1_800_000 });
  console.log(`${name}: one-time schema upgrade (summaries) and first listing: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await first.locator('main[data-search="done"]').waitFor({ timeout: 3_600_000 });
  console.log(`${name}: one-time search index build (persisted): ${((performance.now() - t) / 1000).toFixed(1)} s after opening`);
  await first.locator('main[data-analysis="done"]').waitFor({ timeout: 3_600_000 });
  console.log(`${name}: one-time sources/figures analysis (stored): ${((performance.now() - t) / 1000).toFixed(1)} s after opening`);
  await first.close();
  return gloss;
}

const HEADER = ['run', 'first row', 'usable', 'search ready', 'first search', 'later (median/max)', 'in worker (first/median)', 'Sources', 'Figures', 'analysis (when shown)', 'save: write', 'save: indexed', 'save: in worker'];

/** One fresh open of the library page, measured: its table row and its searches' phases. */
async function measureOpen(v: Variant, label: string, lib: ReturnType<typeof generateLibrary>, saveBase: number) {
  const page = await v.gloss.context.newPage();
  page.on('crash', () => console.log(`${label}: the page crashed`));
  page.on('pageerror', (e) => console.log(`${label}: page error: ${e.message}`));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(v.libraryUrl);
  await page.locator('main[data-search="done"]').waitFor({ timeout: 600_000 });
  const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  const firstSearch = await timeSearch(page, QUERIES[0]);
  const laterSearches: SearchTimes[] = [];
  for (const q of QUERIES.slice(1)) laterSearches.push(await timeSearch(page, q));
  if (VERBOSE) for (const [i, t] of [firstSearch, ...laterSearches].entries()) console.log(`  ${QUERIES[i]}: ${Object.entries(phases(t)).map(([k, x]) => `${k} ${ms(x)}`).join(', ')} [in worker: ${Object.entries(t.steps).map(([k, x]) => `${k} ${x.toFixed(1)}`).join(', ')}]`);
  const later = laterSearches.map((t) => t.painted);
  await page.getByTestId('library-search').fill(''); // back to the whole library
  await page.locator('main[aria-busy="false"]').waitFor();
  const sources = await timeTab(page, 'sources');
  const figures = await timeTab(page, 'figures');
  await page.getByTestId('library-tab-articles').click();
  const saves: Array<{ analysis: number; write: number; indexed: number; worker: number }> = [];
  for (let k = 0; k < 5; k++) {
    const { article, annotations } = newArticle(lib, saveBase + k);
    saves.push(await page.evaluate(({ article, annotations }) => (globalThis as unknown as { glossBench: { save: (a: unknown, n: unknown) => Promise<{ analysis: number; write: number; indexed: number; worker: number }> } }).glossBench.save(article, annotations), { article, annotations }));
  }
  const row = [label, ms(marks.firstRow), ms(marks.usable), ms(marks.searchReady), ms(firstSearch.painted), `${ms(median(later))}/${ms(Math.max(...later))}`, `${ms(firstSearch.worker)}/${ms(median(laterSearches.map((t) => t.worker)))}`, ms(sources), ms(figures), ms(median(saves.map((s) => s.analysis))), ms(median(saves.map((s) => s.write))), ms(median(saves.map((s) => s.indexed))), ms(median(saves.map((s) => s.worker)))];
  console.log(`${label}: ${HEADER.slice(1).map((h, i) => `${h} ${row[i + 1]}`).join(', ')} (ms)`);
  await page.close();
  return { row, first: phases(firstSearch), later: laterSearches.map(phases) };
}

async function benchSize(nArticles: number, nAnnotations: number) {
  console.log(`\n== ${nArticles.toLocaleString('en')} articles, ${nAnnotations.toLocaleString('en')} annotations (load average ${load()})`);
  const lib = generateLibrary(nArticles, nAnnotations);
  const variants: Variant[] = [];
  try {
    variants.push(await prepare(AGAINST ? 'this tree' : 'library', EXTENSION, lib));
    if (AGAINST) variants.push(await prepare('old build', path.resolve(AGAINST), lib));
    const rows: string[][] = [HEADER];
    const searchPhases: Array<{ run: string; first: Phases; later: Phases[] }> = [];
    // With --against, the two builds take turns, so both see the same load.
    for (let run = 1; run <= RUNS; run++) {
      for (const [i, v] of variants.entries()) {
        const label = variants.length > 1 ? `${run} ${i === 0 ? 'new' : 'old'}` : String(run);
        const m = await measureOpen(v, label, lib, run * 10);
        rows.push(m.row);
        searchPhases.push({ run: label, first: m.first, later: m.later });
      }
    }
    rows.push(['target', `≤${TARGETS.firstRow}`, `≤${TARGETS.usable}`, '', `≤${TARGETS.firstSearch}`, `≤${TARGETS.laterSearch}`, '', `≤${TARGETS.indexes}`, `≤${TARGETS.indexes}`, '', `≤${TARGETS.save}`, `≤${TARGETS.save}`, '']);
    table(rows);
    if (AGAINST) console.log(`("new" is this tree's build, "old" the build in ${AGAINST})`);
    console.log(`(ms from opening the page, measured inside it; a search from the keystroke until the frame showing its rows is painted; load average now ${load()} on ${os.cpus().length} cores)`);
    printPhases(searchPhases);
  } finally {
    for (const v of variants) await v.gloss.close();
  }
}

if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
  console.error('Build first: npx wxt build --mode e2e');
  process.exit(1);
}
for (const [a, n] of SIZES) await benchSize(a, n);
