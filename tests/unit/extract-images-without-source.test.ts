// An image left without a source after sanitising (a lazy image whose only src was a data: GIF
// placeholder, as CNN's related-story thumbnails) showed in the reader as a broken-image box with
// its alt text in the middle of the story. It is dropped; images with a source stay.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, getPurifier } from '../../lib/extract';

const PARAGRAPH = '<p>The major Asian market indexes were mixed in early trading Tuesday after a report that the mood in Beijing was pessimistic about the talks.</p>';
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhEAAJAJEAAAAAAP///////wAAACH5BAEAAAIALAAAAAAQAAkAAAIKlI+py+0Po5yUFQA7';

function extract(body: string) {
  const dom = new JSDOM(`<html lang="en"><head><title>Markets</title></head><body><article><h1>Markets</h1>${body}</article></body></html>`);
  const r = extractArticle(dom.window.document, { url: 'https://news.test/2019/11/19/markets/', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return new JSDOM(r.article.html).window.document;
}

describe('images without a source', () => {
  it('an image whose only src is a data: placeholder is dropped; a real image stays', () => {
    const doc = extract(
      PARAGRAPH.repeat(4) +
        `<div><a href="/2019/11/18/tech/huawei/"><img alt="The United States once again kicks the Huawei can down the road" src="${PLACEHOLDER}"></a></div>` +
        PARAGRAPH.repeat(2) +
        '<figure><img src="https://cdn.test/traders.jpg" alt="Traders"><figcaption>Traders on the floor.</figcaption></figure>' +
        PARAGRAPH.repeat(4),
    );
    const images = Array.from(doc.querySelectorAll('img'));
    expect(images.map((i) => i.getAttribute('alt'))).toEqual(['Traders']);
    expect(images.every((i) => i.getAttribute('src')?.startsWith('https://'))).toBe(true);
  });

  it('an image with only a srcset shows its first candidate', () => {
    const doc = extract(PARAGRAPH.repeat(4) + '<figure><img srcset="/img/port-640.jpg 640w, /img/port-1280.jpg 1280w" alt="The port"><figcaption>The port at dawn.</figcaption></figure>' + PARAGRAPH.repeat(4));
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://news.test/img/port-640.jpg']);
  });

  it("the extraction's own purifier (srcset fallback made before DOMPurify) gives the hooked instance's html", () => {
    const body = PARAGRAPH.repeat(4) +
      '<figure><img srcset="/img/a-640.jpg 640w, /img/a-1280.jpg 1280w" alt="A"></figure>' +
      '<p><img src="  " srcset="/img/b.jpg, /img/b2.jpg 2x" alt="B"> <img src="/img/c.jpg" srcset="/img/c2.jpg 2x" alt="C"></p>' +
      '<figure><img srcset="javascript:alert(1) 1x" alt="D"><img srcset="" alt="E"></figure>' + PARAGRAPH.repeat(4);
    const html = (purify: (w: Window) => object) => {
      const dom = new JSDOM(`<html lang="en"><head><title>Markets</title></head><body><article><h1>Markets</h1>${body}</article></body></html>`);
      const r = extractArticle(dom.window.document, { url: 'https://news.test/2019/11/19/markets/', purify: purify(dom.window as unknown as Window) });
      if (!r.isArticle) throw new Error(r.message);
      return r.article.html;
    };
    const own = html((w) => w);
    expect(own).toBe(html((w) => getPurifier(w)));
    expect(own).toContain('src="https://news.test/img/a-640.jpg"');
    expect(own).not.toContain('javascript');
  });
});
