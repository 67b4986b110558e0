// The top of the body as the reader shows it under its own header: a repeat of the headline the page
// shows (even when the metadata's title is another) and a line naming only the site are not body.
// On a real page (USA Today, from the benchmark): its <title> and og:title say "Prison guards charged
// in connection with Jeffrey Epstein's death", its h2 and the reader's title "Two federal prison
// officers charged …", and a "USA TODAY" line follows the h2; the reader showed both again.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract/node';

const USA_TODAY = 'tests/fixtures/article-extraction/html/c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7.html.gz';
const html = gunzipSync(readFileSync(USA_TODAY)).toString('utf8');

function extract(source: string) {
  const r = extractFromHtml(source, 'https://eu.usatoday.com/story/news/politics/2019/11/19/prison-guards/4082679002/');
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}

describe('the top of the body', () => {
  it('drops the repeated headline the page shows and the site-name line', () => {
    const a = extract(html);
    expect(a.title).toMatch(/^Two federal prison officers charged/);
    expect(a.text.startsWith('WASHINGTON – Two federal prison officers')).toBe(true);
    expect(a.text).not.toContain('USA TODAY\n');
  });

  it('keeps a first paragraph that merely starts with the site name', () => {
    const edited = html.replace('<span class="asset-metabar-author asset-metabar-item">', '<span>').replace(/(<p[^>]*>)(WASHINGTON)/, '$1USA TODAY reported on Monday that $2');
    expect(extract(edited).text).toContain('USA TODAY reported on Monday that WASHINGTON');
  });
});
