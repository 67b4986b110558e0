import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract/node';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { unwrapLandmarks } from '../../lib/extract/sanitize';

describe('article HTML carries no landmarks of its own', () => {
  it('turns <main>/<article>/<section>/<header>/<nav>… into <div>s, keeping their content and the text', () => {
    const seed = readFileSync(new URL('../fixtures/pages/seed-article.html', import.meta.url), 'utf8');
    const r = extractFromHtml(seed, 'https://maidanpress.test/2024/10/02/x/');
    if (!r.isArticle) throw new Error('seed is an article');
    expect(r.article.html).not.toMatch(/<(main|nav|header|footer|aside|article|section)\b/);
    expect(r.article.text).toContain('The Ukrainian government is urging its citizens');
  });

  it('unwrapLandmarks keeps lang and dir, children and order', () => {
    const { document } = new JSDOM('<div id="r"><p>a</p><section lang="uk" dir="rtl" class="x"><p>b</p><nav>c</nav></section><p>d</p></div>').window;
    const root = document.getElementById('r')!;
    unwrapLandmarks(root);
    expect(root.innerHTML).toBe('<p>a</p><div lang="uk" dir="rtl"><p>b</p><div>c</div></div><p>d</p>');
  });
});

describe('title from a decorated <title>', () => {
  it('takes the page <h1> when the <title> is that headline plus an unknown site name', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} tells at some length what the harbour master said about the storm and the boats.</p>`).join('');
    const html = `<html lang="en"><head><title>Fishing fleet returns early - Harbour Herald</title></head><body><article><h1>Fishing fleet returns early</h1>${paras}</article></body></html>`;
    const r = extractFromHtml(html, 'https://herald.test/a');
    if (!r.isArticle) throw new Error('an article');
    expect(r.article.title).toBe('Fishing fleet returns early');
  });
});
