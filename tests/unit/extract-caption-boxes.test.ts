// Captions and credits written as classed <div>s beside their image (not <figure>/<figcaption>):
// Readability weighed "image-meta" as boilerplate and dropped the caption with its credit.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { keepCaptionBoxes } from '../../lib/extract/caption-boxes';

const PARAGRAPH = '<p>Two federal prison officers were charged Tuesday with falsifying records, the Justice Department said in a statement released on the same afternoon in Washington.</p>';
const page = (figure: string) => `<html lang="en"><head><title>Officers charged</title></head><body><article>
  <h1>Officers charged</h1>${PARAGRAPH.repeat(6)}${figure}${PARAGRAPH.repeat(6)}</article></body></html>`;
/** USA Today's shape: image, then an "image-meta" box holding caption and credit. */
const USA_TODAY = `<div class="asset asset-image"><div class="image-image"><img src="https://cdn.test/epstein.jpg"></div>
  <div class="image-meta"><div class="image-caption">This March 28, 2017, file photo shows Jeffrey Epstein.</div>
  <div class="image-credit">New York State Sex Offender Registry via AP</div></div></div>`;

function extract(html: string) {
  const dom = new JSDOM(html);
  const r = extractArticle(dom.window.document, { url: 'https://news.test/story/', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}

describe('captions in classed boxes beside their image', () => {
  it('keeps the caption and its credit in the reader', () => {
    const a = extract(page(USA_TODAY));
    expect(a.text).toContain('This March 28, 2017, file photo shows Jeffrey Epstein.');
    expect(a.text).toContain('New York State Sex Offender Registry via AP');
  });

  it('neutralises the classes from the caption up to the image box, and nothing else', () => {
    const doc = new JSDOM(page(USA_TODAY)).window.document;
    expect(keepCaptionBoxes(doc)).toBe(2);
    expect(doc.querySelector('.image-meta')).toBeNull();
    expect(doc.querySelectorAll('.caption')).toHaveLength(3); // meta box, caption, credit
    expect(doc.querySelector('.asset-image')).not.toBeNull(); // the image's box keeps its class
  });

  it('reads camelCase and snake_case class names; leaves long texts, image-less boxes and galleries alone', () => {
    const doc = new JSDOM(`<body>
      <div id="camel"><img src="a.jpg"><span class="newsCaption">A plague doctor <span class="photo_credit">(Image: GETTY)</span></span></div>
      <div id="long"><img src="b.jpg"><div class="image-caption">${'A paragraph that is no caption. '.repeat(20)}</div></div>
      <div id="noimage"><div class="image-meta"><div class="caption">No picture here.</div></div></div>
      <div id="gallery"><img src="c.jpg"><img src="d.jpg"><div class="image-meta"><div class="caption">Two pictures.</div></div></div>
    </body>`).window.document;
    expect(keepCaptionBoxes(doc)).toBe(2); // the caption and the credit inside it
    expect(doc.querySelector('#camel .caption')?.textContent).toContain('A plague doctor');
    expect(doc.querySelector('#long .image-caption')).not.toBeNull();
    expect(doc.querySelector('#noimage .image-meta')).not.toBeNull();
    expect(doc.querySelector('#gallery .image-meta')).not.toBeNull();
  });
});

describe('caption boxes shown as captions', () => {
  /** Fox Business's shape: the image's box, then a "caption" box whose one <p> Readability lifts out of its <div>. */
  const FOX = `<div class="featured featured-image"><div class="m"><picture><img src="https://cdn.test/truck.jpg" alt=""></picture></div>
    <div class="caption"><p><span>Vicente Aguiar loads garage door trims into his pickup truck.</span><span> (AP Photo/Alan Diaz, File)</span></p></div></div>`;

  it.each([
    ['USA Today (caption and credit in a meta box)', USA_TODAY, ['This March 28, 2017, file photo shows Jeffrey Epstein.', 'New York State Sex Offender Registry via AP']],
    ['Fox Business (one <p> in the caption box)', FOX, ['Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)']],
  ])('%s: a <figure> with its image and a <figcaption>, the text unchanged', (_shape, figure, captions) => {
    const a = extract(page(figure));
    const doc = new JSDOM(a.html).window.document;
    const fig = Array.from(doc.querySelectorAll('figure')).find((f) => f.querySelector('figcaption'));
    expect(fig?.querySelectorAll('img')).toHaveLength(1);
    const caption = fig!.querySelector('figcaption')!.parentElement === fig ? Array.from(fig!.querySelectorAll('figcaption')).map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' ') : '';
    for (const c of captions) expect(caption).toContain(c);
    for (const c of captions) expect(a.text).toContain(c);
    expect(a.html).not.toContain('class=');
  });

  it('leaves a caption-classed paragraph with no image beside it as it was', () => {
    const a = extract(page('<div class="caption"><p>Not a caption of anything, a classed paragraph of the story.</p></div>'));
    expect(a.html).not.toContain('<figcaption');
  });
});
