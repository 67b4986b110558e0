// The seed article's gold labels (a copy of ../shared/fixtures/seed-article.gold.json kept next to
// the page) and the text normalisation both suites compare with: the page keeps the original's
// non-breaking spaces, a reader may render them as plain spaces, and neither is an error.
import fs from 'node:fs';
import path from 'node:path';
import { PAGES_DIR } from './paths';

export interface Gold {
  file: string;
  url: string;
  is_article: boolean;
  title: string;
  byline: string;
  published: string;
  lang: string;
  body_must_include: string[];
  boilerplate_must_exclude: string[];
  /** One entry per occurrence, each an exact substring of the article body. */
  sources: Array<{ text: string; kind: string }>;
  figures: Array<{ text: string; kind: string }>;
}

export function loadGold(name = 'seed-article'): Gold {
  return JSON.parse(fs.readFileSync(path.join(PAGES_DIR, `${name}.gold.json`), 'utf8')) as Gold;
}

/** Collapses every run of whitespace (U+00A0 and other Unicode spaces included) to one space. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/**
 * Every image URL the article page itself names (`src`, `srcset`, `data-src`, og:image): the
 * only remote requests a reader view may make on its own behalf are for the article's images.
 */
export function imageUrlsIn(html: string, base: string): Set<string> {
  const urls = new Set<string>();
  const add = (raw: string) => {
    try {
      urls.add(new URL(raw.replaceAll('&amp;', '&').trim(), base).href);
    } catch {
      // not a URL: ignore
    }
  };
  for (const [tag] of html.matchAll(/<(?:img|source|video)\b[^>]*>/gi)) {
    for (const m of tag.matchAll(/\s(?:src|data-src|poster)\s*=\s*["']([^"']+)["']/gi)) add(m[1]);
    for (const m of tag.matchAll(/\s(?:srcset|data-srcset)\s*=\s*["']([^"']+)["']/gi)) {
      for (const candidate of m[1].split(',')) add(candidate.trim().split(/\s+/)[0]);
    }
  }
  for (const m of html.matchAll(/<meta[^>]+(?:og:image|twitter:image)[^>]+content\s*=\s*["']([^"']+)["']/gi)) add(m[1]);
  return urls;
}

export function readPage(name: string): string {
  return fs.readFileSync(path.join(PAGES_DIR, name), 'utf8');
}
