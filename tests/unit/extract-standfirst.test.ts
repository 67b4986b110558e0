// A standfirst marked up as the body's first heading read in the reader as a second headline.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { standfirstAsParagraph } from '../../lib/extract/standfirst';

const PARAGRAPH = '<p>Home Depot reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower ahead of the opening bell on Tuesday.</p>';

function extract(body: string) {
  const dom = new JSDOM(`<html lang="en"><head><title>Home Depot sales miss</title></head><body><article><h1>Home Depot sales miss</h1>${body}</article></body></html>`);
  const r = extractArticle(dom.window.document, { url: 'https://business.test/2019/11/19/home-depot', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}

describe('a standfirst marked up as the first heading', () => {
  it('becomes a paragraph in the reader; the text is the same', () => {
    const dek = 'The home-improvement retailer earned $2.8 billion in the third quarter.';
    const a = extract(`<div><h2>${dek}</h2></div>${PARAGRAPH.repeat(6)}<h2>What analysts expected</h2>${PARAGRAPH.repeat(3)}`);
    const doc = new JSDOM(a.html).window.document;
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toContain(dek);
    expect(Array.from(doc.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['What analysts expected']);
    expect(a.text).toContain(dek);
  });

  it.each([
    ['a section title', '<h2>Key points</h2><p>One.</p>'],
    ['a heading without a sentence end', '<h2>The retailer earned billions in the third quarter of its year</h2><p>One.</p>'],
    ['a headline in title case', '<h2>Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry.</h2><p>One.</p>'],
    ['a heading after the first paragraph', '<p>First paragraph of the story, which opens it.</p><h2>The retailer earned $2.8 billion in the quarter.</h2>'],
  ])('leaves %s as it is', (_why, html) => {
    const root = new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
    expect(standfirstAsParagraph(root)).toBe(false);
    expect(root.querySelectorAll('h2')).toHaveLength(1);
  });
});
