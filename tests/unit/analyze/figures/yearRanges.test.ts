// Pass "yearRanges": two years with a range's opener and its closer between are one range.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const YEAR_RANGES: Case[] = [
  ['en', 'Inflation averaged 2.1% between 2015 and 2019, and 3% in 2020 and 2021.', ['2.1%', { text: 'between 2015 and 2019', kind: 'date', value: '2015–2019' }, '3%', '2020', '2021']],
  ['de', 'Zwischen 2019 und 2022 stieg die Zahl.', [{ text: 'Zwischen 2019 und 2022', value: '2019–2022' }]],
  ['fr', 'Les ventes ont progressé entre 2021 et 2023.', ['entre 2021 et 2023']],
  // (the range's year word in the instrumental, lexicon yearWords)
  ['ru', 'Между 2014 и 2022 годами население сократилось.', ['Между 2014 и 2022 годами']],
  ['uk', 'Між 2014 і 2022 роками населення скоротилося.', ['Між 2014 і 2022 роками']],
  // (the closer "до" is also "up to": after an opener and a year the years pass still reads the second year)
  ['uk', 'Ціни зросли з 2014 до 2022 року.', [{ text: 'з 2014 до 2022 року', value: '2014–2022' }]],
  ['ru', 'Цены выросли с 2014 до 2022 года.', [{ text: 'с 2014 до 2022 года', value: '2014–2022' }]],
];

describe('pass: yearRanges', () => {
  it.each(YEAR_RANGES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it('without the pass the years stand alone', () => {
    expect(figuresOf('Zwischen 2019 und 2022 stieg die Zahl.', 'de', ['years']).map((f) => f.text)).toEqual(['2019', '2022']);
  });
});
