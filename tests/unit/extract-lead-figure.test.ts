// The photo shown with the headline, in the page's header outside the element Readability takes:
// its caption and credit were lost (NBC News, ScienceAlert, Sputnik) while the photo itself was
// shown as the lead image. They come back as a <figure> at the top of the body, shown once.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { leadFigure } from '../../lib/extract/lead-figure';
import { extractFromHtml } from '../../lib/extract/node';

const PARAGRAPH = '<p>The house where Adolf Hitler was born will be turned into a police station, the interior minister said on Tuesday, after years of debate over how best to prevent it becoming a pilgrimage site.</p>';
const BODY = `<article class="articleBody"><div class="article-body">${PARAGRAPH.repeat(8)}</div></article>`;
const TITLE = 'House Hitler was born in will become a police station, Austria says';
const page = (header: string, body = BODY) => `<html lang="en"><head><title>${TITLE}</title>
  <meta property="og:image" content="https://media.test/j/191120-braunau-fp-1200-630.JPG"></head><body>${header}${body}</body></html>`;

/** NBC News: a hero section holding the headline, then the photo with a <figcaption> beside its <figure>. */
const NBC = `<section class="articleHero"><header><h1>${TITLE}</h1><div class="articleDek">The government's move aims to prevent the building from becoming a pilgrimage site.</div></header>
  <div class="heroMediaHolder"><div class="heroMediaContainer"><figure class="hero"><picture><img src="https://media.test/j/191120-braunau-fit-760w.JPG" alt="Image: The house"></picture></figure></div>
  <figcaption class="caption"><span class="mr3">The house where Adolf Hitler was born in Braunau am Inn, Austria.</span><span class="credit">Leonhard Foeger / Reuters file</span></figcaption></div></section>`;
/** ScienceAlert: the photo (its address filled in by a script) above the headline, its caption a classed box after it. */
const SCIENCEALERT = `<div class="main-article"><div class="main-article-image-container"><div class="article-image"><img id="article_img" src="/" alt="main article image"></div></div>
  <script>document.getElementById("article_img").src = "/images/titan_1024.jpg";</script>
  <div class="article-image-photographer-container"><div class="article-image-photographer"><a href="https://images.nasa.gov/details-PIA06139">Titan in false colour, 2004. (NASA/JPL/Space Science Institute)</a></div></div>
  <div class="article-intro-container"><div class="article-title"><h1>${TITLE}</h1></div></div></div>`;
/** Sputnik: the headline set over the photo, the credit after it. */
const SPUTNIK = `<div class="b-header"><div class="b-article__header"><img src="https://cdn.test/images/1077343445.jpg" width="1000" height="541" alt="Britain's Prince Andrew">
  <div class="b-article__header-title"><h1>${TITLE}</h1></div><div class="b-article__header-copy"><span>© REUTERS / POOL</span></div></div></div>`;

