import { describe, expect, it } from 'vitest';
import { citeArticle, quoteWithCitation, sentenceAround } from '../../lib/export/citation';

const article = {
  url: 'https://maidanpress.test/2024/10/02/story/',
  title: 'Ukrainian Foreign Ministry protests Russian conscription',
  byline: 'Mariia Shevchuk',
  siteName: 'Maidan Press',
  publishedTime: '2024-10-02T18:00:00+03:00',
};
const accessed = new Date('2026-11-25T12:00:00Z');

describe('citations', () => {
  it('cites an article with author, title, site, date, URL and access date', () => {
    expect(citeArticle(article, accessed)).toBe(
      'Mariia Shevchuk, “Ukrainian Foreign Ministry protests Russian conscription”, Maidan Press, 2 October 2024, https://maidanpress.test/2024/10/02/story/ (accessed 25 November 2026).',
    );
  });
  it('leaves out what is unknown', () => {
    expect(citeArticle({ ...article, byline: null, publishedTime: null, siteName: null }, accessed)).toBe(
      '“Ukrainian Foreign Ministry protests Russian conscription”, https://maidanpress.test/2024/10/02/story/ (accessed 25 November 2026).',
    );
  });
  it('quotes with the citation', () => {
    expect(quoteWithCitation(' 180,000 personnel ', article, accessed)).toMatch(/^“180,000 personnel”\n— Mariia Shevchuk, /);
  });
});

describe('sentenceAround', () => {
  const text = 'First block ends here.\n\nPutin signed a decree. It adds 180,000 personnel, totaling 1.5 million. Dr. Who disagreed.\n\nLast.';
  it('finds the sentence of a span in the middle of a block', () => {
    const i = text.indexOf('180,000');
    expect(sentenceAround(text, i, i + 7)).toBe('It adds 180,000 personnel, totaling 1.5 million.');
  });
  it('stops at block boundaries', () => {
    const i = text.indexOf('Putin');
    expect(sentenceAround(text, i, i + 5)).toBe('Putin signed a decree.');
    const j = text.indexOf('Last');
    expect(sentenceAround(text, j, j + 4)).toBe('Last.');
  });
  it('works on the first block', () => {
    expect(sentenceAround(text, 0, 5)).toBe('First block ends here.');
  });
});
