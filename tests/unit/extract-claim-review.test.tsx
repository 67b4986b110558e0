// @vitest-environment jsdom
// A fact-check page's schema.org ClaimReview (lib/extract/claim-review.ts): the claim, who made it
// and the verdict, read from JSON-LD (and simple microdata) on the three benchmark pages that have
// one, kept through saving, backups, imports and sync, shown above the reader's body as text and
// written into the Markdown export. Every string is page-controlled: the hostile cases below keep
// markup as text, drop non-http(s) addresses, ignore broken JSON-LD and cap what a page can send.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderToStaticMarkup } from 'react-dom/server';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Article } from '../../lib/extract';
import { extractFromHtml } from '../../lib/extract/node';
import {
  MAX_CLAIM_CHARS,
  MAX_CLAIM_REVIEWS,
  MAX_NAME_CHARS,
  claimReviewsFrom,
  readClaimReviews,
  verdictText,
  type ClaimReviewInfo,
} from '../../lib/extract/claim-review';
import { ReaderView } from '../../components/ReaderView';
import { toSavedArticle } from '../../lib/db/articles';
import { exportBackup } from '../../lib/export/backup';
import { isImportError, parseImport } from '../../lib/export/import';
import { articleToMarkdown } from '../../lib/export/markdown';
import { articleDocs, articleFromDocs } from '../../lib/sync/docs';

const FIXTURES = join(__dirname, '..', 'fixtures');
const excerpt = (name: string) => readFileSync(join(FIXTURES, 'claim-review', `${name}.html`), 'utf8');

/** The three benchmark pages with a ClaimReview: excerpt file, benchmark id, page URL, what it states. */
const PAGES: Array<{ name: string; id: string; url: string; expected: Partial<ClaimReviewInfo>; verdict: string }> = [
  {
    name: 'newsnation',
    id: '076f4f33',
    url: 'https://www.newsnation.in/fact-check/news/fact-check-is-an-oxygen-bar-in-delhi-offering-fresh-air-for-rs-300-244592.html',
    expected: {
      claim: "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",
      claimant: 'News Nation',
      reviewer: 'News Nation Fact Check',
      verdict: 'True',
      datePublished: '2019-11-19T09:01:42+05:30',
    },
    verdict: 'True (1/1)',
  },
  {
    name: 'polygraph',
    id: '1ee91d1f',
    url: 'https://www.polygraph.info/a/fact-check-russia-us-al-tanf-rukban/30279001.html',
    expected: {
      claimant: 'The Russian and Syrian defense ministries',
      reviewer: 'POLYGRAPH.info',
      verdict: 'False',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      datePublished: '2019-11-18',
      url: 'https://www.polygraph.info/a/fact-check-russia-us-al-tanf-rukban/30279001.html',
    },
    verdict: 'False (1/5)',
  },
  {
    name: 'snopes',
    id: '8380689f',
    url: 'https://www.snopes.com/fact-check/marie-yovanovitch-net-worth/',
    expected: {
      // the page's trailing space trimmed; its -1/-1/-1 "rating" is no scale
      claim: 'Former U.S. ambassador to Ukraine Marie Yovanovitch has a net worth of $17 million.',
      claimant: 'Multiple Sources',
      reviewer: 'Snopes',
      verdict: 'Unproven',
      ratingValue: null,
      bestRating: null,
      worstRating: null,
      url: 'https://www.snopes.com/fact-check/marie-yovanovitch-net-worth/',
    },
    verdict: 'Unproven',
  },
];

function extract(html: string, url = 'https://facts.test/check/1'): Article {
  const dom = new JSDOM(html, { url });
  const r = extractArticle(dom.window.document, { url, purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}

/** The reviews `readClaimReviews` finds in a page built around `head` and `body` markup. */
function reviewsIn(head: string, body = '', url = 'https://facts.test/check/1'): ClaimReviewInfo[] {
  const dom = new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, { url });
  const doc = dom.window.document;
  const blocks: unknown[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      blocks.push(JSON.parse(s.textContent ?? ''));
    } catch {
      /* as metadata.ts: an unreadable block is left out */
    }
  }
  return readClaimReviews(blocks, doc, url);
}
/** A JSON-LD block, "<" escaped as pages do (a "</script>" inside a string would end the element). */
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
const PARAGRAPH = '<p>The claim spread on social media over the weekend, shared thousands of times by accounts that said it came from an official statement, which it did not.</p>';
const page = (head: string) => `<html lang="en"><head><title>Fact check: the claim</title>${head}</head><body><article><h1>Fact check: the claim</h1>${PARAGRAPH.repeat(6)}</article></body></html>`;

