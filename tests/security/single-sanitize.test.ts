// The panel renders a live article's html without a second DOMPurify pass (it cost as much as the
// first, seconds on a huge page). That is safe only if (1) the html it skips is exactly what
// lib/extract made from DOMPurify's own output in this realm, and (2) a second pass would remove
// nothing from it. Everything else — a saved copy, an imported file, an article whose html was
// changed after extraction — is sanitised before it renders.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromHtml } from '../../lib/extract/node';
import { getPurifier, renderableHtml, sanitizeHtml } from '../../lib/extract';
import type { Article } from '../../lib/extract';

const purify = getPurifier(new JSDOM('').window as unknown as Window);

function extracted(file: string, url: string): Article {
  const r = extractFromHtml(readFileSync(path.resolve(file), 'utf8'), url);
  if (!r.isArticle) throw new Error(`${file} is an article`);
  return r.article;
}

const PAGES: Array<[string, string]> = [
  ['tests/fixtures/pages/hostile.html', 'https://evil-news.test/2024/01/hostile.html'],
  ['tests/e2e/pages/hostile.html', 'https://evil-news.test/2024/02/hostile.html'],
  ['tests/security/fixtures/broken-links.html', 'https://harbour-herald.example/2024/questions'],
  ['tests/security/fixtures/foreign-canonical.html', 'https://evil.example/2024/rates'],
];

describe.each(PAGES)('the extractor\'s own html of %s', (file, url) => {
  const article = extracted(file, url);

  it('renders as it is: a second pass would remove nothing (it is a fixed point of the policy)', () => {
    expect(article.html.length).toBeGreaterThan(200);
    expect(sanitizeHtml(purify, article.html)).toBe(article.html);
    expect(renderableHtml(purify, article)).toBe(article.html);
  });
});

describe('anything else is sanitised before it renders', () => {
  const article = extracted('tests/fixtures/pages/hostile.html', 'https://evil-news.test/2024/01/hostile.html');
  const PAYLOAD = '<img src="https://x.test/a.png" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>';

  it('a copy of the article (as storage, an import or a message returns it)', () => {
    const copy = { ...article, html: article.html + PAYLOAD };
    const out = renderableHtml(purify, copy);
    expect(out).not.toMatch(/onerror=|<script|="javascript:/i);
    expect(out).toContain('x</a>');
  });

  it('a copy with the very same html string is sanitised too (vouching is per object)', () => {
    const copy = structuredClone(article);
    expect(copy.html).toBe(article.html);
    const hostile = { ...copy, html: PAYLOAD };
    expect(renderableHtml(purify, hostile)).not.toMatch(/onerror=|<script|="javascript:/i);
  });

  it('the extracted object itself, once its html was changed', () => {
    const mine = extracted('tests/fixtures/pages/hostile.html', 'https://evil-news.test/2024/01/hostile.html');
    mine.html += PAYLOAD;
    const out = renderableHtml(purify, mine);
    expect(out).not.toMatch(/onerror=|<script|="javascript:/i);
    expect(out.length).toBeLessThan(mine.html.length);
  });
});
