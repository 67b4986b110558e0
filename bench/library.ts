// `npm run bench:library`: the library page at a researcher's scale — 10,000 articles (~700 words
// each) and 100,000 annotations. Prints search latency (median/p95 over realistic queries), index
// build time and memory, bundle size, for lib/search (hand-written) against MiniSearch and
// FlexSearch on the same documents, then the time of every export format for that library.
// Options: --articles N --annotations N --skip-libs --skip-export.
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import { buildIndex, search, foldWord } from '../lib/search';
import {
  annotationsCsv, exportBackup, exportBibtex, exportCslJson, exportRis, exportW3C, figuresCsv, isImportError,
  libraryToMarkdown, libraryToMarkdownFiles, mergeImport, parseImport, sourcesCsv,
} from '../lib/export';
import { generateLibrary, type GeneratedLibrary } from './lib/library-generate';
import { benchQueries } from './lib/library-queries';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N_ARTICLES = arg('articles', 10_000);
const N_ANNOTATIONS = arg('annotations', 100_000);
const skipLibs = process.argv.includes('--skip-libs');
const skipExport = process.argv.includes('--skip-export');

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const ms = (t: number) => (t < 10 ? t.toFixed(2) : t < 100 ? t.toFixed(1) : Math.round(t).toString());
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}
function table(rows: string[][]) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
    if (k === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
  }
}
async function bundleSize(contents: string): Promise<number> {
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  return gzipSync(out.outputFiles[0].contents).length;
}

interface Engine {
  name: string;
  build(lib: GeneratedLibrary): unknown;
  query(index: unknown, q: string, filters?: object): number | Promise<number>;
  filters: boolean;
  bundle: string;
}

