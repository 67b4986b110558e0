// lib/extract on fixture pages: the seed article against its gold labels, a page that is not an
// article, an RTL article, JSON-LD @graph metadata, malformed markup, a very large page, and the
// in-extension path (a DOMParser document whose baseURI is not the page URL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, textWithNodeMap } from '../../lib/extract';
import { extractFromHtml } from '../../lib/extract/node';
import type { Article, ExtractResult } from '../../lib/extract/types';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const page = (f: string) => readFileSync(join(PAGES, f), 'utf8');
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function article(r: ExtractResult): Article {
  if (!r.isArticle) throw new Error(`expected an article, got ${r.reason}: ${r.message}`);
  return r.article;
}

describe('seed article (gold labels)', () => {
  const gold = JSON.parse(page('seed-article.gold.json'));
  const a = article(extractFromHtml(page('seed-article.html'), gold.url));

  it('reads title, byline, date and language exactly', () => {
    expect(a.title).toBe(gold.title);
    expect(a.byline).toBe(gold.byline);
    expect(a.publishedTime).toBe('2024-10-02T21:00:00+03:00');
    expect(a.publishedTime!.slice(0, 10)).toBe(gold.published);
    expect(a.lang).toBe('en-US'); // the page declares en-US; its primary subtag is the gold's
    expect(a.lang!.split('-')[0]).toBe(gold.lang);
    expect(a.dir).toBe('ltr');
    expect(a.siteName).toBe('Maidan Press');
    expect(a.canonicalUrl).toBe(gold.url);
    expect(a.leadImage).toMatch(/^https:\/\/maidanpress\.test\/.*\.jpg$/);
  });

  it('keeps every gold body sentence verbatim (no-break spaces included)', () => {
    for (const s of gold.body_must_include) expect(a.text, s).toContain(s);
    expect(a.text).toContain('Umerov\u00a0said');
  });

  it('drops every boilerplate string from text and html', () => {
    for (const s of gold.boilerplate_must_exclude) {
      expect(norm(a.text), s).not.toContain(norm(s));
      expect(norm(a.html), s).not.toContain(norm(s));
    }
  });

  it('text is the textWithNodeMap text of the sanitized html, links point into it', () => {
    const dom = new JSDOM(`<body>${a.html}</body>`);
    expect(textWithNodeMap(dom.window.document.body).text).toBe(a.text);
    expect(a.text).not.toMatch(/\n{3,}/);
    const statement = a.links.find((l) => l.href.startsWith('https://mfa.gov.ua/'));
    expect(statement).toBeDefined();
    expect(a.text.slice(statement!.start, statement!.end)).toBe('statement');
    for (const l of a.links) expect(l.end).toBeGreaterThan(l.start);
    expect(a.wordCount).toBeGreaterThan(400);
    expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.wordCount / 230)));
  });
});

describe('pages that are not articles', () => {
  it('a home page of links is refused with a reason and a human message', () => {
    const r = extractFromHtml(page('no-article.html'), 'https://dailyledger.test/');
    expect(r.isArticle).toBe(false);
    if (r.isArticle) return;
    expect(['not-readerable', 'too-short', 'empty']).toContain(r.reason);
    expect(r.message).toMatch(/doesn't look like an article|no readable content/);
    expect(r.title).toBeTruthy();
  });

  it('an empty document is "empty"', () => {
    const r = extractFromHtml('<html><body>   </body></html>', 'https://x.test/');
    expect(r).toMatchObject({ isArticle: false, reason: 'empty' });
  });
});

describe('metadata', () => {
  it('RTL article: dir rtl, lang ar, Arabic text kept', () => {
    const a = article(extractFromHtml(page('rtl-article.html'), 'https://sahil.test/2024/03/14/desalination'));
    expect(a.dir).toBe('rtl');
    expect(a.lang).toBe('ar');
    expect(a.title).toBe('افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية');
    expect(a.byline).toBe('ليلى حداد');
    expect(a.publishedTime).toBe('2024-03-14T09:30:00+02:00');
    expect(a.text).toContain('بطاقة إنتاجية تبلغ مئة وعشرين ألف متر مكعب يوميا');
    expect(a.text.split('\n\n')).toHaveLength(4);
  });

  it('German page: JSON-LD @graph, author array with an @id reference, offsets kept', () => {
    const a = article(extractFromHtml(page('german-graph.html'), 'https://rundschau.test/koeln/radwege/'));
    expect(a.title).toBe('Stadtrat beschließt neues Radwegenetz');
    expect(a.byline).toBe('Anna Schmidt, Jonas Weber');
    expect(a.publishedTime).toBe('2024-11-05T18:45:00+01:00');
    expect(a.lang).toBe('de-DE');
    expect(a.siteName).toBe('Rheinische Rundschau');
    expect(a.leadImage).toBe('https://rundschau.test/bilder/radweg-16x9.jpg');
    expect(a.text).toContain('85 Millionen Euro');
    // share bar and "Lesen Sie auch" are chrome
    expect(a.text).not.toMatch(/Teilen|Lesen Sie auch|Neue Buslinien/);
  });
});

describe('robustness', () => {
  it('malformed HTML still extracts every paragraph', () => {
    const a = article(extractFromHtml(page('malformed.html'), 'https://broken.test/post'));
    for (const s of [
      'The first paragraph opens here and never closes',
      'and an unterminated one ©',
      'nested inside a paragraph',
      'Text inside a table cell that lost its closing tags',
      'the wall had moved by three centimetres',
      'the contractor’s estimate of the work',
      'ends the article with a final sentence about resilience.',
    ]) expect(a.text).toContain(s);
  });

  it('a 2.3 MB page with thousands of paragraphs extracts without error', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} of a very long report describes, at some length and with numbers like ${i * 7} and ${i % 13}%, what the committee found in the archives during the inquiry.</p>`;
    const body = Array.from({ length: 12000 }, (_, i) => para(i)).join('\n');
    const html = `<!DOCTYPE html><html lang="en"><head><title>The long report</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><article><h1>The long report</h1>${body}</article><footer>© 2024</footer></body></html>`;
    expect(html.length).toBeGreaterThan(2_000_000);
    const a = article(extractFromHtml(html, 'https://long.test/report'));
    expect(a.text).toContain('Paragraph 0 of a very long report');
    expect(a.text).toContain('Paragraph 11999 of a very long report');
    expect(a.text.split('\n\n').length).toBe(12000);
    expect(a.wordCount).toBeGreaterThan(300_000);
  }, 120_000);
});

describe('extractArticle in the extension (DOMParser document, other baseURI)', () => {
  const html = page('hostile.html').replace('<base href="javascript:alert(\'base\')//">', '');
  const panel = new JSDOM('<!DOCTYPE html><body></body>', { url: 'chrome-extension://abcdef/sidepanel.html' });
  const doc = new panel.window.DOMParser().parseFromString(html, 'text/html');
  const before = doc.documentElement.outerHTML;
  const r = extractArticle(doc, { url: 'https://news.test/2024/story.html', purify: panel.window });

  it('resolves relative URLs against options.url, not the document', () => {
    const a = article(r);
    expect(a.html).toContain('href="https://news.test/relative/path"');
    expect(a.html).toContain('src="https://news.test/img/photo.jpg"');
    expect(a.html).not.toContain('chrome-extension://');
  });

  it('does not mutate the caller\'s document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('base')).toBeNull();
  });
});
