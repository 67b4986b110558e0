import { describe, expect, it } from 'vitest';
import { cleanByline, stripBylineLabels } from '../../lib/extract/byline';

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
