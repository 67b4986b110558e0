// lib/extract/readability-shortcuts.ts: Readability's byline question asked in a cheaper order and
// its style clean-up skipping bare elements, each pinned against Readability 0.6.0's own method
// (`_isValidByline` on marked and unmarked elements of every text length, `_cleanStyles` on a tree
// of presentational attributes, sized tables and SVG), and shown to skip the DOM work it saves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { cleanStylesOfAttributed, isValidBylineMarksFirst } from '../../lib/extract/readability-shortcuts';

type Reader = { _isValidByline(node: Element, match: string): boolean; REGEXPS: { byline: RegExp } };

describe('isValidBylineMarksFirst', () => {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const reader = new Readability(document) as unknown as Reader;
  const original = Object.getPrototypeOf(reader)._isValidByline as Reader['_isValidByline'];

  it("gives Readability's answer", () => {
    const marks = ['', ' rel="author"', ' rel="nofollow"', ' itemprop="author"', ' itemprop="name author"', ' itemprop="name"', ' class="byline"', ' id="p-author"', ' class="story"'];
    const texts = ['', '   ', 'By Anna Smith', ' x '.repeat(40), 'y'.repeat(99), 'y'.repeat(100), `<span>Anna</span> <b>Smith</b>`];
    let n = 0;
    for (const mark of marks) for (const text of texts) {
      const host = document.createElement('div');
      host.innerHTML = `<div${mark}>${text}</div>`;
      const el = host.firstElementChild!;
      const match = `${el.className} ${el.id}`;
      expect(isValidBylineMarksFirst.call(reader, el, match), `${mark} ${text}`).toBe(original.call(reader, el, match));
      n++;
    }
    expect(n).toBe(63);
  });

  it('does not read the text of an element without a byline mark', () => {
    const el = document.createElement('p');
    el.textContent = 'a paragraph of the article';
    let reads = 0;
    Object.defineProperty(el, 'textContent', { get: () => (reads++, 'a paragraph of the article') });
    expect(isValidBylineMarksFirst.call(reader, el, 'story ')).toBe(false);
    expect(reads).toBe(0);
    expect(original.call(reader, el, 'story ')).toBe(false);
    expect(reads).toBe(1); // (Readability's own order reads it)
  });
});

describe('cleanStylesOfAttributed', () => {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const TREE = `<div style="color:red" align="center" class="keep"><p>Plain <b bgcolor="#fff">bold</b> text</p>
    <table width="100" height="20" border="1" cellpadding="2"><tr><td width="5" valign="top" nowrap>cell</td><th height="3">h</th></tr></table>
    <img width="10" height="20" hspace="3" src="/a.jpg"><hr size="2" width="50%" noshade><pre width="80">code</pre>
    <svg width="10" style="x"><rect width="5" style="y"></rect></svg><font face="Arial" color="red" size="3">old</font>
    <center><span frame="box" rules="all" vspace="1" background="x.png">nested <i><u style="a">deep</u></i></span></center></div>`;
  const run = (clean: (e: Element) => void) => {
    const host = document.createElement('div');
    host.innerHTML = TREE;
    clean(host);
    return host.innerHTML;
  };

  it("leaves Readability's tree", () => {
    const reader = new Readability(document) as unknown as { _cleanStyles(e: Element): void };
    const original = run((e) => reader._cleanStyles(e));
    const ours = new Readability(document) as unknown as { _cleanStyles(e: Element | null): void };
    ours._cleanStyles = cleanStylesOfAttributed;
    expect(run((e) => ours._cleanStyles(e))).toBe(original);
    expect(original).not.toContain('bgcolor');
    expect(original).toContain('<svg width="10" style="x">');
  });

  it('asks no removal of an element without attributes', () => {
    const ours = new Readability(document) as unknown as { _cleanStyles(e: Element | null): void };
    ours._cleanStyles = cleanStylesOfAttributed;
    const host = document.createElement('div');
    host.innerHTML = '<p>one <b>two</b></p><p style="x">three</p>';
    let removals = 0;
    for (const el of [host, ...Array.from(host.querySelectorAll('*'))]) {
      const own = el.removeAttribute.bind(el);
      el.removeAttribute = (name: string) => (removals++, own(name));
    }
    ours._cleanStyles(host);
    expect(host.innerHTML).toBe('<p>one <b>two</b></p><p>three</p>');
    expect(removals).toBe(12); // (the styled <p>'s twelve presentational attributes, nothing for the others)
  });
});