describe('the three benchmark fact-check pages', () => {
  for (const p of PAGES) {
    it(`${p.name}: the excerpt's ClaimReview is on the Article`, () => {
      const a = extract(excerpt(p.name), p.url);
      expect(a.claimReview).toHaveLength(1);
      expect(a.claimReview![0]).toMatchObject(p.expected);
      expect(verdictText(a.claimReview![0])).toBe(p.verdict);
    });
  }

  it('polygraph: the claim is the whole quoted statement, under the cap', () => {
    const [r] = extract(excerpt('polygraph'), PAGES[1].url).claimReview!;
    expect(r.claim).toMatch(/^“A cause for serious concern is the situation in southern Syria, .* wishing to leave the camp\.”$/);
    expect(r.claim!.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
  });

  // the whole pages as the benchmark has them (vendored in the repository, tests/fixtures/article-extraction)
  const dir = join(FIXTURES, 'article-extraction', 'html');
  const files = readdirSync(dir);
  for (const p of PAGES) {
    it(`${p.name}: the whole page gives the same review`, () => {
      const file = files.find((f) => f.startsWith(p.id));
      const r = extractFromHtml(gunzipSync(readFileSync(join(dir, file!))).toString('utf8'), p.url);
      if (!r.isArticle) throw new Error(r.message);
      expect(r.article.claimReview).toHaveLength(1);
      expect(r.article.claimReview![0]).toMatchObject(p.expected);
    });
  }

  it('a page without one has no claimReview field at all', () => {
    const a = extract(page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Fact check: the claim' })));
    expect('claimReview' in a).toBe(false);
  });
});

describe('ClaimReview in the shapes pages write it', () => {
  const review = (extra: object = {}) => ({
    '@type': 'ClaimReview',
    claimReviewed: 'The moon is made of cheese',
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A. Blogger' } },
    author: { '@type': 'Organization', name: 'Fact Desk' },
    reviewRating: { '@type': 'Rating', ratingValue: '2', bestRating: '6', worstRating: '1', alternateName: 'Mostly false' },
    ...extra,
  });

  it('inside @graph, in an array, with a list of types, nested in an article, with the full type URL', () => {
    expect(reviewsIn(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, review()] }))[0]).toMatchObject({ claim: 'The moon is made of cheese', verdict: 'Mostly false' });
    expect(reviewsIn(ld([{ '@type': 'Organization', name: 'x' }, review()]))).toHaveLength(1);
    expect(reviewsIn(ld(review({ '@type': ['Review', 'ClaimReview'] }))).map((r) => r.claimant)).toEqual(['A. Blogger']);
    expect(reviewsIn(ld({ '@type': 'NewsArticle', review: [review()] }))).toHaveLength(1);
    expect(reviewsIn(ld({ '@type': 'WebPage', mainEntity: review({ '@type': 'http://schema.org/ClaimReview' }) }))).toHaveLength(1);
  });

  it('the fields: numeric strings, a rating list, several claimants, the claimant as the reviewed person', () => {
    const [r] = reviewsIn(ld(review({ reviewRating: [{ ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: 'Mostly false' }] })));
    expect(r).toMatchObject({ ratingValue: 2, bestRating: 6, worstRating: 1, verdict: 'Mostly false', reviewer: 'Fact Desk' });
    expect(verdictText(r)).toBe('Mostly false (2/6)');
    const [two] = reviewsIn(ld(review({ itemReviewed: { author: [{ name: 'One' }, { name: 'Two' }, 'Three'] } })));
    expect(two.claimant).toBe('One, Two, Three');
    const [person] = reviewsIn(ld(review({ itemReviewed: { '@type': 'Person', name: 'Jane Senator' } })));
    expect(person.claimant).toBe('Jane Senator');
    // a reviewed claim's own name is its headline, not who made it
    const [named] = reviewsIn(ld(review({ itemReviewed: { '@type': 'CreativeWork', name: 'Headline of the claim' } })));
    expect(named.claimant).toBeNull();
    // a verdict without words: the rating on its scale
    expect(verdictText(reviewsIn(ld(review({ reviewRating: { ratingValue: 4, bestRating: 5 } })))[0])).toBe('4/5');
  });

  it('the same review given as JSON-LD and as microdata is listed once', () => {
    const micro = `<div itemscope itemtype="https://schema.org/ClaimReview"><span itemprop="claimReviewed">The moon is made of cheese</span>
      <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Claim"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">A. Blogger</span></div></div>
      <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="alternateName" content="Mostly false"></div></div>`;
    expect(reviewsIn(ld(review()), micro)).toHaveLength(1);
  });

  it('microdata through the extractor: read on a page whose <meta> carry its rating, not searched for on others', () => {
    const item = (rating: string) => `<div itemscope itemtype="https://schema.org/ClaimReview"><p itemprop="claimReviewed">Vaccines contain microchips</p>
      <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">${rating}<span itemprop="alternateName">False</span></div></div>`;
    const html = (rating: string) => page('').replace('<article>', `<article>${item(rating)}`);
    const a = extract(html('<meta itemprop="ratingValue" content="1"><meta itemprop="bestRating" content="5">'));
    expect(a.claimReview).toEqual([expect.objectContaining({ claim: 'Vaccines contain microchips', verdict: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 })]);
    // a whole-document attribute search costs milliseconds a page in jsdom: microdata with no
    // unshown (meta/link) value of ClaimReview's vocabulary is not looked for
    expect(extract(html('')).claimReview).toBeUndefined();
  });

  it('microdata: nested items, a multi-token itemprop, <time datetime>, <link href>', () => {
    const [r] = reviewsIn(
      '',
      `<article itemscope itemtype="http://schema.org/ClaimReview">
        <link itemprop="url" href="/checks/42">
        <p>Claim: <q itemprop="claimReviewed name">Wind turbines   cause
          cancer</q></p>
        <p itemprop="itemReviewed" itemscope itemtype="http://schema.org/Claim">Said by
          <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Some Politician</span></span></p>
        <div itemprop="author" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Checkers"></div>
        <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">
          <meta itemprop="ratingValue" content="1"><meta itemprop="bestRating" content="6"><meta itemprop="worstRating" content="1">
          <b itemprop="alternateName">Pants on Fire</b></div>
        <time itemprop="datePublished" datetime="2019-11-20">20 Nov</time>
      </article>`,
      'https://checks.test/a/b',
    );
    expect(r).toEqual({
      claim: 'Wind turbines cause cancer',
      claimant: 'Some Politician',
      reviewer: 'Checkers',
      verdict: 'Pants on Fire',
      ratingValue: 1,
      bestRating: 6,
      worstRating: 1,
      datePublished: '2019-11-20',
      url: 'https://checks.test/checks/42',
    });
  });
});

