// `npm run bench:extract:browser -- --against REF`: the extraction of the working tree against the
// one of git ref REF (e.g. main, HEAD~3), interleaved page by page in ONE Chromium page, next to
// plain Readability. The ratio ours/plain moves with the machine's load by more than most changes
// do; two trees measured side by side in the same run tell whether a change made ours faster.
// Prints medians and, per input, the total and the geometric mean over the pages of new/old.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import os from 'node:os';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';

const ENTRY = (repo: string, old: string) => `
import { Readability } from '@mozilla/readability';
import * as NEW from '${repo}/lib/extract';
import * as NEWA from '${repo}/lib/analyze';
import * as OLD from '${old}/lib/extract';
import * as OLDA from '${old}/lib/analyze';
const parse = (h) => new DOMParser().parseFromString(h, 'text/html');
const plain = (d) => new Readability(d).parse()?.textContent ?? '';
function ours(E, A, doc, url, consume) {
  const r = E.extractArticle(doc, { url, purify: window, consumeDocument: consume });
  if (r.isArticle) A.analyzeText(r.article.text, { lang: r.article.lang, links: r.article.links, published: r.article.publishedTime });
}
const run = {
  plainDoc: (h, u, d) => plain(d.cloneNode(true)), oldDoc: (h, u, d) => ours(OLD, OLDA, d, u, false), newDoc: (h, u, d) => ours(NEW, NEWA, d, u, false),
  plainString: (h) => plain(parse(h)), oldString: (h, u) => ours(OLD, OLDA, parse(h), u, true), newString: (h, u) => ours(NEW, NEWA, parse(h), u, true),
};
globalThis.glossAb = (html, url, reps) => {
  const doc = parse(html);
  const V = Object.keys(run);
  const ms = Object.fromEntries(V.map((v) => [v, []]));
  // Every variant runs once per rep, in a rotated order that is reversed every other rep: in one
  // direction "new" always runs right after "old" on the same parsed page (and gains from what that
  // run warmed: an identical tree measured new/old 0.90), in the other the reverse. An even number
  // of reps (runAb rounds up) balances the two.
  for (let r = 0; r < reps; r++) for (let k = 0; k < V.length; k++) {
    const order = r % 2 ? [...V].reverse() : V;
    const v = order[(k + (r >> 1)) % V.length];
    const t = performance.now(); run[v](html, url, doc); ms[v].push(performance.now() - t);
  }
  return ms;
};`;

/** Bundles the working tree's and REF's lib/ into one page script (REF's lib copied with git archive). */
export async function abScript(repo: string, ref: string): Promise<{ script: string; cleanup: () => void }> {
  const old = mkdtempSync(join(tmpdir(), 'gloss-ab-'));
  execSync(`git -C ${JSON.stringify(repo)} archive ${JSON.stringify(ref)} lib | tar -x -C ${JSON.stringify(old)}`);
  symlinkSync(join(repo, 'node_modules'), join(old, 'node_modules'));
  const entry = join(old, 'ab-entry.js');
  writeFileSync(entry, ENTRY(repo, old));
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, write: false, logLevel: 'error' });
  return { script: out.outputFiles[0].text, cleanup: () => rmSync(old, { recursive: true, force: true }) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(0.5 * (s.length - 1) + 0.5)];
};

/** Runs every page `reps` times in the six variants (order rotated per rep) and prints the comparison. */
export async function runAb(page: Page, pages: Array<{ html: string; url: string }>, askedReps: number, ref: string, print = true): Promise<void> {
  // (even: each order direction as often as the other, see glossAb)
  const reps = askedReps + (askedReps % 2);
  const load = os.loadavg()[0];
  const T: Record<string, number[]> = {};
  for (const p of pages) {
    const r = (await page.evaluate(([h, u, n]) => {
      (globalThis as unknown as { gc?: () => void }).gc?.();
      return (globalThis as unknown as { glossAb(h: string, u: string, n: number): unknown }).glossAb(h, u, n);
    }, [p.html, p.url, reps] as const)) as Record<string, number[]>;
    for (const [k, v] of Object.entries(r)) (T[k] ??= []).push(median(v));
  }
  if (!print) return;
  const sum = (k: string) => T[k].reduce((a, b) => a + b, 0);
  const geo = (a: string, b: string) => Math.exp(T[a].reduce((s, x, i) => s + Math.log(x / T[b][i]), 0) / T[a].length);
  console.log(`\nworking tree ("new") against ${ref} ("old"), ${pages.length} pages x ${reps} reps, load ${load.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}`);
  console.log('input      median ms: plain    old    new   old/plain new/plain   new/old: total  geomean');
  for (const input of ['Doc', 'String']) {
    const [p, o, n] = [`plain${input}`, `old${input}`, `new${input}`].map((k) => median(T[k]));
    console.log(`${input.padEnd(10)} ${p.toFixed(2).padStart(15)} ${o.toFixed(2).padStart(6)} ${n.toFixed(2).padStart(6)} ${(o / p).toFixed(3).padStart(11)} ${(n / p).toFixed(3).padStart(9)} ${(sum(`new${input}`) / sum(`old${input}`)).toFixed(3).padStart(16)} ${geo(`new${input}`, `old${input}`).toFixed(3).padStart(8)}`);
  }
}
