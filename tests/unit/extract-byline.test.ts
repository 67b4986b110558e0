import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanByline, isBylineRole, stripBylineLabels } from '../../lib/extract/byline';
import { extractFromHtml } from '../../lib/extract/node';
import { splitAuthors } from '../../lib/export/types';

describe('cleanByline', () => {
  const cases: Array<[string, string | null, string | null, string]> = [
    // [byline, site, expected, why]
    ['By Analysis by Chris Cillizza', 'CNN', 'Chris Cillizza', 'two labels, one after the other'],
    ['Текст: Лида Буслаева', 'Вечерняя Москва', 'Лида Буслаева', 'a Russian label with its colon'],
    ['Автор: Олена Коваль', null, 'Олена Коваль', 'a Ukrainian label'],
    ['Von Anna Schmidt', 'Die Zeit', 'Anna Schmidt', 'a German "by"'],
    ['Texte : Marie Dupont', null, 'Marie Dupont', 'a French label with a spaced colon'],
    ['Opinion by Jane Roe', null, 'Jane Roe', 'an opinion column'],
    ['Tanza Loudenback, Business Insider, Tanza Loudenback', 'Business Insider Deutschland', 'Tanza Loudenback', 'a name twice and the publisher'],
    ['Jill Disis, CNN Business', 'CNN', 'Jill Disis', 'a section of the publisher is no co-author'],
    ['CNN Business', 'CNN', 'CNN Business', 'the publisher alone is kept when no person is left'],
    ['Jane Doe and John Roe', null, 'Jane Doe and John Roe', 'an "and" stays as the page wrote it'],
    ['Jane Doe,John Roe', 'Example News', 'Jane Doe,John Roe', 'nothing to clean: returned as it was'],
    ['Giulia di Maria', null, 'Giulia di Maria', 'a particle inside a name is no label'],
    ['di Mario Rossi', null, 'Mario Rossi', 'the Italian label'],
    ['Photos by Ann Lee', null, 'Photos by Ann Lee', 'a photographer is not made the author'],
    ['By', null, null, 'a label alone is no byline'],
  ];
  it.each(cases)('%s (site %s) → %s: %s', (byline, site, expected) => {
    expect(cleanByline(byline, site)).toBe(expected);
  });

  it('leaves a name that merely shares a word with the site', () => {
    expect(cleanByline('Time Smith, Jo Bloggs', 'Times Herald')).toBe('Time Smith, Jo Bloggs');
    expect(stripBylineLabels('Byron Wood')).toBe('Byron Wood');
  });
});

describe('a job title beside the name, a name in capitals', () => {
  const cases: Array<[string, string | null, string | null, string]> = [
    ['By STEVE PEOPLES, AP National Political Writer', 'SFGate', 'Steve Peoples', 'AP: the role goes, the capitals become a name'],
    ['Jane Doe, Staff Writer', null, 'Jane Doe', 'a staff writer'],
    ['Jane Doe, Senior Writer at Wired', null, 'Jane Doe', 'a role with whom it is for'],
    ['Jane Doe, Washington Correspondent; John Roe, Editor', null, 'Jane Doe, John Roe', 'two people, two roles'],
    ['Max Muster, Redakteur', null, 'Max Muster', 'German'],
    ['Anna Schmidt, Korrespondentin bei der FAZ', null, 'Anna Schmidt', 'German, with the paper'],
    ['Marie Dupont, journaliste', null, 'Marie Dupont', 'French'],
    ['Олена Коваль, кореспондентка', null, 'Олена Коваль', 'Ukrainian'],
    ['Анна Петрова, специальный корреспондент', null, 'Анна Петрова', 'Russian'],
    ['Editor', null, 'Editor', 'a role alone is kept: nothing else names the author'],
    ["JEAN-PAUL O'BRIEN", null, "Jean-Paul O'Brien", 'hyphens and apostrophes'],
    ['Ian McDONALD', null, 'Ian McDONALD', 'mixed case is the page\'s choice'],
    ['BBC NEWS', null, 'BBC NEWS', 'an acronym in capitals stays'],
    ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', null, 'Lisa Mascaro, Mary Clare Jalonick and Eric Tucker', 'names joined by "and"'],
    ['JANE DOE AND JOHN ROE', null, 'Jane Doe and John Roe', 'an "AND" in capitals too'],
  ];
  it.each(cases)('%s (site %s) → %s: %s', (byline, site, expected) => {
    expect(cleanByline(byline, site)).toBe(expected);
  });
  it('the exports never take the role for a second author, even in a byline saved before', () => {
    expect(splitAuthors('STEVE PEOPLES, AP National Political Writer')).toEqual(['STEVE PEOPLES']);
    expect(splitAuthors('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(isBylineRole('AP National Political Writer')).toBe(true);
    expect(isBylineRole('Steve Peoples')).toBe(false);
  });
  it('AP on SFGate: "By STEVE PEOPLES, AP National Political Writer" is Steve Peoples', () => {
    const page = gunzipSync(readFileSync(join(__dirname, '..', 'fixtures', 'article-extraction', 'html', 'aec5deeaada8b2fb81b55349da0229d5c77a4dc9605c1aaa31e5ce8b71358bc9.html.gz'))).toString('utf8');
    const r = extractFromHtml(page, 'https://www.sfgate.com/news/politics/article/story.php');
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.article.byline).toBe('Steve Peoples');
  });
});
