import { describe, expect, it } from 'vitest';
import { articleKey, displayHost, isRestrictedUrl, normalizeUrl } from '../../lib/url';

describe('articleKey: one key for every URL of one article', () => {
  const key = 'https://maidanpress.test/2024/10/02/story';
  it.each([
    ['https://maidanpress.test/2024/10/02/story'],
    ['https://maidanpress.test/2024/10/02/story/'],
    ['https://MaidanPress.test/2024/10/02/story#comments'],
    ['https://maidanpress.test/2024/10/02/story?utm_source=tg&utm_medium=social'],
    ['https://maidanpress.test:443/2024/10/02/story?fbclid=abc&gclid=x'],
    ['https://maidanpress.test/2024/10/02/story/amp/'],
    ['https://amp.maidanpress.test/2024/10/02/story'],
    ['https://maidanpress.test/2024/10/02/story?amp=1'],
  ])('%s', (url) => {
    expect(articleKey(url)).toBe(key);
  });

  it('prefers the canonical link and resolves it against the page', () => {
    expect(articleKey('https://m.example.com/a?x=1', 'https://example.com/news/a')).toBe('https://example.com/news/a');
    expect(articleKey('https://example.com/a?x=1', '/news/a')).toBe('https://example.com/news/a');
  });

  it('ignores a canonical link that is not a web URL', () => {
    expect(articleKey('https://example.com/a', 'javascript:alert(1)')).toBe('https://example.com/a');
  });

  it('keeps parameters that identify content, sorted', () => {
    expect(normalizeUrl('https://example.com/item?b=2&id=7&utm_campaign=z')).toBe('https://example.com/item?b=2&id=7');
  });

  it('does not throw on garbage', () => {
    expect(articleKey('not a url')).toBe('not a url');
  });
});

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://settings', true],
    ['about:addons', true],
    ['chrome-extension://abc/sidepanel.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/firefox/', true],
    ['view-source:https://example.com', true],
    ['https://example.com/news', false],
    ['http://127.0.0.1:8080/seed.html', false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});

it('displayHost drops www', () => {
  expect(displayHost('https://www.example.com/a')).toBe('example.com');
});
