// The panel's analysis of the article it shows is reused by the save that follows (lib/db), and
// only when the text and every option are the same.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';
import { analyzeTextReusing } from '../../lib/analyze/lastAnalysis';

const text = 'Spending will rise 12% to $140 billion in 2025, the ministry said.';
const links = [{ start: 0, end: 8, href: 'https://other.test/report' }];

describe('analyzeTextReusing', () => {
  it('answers a second call on the same text and options with the same analysis', () => {
    const first = analyzeTextReusing(text, { lang: 'en', links, url: 'https://news.test/a' });
    expect(analyzeTextReusing(text, { lang: 'en', links, url: 'https://news.test/a' })).toBe(first);
    expect(first).toEqual(analyzeText(text, { lang: 'en', links, url: 'https://news.test/a' }));
  });

  it('analyses again when the text, the language, the date, the URL or the links differ', () => {
    const base = analyzeTextReusing(text, { lang: 'en', links, published: '2024-01-01' });
    const variants = [
      () => analyzeTextReusing(`${text} More.`, { lang: 'en', links, published: '2024-01-01' }),
      () => analyzeTextReusing(text, { lang: 'de', links, published: '2024-01-01' }),
      () => analyzeTextReusing(text, { lang: 'en', links, published: '2023-01-01' }),
      () => analyzeTextReusing(text, { lang: 'en', links, published: '2024-01-01', url: 'https://news.test/b' }),
      () => analyzeTextReusing(text, { lang: 'en', links: [...links], published: '2024-01-01' }),
    ];
    for (const variant of variants) {
      analyzeTextReusing(text, { lang: 'en', links, published: '2024-01-01' });
      expect(variant()).not.toBe(base);
    }
  });
});
