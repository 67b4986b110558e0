// Pass "years": years with their period words but not their preposition, unless a quantity or part of a name.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // after "mehr als"/"more than", a year in a sentence that names another year is compared, not counted (lexicon thanWords);
  // with its count noun, or in a sentence with no other year, it stays a count (the numbers pass reads it)
  ['de', '2023 wurden mehr Wohnungen verkauft, mehr als 2022. Es kamen 2023 mehr als 2022 Menschen. Es kamen mehr als 2022.', [
    { text: '2023', value: '2023' }, { text: '2022', kind: 'date', value: '2022' }, { text: '2023', value: '2023' },
  ]],
  // a year's end, start or middle keeps its period word in every case, without the preposition (labelling policy: "кінець 2024 року", "начала 2024 года")
  ['uk', 'На кінець 2024 року борг зріс. З початку 2024 року ціни зросли.', [{ text: 'кінець 2024 року', value: '2024' }, { text: 'початку 2024 року', value: '2024' }]],
  ['ru', 'С начала 2024 года цены выросли, к середине 2025 года упадут.', [{ text: 'начала 2024 года', value: '2024' }, { text: 'середине 2025 года', value: '2025' }]],
  ['fr', 'Les prix ont baissé à la fin de 2024.', [{ text: 'la fin de 2024', value: '2024' }]],
  // a date with a year drops its preposition (labelling policy: "2023", not "in 2023"); a word naming part of the year
  // stays (lexicon yearPeriodPreps: "early 2020", "Ende 2024", "fin 2024", "наприкінці 2024 року")
  ['en', 'The plant was built in 1998, expanded since 2015, and will close by mid-2030 or early 2031.', [{ text: '1998' }, { text: '2015' }, { text: 'mid-2030' }, { text: 'early 2031' }]],
  ['de', 'Die Preise sind seit 2020 gestiegen und sollen bis Ende 2025 sinken.', [{ text: '2020' }, { text: 'Ende 2025' }]],
  ['fr', 'Les ventes ont chuté en 2023 et reprendront fin 2024.', [{ text: '2023' }, { text: 'fin 2024' }]],
  ['ru', 'Самолет разбился в 2016 году, бюджет на 2025 год принят.', [{ text: '2016 году' }, { text: '2025 год' }]],
  ['uk', 'Літак знищений у 2022 році, а наприкінці 2024 року відновлений.', [{ text: '2022 році' }, { text: 'наприкінці 2024 року' }]],
  ['en', 'Sales in 2023 rose more than 2022.', [{ text: '2023' }, { text: '2022', kind: 'date' }]],
  // a unit's word before a year-shaped amount with a scale or a rate after it is an amount, no event's name
  ['en', 'Revenue was Yen 2000 billion.', []],
  // a year joined by a hyphen to a preposition ("mid-2019", "mi-2020") is a date; after another hyphen it is a name's
  ['en', 'The mid-2019 model and an early-2020 update; a COVID-2019 test.', [{ text: 'mid-2019', value: '2019' }, { text: 'early-2020', value: '2020' }]],
  // in German a capitalised noun before a year is no name; an acronym is
  ['de', 'Seit der Landtagswahl 2019 und der Flut 2021 plant man für die EM 2024.', [{ text: '2019', value: '2019' }, { text: '2021', value: '2021' }]],
  // a programme's or a product's name with its year stays a name: no date's preposition and article before it
  ['de', 'Die Agenda 2010 wurde reformiert, Windows 2000 auch, das Programm Horizon 2020 läuft.', []],
  ['fr', 'Les travaux finiront mi-2026.', [{ text: 'mi-2026', value: '2026' }]],
  ['en', 'In the 2024/25 season, costs in 2022-23, since 2003, the first quarter of 2025.', [{ text: '2024/25', value: '2024/2025' }, { text: '2022-23', value: '2022/2023' }, { text: '2003', value: '2003' }, { text: 'the first quarter of 2025', value: '2025' }]],
  ['en', 'Funded by Horizon 2020; 2024 people came; 2000 % more.', []],
  // a capitalised unit's word before a year inside a sentence names an event, and so does the same pair opening a
  // sentence; not where every noun is capitalised ("der Jahre 1991"), nor a currency's short sign ("Rs 2000")
  ['en', "Euro 2020 qualifying is over. The last spots come down to next March's Euro 2020 playoffs and the World Cup 2019 final.", []],
  ['en', 'He paid Rs 2000 in 2019.', [{ text: '2019', value: '2019' }]],
  // A house number of a year's shape is no year.
  ['en', 'A car driven by John Blair, of 1909 Jolinda Drive, was stopped in 1909.', [{ text: '1909', value: '1909' }]],
  ['uk', 'у 2025 році', [{ text: '2025 році', value: '2025' }]],
  ['ru', 'в 2025 году', [{ text: '2025 году', value: '2025' }]],
  // a year in the possessive modifies the noun after it: the preposition before it is another word's ("Some of | 2019's best")
  ['en', 'Some of 2019’s best gadgets, made in 2019.', [{ text: '2019', value: '2019' }, { text: '2019', value: '2019' }]],
  ['en', "Some of 2019's best gadgets.", [{ text: '2019', value: '2019' }]],
  // a currency's word before a year names a tournament (also after a preposition and an article), an event's noun does not
  ['de', 'Nach der Euro 2024 trat er zurück, seit der Flut 2021 ist alles anders.', ['2021']],
];

describe('years', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['years']), want));
});

// Reviewer: "any 1800–2099 number after 'more than'/'mehr als' becomes a date when the sentence names another year."
// A compared year ends its comparison (clause end, punctuation, a preposition or a conjunction); a word after it is
// what the number counts, and the number stays a count (all passes).
const COMPARED: Case[] = [
  ['en', 'More than 2022 athletes competed in 2024.', [{ text: '2022', kind: 'count', value: 2022 }, { text: '2024', kind: 'date' }]],
  ['en', 'The budget for 2024 is more than 2000 pages long.', [{ text: '2024', kind: 'date' }, { text: '2000', kind: 'count', value: 2000 }]],
  ['de', 'Im Jahr 2023 kamen mehr als 2000 Besucher.', [{ text: 'Jahr 2023', kind: 'date' }, { text: '2000', kind: 'count', value: 2000 }]],
  ['en', 'Sales in 2023 rose more than 2022 and fell later.', [{ text: '2023', kind: 'date' }, { text: '2022', kind: 'date' }]],
  ['de', '2023 wurden mehr verkauft als 2022, sagt der Verband.', [{ text: '2023', kind: 'date' }, { text: '2022', kind: 'date' }]],
];

describe('years compared after a word of comparison', () => {
  it.each(COMPARED)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
