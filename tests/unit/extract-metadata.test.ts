// Metadata helpers: headline clean-up, date normalisation, and metadata read from a bare document.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanTitle, hostNames, readMetadata, toIsoDate, unlessPlaceholder } from '../../lib/extract/metadata';
import { extractArticle } from '../../lib/extract';
import { extractFromHtml } from '../../lib/extract/node';
import { authorLinkAfter } from '../../lib/extract/shown-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

describe('cleanTitle', () => {
  it('strips the site name whichever side it is on', () => {
    expect(cleanTitle('Port strike ends | Daily Ledger', 'Daily Ledger')).toBe('Port strike ends');
    expect(cleanTitle('Port strike ends - Daily Ledger', 'Daily Ledger')).toBe('Port strike ends');
    expect(cleanTitle('Daily Ledger — Port strike ends', 'Daily Ledger')).toBe('Port strike ends');
  });
  it('strips a site named only by its address ("Headline - Entermedia" on entermedia.co.kr), not other words', () => {
    expect(hostNames('http://entermedia.co.kr/news/view.html?idx=1')).toEqual(['entermedia', 'entermediacokr']);
    expect(hostNames('https://www.nytimes.com/2019/x.html')).toEqual(['nytimes', 'nytimescom']);
    expect(hostNames('file:///tmp/page.html')).toEqual([]);
    expect(cleanTitle('엘제이-류화영 진흙탕 싸움 - Entermedia', null, hostNames('http://entermedia.co.kr/n'))).toBe('엘제이-류화영 진흙탕 싸움');
    expect(cleanTitle('Trade talks stall - NYTimes.com', null, hostNames('https://www.nytimes.com/a'))).toBe('Trade talks stall');
    expect(cleanTitle('Entermedia - Trade talks stall', null, ['entermedia'])).toBe('Trade talks stall');
    // A last part that is not the site's name stays: it is the headline's.
    expect(cleanTitle('Interview - Andrea Nahles', null, hostNames('https://www.spiegel.de/a'))).toBe('Interview - Andrea Nahles');
  });
  it('strips a short "| Section" tail without a known site name, keeps hyphens and colons', () => {
    expect(cleanTitle('Port strike ends after nine days | World News', null)).toBe('Port strike ends after nine days');
    expect(cleanTitle('ISW: Kremlin turns to defendants - and debtors', null)).toBe('ISW: Kremlin turns to defendants - and debtors');
  });
});

