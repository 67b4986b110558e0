// Pass "periods": quarters, decades and centuries.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['en', 'Revenue rose in Q3 2024 and in Q4; in the December quarter and the third quarter of 2025 it fell.', [{ text: 'Q3 2024', kind: 'date', value: '2024-Q3' }, { text: 'Q4', value: 'Q4' }, { text: 'the December quarter', value: 'Q4' }, { text: 'the third quarter of 2025', value: '2025-Q3' }]],
  ['en', 'Sales in H1 2024 beat the H1 chip.', [{ text: 'H1 2024', value: '2024-H1' }]],
  ['en', 'Since the 1990s, and the ’80s, unlike the 1800s or the 19th century.', [{ text: 'the 1990s', value: '1990s' }, { text: 'the ’80s', value: '1980s' }, { text: 'the 1800s', value: '1800s' }, { text: 'the 19th century', value: 'C19' }]],
  ['en', 'A film by 20th Century Fox.', []],
  ['en', 'Home Depot reported third-quarter earnings; its fourth-quarter profit fell.', [{ text: 'third-quarter', value: 'Q3' }, { text: 'fourth-quarter', value: 'Q4' }]],
  ['de', 'Im 3. Quartal 2024 und im 1. Quartal stieg der Umsatz.', [{ text: '3. Quartal 2024', value: '2024-Q3' }, { text: '1. Quartal', value: 'Q1' }]],
  // a century with its ordinal in words; a capitalised one names something
  ['en', 'Plague swept Europe in the fourteenth century and may return in the twenty-first century, said a Twentieth Century Fox film.', [{ text: 'the fourteenth century', value: 'C14' }, { text: 'the twenty-first century', value: 'C21' }]],
  ['de', 'Im neunzehnten Jahrhundert wuchs die Stadt.', [{ text: 'neunzehnten Jahrhundert', value: 'C19' }]],
  ['fr', 'Le château date du dix-septième siècle.', [{ text: 'du dix-septième siècle', value: 'C17' }]],
  // a decade in two digits: with its word or suffix a decade; "the 50s" alone is a band of tens (no value)
  ['de', 'In den 80er Jahren und den 90ern war das anders.', [{ text: 'den 80er Jahren', value: '1980s' }, { text: 'den 90ern', value: '1990s' }]],
  // without its article a two-digit decade is an age as often ("in seinen 40ern"): no value
  ['de', 'Ein Mann in seinen 40ern wurde verletzt.', [{ text: '40ern', kind: 'count' }]],
  // an ordinal century after a possessive or "a" is an age, not an era
  ['en', 'As the club enters its second century, a third century of play begins.', []],
  ['uk', 'У 90-х роках і в 80-х.', [{ text: '90-х роках', value: '1990s' }, { text: '80-х', value: '1980s' }]],
  ['ru', 'В 70-х годах.', [{ text: '70-х годах', value: '1970s' }]],
  ['en', 'Highs reach the 60s, she is in her 30s; an F-16s fleet.', [{ text: 'the 60s', kind: 'count', value: undefined }, { text: '30s', kind: 'count' }]],
  // a decade after an indefinite article describes the noun after it: the article is the noun's
  ['en', 'Not to be confused with a 1990s grunge band, nor an ’80s one, from the 1990s.', [{ text: '1990s', value: '1990s' }, { text: '’80s', value: '1980s' }, { text: 'the 1990s', value: '1990s' }]],
  ['de', 'Im dritten Quartal 2024 und in den 1990er Jahren, wie im 19. Jahrhundert.', [{ text: 'dritten Quartal 2024', value: '2024-Q3' }, { text: 'den 1990er Jahren', value: '1990s' }, { text: '19. Jahrhundert', value: 'C19' }]],
  ['fr', 'Au troisième trimestre, dans les années 1990, au XIXe siècle.', [{ text: 'troisième trimestre', value: 'Q3' }, { text: 'années 1990', value: '1990s' }, { text: 'XIXe siècle', value: 'C19' }]],
  ['uk', 'У третьому кварталі, у 1990-х роках, у XIX столітті.', [{ text: 'третьому кварталі', value: 'Q3' }, { text: '1990-х роках', value: '1990s' }, { text: 'XIX столітті', value: 'C19' }]],
  ['ru', 'В третьем квартале, в 1990-е годы, в XIX веке.', [{ text: 'третьем квартале', value: 'Q3' }, { text: '1990-е годы', value: '1990s' }, { text: 'XIX веке', value: 'C19' }]],
  // a quarter of play: an ordinal quarter with no year in a sentence with a game's score or a word of a game; a company's quarter stays
  ['en', 'The Eagles led 14-7 at halftime before scoring 24 points in the third quarter for a 38-10 bulge.', []],
  ['en', 'He threw a touchdown pass in the fourth quarter.', []],
  ['en', 'Apple reported a loss in the third quarter, while prices rose 2-3%.', [{ text: 'the third quarter', value: 'Q3' }]],
  ['en', 'The team reported revenue for the third quarter of 2019 after a 24-21 win.', [{ text: 'the third quarter of 2019', value: '2019-Q3' }]],
];

describe('periods', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['periods']), want));
});
