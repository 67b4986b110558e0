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

describe('sentenceAround: abbreviations do not end a sentence', () => {
  it.each([
    ['en', 'Talks stalled. Mr. Smith met Dr. Jones on Oct. 3 and Nov. 4 in the U.S. capital. Nothing came of it.', 'Smith', 'Mr. Smith met Dr. Jones on Oct. 3 and Nov. 4 in the U.S. capital.'],
    ['en', 'Exports fell. The U.S. Army said the U.S. Navy agreed. Prices rose.', 'Navy', 'The U.S. Army said the U.S. Navy agreed.'],
    ['en', 'Tariffs hit the U.S. The talks go on.', 'talks', 'The talks go on.'],
    ['de', 'Das kam spät. Laut Dr. Müller kommt z. B. der Zug am 3. Oktober. Mehr nicht.', 'Zug', 'Laut Dr. Müller kommt z. B. der Zug am 3. Oktober.'],
    ['fr', 'Rien. Selon M. Dupont, les prix montent. Fin.', 'prix', 'Selon M. Dupont, les prix montent.'],
    ['uk', 'Ні. У 2024 р. Київ, т. зв. столиця, виріс. Так.', 'Київ', 'У 2024 р. Київ, т. зв. столиця, виріс.'],
    ['ru', 'Нет. Эксперты, т. е. Иванов и др. коллеги, против. Да.', 'Иванов', 'Эксперты, т. е. Иванов и др. коллеги, против.'],
  ])('%s: %s', (lang, text, word, want) => {
    const i = text.indexOf(word);
    expect(sentenceAround(text, i, i + word.length, lang)).toBe(want);
    expect(sentenceAround(text, i, i + word.length)).toBe(want);
  });
});
