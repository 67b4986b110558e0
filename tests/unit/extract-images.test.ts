// One photo, shown once; captions and credits stay with their image. Rendition keys on real CDN
// URL shapes (WordPress sizes, Blogger folders, resizers wrapping the original, query-named images),
// repeats in a body (same src, same srcset candidate, same rendition), the lead image against the
// body, and the NYT page whose caption is aria-hidden (it was cut down to "Credit...").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dedupeImages, lazySource, renditionKey, resolveLazyImages } from '../../lib/extract/images';
import { extractFromHtml } from '../../lib/extract/node';

const BASE = 'https://news.test/2019/11/19/story';
const same = (a: string, b: string) => expect(renditionKey(a, BASE), `${a} ~ ${b}`).toBe(renditionKey(b, BASE));
const differ = (a: string, b: string) => expect(renditionKey(a, BASE), `${a} ≠ ${b}`).not.toBe(renditionKey(b, BASE));

describe('renditionKey', () => {
  it('the same photo in other sizes has one key', () => {
    same('https://cdn.macrumors.com/article-new/2019/11/keyboard.jpg?retina', 'https://cdn.macrumors.com/article-new/2019/11/keyboard-800x533.jpg');
    same('https://2.bp.blogspot.com/-ui09msL2TRs/W7hc16/AAAAAAAAZDY/SzCvpudyTuwDvbBOGs/w1200-h630-p-k-no-nu/ashaw1.JPG', 'https://2.bp.blogspot.com/-ui09msL2TRs/W7hc16/AAAAAAAAZDY/SzCvpudyTuwDvbBOGs/s320/ashaw1.JPG');
    same('https://s.hdnux.com/photos/01/07/06/04/18637072/5/rawImage.jpg', 'https://s.hdnux.com/photos/01/07/06/04/18637072/5/920x920.jpg');
    same('https://s3.reutersmedia.net/resources/r/?m=02&d=20191119&t=2&i=1454231854&w=1200&r=LYNXMPEFAI1SP', 'https://s3.reutersmedia.net/resources/r/?m=02&d=20191119&t=2&i=1454231854&r=LYNXMPEFAI1SP&w=20');
    same('https://photos5.appleinsider.com/gallery/33622-59478-Logic-Pro-xl.jpg', 'https://photos5.appleinsider.com/gallery/33622-59478-Logic-Pro-l.jpg');
    same('https://cdn.shortpixel.ai/client/q_lossy,w_750/https://www.morebikes.co.uk/wp-content/uploads/2014/06/Bike-Style-book.jpg', 'https://www.morebikes.co.uk/wp-content/uploads/2014/06/Bike-Style-book.jpg');
  });
  it('different photos keep different keys; names that say nothing give none', () => {
    differ('https://scdn.slashgear.com/wp-content/uploads/2019/11/concept-2-1.jpg', 'https://scdn.slashgear.com/wp-content/uploads/2019/11/concept-6-1.jpg');
    differ('https://s3.reutersmedia.net/resources/r/?i=1454231854&w=1200', 'https://s3.reutersmedia.net/resources/r/?i=1454231999&w=1200');
    expect(renditionKey('https://x.test/wp-content/uploads/2017/11/1-300x300.jpg', BASE)).toBeNull();
    expect(renditionKey('https://x.test/image.jpg', BASE)).toBeNull();
  });
});

const root = (html: string) => new JSDOM(`<body><div id="r">${html}</div></body>`, { url: BASE }).window.document.getElementById('r')!;
const P = '<p>' + 'A paragraph of the article that runs on for a while. '.repeat(4) + '</p>';

describe('dedupeImages', () => {
  it('a repeat by src or by srcset candidate goes; the copy with a caption stays', () => {
    const r = root(`<figure><img src="/a/hero-1024x683.jpg"></figure>${P}
      <figure><img src="/a/other.jpg" srcset="/a/hero-1024x683.jpg 1024w, /a/hero-300x200.jpg 300w"><figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>${P}
      <p><img src="/a/hero-1024x683.jpg"></p>`);
    const out = dedupeImages(r, null, BASE);
    expect(out.removed).toBe(2);
    expect(r.getElementsByTagName('img')).toHaveLength(1);
    expect(r.textContent).toContain('The harbour at dawn. Photo: Jane Doe');
  });
  it('the lead image is the body\'s own copy when the body shows it, else when the body opens with a picture', () => {
    const shown = root(`${P}<figure><img src="https://cdn.test/p/harbour-crane-800x533.jpg"></figure>`);
    expect(dedupeImages(shown, 'https://cdn.test/p/harbour-crane.jpg?w=1200', BASE).leadImage).toBe('https://cdn.test/p/harbour-crane-800x533.jpg');
    const opens = root(`<p>A short standfirst.</p><figure><img src="https://cdn.test/p/a-different-name.jpg"></figure>${P}`);
    expect(dedupeImages(opens, 'https://cdn.test/social/card-1200x630.jpg', BASE).leadImage).toBe('https://cdn.test/p/a-different-name.jpg');
    const later = root(`${P}${P}<figure><img src="https://cdn.test/p/chart.png"></figure>`);
    expect(dedupeImages(later, 'https://cdn.test/p/harbour-crane.jpg', BASE).leadImage).toBe('https://cdn.test/p/harbour-crane.jpg');
  });
  // Readability's toc-missing page: a tutorial shows one chart twice, each time with its own caption
  it('the same chart again further down with a caption of its own stays; with the same caption it goes', () => {
    const twice = root(`${P}<figure><img src="/i/status-400.png"><figcaption>Status 400 in the past hour</figcaption></figure>${P}${P}
      <figure><img src="/i/status-400.png"><figcaption>Anomaly in status code 400</figcaption></figure>${P}`);
    expect(dedupeImages(twice, null, BASE).removed).toBe(0);
    expect(twice.textContent).toContain('Status 400 in the past hour');
    expect(twice.textContent).toContain('Anomaly in status code 400');
    const same = root(`${P}<figure><img src="/i/status-400.png"><figcaption>Status 400 in the past hour</figcaption></figure>${P}
      <figure><img src="/i/status-400.png"><figcaption>Status 400 in the past hour.</figcaption></figure>${P}`);
    expect(dedupeImages(same, null, BASE).removed).toBe(1);
    // the picture the body opens with, repeated with another caption, is still shown once
    const opening = root(`<figure><img src="/i/hero.jpg"><figcaption>Photo: Jane Doe</figcaption></figure>${P}
      <figure><img src="/i/hero.jpg"><figcaption>The harbour at dawn, where the strike began.</figcaption></figure>${P}`);
    expect(dedupeImages(opening, null, BASE).removed).toBe(1);
  });
  it('placeholders that show nothing (no src, or a data: pixel) go', () => {
    const r = root(`<figure><img src="data:image/gif;base64,R0lGOD"></figure><p><img></p>${P}`);
    expect(dedupeImages(r, null, BASE).removed).toBe(2);
    expect(r.getElementsByTagName('img')).toHaveLength(0);
  });
});

