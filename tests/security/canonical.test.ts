// Issue 14 item 1: a page may not claim another site's article by declaring that article's URL as
// its canonical. The key is the canonical only on the page's own registrable domain (Public Suffix
// List aware, AMP caches mapped by name); otherwise the page's own URL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract/node';
import { articleKey, normalizeUrl } from '../../lib/url';
import { sameDocumentUrl } from '../../lib/messages';

const VICTIM = 'https://serious-news.example/2024/rates';
const fixture = (name: string) => readFileSync(path.resolve('tests/security/fixtures', name), 'utf8');

describe('a page declaring another site\'s canonical gets its own key', () => {
  it('the foreign-canonical fixture is keyed by its own URL, not the victim article', () => {
    const pageUrl = 'https://copycat.example/central-bank?utm_source=x';
    const result = extractFromHtml(fixture('foreign-canonical.html'), pageUrl);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.article.canonicalUrl).toBe(VICTIM); // what the page claims is kept as data…
    const key = articleKey(result.article.url, result.article.canonicalUrl);
    expect(key).not.toBe(VICTIM); // …but never decides the key
    expect(key).toBe(normalizeUrl(pageUrl));
  });

  it.each([
    // [page, canonical, expected key]
    ['https://evil.example/a', VICTIM, 'https://evil.example/a'],
    ['https://evil.co.uk/news/1', 'https://www.bbc.co.uk/news/1', 'https://evil.co.uk/news/1'],
    ['https://alice.github.io/post', 'https://bob.github.io/post', 'https://alice.github.io/post'],
    ['http://127.0.0.1:8080/a', VICTIM, 'http://127.0.0.1:8080/a'],
    ['https://serious-news.example.evil.example/2024/rates', VICTIM, 'https://serious-news.example.evil.example/2024/rates'],
  ])('%s claiming %s', (page, canonical, expected) => {
    expect(articleKey(page, canonical)).toBe(expected);
  });

  it.each([
    ['https://news.bbc.co.uk/1', 'https://www.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1'],
    ['https://m.serious-news.example/2024/rates?ref=app', VICTIM, VICTIM],
    ['http://serious-news.example/2024/rates', VICTIM, VICTIM],
    ['https://amp.serious-news.example/2024/rates', VICTIM, VICTIM],
  ])('the same site keeps its canonical: %s → %s', (page, canonical, expected) => {
    expect(articleKey(page, canonical)).toBe(expected);
  });
});

describe('AMP caches count as the page they cache, and only known caches', () => {
  it.each([
    ['https://serious--news-example.cdn.ampproject.org/c/s/serious-news.example/2024/rates', null, VICTIM],
    ['https://serious--news-example.cdn.ampproject.org/c/s/serious-news.example/2024/rates/amp', VICTIM, VICTIM],
    ['https://serious--news-example.bing-amp.com/c/s/serious-news.example/2024/rates', null, VICTIM],
    ['https://www.google.com/amp/s/serious-news.example/2024/rates', VICTIM, VICTIM],
    ['https://evil--example.cdn.ampproject.org/c/s/evil.example/x', VICTIM, 'https://evil.example/x'],
  ])('%s (canonical %s)', (page, canonical, expected) => {
    expect(articleKey(page, canonical)).toBe(expected);
  });

  it.each([
    'https://cdn.ampproject.org.evil.example/c/s/serious-news.example/2024/rates',
    'https://evil.example/c/s/serious-news.example/2024/rates',
    'https://evil.example/amp/s/serious-news.example/2024/rates',
  ])('a look-alike is not a cache: %s', (page) => {
    expect(articleKey(page, VICTIM)).toBe(normalizeUrl(page));
  });
});

describe('highlights go only to the document the article was read from', () => {
  it.each([
    ['https://serious-news.example/2024/rates', 'https://serious-news.example/2024/rates#section-2', true],
    ['https://serious-news.example/2024/rates?page=2', 'https://serious-news.example/2024/rates', false],
    ['https://copycat.example/central-bank', VICTIM, false],
    ['http://127.0.0.1:8080/security/foreign-canonical.html', VICTIM, false],
    ['not a url', 'not a url', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(sameDocumentUrl(a, b)).toBe(expected);
  });
});
