// A link icon's screen-reader words are no text of the article ("saidOpens a new window that …"), and
// one link split into touching anchors to one address is one link ("expand" + "ed").
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { dropLinkIconLabels } from '../../lib/extract/link-icon-labels';
import { joinSplitLinks } from '../../lib/extract/split-links';

const FILLER = '<p>Vidyard announced significant updates to its video hosting platform and tools yesterday, in a launch aimed at businesses that moved their sales online this spring.</p>';

function extract(paragraph: string) {
  const dom = new JSDOM(`<html lang="en"><head><title>Vidyard launches new tools</title></head><body><article><h1>Vidyard launches new tools</h1>${FILLER}${paragraph}${FILLER.repeat(4)}</article></body></html>`);
  const r = extractArticle(dom.window.document, { url: 'https://news.test/2020/07/vidyard', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}
const linked = (a: ReturnType<typeof extract>) => a.links.map((l) => a.text.slice(l.start, l.end));

describe('link icon labels', () => {
  it('drops the icon words glued to a link', () => {
    const a = extract('<p>The company <a href="https://vidyard.test/press" title="Opens a new window" target="_blank">said<span class="external-link-icon">Opens a new window </span></a> that the new product lineup was introduced in response to demand.</p>');
    expect(a.text).toContain('The company said that the new product lineup');
    expect(a.text).not.toContain('Opens a new window');
    expect(linked(a)).toEqual(['said']);
  });

  it.each([
    ['a bracketed label', '<a href="https://x.test/r">report<span>(opens in new tab)</span></a>', 'report'],
    ['a German label', '<a href="https://x.test/r">Bericht<span class="icon"> (öffnet in neuem Fenster)</span></a>', 'Bericht'],
    ['a bare word in a hidden span', '<a href="https://x.test/r">report<span class="sr-only">External</span></a>', 'report'],
    ['a bare word in an icon', '<a href="https://x.test/r">report <i class="fa fa-external" aria-hidden="true">external</i></a>', 'report '],
    ['a hidden span repeating the aria-label', '<a href="https://x.test/r" aria-label="Read the filing">filing<span class="sr-only">Read the filing</span></a>', 'filing'],
  ])('drops %s', (_why, html, left) => {
    const root = new JSDOM(`<div id="r"><p>See the ${html} here.</p></div>`).window.document.getElementById('r')!;
    expect(dropLinkIconLabels(root)).toBe(1);
    expect(root.querySelector('a')!.textContent).toBe(left);
  });

  it.each([
    ['a link that is only such words', '<a href="https://x.test/r"><span>External link</span></a>'],
    ['a hidden span that says something else', '<a href="https://x.test/r" aria-label="Opens the report">report<span class="sr-only">by the ministry</span></a>'],
    ['a visible word of the link', '<a href="https://x.test/r">new <span>window</span> tax</a>'],
    ['a bare label word that is a word of a name', '<a href="https://x.test/r"><em>External</em> Affairs</a>'],
    ['a bare label word that starts a title', '<a href="https://x.test/r"><i>Nouvelle fenêtre</i> sur cour</a>'],
    ['a visible phrase the link goes on after', '<a href="https://x.test/r"><span>opens a new window</span> on the past</a>'],
  ])('keeps %s', (_why, html) => {
    const root = new JSDOM(`<div id="r"><p>See the ${html} here.</p></div>`).window.document.getElementById('r')!;
    expect(dropLinkIconLabels(root)).toBe(0);
  });
});

describe('link icon labels on a deep page', () => {
  it('reads no text of a link around more elements than an icon link has', () => {
    const depth = 60;
    const dom = new JSDOM(`<div id="r">${'<a href="https://x.test/r"><table><tr><td>'.repeat(depth)}words${'</td></tr></table></a>'.repeat(depth)}</div>`);
    const proto = dom.window.Node.prototype;
    const text = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
    let reads = 0;
    Object.defineProperty(proto, 'textContent', { ...text, get() { reads++; return text.get!.call(this); } });
    expect(dropLinkIconLabels(dom.window.document.getElementById('r')!)).toBe(0);
    // (only the innermost few links, at most 20 elements deep, are read: not each of the 60 around them)
    expect(reads).toBeLessThan(depth);
  });
});

describe('split links', () => {
  it('joins touching anchors to one address', () => {
    const a = extract('<p>Today that mission scope may well have <a href="https://nasa.test/europa">expand</a><span><a href="https://nasa.test/europa">ed</a></span> to Jupiter’s moon Europa, as scientists have confirmed.</p>');
    expect(linked(a)).toEqual(['expanded']);
  });

  it('keeps apart links to other addresses, or with a character between them', () => {
    const l = [
      { start: 0, end: 4, href: 'a' },
      { start: 4, end: 6, href: 'b' },
      { start: 7, end: 9, href: 'b' },
    ];
    expect(joinSplitLinks(l)).toEqual(l);
    expect(joinSplitLinks([{ start: 0, end: 6, href: 'a' }, { start: 6, end: 8, href: 'a' }])).toEqual([{ start: 0, end: 8, href: 'a' }]);
  });

  it('joins links to one address that only a space parts inside a line, not across a line break', () => {
    const text = 'Data Model\nData';
    const l = [
      { start: 0, end: 4, href: 'a' },
      { start: 5, end: 10, href: 'a' },
      { start: 11, end: 15, href: 'a' },
    ];
    expect(joinSplitLinks(l, text)).toEqual([{ start: 0, end: 10, href: 'a' }, { start: 11, end: 15, href: 'a' }]);
    expect(joinSplitLinks(l)).toEqual(l);
  });
});