describe('captions and credits stay with their image (real pages)', () => {
  const page = (id: string) => gunzipSync(readFileSync(join(__dirname, '..', 'fixtures', 'article-extraction', 'html', `${id}.html.gz`))).toString('utf8');
  it('NYT: an aria-hidden caption is kept whole, its "Credit..." label goes, the credit stays', () => {
    const r = extractFromHtml(page('04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34'), 'https://www.nytimes.com/2019/11/19/opinion/republicans-elections-impeachment.html');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.text).toContain('Trump asked voters in Louisiana for a big win. He didn’t get it.');
    expect(r.article.text).toContain('Doug Mills/The New York Times');
    expect(r.article.text).not.toContain('Credit...');
    // the header's lead image is the body's own picture: the reader shows it once
    expect(r.article.html).toContain(r.article.leadImage!.replace(/&/g, '&amp;'));
  });
});

describe('lazy-loading pictures get their real address', () => {
  const PH = 'https://news.test/theme/images/lazyload-placeholder.png';
  it('a placeholder, a data: pixel or no src gives way to data-lazy-src, data-src, data-srcset', () => {
    const r = root(`<img id="a" src="${PH}" data-lazy-src="/2019/11/rumor.jpg?resize=647,855">
      <img id="b" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/2019/11/tweets.jpg">
      <img id="c" data-srcset="/2019/11/chart-300.jpg 300w, /2019/11/chart-900.jpg 900w">
      <img id="d" src="/2019/11/own.jpg" data-src="/2019/11/other.jpg">`);
    expect(resolveLazyImages(r, BASE)).toBe(3);
    const src = (id: string) => r.querySelector(`#${id}`)!.getAttribute('src');
    expect(src('a')).toBe('/2019/11/rumor.jpg?resize=647,855');
    expect(src('b')).toBe('/2019/11/tweets.jpg');
    expect(src('c')).toBe('/2019/11/chart-900.jpg');
    expect(r.querySelector('#c')!.getAttribute('srcset')).toContain('chart-300.jpg 300w');
    // a picture of its own in the src stays: the data attribute is not known to be better
    expect(src('d')).toBe('/2019/11/own.jpg');
    expect(lazySource(r.querySelector('#d')!, BASE)).toBe('/2019/11/other.jpg');
    // a data-src holding JSON a script reads is no address
    const json = root(`<img src="/s/e151e5.gif" data-src='{"default":{"src":"//img.test/tenant/amp/BBWZhm6.img?h=520"}}'>`);
    expect(resolveLazyImages(json, BASE)).toBe(0);
  });
  it('one src shared by pictures whose real addresses differ is a placeholder, whatever its name', () => {
    const r = root(`<img src="/s/wait.png" data-original="/2019/11/one.jpg"><img src="/s/wait.png" data-original="/2019/11/two.jpg">`);
    expect(resolveLazyImages(r, BASE)).toBe(2);
    expect(Array.from(r.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['/2019/11/one.jpg', '/2019/11/two.jpg']);
  });
  it('two evidence pictures behind one placeholder both reach the reader (not "the same photo twice")', () => {
    const html = `<html><head><title>Is the rumour true?</title></head><body><article><h1>Is the rumour true?</h1>${P}
      <p><img src="${PH}" data-lazy-src="https://news.test/2019/11/rumor.jpg?resize=647,855"></p>${P}
      <p><img src="${PH}" data-lazy-src="https://news.test/2019/11/tweets.jpg?resize=560,572"></p>${P}${P}</article></body></html>`;
    const r = extractFromHtml(html, BASE);
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.html).toContain('rumor.jpg');
    expect(r.article.html).toContain('tweets.jpg');
    expect(r.article.html).not.toContain('placeholder');
  });
  it('Snopes: the two evidence images of a fact-check, not the placeholder', () => {
    const page = gunzipSync(readFileSync(join(__dirname, '..', 'fixtures', 'article-extraction', 'html', '8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446.html.gz'))).toString('utf8');
    const r = extractFromHtml(page, 'https://www.snopes.com/fact-check/marie-yovanovitch-net-worth/');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.html).toContain('yovanovitch-rumor.jpg');
    expect(r.article.html).toContain('tweets.jpg');
    expect(r.article.html).not.toContain('lazyload-placeholder');
  });
});
