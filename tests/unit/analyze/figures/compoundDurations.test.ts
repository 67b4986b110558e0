// Pass "compoundDurations": a duration written in two units, the larger first, is one figure (value in the smaller unit).
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['en', 'He was jailed for four years and eight months.', [{ text: 'four years and eight months', kind: 'measure', value: 56, unit: 'mo' }]],
  ['en', 'She won in 31 minutes 12 seconds.', [{ text: '31 minutes 12 seconds', value: 1872, unit: 's' }]],
  ['de', 'Er wurde zu drei Jahren und sechs Monaten verurteilt.', [{ text: 'drei Jahren und sechs Monaten', value: 42, unit: 'mo' }]],
  ['uk', 'Тривога тривала 3 години 40 хвилин.', [{ text: '3 години 40 хвилин', value: 220, unit: 'min' }]],
  // the short forms (lexicon uk units), the sentence's stop left out (dotlessAbbreviations)
  ['uk', 'Тривога тривала 2 год 15 хв.', [{ text: '2 год 15 хв', value: 135, unit: 'min' }]],
  ['uk', 'Йому дали 5 років і 6 місяців.', [{ text: '5 років і 6 місяців', value: 66, unit: 'mo' }]],
  ['fr', 'Le trajet dure 2 heures et 15 minutes.', [{ text: '2 heures et 15 minutes', value: 135, unit: 'min' }]],
  ['ru', 'Полет длился 3 часа 20 минут.', [{ text: '3 часа 20 минут', value: 200, unit: 'min' }]],
  // three parts, each smaller
  ['en', 'The record is 2 hours 5 minutes 3 seconds.', [{ text: '2 hours 5 minutes 3 seconds', value: 7503, unit: 's' }]],
  // not one duration: the same unit twice, a rising unit, a comma between, another word between
  ['en', 'He served 5 years and 10 years.', ['5 years', '10 years']],
  ['en', 'It took 2 minutes and 3 hours.', ['2 minutes', '3 hours']],
  ['en', 'It took 2 hours, 15 minutes later it ended.', ['2 hours', '15 minutes']],
  ['en', 'They waited 3 years for 2 months of work.', ['3 years', '2 months']],
  // a percent or a count next to a duration stays apart
  ['en', 'Prices rose 5% in 3 months.', ['5%', '3 months']],
];

describe('pass: compoundDurations', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it('without the pass the parts are two figures', () => {
    const got = figuresOf('He was jailed for four years and eight months.', 'en', ['spelled']);
    expect(got.map((f) => f.text)).toEqual(['four years', 'eight months']);
  });
});
