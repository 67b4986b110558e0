// Pass "numbers": digits with currency, sign, fraction, range, scale, unit and rate.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // Reviewer: "“We sold 12\" he said proudly. gives [12\"|in]": an open curly quotation (“, «, „) in the line is open
  ['en', '“We sold 12" he said proudly.\n«On a vendu 12" pièces.\n“Done,” and a 27" screen.', [{ text: '12', kind: 'count' }, { text: '12', kind: 'count' }, { text: '27"', unit: 'in' }]],
  // an inch mark glued to a number is a unit: the double prime always, a straight quote only where it closes no quotation
  ['en', 'The TV has a 34" screen, the monitor a 15.6″ panel. She said "I have 34" friends, he said—"we sold 12" pieces.', [{ text: '34"', kind: 'measure', value: 34, unit: 'in' }, { text: '15.6″', unit: 'in' }, { text: '34', kind: 'count' }, { text: '12', kind: 'count' }]],
  // a range in words whose ends carry a sign is one range: "від 0 до +3", "de -2 à +3 °C" (the "+" had ended it)
  ['uk', 'Вночі від 0 до +3, вдень від +2 до +7 °C.', [{ text: 'від 0 до +3', kind: 'range', value: [0, 3] }, { text: 'від +2 до +7 °C', kind: 'range', value: [2, 7] }]],
  ['fr', 'Il fera de -5 à -2 °C.', [{ text: 'de -5 à -2 °C', kind: 'range', value: [-5, -2], unit: '°C' }]],
  // after a person and a copula a number is an age only when its clause ends or "years", "and" or a time follows
  ['en', "I'm 74 and still working. He is 3 points behind. Police turned 200 protesters away. She turned 40 last year.", [{ text: '74', kind: 'measure', unit: 'yr' }, { text: '3', kind: 'count' }, { text: '200', kind: 'count' }, { text: '40', kind: 'measure', unit: 'yr' }]],
  // a number in dot thousands ending its sentence keeps its groups ("auf 1.500." is 1500, not "1"); a digit after the dot still ends it
  ['de', 'Die Zahl stieg auf 1.500. Es waren 12.000. Version 1.500.2 kam.', [{ text: '1.500', kind: 'count', value: 1500 }, { text: '12.000', value: 12000 }]],
  ['ru', 'Их было 12.000.', [{ text: '12.000', value: 12000 }]],
  // … and an ordinal with a dot in thousands is still an ordinal ("zum 1.000. Mal")
  ['de', 'Er spielte zum 1.000. Mal.', []],
  // … but not before a capitalised article or pronoun opening the next sentence: that dot ends the sentence
  ['de', 'Die Besucherzahl übertraf die 10.000. Der Veranstalter war zufrieden.', [{ text: '10.000', kind: 'count', value: 10000 }]],
  // a percentage point in every case and number (uk, ru), and the French bare "point" after a number with decimals; after a whole number it is a score's
  ['uk', 'Ставку знижено на 0,5 процентного пункту, а потім на 2 відсоткові пункти.', [{ text: '0,5 процентного пункту', kind: 'percent', value: 0.5 }, { text: '2 відсоткові пункти', kind: 'percent' }]],
  ['ru', 'Ставку снизили на 0,5 процентного пункта.', [{ text: '0,5 процентного пункта', kind: 'percent', value: 0.5 }]],
  ['fr', 'Le chômage a reculé de 0,5 point, le taux de 0,25 point de pourcentage. Le PSG compte 3 points d’avance.', [{ text: '0,5 point', kind: 'percent', value: 0.5 }, { text: '0,25 point de pourcentage', kind: 'percent' }, { text: '3', kind: 'count' }]],
  // dot thousands are no decimals, and a point "par"/"sur" something is a score's (no percent)
  ['fr', 'Il a gagné 2.000 points au classement ATP.', [{ text: '2.000', kind: 'count', value: 2000 }]],
  ['fr', 'Le joueur compte 1.250 points.', [{ text: '1.250', kind: 'count', value: 1250 }]],
  ['fr', 'Il a marqué 18,5 points par match.', [{ text: '18,5', value: 18.5 }]],
  ['fr', 'La note est de 8,5 points sur 10.', [{ text: '8,5', value: 8.5 }, { text: '10', value: 10 }]],
  // a number joined by a hyphen to capital letters is a code (an order number, a form), unless the letters are a unit
  ['en', 'Order number 4521-AB was cancelled; it filed a 20-F report on a 256-GB drive.', [{ text: '256', value: 256 }]],
  // … nor when the capitals are a currency's ISO code or a unit written in one case ("9-V", "100-AH", "100-PS")
  ['fr', 'Il a reçu un bon de 100-USD.', [{ text: '100', value: 100 }]],
  ['en', 'It takes a 9-V battery, a 100-AH battery and a 5-kW motor.', [{ text: '9-V', kind: 'measure', unit: 'V' }, { text: '100-AH', kind: 'measure', unit: 'Ah' }, { text: '5-kW', kind: 'measure', unit: 'kW' }]],
  ['de', 'Er kaufte ein Auto mit einem 100-PS-Motor.', [{ text: '100-PS', kind: 'measure', value: 100, unit: 'PS' }]],
  // a mass or a power joined by a hyphen is a measure with its unit, as "10-km" is
  ['en', 'The rocket carried a 1,500-kilogram payload to a 500-megawatt plant.', [{ text: '1,500-kilogram', kind: 'measure', value: 1500, unit: 'kg' }, { text: '500-megawatt', kind: 'measure', value: 500 }]],
  ['en', 'an additional 180,000 personnel, totaling 1.5 million', [{ text: '180,000', kind: 'count', value: 180000 }, { text: '1.5 million', value: 1.5e6 }]],
  // a dot before groups of "000" on an English page is a thousands separator ("1.000 led lights", a Dutch writer's); 2.5 stays 2.5
  ['en', 'It has 1.000 led lights and a 2.5 metre span.', [{ text: '1.000', kind: 'count', value: 1000 }, { text: '2.5 metre', value: 2.5 }]],
  // … but a batting average, a save percentage or a grade point average keeps its decimals
  ['en', 'He is batting 1.000 this season, with a 1.000 save percentage. Her GPA was 4.000.', [{ text: '1.000', value: 1 }, { text: '1.000', value: 1 }, { text: '4.000', value: 4 }]],
  ['en', 'a $1.2bn deal, a £750mn bond, DKK 312 per share', [{ text: '$1.2bn', kind: 'money', value: 1.2e9, unit: 'USD' }, { text: '£750mn', value: 7.5e8, unit: 'GBP' }, { text: 'DKK 312 per share', unit: 'DKK/share' }]],
  // years after an age or a span in every form of the word (1, 2–4, 5+); a year's number with it stays a date (dates.test.ts)
  ['ru', 'Ей 53 года, ему 21 год и 30 лет.', [{ text: '53 года', kind: 'measure', value: 53, unit: 'yr' }, { text: '21 год', unit: 'yr' }, { text: '30 лет', unit: 'yr' }]],
  ['uk', 'Їй 21 рік, за 3 роки.', [{ text: '21 рік', kind: 'measure', unit: 'yr' }, { text: '3 роки', unit: 'yr' }]],
  // a declined adjective of measure after a number's hyphen is an age or a span, a measure (lexicon hyphenUnitStems)
  ['de', 'Ein 34-jähriger Mann nach einer 12-monatigen Pause.', [{ text: '34-jähriger', kind: 'measure', value: 34, unit: 'yr' }, { text: '12-monatigen', kind: 'measure', value: 12, unit: 'mo' }]],
  ['ru', '38-летний мужчина, 5-часовой перелёт.', [{ text: '38-летний', kind: 'measure', unit: 'yr' }, { text: '5-часовой', kind: 'measure', unit: 'h' }]],
  ['uk', 'За 10-річний період.', [{ text: '10-річний', kind: 'measure', value: 10, unit: 'yr' }]],
  // a multiple written with "x" or "×" glued to its number; not a size ("4x4", "1920x1080") or a name ("10x Genomics")
  ['en', 'about ~9x as cost-effective, 1-2x as good, 2× faster; a 4x4 truck, 1920x1080 screens, 10x Genomics, a fleet of 777x jets', [{ text: '9x', kind: 'measure', value: 9, unit: '×' }, { text: '1-2x', kind: 'range', value: [1, 2], unit: '×' }, { text: '2×', unit: '×' }]],
  // a capital scale letter glued to a currency amount, as business news writes it; not after a bare number ("300M people", "a 5K run")
  ['en', 'bought the label for $300M, raised $1.2B and €50M, up from $5K; a 5K run', [{ text: '$300M', kind: 'money', value: 3e8, unit: 'USD' }, { text: '$1.2B', value: 1.2e9 }, { text: '€50M', value: 5e7, unit: 'EUR' }, { text: '$5K', value: 5e3 }]],
  ['en', 'up 12.3% and 34.5 per cent; rates of 12–15%; -3.3%', [{ text: '12.3%', kind: 'percent' }, { text: '34.5 per cent', kind: 'percent' }, { text: '12–15%', kind: 'range', value: [12, 15] }, { text: '-3.3%', value: -3.3 }]],
  ['en', 'exported 11.2 million tonnes; 48.2°C; $30 a tonne', [{ text: '11.2 million tonnes', kind: 'measure', unit: 't' }, { text: '48.2°C', unit: '°C' }, { text: '$30 a tonne', unit: 'USD/tonne' }]],
  // units by context: pounds of weight, pounds of money
  ['en', 'The linebacker weighs 243 pounds.', [{ text: '243 pounds', kind: 'measure', value: 243, unit: 'lb' }]],
  ['en', 'The club paid 300 pounds for it and spent 5 million pounds in all.', [{ text: '300 pounds', kind: 'money', unit: 'GBP' }, { text: '5 million pounds', kind: 'money', value: 5e6 }]],
  ['en', 'A £20 note is worth 20 pounds.', [{ text: '£20', kind: 'money' }, { text: '20 pounds', kind: 'money' }]],
  // "p" after a video format's height is its resolution; pence otherwise
  ['en', 'It records 1080p video, or 720p; petrol is 142.9p a litre, a stamp 85p, the shares 1,080p.', [{ text: '1080p', kind: 'measure', value: 1080, unit: 'p' }, { text: '720p', kind: 'measure', unit: 'p' }, { text: '142.9p a litre', kind: 'money', unit: 'GBX/litre' }, { text: '85p', kind: 'money', unit: 'GBX' }, { text: '1,080p', kind: 'money', unit: 'GBX' }]],
  // fractions and mixed numbers
  ['en', 'He served 1-1/2 years, about 2½ hours; 3/4 of voters agreed.', [{ text: '1-1/2 years', kind: 'measure', value: 1.5, unit: 'yr' }, { text: '2½ hours', value: 2.5, unit: 'h' }, { text: '3/4', value: 0.75 }]],
  // ranges in words
  ['en', 'Sentences from 4 to 9 years; between 25 and 30 times your expenses.', [{ text: 'from 4 to 9 years', kind: 'range', value: [4, 9] }, { text: 'between 25 and 30 times', kind: 'range' }]],
  // a recipe's quantities: Cyrillic unit letters are set apart from their number ("150 г", "1 л"), spoons
  // are units, and a typographer's minus set tight joins a range ("16−18 см"); spaced, it is a minus
  ['ru', 'Нужно 150 г масла, 200 мл и 1 л воды, 300 граммов курицы, 2 ст. л. сахара, 1 ч. л. соли; форма 16−18 см, 2−3 томата; 10 − 3.', [{ text: '150 г', kind: 'measure', value: 150, unit: 'g' }, { text: '200 мл', unit: 'ml' }, { text: '1 л', unit: 'l' }, { text: '300 граммов', unit: 'g' }, { text: '2 ст. л.', unit: 'tbsp' }, { text: '1 ч. л.', unit: 'tsp' }, { text: '16−18 см', kind: 'range', value: [16, 18], unit: 'cm' }, { text: '2−3', kind: 'range', value: [2, 3] }, '10', '3']],
  // a unit letter followed by a dot and a letter is an abbreviation of its own: a year, thousands, horsepower
  ['ru', 'В 5 г. до н. э. Зарплата 3 т. р. Добавьте 1 л. Затем варите.', ['5', '3', { text: '1 л', unit: 'l' }]],
  ['uk', 'Авто потужністю 249 л.с. коштує 30 тисяч.', ['249', '30 тисяч']],
  ['uk', 'Потрібно 150 г борошна, 200 мл молока, 5 т зерна; 3−5 хвилин.', [{ text: '150 г', kind: 'measure', unit: 'g' }, { text: '200 мл', unit: 'ml' }, { text: '5 т', unit: 't' }, { text: '3−5 хвилин', kind: 'range', value: [3, 5] }]],
  ['ru', 'к срокам от 4 до 9 лет лишения свободы', [{ text: 'от 4 до 9 лет', kind: 'range', value: [4, 9] }]],
  // references, addresses and phone numbers are not figures
  ['en', 'Under Section 230, mail us at 520 Third Street or call 347-966-3806.', []],
  // a day, part or game of a series names it ("Day 3, Part 10", "Game 7"); a number of days is a figure
  ['en', 'Day 3, Part 10: the statement. Game 7 is next; it lasted 3 days.', [{ text: '3 days', kind: 'measure' }]],
  // a kind named with its number is a name, not a quantity
  ['en', 'They trigger so-called type 2 immune responses in group 2 innate lymphoid cells; a Category 5 storm hit 12 towns.', [{ text: '12', kind: 'count' }]],
  ['de', 'Patienten mit Diabetes Typ 2 und 12 Ärzte.', [{ text: '12', kind: 'count' }]],
  // a day that opens a span of days is no ordinal
  ['de', 'Die Messe läuft vom 12. bis 14. Juni.', [{ text: '12', kind: 'count' }, { text: '14', kind: 'count' }]],
  // a number after capitalised parts joined by hyphens is a model's ("Wi-Fi 6"), unless it is a year
  ['en', 'The laptop adds Wi-Fi 6 and 2 ports; the Harris-Walz 2024 ticket.', [{ text: '2', kind: 'count' }, { text: '2024' }]],
  // at a sentence's start, a capitalised word and number the text names inside a sentence is that name again
  ['en', 'It keeps two Lightning 4 ports. Lightning 4 stays. Voters 18 and older may vote.', [{ text: '18' }]],
  ['de', 'Tag 3 der Verhandlung dauerte 5 Stunden.', [{ text: '5 Stunden', kind: 'measure' }]],
  // an ordinal written "5." after an article or a preposition is no figure; a count at a sentence's end stays
  ['de', 'Der 1. FC Neustadt siegte zum 4. Mal in der 2. Liga vor 800 Fans. Es kamen 40. Dann gingen sie.', [{ text: '800', kind: 'count' }, { text: '40', kind: 'count' }]],
  // a number after a name takes its range tail with it: neither is read again
  ['en', 'Wales beat Hungary 2-0 and the Indiana Jones Collection 1-4 sold 300 copies.', [{ text: '300' }]],
  // units joined by a hyphen
  ['en', 'The new 16-inch screen; a 5-gallon bucket; a 2.0-liter engine.', [{ text: '16-inch', kind: 'measure', unit: 'in' }, { text: '5-gallon', kind: 'measure' }, { text: '2.0-liter', kind: 'measure' }]],
  // naira: the sign, and in Nigerian English the letter N glued to an amount with a scale or thousands groups; "N95", "N225" are names
  ['en', 'They demand N500m, N2.5 billion, N50,000 and ₦500m; N95 masks; the Nikkei (N225) fell 2%.', [{ text: 'N500m', kind: 'money', value: 5e8, unit: 'NGN' }, { text: 'N2.5 billion', value: 2.5e9, unit: 'NGN' }, { text: 'N50,000', value: 5e4, unit: 'NGN' }, { text: '₦500m', value: 5e8, unit: 'NGN' }, { text: '2%' }]],
  ['de', 'Die Kläger fordern ₦500 Millionen.', [{ text: '₦500 Millionen', kind: 'money', unit: 'NGN' }]],
  // a currency sign is read in every language, before or after the amount (Korean won, Turkish lira, shekel)
  ['de', 'Die Karten kosten 60.000 ₩, der Eintritt ₺5.', [{ text: '60.000 ₩', kind: 'money', value: 60000, unit: 'KRW' }, { text: '₺5', kind: 'money', value: 5, unit: 'TRY' }]],
  ['en', 'Tickets cost 60,000₩ at the door and ₪40 online.', [{ text: '60,000₩', kind: 'money', value: 60000, unit: 'KRW' }, { text: '₪40', kind: 'money', value: 40, unit: 'ILS' }]],
  ['ru', 'Истцы требуют ₦500 млн, сообщил суд.', [{ text: '₦500 млн', kind: 'money', unit: 'NGN' }]],
  // an engine's power and torque; "PS" and "Nm" only as written (lexicon caseUnits: "7 nm" is a nanometre, no torque)
  ['en', 'It puts out 151 PS and 197 Nm, or 176 hp and 406 lb-ft; a 275-horsepower motor; a 7 nm chip.', [{ text: '151 PS', kind: 'measure', unit: 'PS' }, { text: '197 Nm', kind: 'measure', unit: 'N·m' }, { text: '176 hp', unit: 'hp' }, { text: '406 lb-ft', unit: 'lb·ft' }, { text: '275-horsepower', kind: 'measure', unit: 'hp' }, { text: '7', kind: 'count' }]],
  ['de', 'Der Motor leistet 150 PS und 250 Nm.', [{ text: '150 PS', kind: 'measure', unit: 'PS' }, { text: '250 Nm', unit: 'N·m' }]],
  ['fr', 'Le moteur développe 150 ch et 250 Nm.', [{ text: '150 ch', kind: 'measure', unit: 'PS' }, { text: '250 Nm', unit: 'N·m' }]],
  ['uk', 'Потужність 150 к.с. і 250 Нм.', [{ text: '150 к.с.', kind: 'measure', unit: 'PS' }, { text: '250 Нм', unit: 'N·m' }]],
  ['ru', 'Мощность 150 л.с. и 250 Н·м, техпроцесс 7 нм.', [{ text: '150 л.с.', kind: 'measure', unit: 'PS' }, { text: '250 Н·м', unit: 'N·m' }, { text: '7', kind: 'count' }]],
  // a number joined to a configuration noun names a kind, not a count
  ['en', 'A 6-speed gearbox drives the 4-cylinder engine of 3 cars.', [{ text: '3', kind: 'count' }]],
  // an area in square miles or feet; "square" before a unit is no street
  ['en', 'The island is 87 square miles; a 2,000-square-foot home of 1,500 sq ft at 12 Square Road.', [{ text: '87 square miles', kind: 'measure', unit: 'mi2' }, { text: '2,000-square-foot', unit: 'ft2' }, { text: '1,500 sq ft', unit: 'ft2' }]],
  // a game's score is no figure (labelling policy); a range before another noun is
  ['en', "Before the Wild's 4-1 win, prices rose 4-5 percent; Germany's 4-0 rout of Belarus.", [{ text: '4-5 percent', kind: 'range' }]],
  ['de', 'Nach dem 3-1 Sieg stiegen die Preise um 4-5 Prozent.', [{ text: '4-5 Prozent', kind: 'range' }]],
  ['ru', 'Команда одержала 2-1 победу, а цены выросли на 4-5%.', [{ text: '4-5%', kind: 'range' }]],
  // bare scores (./scores): set scores in a list, with a tie-break, or a pair that does not go up; a range goes up
  ['en', 'Nadal beat Khachanov 6-3, 7-6 (7) to level the series 1-1; Rublev won 3-6, 6-3, 7-6 (0) and served at 5-4.', []],
  ['en', 'Prices rose 15-20% and 5-10 people came; children aged 3-5 and 20-25 million tonnes.', [{ text: '15-20%', kind: 'range' }, { text: '5-10', kind: 'range' }, { text: '3-5', kind: 'range' }, { text: '20-25 million tonnes', kind: 'range' }]],
  ['de', 'Die Gophers (9-1, 6-1) siegten; die Preise stiegen um 4-6 Prozent.', [{ text: '4-6 Prozent', kind: 'range' }]],
  // a team's record of wins, losses and ties is no figure, not a range and two counts; a count beside it is
  ['en', 'The Islanders improved to 14-0-1 in their last 15 games; Buffalo is on a 1-6-2 skid (3-0-2).', [{ text: '15', kind: 'count' }]],
  ['de', 'Die Eisbären stehen bei 10-2-1 nach 13 Spielen.', [{ text: '13', kind: 'count' }]],
  // a round-up's line that opens with a game's score: neither side's number is a figure
  ['en', 'Wild 4, Sabres 1: Zach Parise scored twice, Alex Stalock made 30 saves.\nRed Wings 3, Blue Jackets 2\nThey had 5 shots.', [{ text: '30' }, { text: '5' }]],
  ['fr', 'Lyon 2, Marseille 1 : 12 tirs au but.', [{ text: '12' }]],
  // the score line found after lines of pairs with no score at their end ("1, N", then 7 mid-line)
  ['en', 'On November 1, Monday 7 rose, November 2, Tuesday 8 fell.\nWild 4, Sabres 1: 30 saves.', [{ text: '1' }, { text: '7' }, { text: '2' }, { text: '8' }, { text: '30' }]],
  // a pair near a word of voting is a tally of votes, kept
  ['en', 'The bill passed 52-48; the court issued a 5-4 ruling.', [{ text: '52-48' }, { text: '5-4' }]],
  // a score with a colon has a one-digit second side; a clock time has two
  ['de', 'Ein Spiel endete 2:1, das andere 0:0; 3 Tore fielen.', [{ text: '3' }]],
  // A street word inside another word, or a lower-case phrase before "way", is no address.
  ['en', 'The rate averaged 5.7 percent; 300 protesters made their way in.', [{ text: '5.7 percent' }, { text: '300' }]],
  ['ru', 'по ч. 4 ст. 159 УК РФ', []],
  // a word that only starts like a street word, or lower-case words before one, make no address
  ['en', 'The rate averaged 5.7 percent, against an average of 15.2 percent; 12 people on the way.', [{ text: '5.7 percent', kind: 'percent' }, { text: '15.2 percent', kind: 'percent' }, { text: '12', kind: 'count' }]],
  ['en', 'He was stopped near 17 Main St. and lives at Ave 5.', []],
  // names and codes are not figures
  ['en', 'Veterans of World War II flew on a Boeing 737 to the G7 summit about COVID-19; 5G masts.', []],
  // a product's name in mixed case takes a model number, not a count; a unit glued to it stays a figure
  ['en', 'The iPhone 11 and AirPods 2 work with MagSafe 2 and AirPlay 2; PlayStation 5 sales hit 40 million; the MacBook 256GB.', [{ text: '40 million', kind: 'count' }, { text: '256GB', kind: 'measure' }]],
  ['de', 'um 12,3 Prozent auf 180.000 Menschen; rund 23 Millionen Euro; 58 Euro im Monat', [{ text: '12,3 Prozent', value: 12.3 }, { text: '180.000', value: 180000 }, { text: '23 Millionen Euro', kind: 'money', value: 2.3e7 }, { text: '58 Euro im Monat', unit: 'EUR/monat' }]],
  ['fr', 'le gazole à 1,68 euro le litre; 1,5 million d’euros', [{ text: '1,68 euro le litre', unit: 'EUR/litre' }, { text: '1,5 million d’euros', value: 1.5e6, unit: 'EUR' }]],
  ['uk', 'виділив 1,5 млн грн та ще 85 тисяч; 2–3 ГВт', [{ text: '1,5 млн грн', kind: 'money', unit: 'UAH' }, { text: '85 тисяч', value: 85000 }, { text: '2–3 ГВт', kind: 'range', unit: 'GW' }]],
  ['ru', 'составят 13,5 трлн рублей, или 6,3% ВВП; в 2 раза', [{ text: '13,5 трлн рублей', value: 1.35e13, unit: 'RUB' }, { text: '6,3%', value: 6.3 }, { text: '2 раза', kind: 'measure', unit: '×' }]],
  // a model's variant: a number glued to letters takes its hyphenated tail ("A350-900"), and a shorter
  // number after a hyphen names a variant ("787-9"); ranges run up, tallies keep their size, a year's range stays
  ['en', 'an order of 50 Airbus A350-900 jets and 30 of Boeing’s 787-9 Dreamliner jets; a Boeing Co. 787-10 aircraft', ['50', '30']],
  ['en', 'the House passed it 218-214; 1,200-1,500 people, 100-150 cars, FY2020-22', ['218-214', '1,200-1,500', '100-150', '22']],
  ['ru', 'заказ 20 самолётов Ту-204-300 и 40 вертолётов', ['20', '40']],
  // units glued to the number: storage, frequency, power, frame rate ("2.4GHz", "512GB", "96W", "24FPS", "512 Go", "8 ГБ")
  ['en', 'the 2.4GHz model with 512GB of storage, a 1TB drive, a 100Wh battery, a 96W adapter at 24FPS', [{ text: '2.4GHz', kind: 'measure', unit: 'GHz' }, { text: '512GB', unit: 'GB' }, { text: '1TB', unit: 'TB' }, { text: '100Wh', unit: 'Wh' }, { text: '96W', unit: 'W' }, { text: '24FPS', unit: 'fps' }]],
  ['ru', 'памяти 8 ГБ, процессор 3 ГГц', [{ text: '8 ГБ', unit: 'GB' }, { text: '3 ГГц', unit: 'GHz' }]],
  // too ambiguous for a unit: French "go", Russian and Ukrainian "вт" (also Tuesday); letters set apart before a noun
  // ("500 TB cases": tuberculosis); a glued letter before an address's ordinal
  ['fr', 'Je vais à 5 go.', ['5']],
  ['ru', 'Он выступил в 5 вт пятницы.', ['5']],
  ['uk', 'Зустріч о 10 вт. (вівторок) у Києві.', ['10']],
  ['en', 'India reported 2,000 TB deaths last year. There were 500 TB cases in the region. He holds a 1 TB stake.', ['2,000', '500', '1']],
  ['en', 'The office is at 120W 42nd St.', []],
  ['en', 'It ships with 16 GB of memory.', [{ text: '16 GB', unit: 'GB' }]],
  // a letter glued to a number that is no unit stays a name ("5G", "4K" is not read as a unit either)
  ['en', 'a 5G phone with an i7 chip', []],
  // a proportion in digits is one share (as "one in five" spelled out); a year or a unit after the whole is no proportion
  ['en', 'Nearly 3 in 10 adults agree; 1 out of 1,000 cases', [{ text: '3 in 10', kind: 'percent', value: 30 }, { text: '1 out of 1,000', value: 0.1 }]],
  ['en', '5 in 2019; cut 3 in 10 days', ['5', '2019', '3', '10 days']],
  ['fr', '3 sur 10 Français', [{ text: '3 sur 10', kind: 'percent', value: 30 }]],
  ['ru', '3 из 10 россиян', [{ text: '3 из 10', value: 30 }]],
  // two bare numbers joined by "to" before the unit they share are one range; without a unit after, two numbers
  ['en', 'Aim to save at least 25 to 30 times your expenses, or 5 to 7 percent.', [{ text: '25 to 30 times', kind: 'range', value: [25, 30] }, { text: '5 to 7 percent', kind: 'range', value: [5, 7] }]],
  ['en', 'The score went from 2 and rose 25 to 30 in a year.', ['2', '25', '30']],
  // adjacent table cells (a tab or a line between) never join into a range: a price and its change
  ['en', 'HD\tTHE HOME DEPOT INC.\t225.86\t-12.99\t-5.44%', [{ text: '225.86', value: 225.86 }, { text: '-12.99', value: -12.99 }, { text: '-5.44%', value: -5.44 }]],
  // batch 9: a duration after a name is no part of it; a software version after its label is a name
  ['en', 'Obama told the U.N. General Assembly 18 months ago that he would act; the Boeing 737 flew.', [{ text: '18 months', kind: 'measure' }]],
  ['de', 'AgileBits hat Version 5.3 freigegeben. Update 5.3 des Passwortmanagers kostet 50 Euro.', [{ text: '50 Euro', kind: 'money' }]],
  // batch 10: a number with a group separator is no house number before a street word ("lane miles")
  ['en', 'The city has 6,000 miles of streets and 19,000 lane miles; it repaved 1,300 lane-miles. He lives at 12 Drury Lane.', [{ text: '6,000 miles', kind: 'measure' }, { text: '19,000', value: 19000 }, { text: '1,300', value: 1300 }]],
  ['de', 'Die Stadt hat 1.300 Weg-Kilometer, das Amt sitzt in der Hauptstraße 12.', [{ text: '1.300', value: 1300 }]],
  // batch 10: a decimal number going on with another dotted group is a version or an address ("as of 1.8.3")
  ['en', 'It exists on all versions as of 1.8.3 and at 192.168.0.1; it rose 1.8 percent.', [{ text: '1.8 percent', kind: 'percent' }]],
  ['ru', 'Версия 1.8.3 вышла, рост составил 1,5 процента.', [{ text: '1,5 процента', kind: 'percent' }]],
  // … but a year, a month and a day joined by dots are a date
  ['en', 'The Palace: 2018.04.05 ~ OPEN RUN', [{ text: '2018.04.05', kind: 'date', value: '2018-04-05' }]],
  // a recipe's measures are measures, not bare counts (lexicon units)
  ['en', '1 lemon, or about 1/4 cup lemon juice; 6 tbsp fruit pectin, 1 tsp. olive oil, 1 1/2 cups honey, 2 Tablespoons butter.', ['1', { text: '1/4 cup', kind: 'measure', unit: 'cup' }, { text: '6 tbsp', kind: 'measure', unit: 'tbsp' }, { text: '1 tsp', kind: 'measure', unit: 'tsp' }, { text: '1 1/2 cups', kind: 'measure', value: 1.5, unit: 'cup' }, { text: '2 Tablespoons', kind: 'measure', unit: 'tbsp' }]],
  // an age after the words that give it (lexicon ageBefore) is a measure in years, not a count; "at 16" may be a time or a score
  // a fraction sign alone is a number, with its unit or as a share; after a number and a space it is that number's ("6 ½ minutes" is 6.5 minutes)
  ['en', 'Eggs [2 eggs, ½ cup sweet potato, ¼ cup feta], 2½ hours, and ½ of voters; it stopped 6 ½ minutes later.', ['2', { text: '½ cup', kind: 'measure', value: 0.5, unit: 'cup' }, { text: '¼ cup', value: 0.25 }, { text: '2½ hours', value: 2.5 }, { text: '½', kind: 'percent', value: 50 }, { text: '6 ½ minutes', kind: 'measure', value: 6.5, unit: 'min' }]],
  ['en', 'Bake for 6 ½ minutes.', [{ text: '6 ½ minutes', kind: 'measure', value: 6.5, unit: 'min' }]],
  // audit21: a screen's refresh rate, a response time, a camera's megapixels and a diet's kilocalories are measures, also glued
  ['en', 'A 120Hz panel, a 4ms response time, a 12MP camera and a 12-megapixel one; 1694 kcal a day.', [{ text: '120Hz', kind: 'measure', unit: 'Hz' }, { text: '4ms', kind: 'measure', unit: 'ms' }, { text: '12MP', kind: 'measure', unit: 'MP' }, { text: '12-megapixel', kind: 'measure', unit: 'MP' }, { text: '1694 kcal', kind: 'measure', unit: 'kcal' }]],
  ['de', 'Mit 120 Hz, 4 ms Reaktionszeit, 12-MP-Kamera, 2000 kcal.', [{ text: '120 Hz', unit: 'Hz' }, { text: '4 ms', unit: 'ms' }, { text: '12-MP', unit: 'MP' }, { text: '2000 kcal', unit: 'kcal' }]],
  ['fr', 'Un écran de 120 Hz, une caméra de 12 mégapixels et 2000 kcal par jour.', [{ text: '120 Hz', unit: 'Hz' }, { text: '12 mégapixels', unit: 'MP' }, { text: '2000 kcal', unit: 'kcal' }]],
  // … and a recipe's grams, degrees and spoons in other cases and short forms, an hour in the singular
  ['ru', 'Запекайте при 180 градусах, доведите до 40 граммам; 400 гр. тунца, 150 гр пасты, 2,5 ч.л. уксуса, 2 ст.л. масла, на 1 час; 1694 Ккал, 60 Гц.', [{ text: '180 градусах', unit: '°' }, { text: '40 граммам', unit: 'g' }, { text: '400 гр.', unit: 'g' }, { text: '150 гр', unit: 'g' }, { text: '2,5 ч.л.', unit: 'tsp' }, { text: '2 ст.л.', unit: 'tbsp' }, { text: '1 час', kind: 'measure', unit: 'h' }, { text: '1694 Ккал', unit: 'kcal' }, { text: '60 Гц', unit: 'Hz' }]],
  ['uk', 'Випікайте при 180 градусах; 400 гр. борошна, 2 ст.л. олії, 1 ч.л. солі; 2000 ккал, 60 Гц.', [{ text: '180 градусах', unit: '°' }, { text: '400 гр.', unit: 'g' }, { text: '2 ст.л.', unit: 'tbsp' }, { text: '1 ч.л.', unit: 'tsp' }, { text: '2000 ккал', unit: 'kcal' }, { text: '60 Гц', unit: 'Hz' }]],
  // audit21: a version after an operating system's name in lower case and capitals is part of the name
  ['en', 'It requires iOS 12 or later, macOS 10.15 and watchOS 6; it sold 3 million.', ['3 million']],
  // a unit after a hyphen, also in the plural
  ['en', 'The screen has been shrunk to 5.5-inches from a 6-inch one.', [{ text: '5.5-inches', kind: 'measure', unit: 'in' }, { text: '6-inch', kind: 'measure', unit: 'in' }]],
  ['en', 'You can withdraw it once you reach age 59; see page 5.', [{ text: '59', kind: 'measure', unit: 'yr' }]],
  ['en', 'He fell ill at the age of 9, was aged 34 in 2005 and at age 12 left with 3 friends.', [{ text: '9', kind: 'measure', unit: 'yr' }, { text: 'aged 34', kind: 'measure', unit: 'yr', value: 34 }, '2005', { text: '12', kind: 'measure', unit: 'yr' }, { text: '3', kind: 'count' }]],
  // ages joined by a hyphen (lexicon ageNouns) and after a speaker's "I'm" are measures in years; units of speed and compute
  ['de', 'Das Gericht verurteilte den 42-Jährigen.', [{ text: '42-Jährigen', kind: 'measure', unit: 'yr' }]],
  ['uk', 'Суд засудив 35-річного чоловіка.', [{ text: '35-річного', kind: 'measure', unit: 'yr' }]],
  ['en', 'A 34-year-old man said: "I\'m 74 and she is 80."', [{ text: '34-year-old', kind: 'measure', unit: 'yr' }, { text: '74', kind: 'measure', unit: 'yr' }, { text: '80', kind: 'measure', unit: 'yr' }]],
  ['en', 'The chip delivers 10.7 teraflop of compute.', [{ text: '10.7 teraflop', kind: 'measure', unit: 'TFLOPS' }]],
  ['uk', 'Швидкість вітру сягала 25 м/с.', [{ text: '25 м/с', kind: 'measure', unit: 'm/s' }]],
  ['de', 'Der Hurrikan erreichte bis zu 250 Stundenkilometern.', [{ text: '250 Stundenkilometern', unit: 'km/h' }]],
  // a number in groups of thousands after a name is a quantity, not the name's number ("Boeing 737" is one)
  ['en', 'The Boeing 737 flew; in Texas 12,000 voted.', ['12,000']],
  ['de', 'Allein in München 80.000 Menschen.', ['80.000']],
  // a place after a preposition, then a count: no name's number ("Формула 1" keeps its own)
  ['uk', 'Ворог випустив по Україні 45 ударних дронів, а пілот Формули 1 виграв.', ['45']],
  // after a plural reference word (lexicon referencePlurals) a second number joined by "and" (andWords) is a reference too
  ['en', 'The A9 is closed between junctions 4 and 5, and Sections 3 and 4 apply.', []],
  ['uk', 'Справу відкрили за статтями 185 і 190 ККУ.', []],
  // after a singular one the second may be a count, and a plural before one number alone may be a noun before a count
  ['en', 'See page 12 and 40 people came.', ['40']],
  ['en', 'In both sections 30 people were hurt.', ['30']],
  ['uk', 'Йому повідомили про підозру за частиною 2 статті 191 ККУ.', []],
  // a house number after a street and a comma ends its sentence
  ['uk', 'Відділення розташоване на вулиці Хрещатик, 22.', []],
  ['en', 'On Via Roma, 15.5 km were closed.', ['15.5 km']],
  // a unit inside a German compound noun: a measure with its hyphen (not "Euro": "49-Euro-Ticket")
  ['de', 'Der Bus fährt im 20-Minuten-Takt, es gibt einen 12-Kilometer-Stau und einen 10-Jahres-Plan.', [
    { text: '20-Minuten', kind: 'measure', unit: 'min' }, { text: '12-Kilometer', unit: 'km' }, { text: '10-Jahres', unit: 'yr' },
  ]],
];

