// Page furniture that names a source in a line of its own: a pull quote's attribution, a closing
// line crediting the wires, a closing reference line and its DOI.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzeText } from '../../../../lib/analyze';
import { extractArticle } from '../../../../lib/extract';
import { sourcesOf, texts } from '../run-passes';

const only = (text: string) => texts(sourcesOf(text, 'en', ['furniture-lines']));

describe('pull quote attributions', () => {
  it.each([
    ['after a quoted paragraph', 'He said so.\n\n"Essentially, the act of becoming aware of a decision is the same process."\n\nMichael Shadlen, Ph.D.\n\nIn other words, it is.', ['Michael Shadlen, Ph.D.']],
    ['after a dash', 'He said so.\n\n“We will be back next year, stronger than before.”\n\n— Coach Maria Lopez\n\nThe team left.', ['Coach Maria Lopez']],
    ['after a pull quote repeating a quotation', 'The deal closed.\n\nSince 2008, there hasn’t been a single year of revenue gain in the industry.\n\nNews industry analyst Ken Doctor\n\n“Since 2008, there hasn’t been a single year of revenue gain in the industry,” says analyst Ken Doctor.', ['News industry analyst Ken Doctor']],
  ])('%s', (_why, text, want) => expect(only(text)).toEqual(want));

  it.each([
    ['a subhead in title case', '“We will win,” she said.\n\nWhat Comes Next\n\nThe team left.'],
    ['a subhead in capitals', '“We will win,” she said.\n\nARGENTINA CRUISES\n\nThe team left.'],
    ['a subhead in sentence case', '“We will win,” she said.\n\nThe hypothesis\n\nThe team left.'],
    ['a name after a paragraph that is no quotation', 'The team left the stadium after the game.\n\nMaria Lopez\n\nThe team left.'],
    ['a short sentence after a quotation', '“We will win.”\n\nMaria Lopez said it.\n\nThe team left.'],
    // a subhead whose capitalised words the page writes in lower case elsewhere is common words, no name
    ['a subhead of common words', '“We will grow our own food this year.”\n\nRaised Garden Beds\n\nThe raised beds in the garden are easy to build.'],
    ['a subhead of a page’s parts', '“Nothing is certain in politics.”\n\nRelated Articles\n\nOther articles related to the campaign went on.'],
  ])('not %s', (_why, text) => expect(only(text)).toEqual([]));

  it('reads a blockquote and its attribution line on a page', () => {
    const p = '<p>The economic environment of local news continues to become more dismal as print advertising disappears and managements struggle to raise digital revenue.</p>';
    const html = `<html lang="en"><head><title>Gannett merger</title></head><body><article><h1>Gannett merger</h1>${p}${p}<div class="Quote"><blockquote>Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole.</blockquote><div class="Quote-attribution">News industry analyst Ken Doctor</div></div>${p}<p>“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole,” says veteran industry analyst Ken Doctor.</p>${p}${p}</article></body></html>`;
    const dom = new JSDOM(html);
    const r = extractArticle(dom.window.document, { url: 'https://news.test/2019/11/gannett', purify: dom.window });
    if (!r.isArticle) throw new Error(r.message);
    expect(texts(analyzeText(r.article.text, { lang: 'en' }).sources)).toContain('News industry analyst Ken Doctor');
  });
});

describe('closing wire credits and references', () => {
  it.each([
    ['Authorities say that the cases appear to be unrelated.\n\nWith Post wires', ['Post wires']],
    ['The fire is out.\n\nWith files from The Canadian Press', ['The Canadian Press']],
    ['The fire is out.\n\nWith Reuters', ['Reuters']],
    // a lone lead and a name of no agency is a heading's
    ['The fire is out.\n\nWith Love', []],
  ])('%s', (text, want) => expect(only(text)).toEqual(want));

  it('reads a reference line and its DOI', () => {
    const text = 'We aim to build on this.\n\nMore information: G. Petit et al. Hibernation and Torpor: Prospects for Human Spaceflight, Handbook of Life Support Systems (2018). DOI: 10.1007/978-3-319-09575-2_199-1';
    const s = sourcesOf(text, 'en', ['furniture-lines']);
    expect(texts(s)).toEqual(['G. Petit et al. Hibernation and Torpor: Prospects for Human Spaceflight, Handbook of Life Support Systems (2018)', 'DOI: 10.1007/978-3-319-09575-2_199-1']);
    expect(s[1].href).toBe('https://doi.org/10.1007/978-3-319-09575-2_199-1');
  });

  it('reads in German', () => {
    expect(texts(sourcesOf('Das Feuer ist aus.\n\nMit Material von dpa', 'de', ['furniture-lines']))).toEqual(['dpa']);
    expect(texts(sourcesOf('Das Feuer ist aus.\n\nMit Material von AFP und Reuters', 'de', ['furniture-lines']))).toEqual(['AFP und Reuters']);
  });
});
