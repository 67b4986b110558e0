// The real-page gold set (tests/fixtures/gold-real/{tune,check}): each page extracted live with
// lib/extract (as `npm run analyze` does), analysed, and scored with the rule of score-gold.mjs,
// per half and per language. Also checks that every gold text is still in the extracted text:
// extraction changes (lib/extract) must not silently turn gold labels into misses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../lib/analyze';
import { extractFromHtml } from '../../lib/extract/node';
import { addScore, prf, spanScore, type GoldSpan, type Scored } from './analyze-score';

export const GOLD_REAL = new URL('../../tests/fixtures/gold-real/', import.meta.url).pathname;
export type Half = 'tune' | 'check';

export interface RealPage {
  half: Half;
  name: string;
  lang: string;
  text: string;
  /** Gold texts that are not in the extracted text (should be empty). */
  drift: string[];
  sources: Scored;
  figures: Scored;
}

interface Gold {
  file: string;
  url: string;
  lang: string;
  published?: string;
  sources?: GoldSpan[];
  figures?: GoldSpan[];
}

export function goldNames(half: Half): string[] {
  return readdirSync(join(GOLD_REAL, half)).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
}

export function scorePage(half: Half, name: string): RealPage {
  const dir = join(GOLD_REAL, half);
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
  const r = extractFromHtml(readFileSync(join(dir, gold.file), 'utf8'), gold.url);
  if (!r.isArticle) throw new Error(`${half}/${name}: lib/extract says it is not an article (${r.reason})`);
  const { text, lang, links, publishedTime } = r.article;
  const a = analyzeText(text, { lang, links, published: publishedTime, url: r.article.url, canonicalUrl: r.article.canonicalUrl, siteName: r.article.siteName });
  const labels = [...(gold.sources ?? []), ...(gold.figures ?? [])];
  return {
    half,
    name,
    lang: gold.lang.split('-')[0],
    text,
    drift: [...new Set(labels.map((l) => l.text).filter((t) => !text.includes(t)))],
    sources: spanScore(text, gold.sources ?? [], a.sources),
    figures: spanScore(text, gold.figures ?? [], a.figures),
  };
}

export type Tally = { tp: number; predicted: number; found: number; gold: number };
const zero = (): Tally => ({ tp: 0, predicted: 0, found: 0, gold: 0 });

/** P/R/F1 of sources and figures over the pages, overall and per language. */
export function tally(pages: RealPage[]) {
  const all = { sources: zero(), figures: zero() };
  const byLang = new Map<string, { sources: Tally; figures: Tally; pages: number }>();
  for (const p of pages) {
    addScore(all.sources, p.sources);
    addScore(all.figures, p.figures);
    const l = byLang.get(p.lang) ?? { sources: zero(), figures: zero(), pages: 0 };
    addScore(l.sources, p.sources);
    addScore(l.figures, p.figures);
    l.pages++;
    byLang.set(p.lang, l);
  }
  return { all: { sources: prf(all.sources), figures: prf(all.figures) }, byLang: [...byLang].map(([lang, t]) => ({ lang, pages: t.pages, sources: prf(t.sources), figures: prf(t.figures) })) };
}