describe('numbers', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['reserved', 'numbers']), want));
});

describe('numbers among the other passes', () => {
  it('a year with "года"/"рік" stays a date, a small number with it is years', () => {
    expectFigures(figuresOf('Ей 53 года; это было в 2018 года.', 'ru'), [{ text: '53 года', unit: 'yr' }, { text: '2018 года', kind: 'date' }]);
    expectFigures(figuresOf('Пошлины будут расти вплоть до 2030 года.', 'ru'), [{ text: '2030 года', kind: 'date', value: '2030' }]);
    expectFigures(figuresOf('Їй 21 рік; 2020 рік був важким.', 'uk'), [{ text: '21 рік', unit: 'yr' }, { text: '2020 рік', kind: 'date' }]);
  });
});

// A text in a language without a lexicon that writes decimals with a comma ("17.000 orang", "2,5 persen") is read
// with those separators: the English reading took 17.000 for 17 and "1.234.567" for a version number.
describe('numbers in a language without a lexicon', () => {
  const ID = 'Saat Ali jadi khalifah, Siti Aisyah memberontak dalam perang yang disebut Perang Jamal yang menewaskan 17.000 orang. Saat Muawiyah berontak dalam perang Siffin pun ada 70.000 Muslim yang tewas. Harga naik 2,5 persen dan 1.234.567 orang ikut serta dalam pemilihan itu.';
  const ES = 'El gobierno dijo que 1.200 personas votaron y que el 2,5 por ciento de los votos fueron nulos, según los datos del ministerio para las elecciones de este año en la capital del país, donde la participación fue muy alta.';
  it('reads dot thousands and comma decimals, declared or recognised', () => {
    expectFigures(figuresOf(ID, 'id'), [{ text: '17.000', value: 17000 }, { text: '70.000', value: 70000 }, { text: '2,5', value: 2.5 }, { text: '1.234.567', value: 1234567 }]);
    expectFigures(figuresOf(ES, ''), [{ text: '1.200', value: 1200 }, { text: '2,5', value: 2.5 }]);
  });
  it('reads the format the text\'s own numbers show: Mexican comma thousands, Spanish dot thousands', () => {
    const MX = 'El gobierno dijo que 17,000 personas votaron y que el voto fue libre, según los datos del ministerio para las elecciones de este año en la capital del país, donde la participación fue muy alta.';
    for (const lang of ['es-MX', 'es', '']) expectFigures(figuresOf(MX, lang), [{ text: '17,000', value: 17000 }]);
    const SP = MX.replace('17,000', '17.000');
    for (const lang of ['es-ES', 'es', '']) expectFigures(figuresOf(SP, lang), [{ text: '17.000', value: 17000 }]);
    expect(figuresOf(ID, 'id')[0]).toMatchObject({ text: '17.000', value: 17000 }); // the language's own way when the text's numbers agree
  });
  it('leaves an English text as English', () => {
    expectFigures(figuresOf('The war killed 2,500 people and cost 1.5 billion dollars, officials said.', 'en'), [{ text: '2,500', value: 2500 }, { text: '1.5 billion dollars', value: 1.5e9 }]);
  });
});

