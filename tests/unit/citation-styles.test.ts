// "Copy with citation" styles (citation-js + CSL). The expected strings were written by hand from
// the style guides — APA 7th ed. §9.16/§10.2 (newspaper articles, webpages; "(n.d.)" and
// "Retrieved …, from" for undated pages; no author: the title moves to the author position) and
// The Chicago Manual of Style 17th ed., author-date (15.9; 15.51 website content: title first when
// there is no author, then year, site, date; 15.49–15.52 news sites and access dates for undated
// sources; headline-style capitalisation 8.159) — not copied from the output.
import { describe, expect, it } from 'vitest';
import { formatCitation, quoteWithStyledCitation, type CitationStyle } from '../../lib/export/styles';
import type { CitableArticle } from '../../lib/export/citation';

const ACCESSED = new Date('2026-11-25T12:00:00Z');
const rec = (r: Partial<CitableArticle> & Pick<CitableArticle, 'url' | 'title'>): CitableArticle & { lang: string } => ({
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  ...r,
});

const CASES: Array<{ name: string; article: ReturnType<typeof rec>; apa: string; chicago: string }> = [
  {
    name: 'two authors, site and full date',
    article: rec({ url: 'https://news.example/2024/10/02/decree', title: 'Putin orders army increase', byline: 'Mariia Shevchuk, John Smith', siteName: 'News & Views', publishedTime: '2024-10-02T08:00:00Z' }),
    apa: 'Shevchuk, M., & Smith, J. (2024, October 2). Putin orders army increase. News & Views. https://news.example/2024/10/02/decree',
    chicago: 'Shevchuk, Mariia, and John Smith. 2024. “Putin Orders Army Increase.” News & Views, October 2, 2024. https://news.example/2024/10/02/decree.',
  },
  {
    name: 'one author, a title ending in a question mark',
    article: rec({ url: 'https://kyivindependent.example/energy', title: 'Energy prices: what comes next?', byline: 'Olha Kovalenko', siteName: 'The Kyiv Independent', publishedTime: '2023-03-05' }),
    apa: 'Kovalenko, O. (2023, March 5). Energy prices: what comes next? The Kyiv Independent. https://kyivindependent.example/energy',
    chicago: 'Kovalenko, Olha. 2023. “Energy Prices: What Comes Next?” The Kyiv Independent, March 5, 2023. https://kyivindependent.example/energy.',
  },
  {
    name: 'no author',
    article: rec({ url: 'https://bbc.example/floods', title: 'Floods displace thousands in the north', siteName: 'BBC News', publishedTime: '2024-07-14' }),
    apa: 'Floods displace thousands in the north. (2024, July 14). BBC News. https://bbc.example/floods',
    chicago: '“Floods Displace Thousands in the North.” 2024. BBC News. July 14, 2024. https://bbc.example/floods.',
  },
  {
    name: 'no date',
    article: rec({ url: 'https://zeitung.example/wind', title: 'Wind power in Bavaria', byline: 'Anna Müller', siteName: 'Die Zeitung' }),
    apa: 'Müller, A. (n.d.). Wind power in Bavaria. Die Zeitung. Retrieved November 25, 2026, from https://zeitung.example/wind',
    chicago: 'Müller, Anna. n.d. “Wind Power in Bavaria.” Die Zeitung. Accessed November 25, 2026. https://zeitung.example/wind.',
  },
  {
    name: 'no site name',
    article: rec({ url: 'https://blog.example/border', title: 'Notes from the border', byline: 'Pedro Garcia', publishedTime: '2025-01-20' }),
    apa: 'Garcia, P. (2025, January 20). Notes from the border. https://blog.example/border',
    chicago: 'Garcia, Pedro. 2025. “Notes from the Border.” January 20, 2025. https://blog.example/border.',
  },
  {
    name: 'no author, no date, no site name',
    article: rec({ url: 'https://arabic.example/floods', title: 'Floods: 40% of people lost homes' }),
    apa: 'Floods: 40% of people lost homes. (n.d.). Retrieved November 25, 2026, from https://arabic.example/floods',
    chicago: '“Floods: 40% of People Lost Homes.” n.d. Accessed November 25, 2026. https://arabic.example/floods.',
  },
  {
    name: 'an organisation as author',
    article: rec({ url: 'https://reuters.example/talks', title: 'Talks resume in Geneva', byline: 'Reuters', siteName: 'Reuters', publishedTime: '2024-11-03' }),
    apa: 'Reuters. (2024, November 3). Talks resume in Geneva. Reuters. https://reuters.example/talks',
    chicago: 'Reuters. 2024. “Talks Resume in Geneva.” Reuters, November 3, 2024. https://reuters.example/talks.',
  },
];

describe('citation styles', () => {
  for (const c of CASES) {
    it(`APA 7: ${c.name}`, async () => expect(await formatCitation(c.article, 'apa', ACCESSED)).toBe(c.apa));
    it(`Chicago author-date: ${c.name}`, async () => expect(await formatCitation(c.article, 'chicago', ACCESSED)).toBe(c.chicago));
  }

  it('MLA 9 and Harvard give their own forms of the same record', async () => {
    const a = CASES[0].article;
    const mla = await formatCitation(a, 'mla', ACCESSED);
    const harvard = await formatCitation(a, 'harvard', ACCESSED);
    expect(mla).toMatch(/^Shevchuk, Mariia, and John Smith\. “Putin Orders Army Increase\.” News & Views, 2 Oct\. 2024/);
    expect(harvard).toMatch(/^Shevchuk, M\. and Smith, J\. \(2024\)/);
    expect(harvard).toContain('Available at: https://news.example/2024/10/02/decree');
  });

  it('copy with citation quotes the passage, then cites it in the chosen style', async () => {
    const styles: CitationStyle[] = ['apa', 'chicago'];
    for (const [i, style] of styles.entries()) {
      const text = await quoteWithStyledCitation('  the army grows ', CASES[0].article, style, ACCESSED);
      expect(text).toBe(`“the army grows”\n— ${i === 0 ? CASES[0].apa : CASES[0].chicago}`);
    }
  });
});
