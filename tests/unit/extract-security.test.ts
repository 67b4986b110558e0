// The html lib/extract returns goes straight into an extension page: a hostile page must come out
// with no active content (scripts, handlers, frames, forms, SVG/MathML, javascript:/data: URLs) and
// with its prose intact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromHtml } from '../../lib/extract/node';
import { extractArticle, getPurifier, sanitizeHtml } from '../../lib/extract';

const html = readFileSync(join(__dirname, '..', 'fixtures', 'pages', 'hostile.html'), 'utf8');
const r = extractFromHtml(html, 'https://evil-news.test/2024/01/hostile.html');

const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button',
  'svg', 'math', 'link', 'meta', 'base', 'foreignobject', 'textarea', 'select'];
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite'];

describe('hostile page', () => {
  it('is still extracted as an article', () => {
    expect(r.isArticle).toBe(true);
  });
  if (!r.isArticle) return;
  const { html: out, text } = r.article;
  const doc = new JSDOM(`<body>${out}</body>`).window.document;
  const all = Array.from(doc.body.querySelectorAll('*'));

  it('has no forbidden element', () => {
    for (const t of FORBIDDEN_TAGS) expect(doc.body.getElementsByTagName(t).length, t).toBe(0);
    expect(all.length).toBeGreaterThan(3);
  });

  it('has no event handler, style, srcset or srcdoc attribute', () => {
    for (const el of all) {
      for (const a of Array.from(el.attributes)) {
        expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
        expect(['style', 'srcset', 'srcdoc', 'action', 'formaction'], `${el.tagName} ${a.name}`).not.toContain(a.name);
      }
    }
  });

  it('every URL is absolute http(s) or mailto', () => {
    let urls = 0;
    for (const el of all) for (const name of URL_ATTRS) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      urls++;
      expect(v, `${el.tagName} ${name}`).toMatch(/^(?:https?:|mailto:)/i);
    }
    expect(urls).toBeGreaterThanOrEqual(3);
    expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
  });

  it('links open in a new tab without opener or referrer', () => {
    const links = Array.from(doc.body.querySelectorAll('a[href]'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['https://evil-news.test/relative/path', 'https://example.org/report']),
    );
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps the prose and drops the payloads from the text', () => {
    expect(text).toContain('The first paragraph of this article is perfectly ordinary prose');
    expect(text).toContain('its text must survive the sanitizer untouched and readable.');
    expect(text).toContain('The paragraph goes on after the images.');
    expect(text).toContain('a real report');
    expect(text).not.toContain('alert(');
    expect(text).not.toContain('secret');
  });
});

describe('sanitizeHtml (the panel\'s second pass)', () => {
  const { window } = new JSDOM('');
  const purify = getPurifier(window);
  it('is idempotent per instance: hooks are not stacked', () => {
    expect(getPurifier(purify)).toBe(purify);
    const once = sanitizeHtml(purify, '<p><a href="https://a.test/">x</a></p>');
    const twice = sanitizeHtml(getPurifier(purify), once);
    expect(twice).toBe(once);
    expect(once).toBe('<p><a href="https://a.test/" target="_blank" rel="noopener noreferrer">x</a></p>');
  });
  it('strips an img data: URL and a javascript: href', () => {
    const out = sanitizeHtml(purify, '<p><img src="data:image/png;base64,AAAA" alt="a"><a href="javascript:alert(1)">y</a></p>');
    expect(out).not.toMatch(/data:|javascript:/);
    expect(out).toContain('y');
  });
});

describe('the purifier lib/extract keeps per window', () => {
  // One JSDOM window, extracted from twice: the second extraction reuses the instance configured on
  // the first, and both sanitise exactly as an instance configured on each call.
  const panel = new JSDOM('<!DOCTYPE html><body></body>');
  const url = 'https://evil-news.test/2024/01/hostile.html';
  const read = (purify: object) => {
    const res = extractArticle(new JSDOM(html, { url }).window.document, { url, purify, consumeDocument: true });
    if (!res.isArticle) throw new Error(`not an article: ${res.reason}`);
    return res.article.html;
  };

  it('sanitises as a per-call configured instance, on every call', () => {
    const perCall = read(getPurifier(panel.window as never));
    expect(perCall).not.toMatch(/<script|<[^>]*\son\w+=|href="javascript:/i);
    expect(read(panel.window)).toBe(perCall);
    expect(read(panel.window)).toBe(perCall);
  });

  it('leaves the string mode of an instance the caller owns alone', () => {
    const own = getPurifier(panel.window as never);
    read(panel.window);
    expect(typeof sanitizeHtml(own, '<p onclick="x()">a</p>')).toBe('string');
    expect(sanitizeHtml(own, '<p onclick="x()">a</p>')).toBe('<p>a</p>');
  });
});