// Session 21: a person's age in brackets after the name ("Anna Müller (34) sagte", a German press convention) was
// claimed as a counter and lost; between commas after a first name and surname ("Eloise Parry, 21, was") it was a
// count. Both are ages, a measure in years (labelling policy); a counter, a footnote or a place's tally is none.
const BRACKET_AGES: Case[] = [
  ['de', 'Anna Müller (34) sagte, es sei kalt. Der Angeklagte (34), ein Lehrer, schwieg. Müller ging.', [{ text: '34', kind: 'measure', value: 34, unit: 'yr' }, { text: '34', kind: 'measure', unit: 'yr' }]],
  ['de', 'Kommentare (8)\nDas Wachstum lag bei 3 Prozent (3). Weiter.', ['3 Prozent']],
  ['en', 'Eloise Parry, 21, was taken to hospital; Jane Doe (34) said so. The growth (3) was small. Doe left.', [{ text: '21', kind: 'measure', unit: 'yr' }, { text: '34', kind: 'measure', unit: 'yr' }]],
  ['en', 'In Texas, 12, and in Ohio, 9.', [{ text: '12', kind: 'count' }, { text: '9', kind: 'count' }]],
  // German capitalises every noun: a counter, a page or a score in brackets is no age (the reviewer's cases)
  ['de', 'Alle Kommentare (8) anzeigen', []],
  ['de', 'Weitere Bilder (12) ansehen', []],
  ['de', 'Die Kommentare (8) sind geschlossen. Kommentare sind willkommen.', []],
  ['de', 'Siehe Seite (12) und folgende.', []],
  ['de', 'Die Grünen (12) und die SPD (40) stimmten zu.', []],
  ['de', 'Bayern München (2) und Borussia Dortmund (1) trennten sich. München führt.', []],
  ['en', 'Manchester United (12) beat Liverpool (10). United lead.', []],
  ['en', 'Show Comments (8) below.', []],
];

