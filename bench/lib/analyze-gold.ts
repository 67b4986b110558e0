// Gold pages for the analyzer: reads DIR/*.gold.json (+ the HTML page), and gives each page's
// article text and body links. `snapshot` writes them next to the gold as NAME.article.json so the
// unit tests score lib/analyze on fixed text, independent of changes in lib/extract.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldSpan } from './analyze-score';
import type { TextLink } from '../../lib/extract/types';

export interface GoldPage {
  file: string;
  url: string;
  is_article: boolean;
  lang: string;
  published?: string;
  body_must_include?: string[];
  sources?: GoldSpan[];
  figures?: GoldSpan[];
}
export interface GoldArticle {
  name: string;
  gold: GoldPage;
  text: string;
  links: TextLink[];
  lang: string;
}

export function readGold(dir: string): Array<{ name: string; gold: GoldPage }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.gold\.json$/, ''), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldPage }))
    .filter((g) => g.gold.is_article);
}

/** The article snapshots written by `snapshot` (NAME.article.json). */
export function readSnapshots(dir: string): GoldArticle[] {
  return readGold(dir)
    .filter(({ name }) => existsSync(join(dir, `${name}.article.json`)))
    .map(({ name, gold }) => {
      const a = JSON.parse(readFileSync(join(dir, `${name}.article.json`), 'utf8'));
      return { name, gold, text: a.text, links: a.links, lang: a.lang || gold.lang };
    });
}

/** Extract every gold page with lib/extract (jsdom) and write NAME.article.json. */
export async function snapshot(dir: string): Promise<GoldArticle[]> {
  const { extractFromHtml } = await import('../../lib/extract/node');
  const out: GoldArticle[] = [];
  for (const { name, gold } of readGold(dir)) {
    const html = readFileSync(join(dir, gold.file), 'utf8');
    const r = extractFromHtml(html, gold.url);
    if (!r.isArticle) throw new Error(`${name}: not an article (${r.reason})`);
    const { text, links, lang } = r.article;
    const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    const missing = (gold.body_must_include || []).filter((s) => !norm(text).includes(norm(s)));
    if (missing.length) console.error(`${name}: body misses ${JSON.stringify(missing)}`);
    writeFileSync(join(dir, `${name}.article.json`), JSON.stringify({ source: gold.file, lang: lang || gold.lang, text, links }, null, 1) + '\n');
    out.push({ name, gold, text, links, lang: lang || gold.lang });
  }
  return out;
}
