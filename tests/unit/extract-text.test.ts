// textWithNodeMap: the one definition of Article.text, and the map the panel uses to turn text
// offsets into DOM positions and back.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { domToTextOffset, htmlToText, textOffsetToDom, textWithNodeMap } from '../../lib/extract';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('textWithNodeMap: text rules', () => {
  it('one block per block element, joined by a blank line, white space collapsed and trimmed', () => {
    const t = htmlToText(body('<h2> Title </h2>\n<p>One   two\n three</p><ul><li>a</li><li> b <b>c</b></li></ul><blockquote>q</blockquote>'));
    expect(t).toBe('Title\n\nOne two three\n\na\n\nb c\n\nq');
  });
  it('keeps no-break spaces inside a block, trims them at the edges', () => {
    expect(htmlToText(body('<p>&nbsp;Umerov&nbsp;said&nbsp;</p><p>&nbsp;</p>'))).toBe('Umerov\u00a0said');
  });
  it('inline elements do not split words; a div with direct text is a block', () => {
    expect(htmlToText(body('<div>lead <em>in</em>line<p>para</p>tail</div>'))).toBe('lead inline\n\npara\n\ntail');
  });
  it('br is a line break, table cells are tab-separated, rows are blocks', () => {
    expect(htmlToText(body('<p>a<br>b<br><br>c</p><table><tr><td>1</td><td> 2 </td></tr><tr><th>x</th></tr></table>')))
      .toBe('a\nb\nc\n\n1\t2\n\nx');
  });
  it('pre keeps its spaces; scripts and styles are not text', () => {
    expect(htmlToText(body('<pre>  x = 1\n\n\n  y = 2</pre><script>no()</script><style>p{}</style>'))).toBe('x = 1\n  y = 2');
  });
});

describe('textWithNodeMap: the map', () => {
  const root = body('<p>The <a href="https://x.test/">ministry’s   statement</a>\n said\tso.</p><p>Second <b>para</b>graph&nbsp;here.</p>');
  const map = textWithNodeMap(root);

  it('every segment reads the same characters in the text and in its node', () => {
    expect(map.text).toBe('The ministry’s statement said so.\n\nSecond paragraph\u00a0here.');
    for (const s of map.segments) {
      const fromNode = s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)).replace(/[ \t\n\r\f]/g, ' ');
      expect(fromNode).toBe(map.text.slice(s.start, s.end));
    }
    const covered = map.segments.reduce((n, s) => n + s.end - s.start, 0);
    expect(covered).toBe(map.text.length - 2); // only the inserted "\n\n" is unmapped
  });

  it('maps a text span to a DOM range and back', () => {
    const start = map.text.indexOf('statement');
    const end = start + 'statement'.length;
    const a = textOffsetToDom(map, start, 'start')!;
    const b = textOffsetToDom(map, end, 'end')!;
    expect(a.node).toBe(b.node);
    expect(a.node.data.slice(a.offset, b.offset)).toBe('statement');
    expect(domToTextOffset(map, a.node, a.offset)).toBe(start);
    expect(domToTextOffset(map, b.node, b.offset)).toBe(end);
  });

  it('a span across inline elements starts and ends in the right nodes', () => {
    const start = map.text.indexOf('paragraph');
    const a = textOffsetToDom(map, start, 'start')!;
    const b = textOffsetToDom(map, start + 'paragraph'.length, 'end')!;
    expect(a.node.data).toBe('para');
    expect(a.offset).toBe(0);
    expect(b.node.data).toBe('graph\u00a0here.');
    expect(b.offset).toBe(5);
  });
});
