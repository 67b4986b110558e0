// Markdown details: URL text fragments (Text Fragments spec encoding), YAML escaping that no
// title can break, block quotes, Obsidian tags and safe file names.
import { describe, expect, it } from 'vitest';
import { blockQuote, obsidianTag, safeFilename, textFragmentUrl, yamlString } from '../../lib/export';

describe('text fragments', () => {
  it('encodes - & , and non-ASCII in terms, with prefix- and -suffix context of whole words', () => {
    expect(textFragmentUrl('https://a.example/p?x=1#top', { exact: 'well-known & loved, too', prefix: 'mething that is ', suffix: ' said the café owner' }))
      .toBe('https://a.example/p?x=1#:~:text=that%20is-,well%2Dknown%20%26%20loved%2C%20too,-said%20the%20caf%C3%A9');
  });
  it('uses textStart,textEnd for long quotes and quotes across paragraphs; context stays in the same paragraph', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    expect(textFragmentUrl('https://a.example/', { exact: long, prefix: 'End of last.\n\nStart ', suffix: '' }))
      .toBe('https://a.example/#:~:text=Start-,one%20two%20three%20four,fourteen%20fifteen%20sixteen%20seventeen');
    expect(textFragmentUrl('https://a.example/', { exact: 'last words of a paragraph.\n\nFirst words of the next', prefix: '', suffix: ' one\n\nx' }))
      .toBe('https://a.example/#:~:text=last%20words%20of%20a,words%20of%20the%20next,-one');
  });
  it('leaves the URL alone when the quote has no words', () => {
    expect(textFragmentUrl('https://a.example/#x', { exact: '  ', prefix: '', suffix: '' })).toBe('https://a.example/');
  });
});

describe('YAML and Markdown escaping', () => {
  it('double-quotes every string with escapes', () => {
    expect(yamlString('Title: "quoted" \\ back\nline\ttab')).toBe('"Title: \\"quoted\\" \\\\ back\\nline\\ttab"');
    expect(yamlString('- starts like a list # and a comment')).toBe('"- starts like a list # and a comment"');
    expect(yamlString('bell\u0007 nbsp\u00a0 ls\u2028 bom\ufeff lone\ud800')).toBe('"bell\\u0007 nbsp\u00a0 ls\\u2028 bom\\ufeff lone\ufffd"');
  });
  it('quotes multi-line text line by line and neutralises line-start syntax', () => {
    expect(blockQuote('# not a heading\n\n- not a list\n1. not ordered\n> not nested')).toBe('> \\# not a heading\n>\n> \\- not a list\n> 1\\. not ordered\n> \\> not nested');
  });
  it('makes Obsidian tags', () => {
    expect(obsidianTag('needs check')).toBe('needs-check');
    expect(obsidianTag('source: official')).toBe('source-official');
    expect(obsidianTag('2024')).toBe('_2024');
    expect(obsidianTag('важливо')).toBe('важливо');
    expect(obsidianTag('!!!')).toBe('');
  });
});

describe('safe file names', () => {
  it.each([
    ['A/B: "c"? <d>|*e#^[f]', 'A B c d e f'],
    ['  ..dots and spaces..  ', 'dots and spaces'],
    ['CON', 'CON_'],
    ['', 'Untitled'],
    ['line\nbreak\ttab', 'line break tab'],
    ['Війна 🇺🇦', 'Війна 🇺🇦'],
  ])('%j → %j', (input, expected) => expect(safeFilename(input)).toBe(expected));
  it('cuts long names without splitting an emoji', () => {
    const name = safeFilename('😀'.repeat(150));
    expect(Array.from(name)).toHaveLength(100);
    expect(name.isWellFormed()).toBe(true);
  });
});

describe('one note per article for Obsidian (zip)', () => {
  it('unzips (fflate) to unique .md names, each with its own front matter (js-yaml), colours kept, and the callout snippet', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const yaml = await import('js-yaml');
    const { libraryToMarkdownFiles, markdownZip, calloutType } = await import('../../lib/export');
    const { library, NOW } = await import('../fixtures/export/sample-library');
    const twin = { ...library.articles[0], id: `${library.articles[0].id}#twin`, url: `${library.articles[0].url}&twin` };
    const input = { ...library, articles: [...library.articles, twin] };
    const files = unzipSync(markdownZip(libraryToMarkdownFiles(input, { now: NOW, fullText: true }), { now: NOW }));
    const notes = Object.keys(files).filter((n) => n.endsWith('.md'));
    expect(notes).toHaveLength(4);
    expect(new Set(notes.map((n) => n.toLowerCase())).size).toBe(4); // same title twice → "Title (2).md"
    expect(notes.some((n) => / \(2\)\.md$/.test(n))).toBe(true);
    for (const name of notes) {
      const text = strFromU8(files[name]);
      const [, front] = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      const meta = yaml.load(front) as { title: string; url: string };
      const article = input.articles.find((a) => a.url === meta.url)!;
      expect(meta.title, name).toBe(article.title);
      for (const a of library.annotations.filter((n) => n.articleId === article.id)) expect(text).toContain(`> [!${calloutType(a.color)}]`);
      expect(text).toContain('Article text');
    }
    expect(strFromU8(files['.obsidian/snippets/gloss-highlights.css'])).toContain('.callout[data-callout="highlight-yellow"]');
  });

  it('full text is optional and stays plain text', async () => {
    const { articleToMarkdown } = await import('../../lib/export');
    const { library } = await import('../fixtures/export/sample-library');
    const a = { ...library.articles[0], text: 'First <b>para</b>.\n\n# Not a heading\n- not a list' };
    expect(articleToMarkdown(a, [])).not.toContain('Article text');
    const md = articleToMarkdown(a, [], { fullText: true });
    expect(md).toContain('## Article text\n\nFirst \\<b\\>para\\</b\\>.\n\n\\# Not a heading\n\\- not a list\n');
  });
});
