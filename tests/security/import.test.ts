// Issue 14 items 7, 8 and 10 (import side): a hostile or broken file is refused with a message of
// its own, or imported with its data made safe — never kept raw for a later step to trip on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isImportError, parseImport } from '../../lib/export/import';
import { normalizeLang } from '../../lib/lang';

const raw = readFileSync(path.resolve('tests/security/fixtures/import-hostile-backup.json'), 'utf8');

describe('a backup with lang "constructor", a URL with a newline and links that do not parse', () => {
  const plan = parseImport(raw, { now: 0 });
  if (isImportError(plan)) throw new Error(plan.error);
  const [article] = plan.articles;
  const [annotation] = plan.annotations;

  it('lang is normalised: "constructor" is no language (tables keyed by language never see it)', () => {
    expect(article.lang).toBeNull();
  });

  it('URLs are kept as the URL parser writes them: no newline survives', () => {
    expect(article.url).toBe('https://news.example/2024/10/02/decree?utm_source=feed');
    expect(annotation.url).toBe('https://news.example/2024/10/02/decree?utm_source=feed');
  });

  it('links whose href does not parse are dropped; the good one and the article stay', () => {
    expect(article.links).toEqual([{ start: 422, end: 429, href: 'https://reuters.example/' }]);
    expect(plan.annotations).toHaveLength(1);
  });
});

describe('normalizeLang', () => {
  it.each([
    ['constructor', null], ['__proto__', null], ['toString', null], ['hasOwnProperty', null], ['valueOf', null],
    ['EN_us', 'en-US'], ['de-AT', 'de-AT'], ['uk', 'uk'], ['', null], ['e', null],
  ])('%s → %s', (input, expected) => expect(normalizeLang(input)).toBe(expected));
});

describe('a deeply nested JSON file gets its own message', () => {
  it('100,000 nested lists: "nested far too deeply", not "not valid JSON"', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseImport(deep);
    expect(isImportError(result)).toBe(true);
    if (isImportError(result)) {
      expect(result.error).toMatch(/nested far too deeply/);
      expect(result.error).not.toMatch(/not valid JSON/);
    }
  });

  it('a broken file still says it is not valid JSON', () => {
    const result = parseImport('{"format": "gloss-backup", ');
    expect(isImportError(result) && result.error).toMatch(/not valid JSON/);
  });
});

describe('a big import reports its progress (the library page shows it while a worker imports)', () => {
  it('every 10,000 records and at the end, counting up to the number of records', () => {
    const annotations = Array.from({ length: 25_000 }, (_, i) => ({
      type: 'Annotation',
      id: `urn:x-tool:${i}`,
      target: { source: `https://news.example/a${i % 50}`, selector: { type: 'TextQuoteSelector', exact: `quote ${i}` } },
    }));
    const seen: Array<[number, number]> = [];
    const plan = parseImport(JSON.stringify({ type: 'AnnotationCollection', items: annotations }), { now: 0, onProgress: (d, t) => seen.push([d, t]) });
    expect(isImportError(plan)).toBe(false);
    expect(seen).toEqual([[10_000, 25_000], [20_000, 25_000], [25_000, 25_000]]);
  });
});
