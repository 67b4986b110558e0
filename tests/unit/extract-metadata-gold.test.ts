// Metadata as the page shows it, on 40 real benchmark pages labelled by hand
// (tests/fixtures/metadata/labels.json): headline, byline and publication day. The goal is ≥ 95 %
// on each; the check half was not used to write the rules (shown-metadata.ts, shown-date.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract/node';
import { judgeMetadata, type MetadataLabel } from '../support/metadata-labels';
import { datesIn, shownPublicationDate } from '../../lib/extract/shown-date';
import { authorLinkAfter, bylineAfterHeadline, bylineUnderHeadline, linesAfter, nameBesideDate, stripBylineDate } from '../../lib/extract/shown-metadata';
import { JSDOM } from 'jsdom';

const dir = 'tests/fixtures/article-extraction/html';
const files = readdirSync(dir);
const labels: MetadataLabel[] = JSON.parse(readFileSync('tests/fixtures/metadata/labels.json', 'utf8')).pages;

describe('metadata on 40 labelled benchmark pages', () => {
  const results = labels.map((l) => {
    const f = files.find((x) => x.startsWith(l.id));
    if (!f) throw new Error(`no page ${l.id}`);
    const html = gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8');
    const r = extractFromHtml(html, l.url);
    return { l, j: judgeMetadata(l, r.isArticle ? r.article : null) };
  });
  for (const field of ['title', 'byline', 'date'] as const) {
    it(`${field}: right on at least 95 % minus the pages named below`, () => {
      const wrong = results.filter((r) => !r.j[field]).map((r) => r.l.id);
      // each miss is listed so a new one fails the test even while the share holds
      const known: Record<typeof field, string[]> = {
        title: [], // (851498a2, right since its h1 marked itemprop="headline" counts as the headline)
        byline: ['21486419', 'e1c7023e'],
        date: ['65408257'],
      };
      expect(wrong).toEqual(known[field]);
    });
  }
});