describe('ages after a name', () => {
  it.each(BRACKET_AGES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});

// Session 21: a scale glued to a currency sign ("5 M€", "3 Md€", "20 k€") names the currency: money, not a count.
describe('a scale with a currency sign', () => {
  it.each<Case>([
    ['fr', 'Il a reçu 5 M€ et 3 Md€ et 20 k€.', [{ text: '5 M€', kind: 'money', value: 5e6, unit: 'EUR' }, { text: '3 Md€', kind: 'money', value: 3e9 }, { text: '20 k€', kind: 'money', value: 2e4 }]],
  ])('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});

// Session 21 review: "ms" was matched in any case, so "MS" (multiple sclerosis), "Ms." and "МС-21" were milliseconds;
// "MP" spaced from its number was megapixels ("400 MP candidates"). "ms"/"мс" are read in lower case only, "MP"
// only glued or hyphenated (lexicon caseUnits, gluedUnits).
describe('units read in one case only', () => {
  it.each<Case>([
    ['en', 'Nearly 1 million MS patients live in the US.', [{ text: '1 million', kind: 'count' }]],
    ['en', 'There are 2,000 MS sufferers and some 300 Ms. Universe contestants.', [{ text: '2,000', kind: 'count' }, { text: '300', kind: 'count' }]],
    ['de', 'Rund 250.000 MS-Kranke leben hier.', [{ text: '250.000', kind: 'count' }]],
    ['ru', 'Всего 2 МС-21 построено, задержка 5 мс.', [{ text: '2', kind: 'count' }, { text: '5 мс', kind: 'measure', unit: 'ms' }]],
    ['en', 'About 400 MP candidates stood.', [{ text: '400', kind: 'count' }]],
    ['en', 'A 12MP camera, a 12-MP sensor, a 5 ms delay.', [{ text: '12MP', unit: 'MP' }, { text: '12-MP', unit: 'MP' }, { text: '5 ms', unit: 'ms' }]],
    // a temperature's scale glued without the degree sign ("40C", "1.5C", "75F"); spaced it is a grade, and a seat is no temperature
    ['en', 'Temperatures hit 40C, fans start at about 75C, warming is held to 1.5C and Phoenix saw 115F.', [{ text: '40C', kind: 'measure', unit: '°C', value: 40 }, { text: '75C', unit: '°C' }, { text: '1.5C', unit: '°C', value: 1.5 }, { text: '115F', unit: '°F' }]],
    ['en', 'She sat in seat 14F while 3 C-grade pupils and 20 F students waited.', [{ text: '3', kind: 'count' }, { text: '20', kind: 'count' }]],
    // an escape, an address or a catalogue name holds the letter: "%2F", "/o?id=2F", "quasar 3C 273"
    ['en', 'Open https%3A%2F%2Fx.com/o?id=2F then look at the quasar 3C 273 at 75F.', [{ text: '75F', unit: '°F' }]],
    // millimetres and centimetres in every language, the singulars too ("one millimeter", "один метр")
    ['en', 'The key travel is one millimeter, against 0.7 millimetre; it moved one centimetre and weighs one gram.', [{ text: 'one millimeter', unit: 'mm', value: 1 }, { text: '0.7 millimetre', unit: 'mm' }, { text: 'one centimetre', unit: 'cm' }, { text: 'one gram', unit: 'g' }]],
    ['fr', 'La pluie a atteint 5 millimètres, la neige 12 centimètres.', [{ text: '5 millimètres', kind: 'measure', unit: 'mm' }, { text: '12 centimètres', unit: 'cm' }]],
    ['ru', 'Осадков выпало 5 миллиметров, снега 12 сантиметров, один метр.', [{ text: '5 миллиметров', kind: 'measure', unit: 'mm' }, { text: '12 сантиметров', unit: 'cm' }, { text: 'один метр', unit: 'm' }]],
    ['uk', 'Опадів випало 5 міліметрів, снігу 12 сантиметрів, один метр.', [{ text: '5 міліметрів', kind: 'measure', unit: 'mm' }, { text: '12 сантиметрів', unit: 'cm' }, { text: 'один метр', unit: 'm' }]],
  ])('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});

// Session 22: a number that is part of a model's name or an address is no figure (labelling policy): between a
// model's code and a capitalised word ("Dell G3 15 Intel Core"), after a street's name set off by a comma ("corso
// Monforte, 15, Milan"); before a lower-case word the same number is a count.
const NAME_AND_ADDRESS_PARTS: Case[] = [
  ['en', 'Get it at Dell for $549\n\nDell G3 15 Intel Core i5-9300H', ['$549']],
  ['en', 'The G7 20 leaders met.', [{ text: '20', kind: 'count' }]],
  ['en', 'Flos Showroom\ncorso Monforte, 15, Milan\nOpen daily.', []],
  ['en', 'On Piazza Navona, 15 people were hurt.', [{ text: '15', kind: 'count' }]],
  ['fr', 'Rendez-vous boulevard Voltaire, 15\nà Paris.', []],
  ['de', 'Treffpunkt: Am Platz Europa, 15, Berlin.', []],
  // a unit in title case inside a sentence of lower-case words, before another capitalised word, is a word of a name
  ['en', 'If you’ve done 80 Day Obsession with Autumn Calabrese, you know. The storm dropped 10 Inches Tuesday.', [{ text: '10 Inches', kind: 'measure', unit: 'in' }]],
  ['en', 'How 80 Day Obsession Works', [{ text: '80 Day', kind: 'measure' }]],
  ['fr', 'le programme 21 Jours Minceur est fini, il a duré 21 jours.', [{ text: '21 jours', kind: 'measure' }]],
  // a reference word capitalised at a sentence's start is still one ("Section 230", "Chapter 11")
  ['en', 'Section 230 protects platforms. Chapter 11 filings rose.', []],
];

// Session 22: the sides of a dimension are no year ("1080 x 1920", "1080 by 1920 pixels"), nor a multiple ("1920×1080").
const DIMENSIONS: Case[] = [
  ['en', 'A 1080 x 1920 display and a 1920×1080 one.', ['1080', '1920', '1920', '1080']],
  ['en', 'The screen is 1080 by 1920 pixels. Sales will reach 80 by 2022.', ['1080', { text: '1920', kind: 'count' }, '80', { text: '2022', kind: 'date' }]],
  ['de', 'Auflösung: 1080 x 1920 Pixel.', ['1080', { text: '1920', kind: 'count' }]],
  ['ru', 'Разрешение 1080 x 1920 пикселей.', ['1080', { text: '1920', kind: 'count' }]],
  ['en', 'a 2x zoom', [{ text: '2x', kind: 'measure', unit: '×' }]],
];

describe('dimensions', () => {
  it.each(DIMENSIONS)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});

// Session 22: a scale glued to a number without a currency, before a counted noun, is the number's scale ("5M users"
// was claimed as a code); "4k streaming" and "a 3M spokesman" stay names.
const ATTACHED_SCALES: Case[] = [
  ['en', 'The app has 5M users, 20k followers and 1.2B people; 4k streaming; a 3M spokesman.', [{ text: '5M', kind: 'count', value: 5e6 }, { text: '20k', kind: 'count', value: 2e4 }, { text: '1.2B', kind: 'count', value: 1.2e9 }]],
  ['fr', 'L’appli compte 5M personnes.', [{ text: '5M', kind: 'count', value: 5e6 }]],
];

describe('attached scales before a counted noun', () => {
  it.each(ATTACHED_SCALES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});

describe('numbers in names and addresses', () => {
  it.each(NAME_AND_ADDRESS_PARTS)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
