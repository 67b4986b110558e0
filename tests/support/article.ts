// One extracted article for database and sync unit tests: a short two-sentence story, with any
// field overridden. (Each db test file kept its own copy of this literal.)
import type { Article } from '../../lib/extract/types';

export function testArticle(over: Partial<Article> = {}): Article {
  return {
    url: 'https://news.test/story',
    canonicalUrl: null,
    title: 'Story',
    byline: null,
    siteName: 'News',
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    html: '<p>One two three. Four five six.</p>',
    text: 'One two three. Four five six.',
    links: [],
    wordCount: 6,
    readingMinutes: 1,
    ...over,
  };
}
