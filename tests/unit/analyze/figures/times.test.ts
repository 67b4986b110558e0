// Pass "times": clock times are date figures with their time as HH:MM.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // an evening time then a morning one is a range over midnight; a later time first otherwise stays a change
  ['uk', 'Росія атакувала з 22:00 до 5:00.', [{ text: 'з 22:00 до 5:00', kind: 'date', value: '22:00–05:00' }]],
  ['en', 'The curfew runs from 10 p.m. to 6 a.m., moved from 3 p.m. to 11 a.m.', [{ text: 'from 10 p.m. to 6 a.m.', value: '22:00–06:00' }, '3 p.m.', '11 a.m.']],
  // Reviewer: "the pre-check's spellings are lower-case and Capitalised only but the regex is case-insensitive"
  ['fr', 'À DIX HEURES ET DEMIE, LE PRÉSIDENT A PARLÉ.', [{ text: 'DIX HEURES ET DEMIE', kind: 'date', value: '10:30' }]],
  // a clock phrase's hour ends its clause, "half" goes only with "past", a bare minute count is in fives after
  // "at"/"until": shares, amounts, ranges and votes are no times (review of session 19)
  ['en', 'Sales rose by a quarter to ten million units. Output grew by half to eight million barrels. It fell by half to nine percent.', []],
  ['en', 'The seats rose from five to eight. The crowd grew to about five to ten, witnesses said. The committee voted at six to three.', []],
  ['de', 'Der Anteil sank um ein Viertel nach acht Jahren.', []],
  // a range of times is one figure, with its opener; two times apart stay two
  ['en', 'The desk is staffed from 8 to 11 a.m. and between 1 p.m. and 4:30 p.m., shifts 6:00–14:00.', [{ text: 'from 8 to 11 a.m.', value: '08:00–11:00' }, { text: 'between 1 p.m. and 4:30 p.m.', value: '13:00–16:30' }, { text: '6:00–14:00' }]],
  ['de', 'Geöffnet von 10 bis 18 Uhr, Einlass zwischen 9.30 Uhr und 11 Uhr; um 12 Uhr und 14 Uhr Führungen.', [{ text: 'von 10 bis 18 Uhr', value: '10:00–18:00' }, { text: 'zwischen 9.30 Uhr und 11 Uhr' }, { text: '12 Uhr' }, { text: '14 Uhr' }]],
  // a day after a month is no hour; a bare hour must run up to the time after it
  ['en', 'Shifts ran Aug. 9 to 6:30 a.m. and from 10 to 2 a.m.', [{ text: '6:30 a.m.' }, { text: '2 a.m.' }]],
  ['fr', 'Le marché a lieu de 7 h à 13 h.', [{ text: 'de 7 h à 13 h', value: '07:00–13:00' }]],
  ['uk', 'Пункт працює з 8:00 до 20:00, а о 21:00 зачиняється.', [{ text: 'з 8:00 до 20:00' }, { text: '21:00' }]],
  ['ru', 'Приём идёт с 10:00 до 15:30.', [{ text: 'с 10:00 до 15:30', value: '10:00–15:30' }]],
  ['en', 'The polls open at 9 a.m. and close at 7:15 p.m.; the count starts at 10:30.', [{ text: '9 a.m.', kind: 'date', value: '09:00' }, { text: '7:15 p.m.', value: '19:15' }, { text: '10:30', value: '10:30' }]],
  // a dot between hours and minutes (British style) with a suffix is a time; without one it stays a number
  ['en', 'Doors open at 9.30am and close at 7.00 P.M.; the fee is 9.30 pounds.', [{ text: '9.30am', value: '09:30' }, { text: '7.00 P.M.', value: '19:00' }]],
  // a later time first is a change of time, no range
  ['en', 'The meeting was moved from 3 p.m. to 11 a.m. on Friday.', [{ text: '3 p.m.', value: '15:00' }, { text: '11 a.m.', value: '11:00' }]],
  // no time after a currency sign ("£9.30 pm" is a price per month), nor with a space at the dot (it ends a sentence)
  ['en', 'It costs £9.30 pm or $4.45 am. He is aged 11. 30 am prayers were held.', []],
  ['en', 'It begins at 12 am and at 6pm.', [{ text: '12 am', value: '00:00' }, { text: '6pm', value: '18:00' }]],
  ['de', 'Der Zug fährt um 14.30 Uhr, der nächste um 10 Uhr.', [{ text: '14.30 Uhr', value: '14:30' }, { text: '10 Uhr', value: '10:00' }]],
  ['fr', 'Rendez-vous à 14 h 30, puis à 18h30.', [{ text: '14 h 30', value: '14:30' }, { text: '18h30', value: '18:30' }]],
  ['uk', 'Засідання почнеться о 14:00.', [{ text: '14:00', value: '14:00' }]],
  ['ru', 'Заседание начнется в 15:30.', [{ text: '15:30', value: '15:30' }]],
  // a ratio written like a clock is no time: by a ratio word, or going on as a grouped number (lexicon ratioWords)
  ['en', 'A 1:24 scale DeLorean, a 1:18-scale car, at a scale of 1:50, a map at 1:25,000; we met at 1:24.', [{ text: '1:24', value: '01:24' }]],
  ['de', 'Ein Modell im Maßstab 1:24, um 10:30 Uhr.', [{ text: '10:30 Uhr', value: '10:30' }]],
  ['fr', "Une maquette à l'échelle 1:43, à 10:30.", [{ text: '10:30', value: '10:30' }]],
  ['ru', 'Модель в масштабе 1:43, в 10:30.', [{ text: '10:30', value: '10:30' }]],
  ['uk', 'Модель у масштабі 1:43, о 10:30.', [{ text: '10:30', value: '10:30' }]],
  // the game clock in a sentence about a game is an elapsed time in seconds, not a time of day
  ['en', "Nelson's goal 2:55 into overtime capped it. The vote closes at 7:15.", [{ text: '2:55', kind: 'measure', value: 175, unit: 's' }, { text: '7:15', kind: 'date', value: '07:15' }]],
  ['en', 'He scored at 7:14 on the power play.', [{ text: '7:14', kind: 'measure', value: 434, unit: 's' }]],
  // every clock of a sentence about a game is read as one (the sentence is judged once for all)
  ['en', 'He scored at 7:14 and 9:05 on the power play.', [{ text: '7:14', kind: 'measure', value: 434, unit: 's' }, { text: '9:05', kind: 'measure', value: 545, unit: 's' }]],
  ['de', 'Das Tor fiel in der Verlängerung bei 3:12.', [{ text: '3:12', kind: 'measure', value: 192 }]],
  ['ru', 'Он забросил шайбу на 17:46.', [{ text: '17:46', kind: 'measure', value: 1066 }]],
  ['uk', 'Він закинув шайбу на 17:46.', [{ text: '17:46', kind: 'measure', value: 1066 }]],
  ['fr', 'Le but est tombé en prolongation à 2:55.', [{ text: '2:55', kind: 'measure', value: 175 }]],
  // not times: a decimal without a clock word, a score, an hour count
  ['de', 'Der Wert lag bei 14.30 Prozent.', []],
  ['en', 'Prices rose 3.5% in 24 hours.', []],
  // a time of day named by a word (lexicon clockWords), as written: not a name, not inside a word
  ['en', 'It was around midnight when police came; by noon it was over. Midnight Oil played.', [{ text: 'midnight', kind: 'date', value: '00:00' }, { text: 'noon', value: '12:00' }]],
  ['de', 'Gegen Mitternacht kam die Polizei.', [{ text: 'Mitternacht', value: '00:00' }]],
  ['fr', 'Dans l’après-midi, puis à midi et à minuit.', [{ text: 'midi', value: '12:00' }, { text: 'minuit', value: '00:00' }]],
  ['uk', 'Поліція приїхала опівночі.', [{ text: 'опівночі', value: '00:00' }]],
  ['ru', 'Полиция приехала в полночь.', [{ text: 'полночь', value: '00:00' }]],
  // clock times in words (lexicon clockPhrases): "five to eight" after "at" is 7:55, not a range
  ['en', 'The train left at five to eight; we arrived at half past nine, at a quarter to ten, at 8 o\'clock.', [
    { text: 'five to eight', kind: 'date', value: '07:55' }, { text: 'half past nine', value: '09:30' },
    { text: 'a quarter to ten', value: '09:45' }, { text: "8 o'clock", value: '08:00' },
  ]],
  ['en', 'Five to ten people came; it took five to eight years.', []],
  ['de', 'Wir treffen uns um halb acht, um Viertel nach acht, um acht Uhr oder gegen zehn vor neun.', [
    { text: 'halb acht', value: '07:30' }, { text: 'Viertel nach acht', value: '08:15' }, { text: 'acht Uhr', value: '08:00' }, { text: 'zehn vor neun', value: '08:50' },
  ]],
  ['de', 'Er hatte halb so viel Geld.', []],
  // clock times built the French, Russian and Ukrainian way (lexicon clockForms): an ordinal hour, a preposition, a part of the day
  ['fr', 'Le train part à huit heures et demie, le suivant vers dix heures. Rendez-vous à 8 heures du soir ou à midi et quart, au plus tard à onze heures moins dix.', [
    { text: 'huit heures et demie', kind: 'date', value: '08:30' }, { text: 'dix heures', value: '10:00' }, { text: '8 heures du soir', value: '20:00' },
    { text: 'midi et quart', value: '12:15' }, { text: 'onze heures moins dix', value: '10:50' },
  ]],
  // … not a duration, a distance or "at a time when": those end no clause, have no minutes or follow no "vers"/"dès"
  ['fr', "Il a parlé pendant deux heures. C'est à deux heures de Paris, à une heure où tout ferme; la visite est réduite à deux heures.", []],
  ['ru', 'Встреча в половине девятого, потом в 9 утра, в восемь часов вечера и без четверти девять. Приём с 9 утра до 21:00.', [
    { text: 'половине девятого', kind: 'date', value: '08:30' }, { text: '9 утра', value: '09:00' }, { text: 'восемь часов вечера', value: '20:00' },
    { text: 'без четверти девять', value: '08:45' }, { text: 'с 9 утра до 21:00', value: '09:00–21:00' },
  ]],
  // … an ordinal of no hour ("второго тайма") and a count of hours without a part of the day are no times
  ['ru', 'Во второй половине второго тайма он забил. Операция длилась около 8 часов, с интервалом в 2 часа.', []],
  ['uk', "Зустріч о восьмій годині, потім о пів на дев'яту ранку та о 9 вечора. Почали о восьмій.", [
    { text: 'восьмій годині', kind: 'date', value: '08:00' }, { text: "пів на дев'яту ранку", value: '08:30' }, { text: '9 вечора', value: '21:00' },
    { text: 'восьмій', value: '08:00' },
  ]],
  ['uk', 'Він переміг з восьмої спроби.', []],
];

describe('times', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['times']), want));
});
