// Issue 14 items 3 and 10: pathological pages come out right. Their time is checked by
// `npm run bench:hostile` (doubling the input at most ~2.5× the time), never by a test's clock;
// these tests assert the outcome: correct text, no stack overflow, no retry of a RangeError.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textWithNodeMap } from '../../lib/extract/text';
import { extractFromHtml, parseHtml } from '../../lib/extract/node';
import { capHtmlNesting, mayNestDeeperThan, MAX_DEPTH } from '../../lib/extract/depth';
import { analyzeText } from '../../lib/analyze';
import { pathological } from './fixtures/pathological';

const doc = () => new JSDOM('<!doctype html><body></body>').window.document;

describe('text map (lib/extract/text.ts)', () => {
  it('100k <br>: one line each, every character mapped back to its node', () => {
    const d = new JSDOM(pathological('br-100k').make(1)).window.document;
    const p = d.querySelectorAll('p')[3];
    const map = textWithNodeMap(p);
    const lines = map.text.split('\n');
    expect(lines).toHaveLength(100_000);
    expect(lines[99_999]).toBe('line 99999 of the poem');
    expect(map.segments).toHaveLength(100_000);
    const last = map.segments[99_999];
    expect(map.text.slice(last.start, last.end)).toBe(last.node.data);
  });

  it('an element nested 100,000 deep (built by a script on the live page) does not overflow the stack', () => {
    const d = doc();
    let el: Element = d.createElement('p');
    el.textContent = 'the innermost words';
    for (let i = 0; i < 100_000; i++) {
      const wrapper = d.createElement(i % 2 ? 'div' : 'span');
      wrapper.appendChild(el);
      el = wrapper;
    }
    const map = textWithNodeMap(el); // detached: attaching a chain this deep overflows jsdom itself
    expect(map.text).toBe('the innermost words');
    expect(map.segments).toHaveLength(1);
  });
});

describe('deep pages in Node (lib/extract/depth.ts, node.ts)', () => {
  it('10k nested <div>: an article with its text, nested no deeper than a browser nests it', () => {
    const html = pathological('nested-div-10k').make(1);
    expect(mayNestDeeperThan(html)).toBe(true);
    const result = extractFromHtml(html, 'https://deep.example/a');
    expect(result.isArticle).toBe(true);
    if (result.isArticle) expect(result.article.text).toContain('Residents of the outer islands had asked for the change');
  });

  it('capping keeps every word in order and leaves a line break where a block was unwrapped', () => {
    const html = `<body>${'<div>'.repeat(MAX_DEPTH + 50)}<p>one</p><p>two <b>three</b></p>${'</div>'.repeat(MAX_DEPTH + 50)}</body>`;
    const capped = new JSDOM(capHtmlNesting(html)).window.document;
    expect(capped.body.textContent).toBe('onetwo three');
    expect(capped.querySelectorAll('br').length).toBeGreaterThan(0);
    let depth = 0;
    for (let el: Element | null = capped.querySelector('b') ?? capped.body; el; el = el.parentElement) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
  });

  it('an ordinary page is not flagged (it goes to jsdom untouched)', () => {
    expect(mayNestDeeperThan(pathological('links-16k').make(0.05))).toBe(false);
    expect(mayNestDeeperThan(`<ul>${'<li><p>x'.repeat(5000)}</ul>`, MAX_DEPTH)).toBe(true); // over-counts: then capped exactly
  });
});

describe('many links in Node (live collections iterated as arrays)', () => {
  it('every one of 4,000 links is found, in order', () => {
    const result = extractFromHtml(pathological('links-16k').make(0.25), 'https://links.example/a');
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.article.links).toHaveLength(4_000);
    expect(result.article.links[3_999].href).toBe('https://site3999.example/r/3999');
  });
});

