// Pass "reserved": digits in URLs, e-mail addresses, domains, phone numbers, footnote markers and
// list numbers are claimed, so no later pass reads a figure out of them.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // (each scan is tried only where a match can start: a URL in capitals or at "WwW.", an address
  // whose name has letters outside the BMP, two in a row, a label in lower case after "doing")
  ['en', 'See HTTPS://EXAMPLE.COM/2024/10 and WwW.example.org/7 today; 4 left.', ['4']],
  ['en', 'Mail 𝐚𝐛1@x12.com,c.d3@e4.org.uk about the 6 files.', ['6']],
  ['en', 'Doing well: doi: 10.1000/182 and DOI 10.55/7 in 2 papers.', ['2']],
  ['en', 'Call +44 20 7946 0958 or visit https://example.com/2024/10/report-123 or mail a1@x12.com; rk.gov.ru has 5 pages.', ['5']],
  ['de', 'Die VRN-Hotline unter 0621 1077077 hilft; 12 Leute rufen an.', ['12']],
  ['en', 'Comments (8)\n1. First item with 3 things', ['3']],
  // an emergency number next to a word of calling is a phone number; the same digits as a count are not
  ['en', 'Officials began receiving 911 calls; callers dialed 911, and 911 employees came.', ['911']],
  ['de', 'Bitte den Notruf 112 wählen; es gab 112 Anrufe.', ['112']],
  // an identifier after its label (lexicon identifierLabels) is no figure; a number beside it still is
  ['en', 'Published in 2018 with 12 authors. DOI: 10.1007/978-3-319-09575-2_199-1', ['2018', '12']],
  ['en', 'The handbook (ISBN 978-3-16-148410-0) sold 20,000 copies; see doi:10.1038/s41586-019-1666-5.', ['20,000']],
  ['de', 'Die Studie (DOI: 10.1016/j.envres.2020.109) nennt 40 Brunnen.', ['40']],
  ['ru', 'Статья УДК 614.2:616-036 описывает 300 пациентов.', ['300']],
  // audit21: two digits joined into a device's kind are no figure ("3-in-1"); a share "1-in-10" is not this
  ['en', 'There is one similar 3-in-1 charging pad and a 2-in-1 mat for 3 devices.', ['3']],
  ['de', 'Das 2-in-1-Laptop kostet 900 Euro.', ['900 Euro']],
  ['fr', 'Un chargeur 3-en-1 pour 3 appareils.', ['3']],
  ['ru', 'Шампунь 2-в-1 за 300 рублей.', ['300 рублей']],
  ['uk', 'Шампунь 2-в-1 за 300 гривень.', ['300 гривень']],
  // a post box's number is an address, no quantity
  ['en', 'Write to P.O. Box 69440, Los Angeles, or PO Box 12; 30 letters came.', ['30']],
  ['de', 'Schreiben Sie an Postfach 1234; 30 Briefe kamen. Im E-Mail-Postfach 12 Nachrichten.', ['30', '12']],
  ['fr', 'Écrivez à la boîte postale 5520 ; 30 lettres sont arrivées.', ['30']],
  ['ru', 'Пишите: а/я 125; пришло 30 писем.', ['30']],
  ['uk', 'Пишіть: а/с 125; надійшло 30 листів.', ['30']],
  // a list of references is a marker too; a code's section glued to its number is no quantity
  ['en', 'Water can boost weight loss (10, 11). It helps [27, 28, 29] in 3 ways.', ['3']],
  ['en', 'You can contribute $19,000 to a 401(k) and 2 to a 501(c)(3).', ['$19,000', '2']],
  // a reference's volume, issue and pages (Vancouver and APA styles) are no quantity; its year and a count after "2015;" stay
  ['en', 'Curr Opin Anaesthesiol. 2015; 28: 685-690. Lancet 2019;12(3):45–52. Nature, 28(3), 685–690.', ['2015', '2019']],
  ['de', 'Dtsch Arztebl. 2020; 117(4): 45-52. Es kamen 2015; 28 Leute.', ['2020', '2015', '28']],
  // a case or file number of capitals and digits joined by slashes is no quantity; a date and a count beside it are
  ['en', 'The suit, Number FHC/ABJ/03/095/2018, names 3 defendants; resolution A/RES/70/1 and S/2023/123 were cited.', ['3']],
  ['fr', 'La résolution A/RES/70/1 compte 17 objectifs.', ['17']],
  // a phone number with a two-digit area code ("02" Seoul, "01" Paris) is no range or count; a month and year stays a date
  ['en', 'Tickets cost 5 dollars. Inquiry\n02-751-1500', ['5 dollars']],
  ['fr', 'Appelez le 01 42 68 53 00 ; 20 places restent.', ['20']],
  // lines of one capitalised word and a number are a heading's numbering when the word numbers two of them or more;
  // a count in a sentence stays, and so does one such line alone (an infobox's "Killed 42")
  ['en', 'Meal 1\n\nEat every 2 hours.\n\nMeal 2\n\nRest.\n\nStep 3\n\nStep 4', ['2 hours']],
  ['de', 'Schritt 1\n\nDann kamen 40 Gäste.\n\nSchritt 2', ['40']],
  ['en', 'Casualties\nKilled 42\nInjured 120', ['42', '120']],
  // "24/7", "9/11" (the attacks) and "20/20" are words, not quantities
  ['en', 'The shop runs 24/7 with 12 staff; after 9/11 hindsight was 20/20.', ['12']],
  ['de', 'Seit 9/11 arbeiten 30 Leute rund um die Uhr, 24/7.', ['30']],
  ['fr', 'Ouvert 24/7 avec 8 agents.', ['8']],
  // a box score's line score: per-period scores and the total are no figures
  ['en', 'Lakers 28 31 25 30 — 114. Celtics 25 27 30 22 — 104.', []],
  ['fr', 'Il y avait 1 500 000 personnes.', ['1 500 000']],
  // a free line with its "0" apart ("0 800 50 12 34"): no thousands group opens on "0"
  ['uk', 'Гаряча лінія 0 800 50 12 34 працює цілодобово, дзвінки з 8 регіонів.', ['8']],
  ['uk', 'Телефонуйте 0-800-500-609 або 0 800 505 85 85.', []],
  // a service number after a word of calling, also with its addressee and a preposition (lexicon serviceNumbers, phonePreps)
  ['en', 'Anyone with information should call 101, or call police on 101, or dial 999.', []],
  ['uk', 'Можна зателефонувати за номером 1545.', []],
  // before a word of calling a service number may be a count: kept
  ['en', 'Police received 101 calls and called 12 witnesses.', ['101', '12']],
];

describe('reserved', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['reserved', 'numbers']), want));
  // a date opening on a zero is not taken for a phone with a two-digit area code
  it.each([
    ['de', 'Am 05.06.2019 kamen 3 Leute; seit 05-2019 nicht mehr.', '05.06.2019'],
    ['en', 'The 2-1 win on 05/06/2019 drew 3,000 fans.', '05/06/2019'],
  ])('%s: %s', (lang, text, date) => expect(figuresOf(text, lang).map((f) => f.text)).toContain(date));
});