describe('hostile ClaimReview input', () => {
  const XSS = '<img src=x onerror="fetch(\'/pwned\')"><script>alert(1)</script>';

  it('HTML in claimReviewed stays text: on the Article, in the reader, in the Markdown export', () => {
    const a = extract(page(ld({ '@type': 'ClaimReview', claimReviewed: `Says ${XSS} &lt;b&gt;bold&lt;/b&gt;`, reviewRating: { alternateName: '<b>False</b>' }, author: { name: '<i>Desk</i>' } })));
    const [r] = a.claimReview!;
    expect(r.claim).toBe(`Says ${XSS} <b>bold</b>`);
    expect(r.verdict).toBe('<b>False</b>');

    const host = document.createElement('div');
    host.innerHTML = renderToStaticMarkup(<ReaderView article={a} safeHtml="" />);
    const box = host.querySelector('[data-testid="claim-review"]')!;
    expect(box).not.toBeNull();
    expect(box.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(box.querySelector('[data-testid="claim"]')!.textContent).toBe(r.claim);
    expect(box.querySelector('[data-testid="verdict"]')!.textContent).toBe('<b>False</b>');

    const md = articleToMarkdown(toSavedArticle(a, 0), []);
    expect(md).toContain('- Claim: Says \\<img src=x onerror="fetch(\'/pwned\')"\\>\\<script\\>alert(1)\\</script\\> \\<b\\>bold\\</b\\>');
    expect(md).toContain('- Verdict: \\<b\\>False\\</b\\>');
    expect(md).not.toMatch(/(^|[^\\])<(img|script|b)\b/);
  });

  it('a javascript: (or data:, or unparsable) review URL is dropped; a relative one resolves on the page', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,<script>alert(1)</script>', 'http://[bad', 'file:///etc/passwd']) {
      expect(reviewsIn(ld({ '@type': 'ClaimReview', claimReviewed: 'x', url }))[0].url, url).toBeNull();
    }
    expect(reviewsIn(ld({ '@type': 'ClaimReview', claimReviewed: 'x', url: '/review' }))[0].url).toBe('https://facts.test/review');
  });

  it('malformed JSON-LD is ignored without throwing; a good block beside it is still read', () => {
    const broken = '<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "half</script>';
    const a = extract(page(broken + ld({ '@type': 'ClaimReview', claimReviewed: 'The good one', reviewRating: { alternateName: 'True' } })));
    expect(a.claimReview!.map((r) => r.claim)).toEqual(['The good one']);
    expect(() => extract(page(broken))).not.toThrow();
    expect(extract(page(broken)).claimReview).toBeUndefined();
    // wrong types everywhere: nothing usable, nothing thrown
    const odd = [null, 7, 'ClaimReview', { '@type': 'ClaimReview', claimReviewed: { evil: true }, reviewRating: 'False', author: 42, itemReviewed: [null] }];
    expect(readClaimReviews(odd, null, 'https://facts.test/')).toEqual([]);
    expect(readClaimReviews([{ '@type': 'ClaimReview', claimReviewed: 'x', reviewRating: { ratingValue: 'NaN', bestRating: Infinity } }], null, 'https://facts.test/')[0].ratingValue).toBeNull();
  });

  it('a huge array is capped: at most MAX_CLAIM_REVIEWS reviews, each string capped', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ '@type': 'ClaimReview', claimReviewed: `Claim ${i} ${'word '.repeat(500)}`, author: { name: 'n'.repeat(10_000) } }));
    const t0 = performance.now();
    const found = readClaimReviews([{ '@graph': many }], null, 'https://facts.test/');
    expect(performance.now() - t0).toBeLessThan(2000); // bounded work, far below the array's size
    expect(found).toHaveLength(MAX_CLAIM_REVIEWS);
    for (const r of found) {
      expect(r.claim!.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
      expect(r.claim!.endsWith('…')).toBe(true);
      expect(r.reviewer!.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    }
    // a huge array of other things before the review stops the walk rather than running through it
    const noise = Array.from({ length: 200_000 }, () => ({ a: [1, 2, 3] }));
    expect(() => readClaimReviews([noise, { '@type': 'ClaimReview', claimReviewed: 'late' }], null, 'https://facts.test/')).not.toThrow();
  });

  it('white space and control characters collapse; deep nesting and __proto__ keys are harmless', () => {
    const [r] = readClaimReviews(JSON.parse('[{"@type":"ClaimReview","claimReviewed":"  a\\u0000b\\n\\n\\tc\\u202e d  ","__proto__":{"claimReviewed":"polluted"}}]'), null, 'https://facts.test/');
    expect(r.claim).toBe('a b c d');
    expect(({} as Record<string, unknown>).claimReviewed).toBeUndefined();
    let deep: object = { '@type': 'ClaimReview', claimReviewed: 'deep' };
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    expect(() => readClaimReviews([deep], null, 'https://facts.test/')).not.toThrow();
    // an empty claim and no verdict is no review
    expect(readClaimReviews([{ '@type': 'ClaimReview', claimReviewed: '   ', author: { name: 'Desk' } }], null, 'https://facts.test/')).toEqual([]);
  });

  it('a microdata page with thousands of ClaimReview items reads at most a bounded number', () => {
    const item = '<div itemscope itemtype="https://schema.org/ClaimReview"><span itemprop="claimReviewed">c</span></div>';
    // all the same claim: listed once
    expect(reviewsIn('', item.repeat(5000))).toHaveLength(1);
  });
});

