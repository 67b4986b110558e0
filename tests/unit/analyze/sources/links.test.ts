// Pass "links": a link on a document is a link source; on a name or its cue it adds an href.
import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../run-passes';

const link = (text: string, anchor: string, href: string, from = 0) => {
  const start = text.indexOf(anchor, from);
  return { start, end: start + anchor.length, href };
};

describe('links', () => {
  it('turns a link on a document into a link source named by its sentence’s source', () => {
    const text = 'The ministry said in a statement that exports rose.';
    const got = sourcesOf(text, 'en', ['cues', 'links', 'names'], [link(text, 'statement', 'https://gov.example/s')]);
    expect(got.map((s) => [s.text, s.kind, s.name, s.href ?? null])).toEqual([
      ['The ministry', 'attribution', 'ministry', null],
      ['statement', 'link', 'ministry', 'https://gov.example/s'],
    ]);
  });

  it('adds the href of a link on a name or on its cue to that source', () => {
    const text = 'Officials at Acme Holdings said output fell. Analysts said prices rose.';
    const got = sourcesOf(text, 'en', ['cues', 'links'], [link(text, 'Acme Holdings', 'https://acme.example/'), link(text, 'said', 'https://news.example/', text.indexOf('Analysts'))]);
    expect(got.map((s) => [s.text, s.href])).toEqual([
      ['Acme Holdings', 'https://acme.example/'],
      ['Analysts', 'https://news.example/'],
    ]);
  });

  it('makes "according to a <link>statement</link>" a link source', () => {
    const text = 'Prices rose, according to a statement.';
    const got = sourcesOf(text, 'en', ['cues', 'links'], [link(text, 'statement', 'https://x.example/')]);
    expect(got.map((s) => [s.text, s.kind])).toEqual([['statement', 'link']]);
  });

  it('leaves links on other words alone', () => {
    const text = 'Prices rose in the city center last year.';
    expect(sourcesOf(text, 'en', ['cues', 'links'], [link(text, 'city center', 'https://x.example/')])).toEqual([]);
  });
});
