// Pass "dates": dates with a month name, ISO and numeric dates; a bare month keeps its preposition.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // a month in the possessive is a date ("October’s conference"); an ambiguous one still needs its preposition ("May’s government")
  ['en', "We met at October’s Money 20/20 conference; May’s government fell.", [{ text: 'October', kind: 'date', value: '2024-10' }]],
  ['en', 'Signed on 16 September 2024, effective in December 2024, due September 12, 2024, on 2024-10-05.', [{ text: '16 September 2024', value: '2024-09-16' }, { text: 'December 2024', value: '2024-12' }, { text: 'September 12, 2024', value: '2024-09-12' }, { text: '2024-10-05', value: '2024-10-05' }]],
  ['en', 'A statement released on 1 October. Umerov said back in May that it may rise.', [{ text: '1 October', value: '2024-10-01' }, { text: 'in May', value: '2024-05' }]],
  ['en', 'Prices may rise in march.', []],
  // a range of days in one month is one date, with its opener; its first day is no count
  ['en', 'The finals run 18-24 November.', [{ text: '18-24 November', value: '2024-11-18/2024-11-24' }]],
  ['en', 'The fair ran from 2 to 4 June.', [{ text: 'from 2 to 4 June', value: '2024-06-02/2024-06-04' }]],
  ['en', 'It was held between 8 and 9 May.', [{ text: 'between 8 and 9 May', value: '2024-05-08/2024-05-09' }]],
  ['en', 'Shows run Oct. 5–7 and November 18-24, 2019.', [{ text: 'Oct. 5–7', value: '2024-10-05/2024-10-07' }, { text: 'November 18-24, 2019', value: '2019-11-18/2019-11-24' }]],
  ['de', 'Die Messe läuft vom 18. bis 24. November und 3.–5. Mai 2025.', [{ text: 'vom 18. bis 24. November', value: '2024-11-18/2024-11-24' }, { text: '3.–5. Mai 2025', value: '2025-05-03/2025-05-05' }]],
  ['fr', 'Le procès s’est tenu du 2 au 4 juin.', [{ text: 'du 2 au 4 juin', value: '2024-06-02/2024-06-04' }]],
  ['uk', 'Ярмарок триває з 18 по 24 листопада.', [{ text: 'з 18 по 24 листопада', value: '2024-11-18/2024-11-24' }]],
  ['ru', 'Ярмарка пройдет с 18 по 24 ноября 2025 года.', [{ text: 'с 18 по 24 ноября 2025 года', value: '2025-11-18/2025-11-24' }]],
  ['de', 'Sie tagt zwischen 3 und 5 Mai.', [{ text: 'zwischen 3 und 5 Mai', value: '2024-05-03/2024-05-05' }]],
  ['fr', 'Il siège entre 3 et 5 mai.', [{ text: 'entre 3 et 5 mai', value: '2024-05-03/2024-05-05' }]],
  ['uk', 'Засідання між 3 і 5 травня.', [{ text: 'між 3 і 5 травня', value: '2024-05-03/2024-05-05' }]],
  ['ru', 'Заседание между 3 и 5 мая.', [{ text: 'между 3 и 5 мая', value: '2024-05-03/2024-05-05' }]],
  // after a month's day a joiner's last day ends its clause: "to 4 percent" is a quantity, "to 6 p.m." a time
  ['en', 'The rate rose on November 3 to 4 percent; polls open November 5 to 6 p.m.; it ran November 7 to 9.', [{ text: 'November 3', value: '2024-11-03' }, { text: 'November 5', value: '2024-11-05' }, { text: 'November 7 to 9', value: '2024-11-07/2024-11-09' }]],
  // not a range: two days joined by "and", a first day after the last, a decimal before the dash
  ['en', 'It met on 18 and 24 November, scored 24-18 November 3, and rose 3.5-4 November.', [{ text: '24 November', value: '2024-11-24' }, { text: '18 November', value: '2024-11-18' }, { text: '4 November', value: '2024-11-04' }]],
  // a full month name ending a sentence leaves it its full stop, a shortened one keeps its dot
  ['en', 'The models were refreshed in May. Sales fell in Jun. The end.', [{ text: 'in May', value: '2024-05' }, { text: 'in Jun.', value: '2024-06' }]],
  ['de', 'Die Zahl stieg im Mai. Danach fiel sie.', [{ text: 'im Mai', value: '2024-05' }]],
  // a bare month keeps "this past" as it keeps "last"
  ['en', 'This past May, the agency selected companies; last May it did not.', [{ text: 'This past May', value: '2024-05' }, { text: 'last May', value: '2024-05' }]],
  ['en', 'The next round starts in mid-December; no rain since mid-September.', [{ text: 'in mid-December', value: '2024-12' }, { text: 'since mid-September', value: '2024-09' }]],
  ['fr', 'Le vote aura lieu à la mi-décembre.', [{ text: 'mi-décembre', value: '2024-12' }]],
  ['en', 'It is down from the March high.', [{ text: 'March', value: '2024-03' }]],
  ['ru', 'По сравнению с рекордным сентябрем рынок сократился.', [{ text: 'сентябрем', value: '2024-09' }]],
  ['de', 'Ab dem 3. Oktober 2024 und am 1. Januar 2025, im September.', [{ text: '3. Oktober 2024', value: '2024-10-03' }, { text: '1. Januar 2025', value: '2025-01-01' }, { text: 'im September', value: '2024-09' }]],
  ['fr', 'Mardi 1er octobre, le 28 septembre 2024, en juin.', [{ text: '1er octobre', value: '2024-10-01' }, { text: '28 septembre 2024', value: '2024-09-28' }, { text: 'en juin', value: '2024-06' }]],
  ['uk', 'Про це 16 вересня 2024 року заявив міністр; у серпні.', [{ text: '16 вересня 2024 року', value: '2024-09-16' }, { text: 'у серпні', value: '2024-08' }]],
  ['ru', '13 сентября повысил ставку; 03.10.2024.', [{ text: '13 сентября', value: '2024-09-13' }, { text: '03.10.2024', value: '2024-10-03' }]],
  // batch 10: where only names are capitalised, a bare month before a capitalised word that is no month or weekday is a
  // first name ("said April Ryan"); with a preposition or a weekday after it, it stays a date
  ['en', '“It was seen as rote,” said April Ryan, a reporter. April was warm; in April Congress voted; for April Tuesday.', [{ text: 'April', value: '2024-04' }, { text: 'in April', value: '2024-04' }, { text: 'for April', value: '2024-04' }]],
];