describe('toIsoDate', () => {
  it('keeps the page\'s own time and offset, normalises the rest', () => {
    expect(toIsoDate('2024-10-02T21:00:00+03:00')).toBe('2024-10-02T21:00:00+03:00');
    expect(toIsoDate('2024-10-02T21:00+0300')).toBe('2024-10-02T21:00:00+03:00');
    expect(toIsoDate('2024/10/2')).toBe('2024-10-02');
    expect(toIsoDate('20241002')).toBe('2024-10-02');
    expect(toIsoDate('Wed, 02 Oct 2024 18:00:00 GMT')).toBe('2024-10-02T18:00:00.000Z');
    expect(toIsoDate('soon')).toBeNull();
  });

  it('takes a template\'s empty date (year 1, epoch zero) for no date', () => {
    expect(toIsoDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(toIsoDate('1970-01-01T00:00:00.000Z')).toBeNull();
    expect(toIsoDate('1923-04-05')).toBe('1923-04-05'); // an archive's digitised print story
    expect(unlessPlaceholder('0001-01-01T00:00:00Z')).toBeNull();
    expect(unlessPlaceholder('Nov 19, 2019')).toBe('Nov 19, 2019');
  });
});

describe('a page whose metadata dates it 0001-01-01 (USA Today, Detroit News templates)', () => {
  const body = '<p>WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, the Justice Department said in a statement released on the same afternoon.</p>'.repeat(12);
  const html = (visible: string) => `<html lang="en"><head><title>Officers charged</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Officers charged","datePublished":"0001-01-01T00:00:00Z","dateModified":"0001-01-01T00:00:00Z"}</script>
    <meta property="article:published_time" content="0001-01-01T00:00:00Z"></head>
    <body><article><h1>Officers charged</h1>${visible}${body}</article></body></html>`;
  const extract = (page: string) => {
    const dom = new JSDOM(page);
    return extractArticle(dom.window.document, { url: 'https://news.test/story/officers-charged/', purify: dom.window });
  };

  it('shows the day the page shows, not year 1', () => {
    const r = extract(html('<p>Kevin Johnson, USA TODAY Published 7:07 PM EST Nov 19, 2019</p>'));
    expect(r.isArticle && r.article.publishedTime).toBe('2019-11-19');
  });

  it('shows no date rather than year 1 when the page shows none', () => {
    const r = extract(html(''));
    expect(r.isArticle).toBe(true);
    expect(r.isArticle && r.article.publishedTime).toBeNull();
  });
});

describe('readMetadata', () => {
  it('falls back to citation_*, <time datetime> and dir=rtl without JSON-LD', () => {
    const doc = new JSDOM(`<html lang="he" dir="rtl"><head><title>x</title>
      <meta name="citation_title" content="A study of things">
      <meta name="citation_author" content="Cohen, Dana"><meta name="citation_author" content="Levi, Amit">
      </head><body><time datetime="2023-05-01">1 May</time><time class="published" datetime="2023-04-30T10:00:00Z">30 April</time></body></html>`).window.document;
    const m = readMetadata(doc, 'https://journal.test/a');
    expect(m.title).toBe('A study of things');
    expect(m.byline).toBe('Cohen, Dana, Levi, Amit');
    expect(m.publishedTime).toBe('2023-04-30T10:00:00Z');
    expect(m.lang).toBe('he');
    expect(m.dir).toBe('rtl');
    expect(m.declaresArticle).toBe(true);
  });
  it('takes no byline from a meta author that is also the page\'s generator (the site\'s builder)', () => {
    const page = (author: string) => new JSDOM(`<html><head><title>x</title>
      <meta name="author" content="${author}"><meta name="generator" content="PMJS - Coordenadoria de TI">
      </head><body></body></html>`).window.document;
    expect(readMetadata(page('PMJS - Coordenadoria de TI'), 'https://city.test/n').byline).toBeNull();
    expect(readMetadata(page('Ana Souza'), 'https://city.test/n').byline).toBe('Ana Souza');
  });
  it('shows no byline when the only author is the site\'s builder, also through Readability\'s meta author', () => {
    const body = '<p>A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade, e a polícia foi até o local.</p>'.repeat(8);
    const html = `<html lang="pt"><head><title>Arrombamento</title><meta name="author" content="PMJS - Coordenadoria de TI">
      <meta name="generator" content="PMJS - Coordenadoria de TI"></head><body><article><h1>Arrombamento</h1>${body}</article></body></html>`;
    const r = extractFromHtml(html, 'https://city.test/noticia/1');
    expect(r.isArticle && r.article.byline).toBeNull();
  });
  it('survives broken JSON-LD and reads author objects from a plain array', () => {
    const doc = new JSDOM(`<html><head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">[{"@type":"BlogPosting","headline":"Tea &amp; biscuits","author":[{"name":"By Ann Lee"},"Bo Chen"],"datePublished":"2022-02-02"}]</script>
      </head><body></body></html>`).window.document;
    const m = readMetadata(doc, 'https://blog.test/p');
    expect(m.title).toBe('Tea & biscuits');
    expect(m.byline).toBe('Ann Lee, Bo Chen');
    expect(m.publishedTime).toBe('2022-02-02');
    expect(m.dir).toBe('ltr');
  });
});

describe('the headline among JSON-LD names and h1s', () => {
  const meta = (html: string) => readMetadata(new JSDOM(html).window.document, 'https://example.org/a');
  it('takes JSON-LD\'s name over its headline when only the name is the page\'s <title>', () => {
    const ld = '{"@type":"Article","name":"New Zealand","headline":"constitutional monarchy in Oceania"}';
    expect(meta(`<title>New Zealand - Wikipedia</title><script type="application/ld+json">${ld}</script><h1>New Zealand</h1>`).title).toBe('New Zealand');
    // a headline that is the <title> stays, whatever the name says
    const news = '{"@type":"NewsArticle","name":"rates-story-1234","headline":"Port strike ends after nine days"}';
    expect(meta(`<title>Port strike ends after nine days | Ledger</title><script type="application/ld+json">${news}</script>`).title).toBe('Port strike ends after nine days');
  });
  it('takes the h1 the <title> opens with, not a site-name h1 linking home that it ends with', () => {
    const page = '<title>Evolve: Shared Mutable History — evolve extension for Mercurial</title>' +
      '<body><h1><a href="index.html">evolve extension for Mercurial</a></h1><h1><a href="#id4">Evolve: Shared Mutable History</a></h1></body>';
    expect(meta(page).title).toBe('Evolve: Shared Mutable History');
  });
});


describe('the author link under the headline, by its class or its address', () => {
  const doc = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
  const BODY = '<p>' + 'A paragraph of the article that runs on for a while and says things. '.repeat(6) + '</p>';
  it('reads an a.author link, a link in an "authors" box, a link to /author/…, not another link', () => {
    const h1 = (html: string) => doc(`<h1>Does she have a net worth of $17 million?</h1><h2>An unsubstantiated rumor.</h2>${html}<p>Published 18 November 2019</p>${BODY}`).querySelector('h1')!;
    expect(authorLinkAfter(h1('<a class="author" href="/x">Dan Evon</a>'))).toBe('Dan Evon');
    expect(authorLinkAfter(h1('<div class="authors-wrapper"><ul class="authors"><li><a href="/x">Dan Evon</a></li></ul></div>'))).toBe('Dan Evon');
    expect(authorLinkAfter(h1('<div><a href="https://news.test/author/dan/">Dan Evon</a></div>'))).toBe('Dan Evon');
    expect(authorLinkAfter(h1('<div><a href="/politics/">Politics Desk</a></div>'))).toBeNull();
    // a name inside a sentence is no byline line
    expect(authorLinkAfter(h1('<p>Says <a class="author" href="/x">Dan Evon</a> today</p>'))).toBeNull();
  });
  it('gives the reader that byline when the metadata names none and Readability dropped the header', () => {
    const html = `<html><head><title>Does she have a net worth of $17 million?</title></head><body><article>
      <div class="header-wrapper"><header class="post-header"><h1>Does she have a net worth of $17 million?</h1>
      <div class="authors-wrapper"><ul class="authors"><li><a class="author" href="https://news.test/author/dan/">Dan Evon</a></li></ul></div>
      <p><span class="label">Published</span> <span class="date">18 November 2019</span></p></header></div>${BODY}${BODY}${BODY}</article></body></html>`;
    const r = extractFromHtml(html, 'https://news.test/fact-check/net-worth/');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.byline).toBe('Dan Evon');
  });
  it('Snopes: the fact-check\'s author, linked as a.author', () => {
    const page = gunzipSync(readFileSync(join(__dirname, '..', 'fixtures', 'article-extraction', 'html', '8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446.html.gz'))).toString('utf8');
    const r = extractFromHtml(page, 'https://www.snopes.com/fact-check/marie-yovanovitch-net-worth/');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.byline).toBe('Dan Evon');
  });
});