describe('the day a page shows', () => {
  it('reads dates in several languages and skips "Updated" ones', () => {
    expect(datesIn('Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM', 2019).map((d) => d.day)).toEqual(['2019-11-18']);
    expect(datesIn('Von Moritz Bachmann publiziert am 30. Juli 2018', null)[0].day).toBe('2018-07-30');
    expect(datesIn('sexta-feira, 22 de outubro de 2010 às 20:13', null)[0].day).toBe('2010-10-22');
    expect(datesIn('By Matthew Digby on Monday, November 18th, 2019', null)[0].day).toBe('2019-11-18');
    expect(datesIn('21/06/2014 Tony Carter', null)[0].day).toBe('2014-06-21');
  });
  it('keeps the page\'s day over a UTC instant a day off, never a far date', () => {
    expect(shownPublicationDate('2019-11-19T01:19:34.819Z', 'Posted Nov 18, 8:19 PM', '', null)).toBe('2019-11-18');
    expect(shownPublicationDate('2019-11-19T01:19:34Z', 'Photo taken March 3, 2001', '', null)).toBe('2019-11-19T01:19:34Z');
    expect(shownPublicationDate('2019-11-19T04:58:46Z', '2 days ago', '', '2019-11-18')).toBe('2019-11-18');
    expect(shownPublicationDate(null, 'August 23, 2018 The full integration', '', null)).toBe('2018-08-23');
  });
  it('cuts the date a byline ran into', () => {
    expect(stripBylineDate('Carrie ArnoldNovember 15, 2019')).toBe('Carrie Arnold');
    expect(stripBylineDate('Associated Press \n\t\tNovember 19, 2019, 9:02 AM')).toBe('Associated Press');
    expect(stripBylineDate('20 Nov 2019 08:00 GMT')).toBe('');
    expect(stripBylineDate('Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(stripBylineDate('Jane Doe 3. März 2019')).toBe('Jane Doe');
    expect(stripBylineDate('Mark 12 Apostles 2019')).toBe('Mark 12 Apostles 2019');
  });
  it('reads a name standing beside the date under the headline, with no "By"', () => {
    const h1 = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.querySelector('h1')!;
    expect(nameBesideDate(h1('<h1>These Weeks in Firefox: Issue 85</h1><div><a href="/a/mc">Mike Conley</a> <time>December 18, 2020</time></div><p>Highlights</p>'))).toBe('Mike Conley');
    expect(nameBesideDate(h1('<h1>Bike and Style book review</h1><p><span>21/06/2014</span> <span>Tony Carter</span></p>'))).toBe('Tony Carter');
    // a name with no date beside it, a label beside a date, a sentence: none
    expect(nameBesideDate(h1('<h1>Bike and Style book review</h1><p>Tony Carter</p><p>Share this review with your friends today.</p>'))).toBeNull();
    expect(nameBesideDate(h1('<h1>Bike and Style book review</h1><p>Updated</p><p>21/06/2014</p>'))).toBeNull();
    expect(nameBesideDate(h1('<h1>Bike and Style book review</h1><p>The Book Arrived On</p><p>21/06/2014</p><p>Tony Carter</p>'))).toBe('Tony Carter');
  });
  it('reads a "By …" line under the headline, not a photo credit', () => {
    expect(bylineAfterHeadline('By Matthew Digby , Minh Do on Monday, November 18th, 2019')).toBe('Matthew Digby, Minh Do');
    expect(bylineAfterHeadline('Posted on Maret 30, 2015 by Admin Mudah2an kita')).toBe('Admin');
    expect(bylineAfterHeadline('Von Moritz Bachmann publiziert am 30. Juli 2018')).toBe('Moritz Bachmann');
    expect(bylineAfterHeadline('Photo by Getty Images. The man who')).toBeNull();
  });
  it('ends a "By …" name at the edge of its block', () => {
    const h1 = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.querySelector('h1')!;
    const page = h1('<h1>Pearl Oscar Dress Stolen</h1><h5>2/26/2015 7:11 AM PST BY TMZ STAFF</h5><div><span>EXCLUSIVE</span></div><p><strong>Lupita</strong> said</p>');
    expect(linesAfter(page)).toBe('2/26/2015 7:11 AM PST BY TMZ STAFF\nEXCLUSIVE\nLupita said');
    expect(bylineAfterHeadline(linesAfter(page))).toBe('TMZ STAFF');
    // inline elements do not end a line: "By <a>Ann</a> <b>Lee</b>" is one name
    expect(bylineAfterHeadline(linesAfter(h1('<h1>Port strike ends</h1><p>By <a href="/ann">Ann</a> <b>Lee</b></p>')))).toBe('Ann Lee');
  });
  it('reads a rel=author link right under the headline, not one in a teaser below', () => {
    const doc = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
    const d = doc('<h1>The sharing economy is a lie</h1><p>Uber is an under-regulated company</p><span class="byline"><a rel="author" href="/w/e">Richard (R.J.) Eskow</a></span><p>Share</p>');
    expect(authorLinkAfter(d.querySelector('h1')!)).toBe('Richard (R.J.) Eskow');
    const far = doc(`<h1>The sharing economy is a lie</h1>${'<p>A long paragraph of the article body that goes on and on.</p>'.repeat(8)}<a rel="author" href="/w/j">Joanna Rothkopf</a>`);
    expect(authorLinkAfter(far.querySelector('h1')!)).toBeNull();
  });
  it('prefers the byline under the headline to a metadata author the headline\'s neighbourhood does not show', () => {
    const shown = { title: 'T', byline: 'CC7567', guessedByline: null, publishedTime: null, afterHeadline: 'James Akinaka • 8h Share Tweet' };
    expect(bylineUnderHeadline(shown, 'James Akinaka')).toBe('James Akinaka');
    expect(bylineUnderHeadline({ ...shown, afterHeadline: 'CC7567 • 8h James Akinaka' }, 'James Akinaka')).toBe('CC7567');
    expect(bylineUnderHeadline(shown, 'Joanna Rothkopf')).toBe('CC7567');
  });
});
