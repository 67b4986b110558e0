// Issue 14 items 5 and 6: a page-controlled string must stay a value inside every export. Checked
// with parsers and renderers Gloss did not write: `bibtex` (bibtex-js, which balances braces the way
// BibTeX does — an escaped \} still counts — and refuses a file where they do not balance) for the
// structure, @retorquere/bibtex-parser (lenient about \}, but it decodes LaTeX) for the values;
// markdown-it with inline HTML on, as Obsidian renders it, for Markdown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as bibtexJs from 'bibtex';
import * as retorquere from '@retorquere/bibtex-parser';
import MarkdownIt from 'markdown-it';
import { JSDOM } from 'jsdom';
import { articleToMarkdown, exportBibtex, libraryToMarkdown } from '../../lib/export';
import type { AnnotationRecord, SavedArticle } from '../../lib/export/types';

const fixture = JSON.parse(readFileSync(path.resolve('tests/security/fixtures/hostile-article.json'), 'utf8')) as {
  article: SavedArticle;
  annotation: AnnotationRecord;
};
const { article, annotation } = fixture;
const NOW = new Date('2026-01-01T00:00:00Z');

describe('BibTeX: no field closes early, no injected entry', () => {
  const bib = exportBibtex({ articles: [article] }, { now: NOW });

  it('the fixture: one entry, ours, its title read back as the page wrote it (@retorquere/bibtex-parser)', () => {
    const parsed = retorquere.parse(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0].key).not.toBe('gloss-injected');
    expect(parsed.entries[0].fields.title).toBe(article.title);
  });

  it('the fixture: no backslash-escaped brace, the thing BibTeX miscounts', () => {
    expect(bib).not.toMatch(/\\[{}]/);
  });

  // bibtex-js cannot read an "@" inside a field (real BibTeX can), so the structure check uses
  // titles that try to close the field without opening a new entry.
  it.each(['}', '{', '}}', 'a} b {c', '\\}', 'x} , url = {https://evil.example/} , note = {'])(
    'braces in a title stay in the title (bibtex-js counts them as BibTeX does): %s',
    (title) => {
      const bib1 = exportBibtex({ articles: [{ ...article, title, siteName: `Site ${title}`, byline: `John ${title} Smith` }] }, { now: NOW });
      const file = bibtexJs.parseBibFile(bib1);
      expect(Object.keys(file.entries$)).toHaveLength(1);
      const entry = Object.values(file.entries$)[0];
      expect(Object.keys(entry.fields).sort()).toEqual(['author', 'date', 'language', 'organization', 'title', 'url', 'urldate']);
      const parsed = retorquere.parse(bib1);
      expect(parsed.errors).toEqual([]);
      expect(parsed.entries[0].fields.title).toBe(title);
    },
  );
});

describe('Markdown: page strings render as text (markdown-it, inline HTML on, like Obsidian)', () => {
  const md = new MarkdownIt({ html: true, linkify: false });
  // Obsidian reads the YAML front matter as properties (yamlString quotes every value), not as
  // Markdown: render what follows it, as Obsidian does.
  const withoutFrontMatter = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const rendered = (source: string) => new JSDOM(md.render(withoutFrontMatter(source))).window.document.body;

  it('the fixture is live HTML when not escaped (so the checks below can fail)', () => {
    expect(rendered(`x ${article.siteName} y`).querySelector('img[onerror]')).not.toBeNull();
  });

  it.each([
    ['one note with front matter', () => articleToMarkdown(article, [annotation])],
    ['one note without front matter', () => articleToMarkdown(article, [annotation], { frontMatter: false })],
    ['the whole library', () => libraryToMarkdown({ articles: [article], annotations: [annotation], tags: [] }, { now: NOW })],
  ])('%s: no element from the page, and its strings read as written', (_name, make) => {
    const source = make();
    const body = rendered(source);
    expect(body.querySelectorAll('img, script, b').length).toBe(0);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.localName}[${attr.name}]`).toBe(false);
    }
    const text = body.textContent ?? '';
    expect(text).toContain(article.siteName!);
    expect(text).toContain(annotation.selectors[0].exact);
    if (source.includes('- Authors:')) expect(text).toContain(article.byline!);
  });
});
