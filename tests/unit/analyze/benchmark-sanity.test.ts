// Sources a reader would call plainly wrong, on all 181 pages of the Zyte benchmark (vendored in
// tests/fixtures/article-extraction/html): extraction and analysis run as in the panel, and the
// test fails on any source that is a pronoun (also contracted: "I'd"), that starts with a caption
// label ("Image caption …"), or that is a fragment of a longer capitalised name in the same
// sentence ("the United" before "States", "York Times" after "New"). The same checks as
// ../shared/tools/source-sanity.mjs (which scans `npm run analyze` output), plus the start of a name.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeText, LEXICONS } from '../../../lib/analyze';
import { extractFromHtml } from '../../../lib/extract/node';

const DIR = new URL('../../fixtures/article-extraction/html/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.html.gz')).sort();

const PRONOUNS = new Set(Object.values(LEXICONS).flatMap((l) => [...l.personalPronouns, ...l.pronouns, ...l.possessives]).map((w) => w.toLowerCase()));
const CONTRACTION = /[’'](?:d|s|ll|m|re|ve|t)$/u;
const CAPTION = new RegExp(`^(?:${Object.values(LEXICONS).flatMap((l) => l.captionLabels).join('|')})\\b`, 'iu');
const STARTERS = new Set(Object.values(LEXICONS).flatMap((l) => [...l.determiners, ...l.stopWords, ...l.pronouns, ...l.connectors]).map((w) => w.toLowerCase()));
const cap = (w: string) => /^\p{Lu}/u.test(w);

/** What is wrong with a source span in its text, or null. */
function problem(text: string, start: number, end: number): string | null {
  const span = text.slice(start, end).trim();
  const lower = span.toLowerCase();
  // ("WHO" is the World Health Organization: an acronym is no pronoun)
  const acronym = span.length >= 2 && span === span.toUpperCase() && /\p{Lu}/u.test(span);
  if (!acronym && (PRONOUNS.has(lower) || PRONOUNS.has(lower.replace(CONTRACTION, '')))) return 'pronoun';
  if (CAPTION.test(span)) return 'caption label';
  const last = span.split(/\s+/).pop() ?? '';
  const next = /^ (\p{Lu}[\p{L}’'-]*)/u.exec(text.slice(end, end + 40))?.[1];
  if (next && cap(last) && /^\p{L}/u.test(last) && text.split(`${last} ${next}`).length - 1 >= 2) return `ends inside "${last} ${next}"`;
  const first = span.split(/\s+/)[0] ?? '';
  const prev = /(?:^|[\s(])(\p{Lu}[\p{L}’'-]*) $/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (prev && cap(first) && !STARTERS.has(prev.toLowerCase()) && text.split(`${prev} ${first}`).length - 1 >= 2) {
    // only inside a sentence: "… end. Prev First" is two sentences
    const before = text.slice(Math.max(0, start - prev.length - 3), start - prev.length - 1);
    if (!/[.!?:\n]\s*$/.test(before)) return `starts inside "${prev} ${first}"`;
  }
  return null;
}

describe('sources on the 181 benchmark pages', () => {
  it('has the pages', () => {
    expect(files.length).toBe(181);
  });

  it.each(files.map((f) => [f.slice(0, 8), f] as const))('%s: no pronoun, caption-label or name-fragment source', (_id, file) => {
    const html = gunzipSync(readFileSync(DIR + file)).toString('utf8');
    const r = extractFromHtml(html, `https://example.com/${file}`);
    if (!r.isArticle) return;
    const { text, lang, links, publishedTime, url } = r.article;
    const { sources } = analyzeText(text, { lang, links, published: publishedTime, url });
    const bad = sources.flatMap((s) => {
      const p = problem(text, s.start, s.end);
      return p ? [`"${s.text}": ${p}`] : [];
    });
    expect(bad).toEqual([]);
  });
});
