// @vitest-environment jsdom
// Issue 14 item 2: one broken link (`http://`, `https://exa mple.com`, …) blanked the whole panel:
// it passed the `^https?:` checks, and SourceList called `new URL(href)` while rendering. Now only
// hrefs that parse survive extraction; no render throws on stored data; and a render error that
// still happens costs one view (ErrorBoundary), with a message, not the panel.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromHtml } from '../../lib/extract/node';
import { linkHref } from '../../lib/url';
import { SourceList } from '../../components/SourceList';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { SourceGroup } from '../../components/analysisView';

const BROKEN = ['http://', 'https://', 'https://exa mple.com/engineers', 'https://exa%20mple.com/engineers', 'http://[::1', 'https://a:99999/statement'];
const html = readFileSync(path.resolve('tests/security/fixtures/broken-links.html'), 'utf8');

describe('extraction keeps only links that parse', () => {
  const result = extractFromHtml(html, 'https://harbour-herald.example/2024/questions');
  if (!result.isArticle) throw new Error('the fixture is an article');
  const { article } = result;

  it('the article keeps the link texts and the one good link', () => {
    for (const text of ['the report', 'the auditors', 'a second study', 'a letter to the mayor', 'its statement']) {
      expect(article.text).toContain(text);
    }
    expect(article.links.map((l) => l.href)).toEqual(['https://harbour-herald.example/2024/harbour-report']);
  });

  it('no broken href is left in the sanitized HTML', () => {
    const anchors = [...new JSDOM(article.html).window.document.querySelectorAll('a[href]')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['https://harbour-herald.example/2024/harbour-report']);
  });

  it.each(BROKEN)('linkHref refuses %s', (href) => {
    expect(linkHref(href)).toBeNull();
  });
});

describe('no render throws on a stored broken link', () => {
  it('SourceList renders a source whose href does not parse (a copy saved before the fix)', () => {
    const groups: SourceGroup[] = BROKEN.map((href, i) => ({
      name: `Source ${i}`,
      href,
      kinds: ['link'],
      cues: [],
      mentions: [{ id: `s${i}`, span: { start: 0, end: 4, text: 'text', kind: 'link', name: `Source ${i}`, href } }],
    }));
    const out = renderToStaticMarkup(<SourceList groups={groups} sentenceOf={() => 'A sentence.'} onJump={() => {}} onCopy={() => {}} />);
    for (let i = 0; i < BROKEN.length; i++) expect(out).toContain(`Source ${i}`);
  });
});

describe('ErrorBoundary: a render error costs one view, says what failed, and resets', () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  afterEach(() => act(() => root.render(<></>)));

  function Broken(): never {
    throw new TypeError('Invalid URL: http://');
  }

  let showArticle: (id: string) => void = () => {};
  function Panel() {
    const [id, setId] = useState('bad');
    showArticle = setId;
    return (
      <>
        <nav data-testid="toolbar"><button type="button">Library</button></nav>
        <ErrorBoundary area="The article" resetKey={id}>
          {id === 'bad' ? <Broken /> : <p data-testid="article">{id}</p>}
        </ErrorBoundary>
      </>
    );
  }

  it('shows the area and the error; the toolbar stays; another article renders', async () => {
    const logged = console.error;
    console.error = () => {}; // React and the boundary report the caught error
    try {
      await act(async () => root.render(<Panel />));
    } finally {
      console.error = logged;
    }
    const alert = container.querySelector('[data-testid="render-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Invalid URL: http://');
    expect(container.querySelector('[data-testid="toolbar"] button')?.textContent).toBe('Library');

    await act(async () => showArticle('a good article'));
    expect(container.querySelector('[data-testid="render-error"]')).toBeNull();
    expect(container.querySelector('[data-testid="article"]')?.textContent).toBe('a good article');
  });
});
