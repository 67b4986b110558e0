// @vitest-environment jsdom
// lib/markdown: a note's words without its Markdown (what a library search snippet shows), and
// exactly the words the note list (MiniMarkdown) renders, so a snippet reads like the note.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MiniMarkdown } from '../../components/MiniMarkdown';
import { markdownToText } from '../../lib/markdown';

/** The words MiniMarkdown shows, whitespace collapsed (blocks and list items become spaces). */
function rendered(source: string): string {
  const div = document.createElement('div');
  div.innerHTML = renderToStaticMarkup(<MiniMarkdown source={source} />).replace(/<\/(p|li)>|<br\/?>/g, ' $&');
  return (div.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const collapsed = (s: string) => s.replace(/\s+/g, ' ').trim();

const NOTES: Array<[string, string]> = [
  ['**Check** the date', 'Check the date'],
  ['__bold__ and _em_ and *em* and `code`', 'bold and em and em and code'],
  ['see [the decree](https://example.com/x), or https://example.com/y.', 'see the decree, or https://example.com/y.'],
  ['- one\n* two\n3. three', 'one\ntwo\nthree'],
  ['2 × 3 = 6, plain text', '2 × 3 = 6, plain text'],
  ['**unclosed and *half*', '*unclosed and half*'],
  ['line one\nline **two**', 'line one\nline two'],
];

describe('markdownToText', () => {
  it.each(NOTES)('%j → %j', (source, text) => {
    expect(markdownToText(source)).toBe(text);
  });

  it.each(NOTES)('%j reads as the note list shows it', (source) => {
    expect(collapsed(markdownToText(source))).toBe(rendered(source));
  });
});
