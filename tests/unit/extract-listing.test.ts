// Listing pages get the not-article state with the reason "listing" (tests/fixtures/listing: ten
// shapes — section front, Ressort front, home grid, author page, tag page, news feed, live-blog
// index, archive, two kinds of search results — in en/de/fr/uk/ru), while a live blog and an
// article followed by a box of dated teasers stay articles. The detector's parts are tested on
// small documents: a deals article (linked product names, no dates) is not a listing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractFromHtml } from '../../lib/extract/node';
import { judgeListing } from '../../lib/extract/listing';

const dir = join(__dirname, '..', 'fixtures', 'listing');
const { pages } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
  pages: Array<{ file: string; isArticle: boolean; shape: string; split: string }>;
};

describe('listing pages and near-misses', () => {
  for (const p of pages) {
    it(`${p.file} (${p.split}): ${p.isArticle ? 'an article' : 'a listing'} — ${p.shape}`, () => {
      const r = extractFromHtml(readFileSync(join(dir, p.file), 'utf8'), 'https://harbourherald.test/section/');
      if (p.isArticle) {
        expect(r.isArticle, r.isArticle ? '' : r.reason).toBe(true);
      } else {
        expect(r).toMatchObject({ isArticle: false, reason: 'listing' });
        if (!r.isArticle) expect(r.message).toMatch(/lists other stories/);
      }
    });
  }
  it('at least five listing shapes in each of the tune and check halves', () => {
    for (const split of ['tune', 'check']) expect(pages.filter((p) => p.split === split && !p.isArticle).length).toBeGreaterThanOrEqual(5);
  });
});

// The browser suites' section front (tests/e2e/pages/section-front.html) must reach the listing
// detector: if Readability's own gate refused it, the e2e tests would prove nothing about listings.
describe('the e2e section front', () => {
  const html = readFileSync(join(__dirname, '..', 'e2e', 'pages', 'section-front.html'), 'utf8');
  const url = 'http://127.0.0.1/section-front.html';
  it('passes isProbablyReaderable and plain Readability returns it as an article', () => {
    const doc = new JSDOM(html, { url }).window.document;
    expect(isProbablyReaderable(doc)).toBe(true);
    const parsed = new Readability(doc).parse();
    expect(parsed?.textContent?.length ?? 0).toBeGreaterThan(1000);
  });
  it('so it is the listing detector that refuses it', () => {
    expect(extractFromHtml(html, url)).toMatchObject({ isArticle: false, reason: 'listing' });
  });
});

const body = (html: string) => new JSDOM(`<body><div id="r">${html}</div></body>`).window.document.getElementById('r')!;
const teaser = (i: number, extra: string) =>
  `<div class="item"><h3><a href="/story/${i}">Headline number ${i} about the harbour works</a></h3><p>A standfirst of one sentence about story ${i}, long enough to read.</p>${extra}</div>`;

describe('judgeListing', () => {
  it('five dated cards with nothing else: a listing; four are not', () => {
    const five = Array.from({ length: 5 }, (_, i) => teaser(i, `<span>${i + 1} hours ago</span>`)).join('');
    expect(judgeListing(body(five))).toMatchObject({ teasers: 5, dated: 5, isListing: true });
    const four = Array.from({ length: 4 }, (_, i) => teaser(i, '<time>19.11.2019</time>')).join('');
    expect(judgeListing(body(four)).isListing).toBe(false);
  });
  it('undated, unsigned cards (a deals article, a product page) are not a listing', () => {
    const deals = Array.from({ length: 8 }, (_, i) => teaser(i, `<p>Now $${20 + i}.99 at the store.</p>`)).join('');
    expect(judgeListing(body(deals))).toMatchObject({ teasers: 8, dated: 0, isListing: false });
  });
  it('bylines sign a card as dates do ("By …", "Por …")', () => {
    const signed = Array.from({ length: 6 }, (_, i) => teaser(i, `<p>${i % 2 ? 'By Pam Belluck' : 'Por Josh Max'}</p>`)).join('');
    expect(judgeListing(body(signed)).isListing).toBe(true);
  });
  it('running text outside the cards makes it an article with a teaser box', () => {
    const prose = '<p>' + 'The council approved the plan on Tuesday after a long debate about its cost and its height. '.repeat(5) + '</p>';
    const cards = Array.from({ length: 6 }, (_, i) => teaser(i, '<span>2 hours ago</span>')).join('');
    const v = judgeListing(body(prose + cards));
    expect(v.ownProse).toBeGreaterThan(400);
    expect(v.isListing).toBe(false);
  });
  it('links inside sentences are not headlines', () => {
    const p = Array.from({ length: 8 }, (_, i) => `<p>On day ${i} the minister said in <a href="/s/${i}">a long statement to the press</a> that the talks would go on for weeks, 19.11.2019.</p>`).join('');
    expect(judgeListing(body(p)).teasers).toBe(0);
  });
});