describe('ClaimReview kept wherever an Article is copied or checked', () => {
  const article = () => extract(excerpt('snopes'), PAGES[2].url);

  it('toSavedArticle keeps it; an Article without one gets no field', () => {
    const saved = toSavedArticle(article(), 1000);
    expect(saved.claimReview![0]).toMatchObject(PAGES[2].expected);
    expect('claimReview' in toSavedArticle({ ...article(), claimReview: undefined }, 1000)).toBe(false);
  });

  it('a backup keeps it, and importing the backup restores it as it was', () => {
    const saved = toSavedArticle(article(), 1000);
    const text = exportBackup({ articles: [saved], annotations: [], tags: [] }, { now: new Date(0) });
    const plan = parseImport(text);
    if (isImportError(plan)) throw new Error(plan.error);
    expect(plan.articles[0].claimReview).toEqual(saved.claimReview);
    // a backup of an article without one is unchanged (no key)
    const plain = exportBackup({ articles: [{ ...saved, claimReview: undefined }], annotations: [], tags: [] }, { now: new Date(0) });
    expect(plain).not.toContain('claimReview');
  });

  it('an import file with a hostile review: the bad URL and the unknown fields dropped, a non-list refused', () => {
    const saved = toSavedArticle(article(), 1000);
    const backup = JSON.parse(exportBackup({ articles: [saved], annotations: [], tags: [] }, { now: new Date(0) }));
    backup.articles[0].claimReview = [{ claim: 'c'.repeat(50_000), verdict: 'False', url: 'javascript:alert(1)', onclick: 'x', ratingValue: '1e999' }, 'junk'];
    const plan = parseImport(JSON.stringify(backup));
    if (isImportError(plan)) throw new Error(plan.error);
    const [r] = plan.articles[0].claimReview!;
    expect(r.url).toBeNull();
    expect(r.claim!.length).toBe(MAX_CLAIM_CHARS);
    expect(r.ratingValue).toBeNull();
    expect('onclick' in r).toBe(false);
    expect(plan.articles[0].claimReview).toHaveLength(1);
    backup.articles[0].claimReview = { claim: 'not a list' };
    expect(isImportError(parseImport(JSON.stringify(backup)))).toBe(true);
  });

  it('sync: the article document carries it and a hostile one from another device is cleaned', () => {
    const saved = toSavedArticle(article(), 1000);
    const { meta, text } = articleDocs(saved);
    expect(articleFromDocs(meta, text).claimReview).toEqual(saved.claimReview);
    const evil = { ...meta, claimReview: [{ claim: '<script>x</script>', verdict: 'False', url: 'javascript:alert(1)' }, 42] };
    expect(articleFromDocs(evil, text).claimReview).toEqual([
      { claim: '<script>x</script>', claimant: null, reviewer: null, verdict: 'False', ratingValue: null, bestRating: null, worstRating: null, datePublished: null, url: null },
    ]);
    expect('claimReview' in articleFromDocs({ ...meta, claimReview: 'nope' }, text)).toBe(false);
  });

  it('claimReviewsFrom: nothing usable is undefined', () => {
    expect(claimReviewsFrom(undefined)).toBeUndefined();
    expect(claimReviewsFrom([])).toBeUndefined();
    expect(claimReviewsFrom([{ claimant: 'only a name' }])).toBeUndefined();
  });
});

