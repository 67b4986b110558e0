// cleanup.ts's textLengthAtMost answers `el.textContent.length <= limit` without building the text
// (findChrome's size guard): pinned against that expression at every limit around the true length.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { textLengthAtMost } from '../../lib/extract/cleanup';

const TREES = [
  '', 'a', '<p>one two</p><p> three </p>', '<div><span>x</span><!-- comment --><b> </b>\n</div>',
  '<script>var a = "<p>";</script>tail', '<svg><text>label</text></svg><i>é😀</i>', '<p></p><p></p>',
];

describe('textLengthAtMost', () => {
  it('gives the answer of textContent.length <= limit', () => {
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    for (const html of TREES) {
      const div = document.createElement('div');
      div.innerHTML = html;
      const len = (div.textContent || '').length;
      for (const limit of [0, len - 1, len, len + 1, 1000]) {
        if (limit < 0) continue;
        expect(textLengthAtMost(div, limit), `${html} at ${limit}`).toBe(len <= limit);
      }
    }
  });
});