const fold = (s: string) => foldWord(s);
const engines: Engine[] = [
  {
    name: 'lib/search (hand-written)',
    build: (lib) => buildIndex(lib),
    query: async (ix, q, filters) => (await search(ix as ReturnType<typeof buildIndex>, q, filters, { limit: 50 })).hits.length,
    filters: true,
    bundle: `export * from './lib/search';`,
  },
  {
    name: 'MiniSearch 7.2',
    build: (lib) => {
      const ms = new MiniSearch({
        fields: ['title', 'site', 'text', 'quote', 'note', 'tags'],
        processTerm: (t) => fold(t),
        searchOptions: { boost: { title: 3, tags: 2.5, quote: 2, note: 2 }, combineWith: 'AND' },
      });
      ms.addAll(lib.articles.map((a) => ({ id: `a:${a.id}`, title: a.title, site: a.siteName ?? '', text: a.text })));
      ms.addAll(lib.annotations.map((n) => ({ id: `n:${n.id}`, quote: n.selectors[0].exact, note: n.note, tags: n.tags.join(' ') })));
      return ms;
    },
    query: (ix, q) => {
      const terms = q.replace(/"/g, '');
      return (ix as MiniSearch).search(terms, { prefix: (_t, i, all) => i === all.length - 1 && !/\s$/.test(q) }).slice(0, 50).length;
    },
    filters: false,
    bundle: `export { default } from 'minisearch';`,
  },
  {
    name: 'FlexSearch 0.8 (Document, forward)',
    build: (lib) => {
      const ix = new Document({ tokenize: 'forward', document: { id: 'id', index: ['title', 'site', 'text', 'quote', 'note', 'tags'] } } as never);
      for (const a of lib.articles) ix.add({ id: `a:${a.id}`, title: a.title, site: a.siteName ?? '', text: a.text } as never);
      for (const n of lib.annotations) ix.add({ id: `n:${n.id}`, quote: n.selectors[0].exact, note: n.note, tags: n.tags.join(' ') } as never);
      return ix;
    },
    query: (ix, q) => {
      const r = (ix as Document).search(q.replace(/"/g, ''), { limit: 50 } as never) as unknown as Array<{ result: unknown[] }>;
      return r.reduce((s, f) => s + f.result.length, 0);
    },
    filters: false,
    bundle: `export { Document } from 'flexsearch';`,
  },
];

async function main() {
  console.log(`Generating ${N_ARTICLES.toLocaleString('en')} articles and ${N_ANNOTATIONS.toLocaleString('en')} annotations…`);
  const lib = generateLibrary(N_ARTICLES, N_ANNOTATIONS, 42);
  const chars = lib.articles.reduce((s, a) => s + a.text.length, 0);
  console.log(`Library: ${(chars / 1e6).toFixed(1)} M characters of article text.\n`);
  const queries = benchQueries(lib);
  const rows: string[][] = [['engine', 'build', 'heap', 'gzip bundle', 'query median', 'p95', 'max', 'queries']];
  for (const engine of skipLibs ? engines.slice(0, 1) : engines) {
    const before = heap();
    const t0 = performance.now();
    let ix: unknown = engine.build(lib);
    const buildMs = performance.now() - t0;
    const used = heap() - before;
    const set = queries.filter((q) => engine.filters || !q.filters);
    for (const q of set) await engine.query(ix, q.q, q.filters); // warm-up (JIT, lazy vocabulary)
    const times: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      for (const q of set) {
        const t = performance.now();
        await engine.query(ix, q.q, q.filters);
        times.push(performance.now() - t);
      }
    }
    const s = stats(times);
    const gz = await bundleSize(engine.bundle);
    rows.push([engine.name, `${ms(buildMs)} ms`, mb(used), `${(gz / 1024).toFixed(1)} kB`, `${ms(s.median)} ms`, `${ms(s.p95)} ms`, `${ms(s.max)} ms`, String(set.length)]);
    if (engine === engines[0]) {
      // Per-query detail for ours.
      const detail: string[][] = [['query', 'label', 'hits (total)', 'ms']];
      for (const q of set) {
        const t = performance.now();
        const r = await search(ix as ReturnType<typeof buildIndex>, q.q, q.filters, { limit: 50 });
        detail.push([q.q.slice(0, 32) + (q.filters ? ' +filter' : ''), q.label, `${r.hits.length} (${r.total}${r.approximate ? '~' : ''})`, ms(performance.now() - t)]);
      }
      table(detail);
      console.log('');
      // Incremental update cost.
      const ixx = ix as ReturnType<typeof buildIndex>;
      const { addRecords, removeRecords } = await import('../lib/search');
      const t1 = performance.now();
      for (let i = 0; i < 100; i++) addRecords(ixx, { annotations: [{ ...lib.annotations[i], note: `edited ${i}` }] });
      const addMs = (performance.now() - t1) / 100;
      const t2 = performance.now();
      removeRecords(ixx, { annotationIds: lib.annotations.slice(100, 200).map((a) => a.id) });
      const rmMs = (performance.now() - t2) / 100;
      console.log(`lib/search incremental: update one annotation ${ms(addMs)} ms, remove one ${ms(rmMs)} ms\n`);
    }
    ix = null;
  }
  table(rows);
  console.log('');

  if (skipExport) return;
  const now = new Date('2026-11-25T12:00:00Z');
  const exp: string[][] = [['export', 'time', 'size']];
  const time = (name: string, f: () => string | { length: number }) => {
    const t = performance.now();
    const out = f();
    const size = typeof out === 'string' ? `${(Buffer.byteLength(out) / 1e6).toFixed(1)} MB` : `${out.length} files`;
    exp.push([name, `${ms(performance.now() - t)} ms`, size]);
    return out;
  };
  time('Markdown (one file per article)', () => libraryToMarkdownFiles(lib, { now }));
  time('Markdown (one document)', () => libraryToMarkdown(lib, { now }));
  const w3c = time('W3C JSON-LD', () => exportW3C(lib, { now })) as string;
  time('CSV annotations', () => annotationsCsv(lib, { now }));
  time('CSV sources (runs lib/analyze)', () => sourcesCsv(lib, { now }));
  time('CSV figures (runs lib/analyze)', () => figuresCsv(lib, { now }));
  time('BibTeX', () => exportBibtex(lib, { now }));
  time('RIS', () => exportRis(lib, { now }));
  time('CSL-JSON', () => exportCslJson(lib, { now }));
  const backup = time('Backup JSON', () => exportBackup(lib, { now })) as string;
  let t = performance.now();
  const plan = parseImport(backup);
  exp.push(['Import backup: parse + validate', `${ms(performance.now() - t)} ms`, '']);
  if (isImportError(plan)) throw new Error(plan.error);
  t = performance.now();
  mergeImport({ articles: [], annotations: [], tags: [] }, plan);
  exp.push(['Import backup: merge into empty', `${ms(performance.now() - t)} ms`, '']);
  t = performance.now();
  const w = parseImport(w3c);
  if (isImportError(w)) throw new Error(w.error);
  exp.push(['Import W3C: parse + validate', `${ms(performance.now() - t)} ms`, '']);
  table(exp);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
