// The site's name as the panel and the library show it: a name given with its sections or a tagline
// after a separator is its first part (the tour saw "AUTORACING | F1 | INDY | MOTOGP | STOCKCAR |
// NASCAR" as a site).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';

const PARAGRAPH = '<p>The race was stopped twice after heavy rain, and the stewards said the result would stand once the marshals had cleared the track of debris.</p>';

function siteName(ogSiteName: string) {
  const dom = new JSDOM(`<html lang="en"><head><title>Race stopped</title><meta property="og:site_name" content="${ogSiteName}"></head><body><article><h1>Race stopped</h1>${PARAGRAPH.repeat(6)}</article></body></html>`);
  const r = extractArticle(dom.window.document, { url: 'https://racing.test/2019/11/race', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article.siteName;
}

describe('the shown site name', () => {
  it.each([
    ['Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR', 'Autoracing'],
    ["LinkNaija | Nigeria's popular news platform", 'LinkNaija'],
    ['The Jerusalem Post | JPost.com', 'The Jerusalem Post'],
    ['Remember 80/90 - Memorabilia anni 80/90', 'Remember 80/90'],
    ['Ouest-France', 'Ouest-France'],
    ['The New York Times', 'The New York Times'],
    // a name given as the site's address is its domain (the tour saw "HTTPS://WWW.NEWSNATION.IN")
    ['https://www.newsnation.in', 'newsnation.in'],
    ['http://hawaiinewsnow.com/', 'hawaiinewsnow.com'],
    ['www.wday.ru', 'wday.ru'],
  ])('%s → %s', (given, shown) => {
    expect(siteName(given)).toBe(shown);
  });
});

describe('a site that declares no name, named by its <title>', () => {
  const shown = (title: string, url: string) => {
    const dom = new JSDOM(`<html lang="ru"><head><title>${title}</title></head><body><article><h1>Race stopped</h1>${PARAGRAPH.repeat(6)}</article></body></html>`);
    const r = extractArticle(dom.window.document, { url, purify: dom.window });
    if (!r.isArticle) throw new Error(r.message);
    return r.article.siteName;
  };
  it('takes the <title>\'s decoration when it is one of the address\'s names', () => {
    // wday.ru: no og:site_name, the <title> ends "— www.wday.ru"
    expect(shown('Race stopped: новости, фото 2018 — www.wday.ru', 'https://www.wday.ru/novosty/race/')).toBe('wday.ru');
    expect(shown('Race stopped - Entermedia', 'http://entermedia.co.kr/news/view.html?idx=1')).toBe('Entermedia');
  });
  it('takes nothing else from the <title>', () => {
    expect(shown('Race stopped - Heavy rain', 'https://racing.test/2019/11/race')).toBeNull();
    expect(shown('Race stopped', 'https://racing.test/2019/11/race')).toBeNull();
  });
});
