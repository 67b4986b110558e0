// The 181 benchmark pages as lib/extract reads them (text, links, language, date), kept in
// tests/fixtures/article-extraction/extracted.json.gz so that the scan of their sources
// (tests/unit/analyze/benchmark-sanity.test.ts) runs the analyzer alone: extracting 181 pages in
// jsdom takes minutes on a busy machine. Refresh with `npm run bench:analyze -- --snapshot` after
// lib/extract changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extractFromHtml } from '../../lib/extract/node';
import type { TextLink } from '../../lib/extract/types';

export const BENCHMARK_HTML = new URL('../../tests/fixtures/article-extraction/html/', import.meta.url).pathname;
export const BENCHMARK_SNAPSHOT = new URL('../../tests/fixtures/article-extraction/extracted.json.gz', import.meta.url).pathname;

export interface ExtractedPage {
  file: string;
  /** The URL the page was extracted under (a stand-in: the benchmark keeps no page URLs here). */
  url: string;
  isArticle: boolean;
  text: string;
  links: TextLink[];
  lang: string | null;
  published: string | null;
}

export function benchmarkFiles(): string[] {
  return readdirSync(BENCHMARK_HTML).filter((f) => f.endsWith('.html.gz')).sort();
}

/** One benchmark page through lib/extract, as the snapshot keeps it (JSON round trip: no undefined fields). */
export function extractPage(file: string): ExtractedPage {
  const url = `https://example.com/${file}`;
  const r = extractFromHtml(gunzipSync(readFileSync(join(BENCHMARK_HTML, file))).toString('utf8'), url);
  const page: ExtractedPage = r.isArticle
    ? { file, url, isArticle: true, text: r.article.text, links: r.article.links, lang: r.article.lang, published: r.article.publishedTime }
    : { file, url, isArticle: false, text: '', links: [], lang: null, published: null };
  return JSON.parse(JSON.stringify(page)) as ExtractedPage;
}

export function snapshotBenchmark(): number {
  const pages = benchmarkFiles().map(extractPage);
  writeFileSync(BENCHMARK_SNAPSHOT, gzipSync(JSON.stringify(pages)));
  return pages.length;
}

export function readBenchmarkSnapshot(): ExtractedPage[] {
  return JSON.parse(gunzipSync(readFileSync(BENCHMARK_SNAPSHOT)).toString('utf8')) as ExtractedPage[];
}
