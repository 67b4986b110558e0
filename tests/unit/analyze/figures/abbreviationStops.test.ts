// Pass "abbreviationStops": a full stop after an abbreviation written without a dot is no part of the figure.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['uk', 'Бюджет міста становить 4,2 млрд грн.', [{ text: '4,2 млрд грн', kind: 'money', value: 4.2e9 }]],
  ['ru', 'Население сократилось на 4 млн.', ['4 млн']],
  // inside a sentence the dot is the outlet's abbreviation: kept
  ['uk', 'Курс сягнув 41,5 грн. за долар.', ['41,5 грн. за долар']],
  // a short form that takes its dot keeps it at the end too ("тыс.", "руб.", "Mrd.")
  ['ru', 'Штраф составит 500 тыс. руб.', ['500 тыс. руб.']],
  ['de', 'Der Umsatz stieg auf 2,5 Mrd.', ['2,5 Mrd.']],
];

describe('pass: abbreviationStops', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it('without the pass the stop stays in', () => {
    expect(figuresOf('Бюджет міста становить 4,2 млрд грн.', 'uk', ['numbers']).map((f) => f.text)).toEqual(['4,2 млрд грн.']);
  });
});