describe('many captions (lib/extract/caption-boxes.ts)', () => {
  it('500 boxed captions keep their text and credit; the gallery of loose ones is judged, not kept as boxes', () => {
    const result = extractFromHtml(pathological('captions-20k').make(0.05), 'https://captions.example/a');
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.article.text).toContain('Photo 0: the harbour at dawn. Jane Doe/Harbour Agency');
    expect(result.article.text).toContain('Photo 499: the harbour at dawn. Jane Doe/Harbour Agency');
  });
});

describe('linked thumbnails after the text (lib/extract/cleanup.ts)', () => {
  it('500 thumbnails after the last words go; the words stay', () => {
    const result = extractFromHtml(pathological('thumbnails-5k').make(0.1), 'https://thumbs.example/a');
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.article.html).not.toContain('img.example/t');
    expect(result.article.text).toContain('Residents of the outer islands had asked for the change');
  });
});

describe('jsdom collections (lib/extract/node.ts)', () => {
  it('iterating an HTMLCollection of a parsed page gives every element in order, and follows the live collection', () => {
    const dom = parseHtml(`<body>${'<p><img src="https://img.example/a.jpg"></p>'.repeat(300)}<img id="length" name="item"></body>`, 'https://x.example/');
    const d = dom.window.document;
    const imgs = d.getElementsByTagName('img');
    expect(Array.from(imgs)).toEqual(Array.from(d.querySelectorAll('img')));
    expect([...imgs]).toHaveLength(301); // an element named "length" or "item" changes nothing
    d.querySelector('p')!.remove();
    expect(Array.from(imgs)).toHaveLength(300);
    dom.window.close();
  });
});

describe('repeated figures and pronouns in one sentence (lib/analyze: figures/in-game.ts, figures/scores.ts, sources/people.ts)', () => {
  const analysed = (id: string) => {
    const result = extractFromHtml(pathological(id).make(0.02), `https://repeat.example/${id}`);
    if (!result.isArticle) throw new Error(`${id} is not an article`);
    return analyzeText(result.article.text, { lang: result.article.lang });
  };

  it('2,000 "9:00 - ": every one a time of day, none a game clock', () => {
    const times = analysed('time-dashes-100k').figures.filter((f) => f.text === '9:00');
    expect(times).toHaveLength(2_000);
    expect(times.every((f) => f.kind === 'date' && f.value === '09:00')).toBe(true);
  });

  it('1,000 "he said. ": no pronoun is a source, and none finds a person to stand for', () => {
    const result = extractFromHtml(pathological('he-said-50k').make(0.02), 'https://repeat.example/he-said');
    if (!result.isArticle) throw new Error('not an article');
    const { text } = result.article;
    const from = text.indexOf('he said. he said.');
    expect(from).toBeGreaterThan(0);
    const a = analyzeText(text, { lang: result.article.lang });
    expect(a.sources.filter((s) => s.end > from)).toEqual([]);
  });

  it('200 credit lines "Image via Getty Images" between paragraphs: each credits Getty Images, without its label', () => {
    const a = analysed('credit-lines-10k');
    const credits = a.sources.filter((s) => s.text === 'Getty Images');
    expect(credits).toHaveLength(200);
    expect(a.sources.some((s) => s.text.includes('Image via'))).toBe(false);
  });

  it('"Anna Smith met Bob Jones, he said, " repeated: two people give "he" no antecedent, so no pronoun is a source', () => {
    const result = extractFromHtml(pathological('two-names-he-said-5k').make(0.1), 'https://repeat.example/two-names');
    if (!result.isArticle) throw new Error('not an article');
    const { text } = result.article;
    const from = text.indexOf('Anna Smith met Bob Jones, he said, Anna');
    expect(from).toBeGreaterThan(0);
    const a = analyzeText(text, { lang: 'en' });
    expect(a.sources.filter((s) => s.end > from)).toEqual([]);
  });

  it('1,000 "November 1, ": every one a date, none half of a score line', () => {
    const dates = analysed('dates-50k').figures.filter((f) => f.text === 'November 1');
    expect(dates).toHaveLength(1_000);
    expect(dates.every((f) => f.kind === 'date' && f.value === '--11-01')).toBe(true);
  });
});