function extract(html: string) {
  const dom = new JSDOM(html);
  const r = extractArticle(dom.window.document, { url: 'https://news.test/world/house-hitler-n1086531', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the photo beside the headline, outside the article element', () => {
  it('keeps its caption and credit at the top of the body, the photo shown once', () => {
    const a = extract(page(NBC));
    expect(a.text.startsWith('The house where Adolf Hitler was born in Braunau am Inn, Austria. Leonhard Foeger / Reuters file')).toBe(true);
    expect(a.leadImage).toBe('https://media.test/j/191120-braunau-fit-760w.JPG');
    expect(count(a.html, '<img')).toBe(1);
    expect(a.html).toContain(a.leadImage!); // the reader shows it in the body, not again above it
  });

  it('takes a caption box after the photo, and the page’s lead image when the photo’s own address names none', () => {
    const a = extract(page(SCIENCEALERT));
    expect(a.text).toContain('Titan in false colour, 2004. (NASA/JPL/Space Science Institute)');
    expect(a.leadImage).toBe('https://media.test/j/191120-braunau-fp-1200-630.JPG');
    expect(a.links.map((l) => l.href)).toContain('https://images.nasa.gov/details-PIA06139');
  });

  it('takes a credit standing after the headline set over the photo', () => {
    expect(extract(page(SPUTNIK)).text).toContain('© REUTERS / POOL');
  });

  it('takes a lazy-loading picture’s real address, not its placeholder', () => {
    const lazy = SPUTNIK.replace('src="https://cdn.test/images/1077343445.jpg"', 'src="https://cdn.test/themes/lazyload-placeholder.png" data-lazy-src="https://cdn.test/images/1077343445.jpg"');
    expect(extract(page(lazy)).leadImage).toBe('https://cdn.test/images/1077343445.jpg');
  });

  it('places the photo when its caption is a short credit that the body only mentions in a sentence', () => {
    const credit = `<section class="articleHero"><header><h1>${TITLE}</h1></header><div class="heroMediaHolder"><figure class="hero"><img src="https://media.test/j/braunau-760w.JPG"></figure><figcaption class="caption"><span class="label">Image caption</span><span class="credit">Reuters</span></figcaption></div></section>`;
    const a = extract(page(credit, BODY.replace('<div class="article-body">', '<div class="article-body"><p>Officials told Reuters that the decision was final after years of debate over the building and its future.</p>')));
    expect(count(a.html, '<img')).toBe(1);
    expect(count(a.text, 'Reuters')).toBe(2);
  });

  it('leaves a caption the body already shows, logos, and pictures in the body that Readability dropped', () => {
    const inBody = extract(page(NBC, BODY.replace('<div class="article-body">', '<div class="article-body"><p>The house where Adolf Hitler was born in Braunau am Inn, Austria. Leonhard Foeger / Reuters file</p>')));
    expect(count(inBody.text, 'Leonhard Foeger')).toBe(1);
    const logo = `<div class="masthead"><a href="/"><img src="https://news.test/img/site_logo.png"></a><span class="copyright">© 1996-2015 The News</span></div><h1>${TITLE}</h1>`;
    expect(extract(page(logo)).text).not.toContain('1996-2015');
    // a gallery in the body after the headline: Readability judges the body's pictures itself
    const doc = new JSDOM(`<body><article><h1>${TITLE}</h1><div class="gallery"><img src="https://media.test/photos/esper-hanoi-handshake.jpg"><div class="caption">A slide of the gallery.</div></div>${PARAGRAPH.repeat(8)}</article></body>`).window.document;
    expect(leadFigure(doc.querySelector('h1')!, null, 'https://news.test/')).toBeNull();
  });
});

describe('a lead photo the body keeps, caption under a credit label', () => {
  // The New York Times (benchmark page): the headline's photo stands in the part of the header
  // Readability keeps, its credit under a "Credit..." label that the pruning removes from the body.
  // The lead figure's own copy kept the label, so its caption was not found in the body: the photo
  // and caption were placed again at the top, and the body's copy then lost its picture as a
  // duplicate (the reader showed the caption twice, once under no picture).
  const NYT = 'tests/fixtures/article-extraction/html/702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed.html.gz';
  it('shows the photo once, with its caption and credit once, and no label', () => {
    const r = extractFromHtml(gunzipSync(readFileSync(NYT)).toString('utf8'), 'https://www.nytimes.com/2019/11/18/business/trump-trade-war-china.html');
    if (!r.isArticle) throw new Error(r.message);
    const { text, html } = r.article;
    expect(count(text, 'President Trump at the Economic Club of New York last week.')).toBe(1);
    expect(count(text, 'Anna Moneymaker/The New York Times')).toBe(1);
    expect(count(html, 'merlin_164275284')).toBe(1);
    expect(html).not.toMatch(/<figure[^>]*>\s*(?:<p>\s*<\/p>)?\s*<figcaption/); // no caption left without its picture
    expect(text).not.toContain('Credit...');
  });
});
