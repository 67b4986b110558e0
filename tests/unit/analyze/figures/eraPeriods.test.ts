// Pass "eraPeriods": the period word before a decade or century stays with it, as with a year.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const ERA_PERIODS: Case[] = [
  ['de', 'Mitte der 1990er-Jahre wurde das Werk geschlossen.', [{ text: 'Mitte der 1990er-Jahre', kind: 'date', value: '1990s' }]],
  ['en', 'Sales fell in the mid-1990s and again at the end of the 19th century.', ['mid-1990s', { text: 'the end of the 19th century', value: 'C19' }]],
  ['fr', 'Au début des années 2000, le groupe a changé.', ['début des années 2000']],
  ['ru', 'В середине 2000-х годов цены были ниже.', ['середине 2000-х годов']],
  ['uk', 'У середині 2000-х ціни були нижчими.', ['середині 2000-х']],
];

describe('pass: eraPeriods', () => {
  it.each(ERA_PERIODS)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
  it('without the pass the decade stands alone', () => {
    expect(figuresOf('Mitte der 1990er-Jahre wurde das Werk geschlossen.', 'de', ['periods']).map((f) => f.text)).toEqual(['der 1990er-Jahre']);
  });
});
