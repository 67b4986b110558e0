// `npm run bench:readability`: our pipeline on Readability.js's own 130 test pages
// (../shared/bench/readability-test-pages, or --data DIR), scored against Readability's expected
// output for each page: recall and precision of 4-word shingles (the Zyte metric of
// ./lib/zyte-metric.ts), over the pages Readability calls readerable; and every title and byline
// of ours that differs from Readability's expected metadata, listed for judging.
// Pages are read as bytes and decoded as a browser would (some are in legacy encodings).
//
//   npm run bench:readability [-- --data DIR] [--below 0.95] [--only NAME] [--json] [--missing]
//
// --missing prints, under each page below the threshold, the expected blocks (lines of more than 15
// characters) at least half of whose shingles our text lacks: what to judge as content or boilerplate.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { extractFromHtml } from '../lib/extract/node';
import { htmlToText } from '../lib/extract';
import { decodeHtml } from '../lib/cli/decode';
import { pageScore, shingles } from './lib/zyte-metric';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(arg('--data') ?? join(repo, '..', 'shared', 'bench', 'readability-test-pages'));
const BELOW = Number(arg('--below') ?? 0.95);
const URL = 'http://fakehost/test/page.html'; // what Readability's own tests use
if (!existsSync(dataDir)) {
  console.error(`bench:readability: no test pages at ${dataDir} (pass --data DIR)`);
  process.exit(2);
}

interface Expected { title: string | null; byline: string | null; readerable: boolean }
const names = readdirSync(dataDir).filter((n) => existsSync(join(dataDir, n, 'source.html.gz')))
  .filter((n) => !arg('--only') || n === arg('--only')).sort();

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
// a block is missing when our text lacks at least this share of its shingles (half: a block we keep
// with a word changed still counts as kept)
const MISSING_SHARE = 0.5;
function missingBlocks(expected: string, ours: string): string[] {
  // the expected text's shingles in order, each marked lost when ours has no copy left of it; a
  // line is missing when most shingles starting in it are lost (a short line's shingles run into
  // the next line, as the metric counts them)
  const have = shingles(ours);
  const toks = [...expected.matchAll(/[\p{L}\p{N}_]+/gu)];
  const lost: boolean[] = [];
  for (let i = 0; i + 4 <= toks.length; i++) {
    const k = toks.slice(i, i + 4).map((m) => m[0]).join('\u0001');
    const c = have.get(k) ?? 0;
    if (c > 0) have.set(k, c - 1);
    lost.push(c === 0);
  }
  const out: string[] = [];
  let t = 0;
  let at = 0;
  for (const raw of expected.split('\n')) {
    const end = at + raw.length;
    let n = 0;
    let l = 0;
    for (; t < toks.length && toks[t].index! < end; t++) {
      if (t < lost.length) { n++; if (lost[t]) l++; }
    }
    if (raw.trim().length > 15 && n > 0 && l / n >= MISSING_SHARE) out.push(raw.trim());
    at = end + 1;
  }
  return out;
}
const missingByName = new Map<string, string[]>();

const rows: Array<{ name: string; readerable: boolean; isArticle: boolean; reason?: string; p: number | null; r: number | null; title: string; byline: string; expTitle: string; expByline: string }> = [];
for (const name of names) {
  const gz = (f: string) => gunzipSync(readFileSync(join(dataDir, name, f)));
  const exp: Expected = JSON.parse(readFileSync(join(dataDir, name, 'expected-metadata.json'), 'utf8'));
  const html = decodeHtml(new Uint8Array(gz('source.html.gz')));
  const expectedDom = new JSDOM(`<body>${gz('expected.html.gz').toString('utf8')}</body>`);
  const expectedText = htmlToText(expectedDom.window.document.body);
  expectedDom.window.close();
  const res = extractFromHtml(html, URL);
  const text = res.isArticle ? res.article.text : '';
  const s = pageScore(expectedText, text);
  if (args.includes('--missing')) missingByName.set(name, missingBlocks(expectedText, text));
  rows.push({
    name, readerable: exp.readerable, isArticle: res.isArticle, reason: res.isArticle ? undefined : res.reason,
    p: s.p, r: s.r ?? 1,
    title: norm(res.isArticle ? res.article.title : res.title), byline: norm(res.isArticle ? res.article.byline : null),
    expTitle: norm(exp.title), expByline: norm(exp.byline),
  });
  await new Promise<void>((r) => setImmediate(r));
}

const readerable = rows.filter((r) => r.readerable);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const f = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
console.log(`\nReadability's test pages: ${rows.length} (${readerable.length} readerable), against Readability's expected output\n`);
console.log(`readerable pages: recall ${mean(readerable.map((r) => r.r ?? 0)).toFixed(3)}, precision ${mean(readerable.filter((r) => r.p !== null).map((r) => r.p!)).toFixed(3)}; ` +
  `called not-an-article: ${readerable.filter((r) => !r.isArticle).map((r) => `${r.name} (${r.reason})`).join(', ') || 'none'}`);
// a page we refuse (a listing) scores 0: the same mean over the pages we read as articles says how
// much of the rest we keep
const read = readerable.filter((r) => r.isArticle);
console.log(`readerable pages we read as articles (${read.length}): recall ${mean(read.map((r) => r.r ?? 0)).toFixed(3)}`);
console.log(`all pages: recall ${mean(rows.map((r) => r.r ?? 0)).toFixed(3)}\n`);
console.log(`readerable pages with recall below ${BELOW}:`);
for (const r of readerable.filter((r) => (r.r ?? 0) < BELOW).sort((a, b) => (a.r ?? 0) - (b.r ?? 0))) {
  console.log(`  ${r.name.padEnd(32)} R ${f(r.r)}  P ${f(r.p)}${r.isArticle ? '' : `  not an article (${r.reason})`}`);
  for (const b of missingByName.get(r.name) ?? []) console.log(`      missing: ${b.length > 200 ? `${b.slice(0, 200)}…` : b}`);
}
console.log('\ntitles that differ from Readability\'s (ours | expected):');
for (const r of rows.filter((r) => r.isArticle && r.title !== r.expTitle)) console.log(`  ${r.name.padEnd(32)} ${r.title} | ${r.expTitle}`);
console.log('\nbylines that differ from Readability\'s (ours | expected):');
for (const r of rows.filter((r) => r.isArticle && r.byline !== r.expByline)) console.log(`  ${r.name.padEnd(32)} ${r.byline || '(none)'} | ${r.expByline || '(none)'}`);

const outDir = join(repo, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'readability-pages-latest.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 1));