describe('the reader and the Markdown export show it', () => {
  it('the reader shows the claim, who made it and the verdict above the body', () => {
    const a = extract(excerpt('polygraph'), PAGES[1].url);
    const host = document.createElement('div');
    host.innerHTML = renderToStaticMarkup(<ReaderView article={a} safeHtml="<p>Body</p>" />);
    const box = host.querySelector('[data-testid="claim-review"]')!;
    expect(box.querySelector('[data-testid="claimant"]')!.textContent).toBe('The Russian and Syrian defense ministries');
    expect(box.querySelector('[data-testid="verdict"]')!.textContent).toBe('False (1/5)');
    // above the body
    const body = host.querySelector('[data-testid="article-body"]')!;
    expect(box.compareDocumentPosition(body) & 4 /* FOLLOWING */).toBeTruthy();
    // an article without one shows no box
    host.innerHTML = renderToStaticMarkup(<ReaderView article={{ ...a, claimReview: undefined }} safeHtml="<p>Body</p>" />);
    expect(host.querySelector('[data-testid="claim-review"]')).toBeNull();
  });

  it('the Markdown note has the claim and verdict lines under the link to the original', () => {
    const md = articleToMarkdown(toSavedArticle(extract(excerpt('snopes'), PAGES[2].url), 0), []);
    expect(md).toContain(
      '**Fact check by Snopes**\n- Claim: Former U.S. ambassador to Ukraine Marie Yovanovitch has a net worth of $17 million.\n- Made by: Multiple Sources\n- Verdict: Unproven',
    );
    expect(md.indexOf('- Claim:')).toBeGreaterThan(md.indexOf('[Original article'));
  });
});
