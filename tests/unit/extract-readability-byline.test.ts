// lib/extract/readability-byline.ts asks Readability's byline question in a cheaper order: pinned
// against Readability 0.6.0's own `_isValidByline` on marked and unmarked elements of every text
// length, and shown not to read the text of an element that carries no byline mark.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { isValidBylineMarksFirst } from '../../lib/extract/readability-byline';

type Reader = { _isValidByline(node: Element, match: string): boolean; REGEXPS: { byline: RegExp } };

describe('isValidBylineMarksFirst', () => {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const reader = new Readability(document) as unknown as Reader;
  const original = Object.getPrototypeOf(reader)._isValidByline as Reader['_isValidByline'];

  it("gives Readability's answer", () => {
    const marks = ['', ' rel="author"', ' rel="nofollow"', ' itemprop="author"', ' itemprop="name author"', ' itemprop="name"', ' class="byline"', ' id="p-author"', ' class="story"'];
    const texts = ['', '   ', 'By Anna Smith', ' x '.repeat(40), 'y'.repeat(99), 'y'.repeat(100), `<span>Anna</span> <b>Smith</b>`];
    let n = 0;
    for (const mark of marks) for (const text of texts) {
      const host = document.createElement('div');
      host.innerHTML = `<div${mark}>${text}</div>`;
      const el = host.firstElementChild!;
      const match = `${el.className} ${el.id}`;
      expect(isValidBylineMarksFirst.call(reader, el, match), `${mark} ${text}`).toBe(original.call(reader, el, match));
      n++;
    }
    expect(n).toBe(63);
  });

  it('does not read the text of an element without a byline mark', () => {
    const el = document.createElement('p');
    el.textContent = 'a paragraph of the article';
    let reads = 0;
    Object.defineProperty(el, 'textContent', { get: () => (reads++, 'a paragraph of the article') });
    expect(isValidBylineMarksFirst.call(reader, el, 'story ')).toBe(false);
    expect(reads).toBe(0);
    expect(original.call(reader, el, 'story ')).toBe(false);
    expect(reads).toBe(1); // (Readability's own order reads it)
  });
});
