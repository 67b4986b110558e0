// Pass "vague-amounts": amounts without a number, with their unit or currency ("billions of
// dollars", "several tons"); a vague quantifier before a unit of time or a multiple is no figure.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['en', '“We’re taking in billions of dollars,” he said; it carries several tons of cargo and cost several million dollars.', [{ text: 'billions of dollars', kind: 'money', unit: 'USD' }, { text: 'several tons', kind: 'measure', unit: 't' }, { text: 'several million dollars', kind: 'money' }]],
  ['en', 'Tens of thousands of dollars and hundreds of miles.', [{ text: 'Tens of thousands of dollars', kind: 'money' }, { text: 'hundreds of miles', kind: 'measure', unit: 'mi' }]],
  // without a unit the words are the spelled pass's; a unit of time or a multiple makes no figure
  ['en', 'Millions of people waited several days, a few times, for billions more.', []],
  ['de', 'Es geht um Milliarden Euro und mehrere Tonnen Müll, nicht um einige Wochen.', [{ text: 'Milliarden Euro', kind: 'money', unit: 'EUR' }, { text: 'mehrere Tonnen', kind: 'measure' }]],
  ['fr', 'Des milliards d’euros et plusieurs tonnes de déchets en quelques jours.', [{ text: 'milliards d’euros', kind: 'money', unit: 'EUR' }, { text: 'plusieurs tonnes', kind: 'measure' }]],
  ['uk', 'Мільярди доларів і кілька тонн зерна за кілька днів.', [{ text: 'Мільярди доларів', kind: 'money', unit: 'USD' }, { text: 'кілька тонн', kind: 'measure' }]],
  ['ru', 'Миллиарды долларов и несколько тонн зерна за несколько дней.', [{ text: 'Миллиарды долларов', kind: 'money', unit: 'USD' }, { text: 'несколько тонн', kind: 'measure' }]],
  // a scale after a number is that number's ("5 billion dollars" is the numbers pass's)
  ['en', 'It cost 5 billion dollars.', []],
];

describe('vague-amounts', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['vague-amounts']), want));
});

describe('vague amounts name no number', () => {
  it('a plural scale or a vague quantity has no value; a dozen, half a million and two million keep theirs', () => {
    const got = figuresOf('It affects millions of people, tens of thousands of dollars and several hundred jobs; a dozen eggs, half a million users, two million euros.', 'en');
    expect(got.map((f) => [f.text, f.value])).toEqual([
      ['millions', undefined],
      ['tens of thousands of dollars', undefined],
      ['several hundred', undefined],
      ['a dozen', 12],
      ['half a million', 500000],
      ['two million euros', 2000000],
    ]);
  });
});