describe('the headline the page shows, not an SEO title', () => {
  it('an h1 marked itemprop="headline" is the headline, however few words it shares with og:title', () => {
    const BODY = '<p>' + 'В восьмидесятых годах чешская красавица заявила о себе на весь мир. '.repeat(8) + '</p>';
    const html = `<html><head><title>53-летняя модель рассказала что больше всего боится стареть: новости, фото 2018 — www.example.ru</title>
      <meta property="og:title" content="53-летняя модель рассказала что больше всего боится стареть: новости, фото 2018"></head>
      <body><article><h1 itemprop="headline">53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»</h1>${BODY}${BODY}</article></body></html>`;
    const r = extractFromHtml(html, 'https://www.example.ru/krasota/53-letnyaya-model/');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.title).toBe('53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»');
  });
  it('not a marked h1 that is a teaser: a link to another page, or one of several marked', () => {
    const BODY = '<p>' + 'Reviews of the new gaming platform are in, and they are mixed at best. '.repeat(8) + '</p>';
    const page = (h1s: string) => `<html><head><title>The Early Reviews For the Platform Are Here - Digg</title></head><body>${h1s}<article>${BODY}${BODY}</article></body></html>`;
    const title = (html: string) => {
      const r = extractFromHtml(html, 'https://digg.test/2019/reviews');
      if (!r.isArticle) throw new Error(r.reason);
      return r.article.title;
    };
    expect(title(page('<h1 itemprop="headline"><a href="https://other.test/story">Why Don\'t You Go Fight For The Reindeer?</a></h1>'))).toBe('The Early Reviews For the Platform Are Here');
    expect(title(page('<h1 itemprop="headline">A first story told elsewhere</h1><h1 itemprop="headline">A second story told elsewhere</h1>'))).toBe('The Early Reviews For the Platform Are Here');
  });
  it('wday.ru: the h1, not "… : новости, фото 2018"', () => {
    const page = gunzipSync(readFileSync(join(__dirname, '..', 'fixtures', 'article-extraction', 'html', 'c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829.html.gz'))).toString('utf8');
    const r = extractFromHtml(page, 'https://www.wday.ru/krasota-zdorovie/novosty/53-letnyaya-model-posmotri-na-krasotku-kotoraya-prevratilas-v-staruhu/');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.title).toBe('53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»');
  });
});

describe('a <meta> that carries several names (NYT: property="article:published" itemprop="datePublished dateCreated")', () => {
  const head = (meta: string) => new JSDOM(`<html><head><title>T</title>${meta}</head><body><p>x</p></body></html>`).window.document;

  it('is read under its microdata names too, so the publication date is found', () => {
    const doc = head('<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-18T17:56:27.000Z">'
      + '<meta property="article:modified" itemprop="dateModified" content="2019-11-19T09:00:00.000Z">');
    expect(readMetadata(doc, 'https://news.test/a').publishedTime).toBe('2019-11-18T17:56:27.000Z');
  });

  it('takes the publication date over a <time itemprop="dateModified"> in the body', () => {
    const doc = new JSDOM('<html><head><meta property="article:published" itemprop="datePublished" content="2016-07-29T16:42:34-04:00"></head>'
      + '<body><time datetime="2016-08-01T01:30:24-04:00" itemprop="dateModified">JULY 29, 2016</time></body></html>').window.document;
    expect(readMetadata(doc, 'https://news.test/a').publishedTime).toBe('2016-07-29T16:42:34-04:00');
  });
});
