// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectionOffsets } from '../../components/selection';
import { htmlToText } from '../../lib/extract/text';

function setup(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('selectionOffsets', () => {
  it('maps a selection inside text nodes to text offsets', () => {
    const root = setup('<p>Governor <b>Ivan Fedorov</b> said.</p>');
    const r = document.createRange();
    const b = root.querySelector('b')!.firstChild!;
    r.setStart(root.querySelector('p')!.firstChild!, 0);
    r.setEnd(b, 4);
    expect(selectionOffsets(root, r)).toEqual({ start: 0, end: 13, text: 'Governor Ivan' });
  });

  it('handles element boundaries (a whole paragraph selected) and trims white space', () => {
    const root = setup('<p>First para.</p>\n<p>Second para.</p>\n<p>Third.</p>');
    const ps = root.querySelectorAll('p');
    const r = document.createRange();
    r.setStart(ps[1], 0);
    r.setEnd(root, 3); // after the second <p> and the newline text
    const got = selectionOffsets(root, r)!;
    expect(got.text).toBe('Second para.');
    expect(htmlToText(root).slice(got.start, got.end)).toBe('Second para.');
  });

  it('spans blocks', () => {
    const root = setup('<p>One two.</p><p>Three four.</p>');
    const [p1, p2] = root.querySelectorAll('p');
    const r = document.createRange();
    r.setStart(p1.firstChild!, 4);
    r.setEnd(p2.firstChild!, 5);
    expect(selectionOffsets(root, r)!.text).toBe('two.\n\nThree');
  });

  it('ignores selections outside the root or empty ones', () => {
    const root = setup('<p>x</p>');
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const r = document.createRange();
    r.selectNodeContents(outside);
    expect(selectionOffsets(root, r)).toBeNull();
    const empty = document.createRange();
    empty.setStart(root.querySelector('p')!.firstChild!, 0);
    expect(selectionOffsets(root, empty)).toBeNull();
  });
});

describe('keepSelectionAcross', () => {
  it('puts back a selection whose end was inside a mark that the redraw took apart', async () => {
    const { keepSelectionAcross } = await import('../../components/selection');
    const { clearMarks, drawMarks } = await import('../../components/marks');
    const root = setup('<p>but also over <mark data-highlight="figure">20,000</mark> defendants</p>');
    const p = root.querySelector('p')!;
    const r = document.createRange();
    r.setStart(p.firstChild!, 4); // "also over 20,000": from a plain text node into the mark
    r.setEnd(root.querySelector('mark')!.firstChild!, 6);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    expect(getSelection()!.toString()).toBe('also over 20,000');
    keepSelectionAcross(root, () => {
      clearMarks(root, 'mark');
      drawMarks(root, [{ start: 14, end: 20, attrs: { 'data-highlight': 'figure' } }, { start: 0, end: 3, attrs: { 'data-annotation-id': 'x' } }]);
    });
    expect(root.querySelectorAll('mark')).toHaveLength(2);
    expect(getSelection()!.toString()).toBe('also over 20,000');
  });
});
