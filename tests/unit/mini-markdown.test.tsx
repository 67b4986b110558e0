// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MiniMarkdown } from '../../components/MiniMarkdown';

const html = (s: string) => renderToStaticMarkup(<MiniMarkdown source={s} />);

describe('MiniMarkdown', () => {
  it('renders emphasis, code, links and lists', () => {
    expect(html('**Check** the *figure* in `table 2`')).toBe(
      '<div class="note-text"><p><strong>Check</strong> the <em>figure</em> in <code>table 2</code></p></div>',
    );
    expect(html('- one\n- two')).toBe('<div class="note-text"><ul><li>one</li><li>two</li></ul></div>');
    expect(html('1. a\n2. b')).toBe('<div class="note-text"><ol><li>a</li><li>b</li></ol></div>');
    expect(html('see [ISW](https://understandingwar.org/x)')).toContain('<a href="https://understandingwar.org/x" target="_blank" rel="noopener noreferrer">ISW</a>');
  });

  it('never turns a note into markup', () => {
    const out = html('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;img');
  });

  it('refuses javascript: links', () => {
    const out = html('[click](javascript:alert(1))');
    expect(out).not.toContain('href');
  });
});
