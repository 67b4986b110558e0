import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract/node';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { sanitizeToBody, unwrapLandmarks } from '../../lib/extract/sanitize';
import { sanitizerInput } from '../../lib/extract/sanitizer-input';

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

describe('sanitizerInput: the landmarks near the top written as <div>s before sanitising', () => {
  const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  const root = (inner: string) => {
    const { document } = new JSDOM(`<body><div id="c">${inner}</div></body>`).window;
    return document.getElementById('c')!;
  };

  it('writes a top candidate <article> as a <div> keeping lang and dir only, its children untouched', () => {
    const r = root('<div id="readability-page-1" class="page"><article lang="uk" class="x" dir="rtl"><p>a &amp; b</p><section><p>c</p></section></article></div>');
    expect(sanitizerInput(r)).toBe('<div id="readability-page-1" class="page"><div lang="uk" dir="rtl"><p>a &amp; b</p><div><p>c</p></div></div></div>');
  });

  it('is the innerHTML when there is no landmark', () => {
    const r = root('<div><p>x &lt;b&gt; y\u00a0z</p><!-- c --></div>');
    expect(sanitizerInput(r)).toBe(r.innerHTML);
  });

  it('sanitises to the same HTML as the plain innerHTML followed by unwrapLandmarks', () => {
    const cases = [
      '<div><article><p>a</p>\n<!-- note --> text &amp; <b>more</b> \u00a0<header title="a &quot;b&quot; &amp; <c>">h</header></article></div>',
      // a list item inside a landmark inside a list item: left to unwrapLandmarks (the parser closes list items past a <div>)
      '<div><ul><li><section><li>x</li></section></li></ul></div>',
      '<div><main><div><section><div><nav><aside><footer>deep</footer></aside></nav></div></section></div></main></div>',
      '<section><p>one</p></section><section lang=" en "><img src="https://a.example/i.jpg"><a href="http://">x</a><a href="https://b.example/">y</a></section>',
      '<div><article><svg><section>s</section></svg><p>after</p></article></div>',
    ];
    for (const html of cases) {
      const a = sanitizeToBody(purify, root(html).innerHTML).innerHTML;
      const b = sanitizeToBody(purify, sanitizerInput(root(html))).innerHTML;
      expect(b).toBe(a);
      expect(b).not.toMatch(/<(main|nav|header|footer|aside|article|section)\b/);
    }
  });
});