// A month (and day) without a year, earlier in the year than the publication (here 2019-11-19): the next
// year when its clause marks the future, when the same day was already put there, or when it continues a
// run of coming dates; the publication's year in a past statement.
const AHEAD: Case[] = [
  ['en', 'The license is now set to expire in February.', [{ text: 'in February', value: '2020-02' }]],
  ['en', 'You can return this TV to any Walmart by January.', [{ text: 'by January', value: '2020-01' }]],
  ['en', 'The band will tour during the trek, which kicks off June 9th and concludes October 10th.', [{ text: 'June 9th', value: '2020-06-09' }, { text: 'October 10th', value: '2020-10-10' }]],
  ['en', 'The tour continues November 19th in Greenville; after a break, the schedule picks up February 7th in Las Vegas.', [{ text: 'November 19th', value: '2019-11-19' }, { text: 'February 7th', value: '2020-02-07' }]],
  // a list of dates after one put in the next year goes on in it; the same day again is the same date
  ['en', 'The tour will kick off June 9th.\n\nTour Dates\n\nJune 9 – West Palm Beach\nJune 10 – Tampa\nOctober 3 – Phoenix', [{ text: 'June 9th', value: '2020-06-09' }, { text: 'June 9', value: '2020-06-09' }, { text: 'June 10', value: '2020-06-10' }, { text: 'October 3', value: '2020-10-03' }]],
  // past statements keep the publication's year, also after a future word set off before a past one
  ['en', 'The index had its worst stretch since early August. He will step down, the company said in March. Sales had doubled by January.', [{ text: 'early August', value: '2019-08' }, { text: 'in March', value: '2019-03' }, { text: 'by January', value: '2019-01' }]],
  ['en', 'The Doobie Brothers closed out their November 18th concert. Tickets go on sale December 6th.', [{ text: 'November 18th', value: '2019-11-18' }, { text: 'December 6th', value: '2019-12-06' }]],
  ['de', 'Die Regelung soll im Februar auslaufen. Im März sagte er nichts.', [{ text: 'im Februar', value: '2020-02' }, { text: 'Im März', value: '2019-03' }]],
  // a month linked to its year (lexicon quantityLinks) is one date with that year, not a bare month of the publication's year
  ['en', 'She wrote it in October of 2006 and sent it in May.', [{ text: 'October of 2006', value: '2006-10' }, { text: 'in May', value: '2019-05' }]],
];

// A range under way on the publication day is that year's, like its last day named alone before it.
const UNDER_WAY: Case[] = [
  ['en', 'The summit, which closes on 22 November, runs 11-22 November in Baku.', [{ text: '22 November', value: '2019-11-22' }, { text: '11-22 November', value: '2019-11-11/2019-11-22' }]],
  // a range of days with its opener and article ("zwischen dem … und")
  ['de', 'Zwischen dem 3. und 5. Oktober fiel Regen.', [{ text: 'Zwischen dem 3. und 5. Oktober', kind: 'date', value: '2019-10-03/2019-10-05' }]],
];

describe('dates', () => {
  it.each(UNDER_WAY)('published 2019-11-19, %s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['dates'], '2019-11-19'), want));
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['dates']), want));
  it.each(AHEAD)('ahead of 2019-11-19, %s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['dates'], '2019-11-19'), want));
});

// Session 21: a Russian or Ukrainian day with its ordinal ending ("1-го марта", "8-е марта") was a count and a bare
// month apart; it is one date, as "1er mars" and "1. März" are.
const DAY_ENDINGS: Case[] = [
  ['ru', 'Это случилось 1-го марта и 8-е марта 2024 года.', [{ text: '1-го марта', kind: 'date' }, { text: '8-е марта 2024 года', kind: 'date', value: '2024-03-08' }]],
  ['uk', 'Це сталося 1-го березня.', [{ text: '1-го березня', kind: 'date' }]],
];

describe('days with an ordinal ending', () => {
  it.each(DAY_ENDINGS)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
