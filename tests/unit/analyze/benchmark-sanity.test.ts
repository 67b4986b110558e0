// Sources a reader would call plainly wrong, on all 181 pages of the Zyte benchmark (vendored in
// tests/fixtures/article-extraction/html; their texts as lib/extract reads them are kept in
// extracted.json.gz next to them — `npm run bench:analyze -- --snapshot` refreshes it, and a few
// pages extracted live must match it), and the
// test fails on any source that is a pronoun (also contracted: "I'd"), that starts with a caption
// label ("Image caption …"), or that is a fragment of a longer capitalised name in the same
// sentence ("the United" before "States", "York Times" after "New"). The same checks as
// ../shared/tools/source-sanity.mjs (which scans `npm run analyze` output), plus the start of a name.
import { describe, expect, it } from 'vitest';
import { analyzeText, LEXICONS } from '../../../lib/analyze';
import { benchmarkFiles, extractPage, readBenchmarkSnapshot } from '../../../bench/lib/benchmark-snapshot';

const files = benchmarkFiles();
const pages = readBenchmarkSnapshot();
// Pages extracted live to check the snapshot is current (every 45th: 5 pages, seconds rather than minutes).
const FRESHNESS_SAMPLE = files.map((_, k) => k).filter((k) => k % 45 === 0);

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
  it('has the pages, each extracted', () => {
    expect(files.length).toBe(181);
    expect(pages.map((p) => p.file)).toEqual(files);
  });

  // the snapshot is what lib/extract reads today: a few pages spread over the set, extracted live
  it.each(FRESHNESS_SAMPLE.map((k) => [files[k].slice(0, 8), k] as const))('%s: the snapshot matches a live extraction', (_id, k) => {
    expect(extractPage(files[k])).toEqual(pages[k]);
  });

  it.each(pages.map((p) => [p.file.slice(0, 8), p] as const))('%s: no pronoun, caption-label or name-fragment source', (_id, page) => {
    if (!page.isArticle) return;
    const { text, lang, links, published, url } = page;
    const { sources } = analyzeText(text, { lang, links, published, url });
    const bad = sources.flatMap((s) => {
      const p = problem(text, s.start, s.end);
      return p ? [`"${s.text}": ${p}`] : [];
    });
    expect(bad).toEqual([]);
  });
});
