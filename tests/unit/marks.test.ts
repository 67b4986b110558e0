// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clearMarks, drawMarks } from '../../components/marks';
import { htmlToText } from '../../lib/extract/text';

function body(html: string) {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('drawMarks', () => {
  it('marks exactly the characters of a span, across inline elements', () => {
    const el = body('<p>The <em>Ukrainian Ministry</em> of Foreign Affairs said.</p><p>180,000 troops</p>');
    const text = htmlToText(el);
    const start = text.indexOf('Ukrainian');
    const end = text.indexOf(' said');
    const marks = drawMarks(el, [{ start, end, attrs: { 'data-highlight': 'source' } }], text)!;
    expect(marks[0].map((m) => m.textContent).join('')).toBe('Ukrainian Ministry of Foreign Affairs');
    expect(marks[0]).toHaveLength(2); // one inside <em>, one after it
    expect(htmlToText(el)).toBe(text); // marks do not change the text
  });

  it('nests overlapping spans and keeps the text intact', () => {
    const el = body('<p>Governor Ivan Fedorov said 500,000 troops.</p>');
    const text = htmlToText(el);
    const a = text.indexOf('Ivan');
    const marks = drawMarks(el, [
      { start: text.indexOf('Governor'), end: text.indexOf(' said'), attrs: { 'data-highlight': 'source' } },
      { start: a, end: a + 4, attrs: { 'data-highlight': 'figure' } },
    ], text)!;
    expect(marks[1][0].textContent).toBe('Ivan');
    expect(marks[1][0].closest('[data-highlight=source]')).not.toBeNull();
    expect(htmlToText(el)).toBe(text);
  });

  it('draws nothing when the rendered text is not the text the offsets refer to', () => {
    const el = body('<p>Different words</p>');
    expect(drawMarks(el, [{ start: 0, end: 3, attrs: {} }], 'Other text')).toBeNull();
    expect(el.querySelector('mark')).toBeNull();
  });

  it('clearMarks restores the original DOM text', () => {
    const el = body('<p>one two three</p>');
    drawMarks(el, [{ start: 4, end: 7, attrs: { 'data-highlight': 'figure' } }]);
    expect(el.querySelectorAll('mark')).toHaveLength(1);
    clearMarks(el, 'mark[data-highlight]');
    expect(el.innerHTML).toBe('<p>one two three</p>');
  });

  it('handles collapsed white space and no-break spaces', () => {
    const el = body('<p>said   back\n in\u00a0May that</p>');
    const text = htmlToText(el);
    expect(text).toBe('said back in\u00a0May that');
    const s = text.indexOf('in\u00a0May');
    const marks = drawMarks(el, [{ start: s, end: s + 6, attrs: {} }], text)!;
    expect(marks[0].map((m) => m.textContent).join('')).toBe('in\u00a0May');
  });
});
