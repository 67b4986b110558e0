// Focused cases for lib/analyze, per language: what must be found (with value/unit/name), and the
// false friends that must not be.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';

type Fig = { text: string; kind?: string; value?: unknown; unit?: string };
const figures = (text: string, lang = 'en', published?: string) => analyzeText(text, { lang, published }).figures;
const sources = (text: string, lang = 'en', links = [] as Array<{ start: number; end: number; href: string }>) =>
  analyzeText(text, { lang, links }).sources;

const FIGURES: Array<[string, string, Fig[]]> = [
  ['en', 'an additional 180,000 personnel, totaling 1.5 million', [{ text: '180,000', kind: 'count', value: 180000 }, { text: '1.5 million', kind: 'count', value: 1.5e6 }]],
  ['en', 'a $1.2bn deal', [{ text: '$1.2bn', kind: 'money', value: 1.2e9, unit: 'USD' }]],
  ['en', 'worth €450 million and £3.5 trillion', [{ text: '€450 million', value: 4.5e8, unit: 'EUR' }, { text: '£3.5 trillion', value: 3.5e12, unit: 'GBP' }]],
  ['en', 'a £750mn bond and a charge of US$45m', [{ text: '£750mn', value: 7.5e8, unit: 'GBP' }, { text: 'US$45m', value: 4.5e7, unit: 'USD' }]],
  ['en', 'revenue of DKK1.9bn; an offer of DKK 312 per share', [{ text: 'DKK1.9bn', value: 1.9e9, unit: 'DKK' }, { text: 'DKK 312 per share', kind: 'money', unit: 'DKK/share' }]],
  ['en', 'up 12.3% and 34.5 per cent', [{ text: '12.3%', kind: 'percent', value: 12.3, unit: '%' }, { text: '34.5 per cent', kind: 'percent', value: 34.5 }]],
  ['en', 'rates of 12–15% and 200,000-300,000 troops', [{ text: '12–15%', kind: 'range', value: [12, 15], unit: '%' }, { text: '200,000-300,000', kind: 'range', value: [200000, 300000] }]],
  ['en', 'Temperatures hit 48.2°C and fires burned 17,000 hectares 300 miles away', [{ text: '48.2°C', kind: 'measure', unit: '°C' }, { text: '17,000 hectares', kind: 'measure', value: 17000, unit: 'ha' }, { text: '300 miles', unit: 'mi' }]],
  ['en', 'exported 11.2 million tonnes', [{ text: '11.2 million tonnes', kind: 'measure', value: 1.12e7, unit: 't' }]],
  ['en', 'signed on 16 September 2024, effective in December 2024', [{ text: '16 September 2024', kind: 'date', value: '2024-09-16' }, { text: 'December 2024', value: '2024-12' }]],
  ['en', 'a statement released on 1 October.', [{ text: '1 October', kind: 'date', value: '2024-10-01' }]],
  ['en', 'Umerov said back in May that', [{ text: 'in May', kind: 'date', value: '2024-05' }]],
  ['en', 'KYIV, Oct 3 (Globe Wire) - on 2024-10-05', [{ text: 'Oct 3', value: '2024-10-03' }, { text: '2024-10-05', value: '2024-10-05' }]],
  ['en', 'in the 2024/25 season, costs in 2022-23, since 2003', [{ text: '2024/25', kind: 'date' }, { text: '2022-23', kind: 'date', value: '2022/2023' }, { text: '2003', value: '2003' }]],
  ['en', 'expected to close in the first quarter of 2025', [{ text: 'the first quarter of 2025', kind: 'date', value: '2025-Q1' }]],
  ['en', 'founded by two former engineers', [{ text: 'two', kind: 'count', value: 2 }]],
  ['de', 'um 12,3 Prozent auf 180.000 Menschen', [{ text: '12,3 Prozent', kind: 'percent', value: 12.3 }, { text: '180.000', kind: 'count', value: 180000 }]],
  ['de', 'fehlen rund 23 Millionen Euro; 142,5 Millionen Fahrten', [{ text: '23 Millionen Euro', kind: 'money', value: 2.3e7, unit: 'EUR' }, { text: '142,5 Millionen', value: 1.425e8 }]],
  ['de', 'ab dem 3. Oktober 2024 und am 1. Januar 2025', [{ text: '3. Oktober 2024', kind: 'date', value: '2024-10-03' }, { text: '1. Januar 2025', value: '2025-01-01' }]],
  ['de', 'im September nur 81,4 Prozent, rund 150 Kilometer, bis zu fünf Monate', [{ text: 'im September', kind: 'date' }, { text: '81,4 Prozent' }, { text: '150 Kilometer', unit: 'km' }, { text: 'fünf Monate', kind: 'measure', value: 5 }]],
  ['de', 'Knapp ein Viertel fährt seltener Auto', [{ text: 'ein Viertel', kind: 'percent', value: 25 }]],
  ['uk', 'виділив 1,5 млн грн та ще 85 тисяч', [{ text: '1,5 млн грн', kind: 'money', value: 1.5e6, unit: 'UAH' }, { text: '85 тисяч', kind: 'count', value: 85000 }]],
  ['uk', 'Про це 16 вересня 2024 року заявив міністр; у серпні 2–3 ГВт', [{ text: '16 вересня 2024 року', kind: 'date', value: '2024-09-16' }, { text: 'у серпні', kind: 'date' }, { text: '2–3 ГВт', kind: 'range', value: [2, 3], unit: 'GW' }]],
  ['uk', 'тариф 4,32 грн за кВт·год, 180 000 осіб', [{ text: '4,32 грн за кВт·год', kind: 'money', value: 4.32 }, { text: '180 000', value: 180000 }]],
  ['ru', 'составят 13,5 трлн рублей, или 6,3% ВВП; в 2025 году', [{ text: '13,5 трлн рублей', kind: 'money', value: 1.35e13, unit: 'RUB' }, { text: '6,3%', value: 6.3 }, { text: '2025 году', kind: 'date', value: '2025' }]],
  ['ru', '13 сентября повысил ставку до 19% годовых; 2,39 млн человек', [{ text: '13 сентября', kind: 'date' }, { text: '19%' }, { text: '2,39 млн', kind: 'count', value: 2.39e6 }]],
  ['fr', 'à 1,2\u00a0% sur un an, mardi 1er octobre; -3,3 %', [{ text: '1,2\u00a0%', kind: 'percent', value: 1.2 }, { text: '1er octobre', kind: 'date', value: '2024-10-01' }, { text: '-3,3 %', value: -3.3 }]],
  ['fr', 'le gazole à 1,68 euro le litre; 850 euros par mois; 1,5 million d’euros', [{ text: '1,68 euro le litre', kind: 'money', unit: 'EUR/litre' }, { text: '850 euros par mois', unit: 'EUR/mois' }, { text: '1,5 million d’euros', value: 1.5e6, unit: 'EUR' }]],
  ['fr', 'Un marché à Marseille, le 28 septembre 2024, en juin', [{ text: '28 septembre 2024', value: '2024-09-28' }, { text: 'en juin', kind: 'date' }]],
];

// Numbers that are names, references or markup, not figures.
const NOT_FIGURES: Array<[string, string]> = [
  ['en', 'Veterans of World War II flew on a Boeing 737 to the G7 summit, where COVID-19 was discussed.'],
  // a long run without spaces after an identifier label is no identifier, and costs one pass
  ['en', `The archive listed ${'—doi'.repeat(2000)} entries.`],
  ['en', 'Call us on +44 20 7946 0958 or visit https://example.com/2024/10/report-123 today.'],
  ['en', 'The study was funded by the EU’s Horizon 2020 programme; for advice, call NHS 111.'],
  ['en', 'Comments (8)'],
  ['en', 'It was the 3rd time that 5G masts were attacked.'],
  ['fr', 'Le CAC 40 a gagné du terrain.'],
  ['de', 'Die Linie S1 und die VRN-Hotline unter 0621 1077077.'],
  ['ru', 'Средства на закупку танков Т-90М и истребителей Су-57.'],
  ['uk', 'ракети Х-101 з бомбардувальників Ту-95'],
];

describe('language tags from data', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('analyses a text tagged "%s" as English, without throwing', (lang) => {
    const r = analyzeText('The ministry said exports rose 5% in 2024, according to officials.', { lang });
    expect(r.sources.map((s) => s.text)).toContain('The ministry');
    expect(r.figures.map((f) => f.text)).toContain('5%');
  });
});

describe('figures: per-language cases', () => {
  it.each(FIGURES)('%s: %s', (lang, text, want) => {
    const got = figures(text, lang, '2024-10-02');
    for (const w of want) {
      const f = got.find((g) => g.text === w.text);
      expect(f, `${w.text} in ${JSON.stringify(got.map((g) => g.text))}`).toBeDefined();
      if (w.kind) expect(f!.kind).toBe(w.kind);
      if (w.value !== undefined) expect(f!.value).toEqual(w.value);
      if (w.unit) expect(f!.unit).toBe(w.unit);
    }
  });
  it.each(NOT_FIGURES)('%s: no figure in %s', (lang, text) => {
    expect(figures(text, lang).map((f) => f.text)).toEqual([]);
  });
  it('keeps a bare month only with its preposition, and skips the modal "may"', () => {
    expect(figures('Prices may rise. The talks may 5 times fail.').map((f) => f.text)).toEqual(['5 times']);
  });
});

type Src = { text: string; kind?: string; name?: string; cue?: string };
const SOURCES: Array<[string, string, Src[]]> = [
  ['en', 'Zaporizhzhia Oblast Governor Ivan Fedorov said earlier in August that the campaign began.', [{ text: 'Zaporizhzhia Oblast Governor Ivan Fedorov', kind: 'attribution', cue: 'said' }]],
  ['en', 'The Ukrainian Ministry of Foreign Affairs issued a protest. The ministry believes it is unlawful.', [{ text: 'The Ukrainian Ministry of Foreign Affairs' }, { text: 'The ministry', name: 'Ukrainian Ministry of Foreign Affairs' }]],
  ['en', 'Governor Ivan Fedorov said so. Later, Fedorov said the summons continued.', [{ text: 'Governor Ivan Fedorov' }, { text: 'Fedorov', name: 'Governor Ivan Fedorov' }]],
  ['en', 'Meanwhile, the US-based Institute for the Study of War (ISW) noted that it was unlikely.', [{ text: 'the US-based Institute for the Study of War (ISW)', cue: 'noted' }]],
  ['en', 'British intelligence, analyzing the start of conscription on 1 October, suggests that conscripts will be sent.', [{ text: 'British intelligence', cue: 'suggests' }]],
  ['en', '“The corridor is working,” Deputy Minister Oleh Marchuk told Reuters in an interview.', [{ text: 'Deputy Minister Oleh Marchuk', kind: 'quote' }, { text: 'Reuters', cue: 'told' }]],
  ['en', 'Analysts say prices will rise. A senior government official said talks were under way.', [{ text: 'Analysts' }, { text: 'A senior government official' }]],
  ['en', '“It adds up,” said chief executive Tom Ridley.', [{ text: 'chief executive Tom Ridley', kind: 'quote', name: 'Tom Ridley' }]],
  // a month name as a first name after a title, and a listener word with its employer
  ['en', 'Rates will rise, said Goldman Sachs analyst Jan Hatzius.', [{ text: 'Goldman Sachs analyst Jan Hatzius' }]],
  ['en', 'Rates will rise, said analysts at Jefferies.', [{ text: 'analysts at Jefferies' }]],
  // a time after an inverted speaker is no part of it
  ['en', 'The deal was dead, said an official at the time.', [{ text: 'an official' }]],
  // an institution whose name goes on in lower case, after "selon"
  ['fr', 'Selon l’Organisation mondiale de la santé, le virus recule.', [{ text: 'l’Organisation mondiale de la santé' }]],
  ['fr', 'Selon la Cour des comptes, le déficit augmente.', [{ text: 'la Cour des comptes' }]],
  // a listener outlet inside the fronted topic ("Об этом «Интерфаксу»") is no subject; the speaker follows the verb
  ['ru', 'Об этом «Интерфаксу» сообщили в пресс-службе министерства.', [{ text: 'пресс-службе министерства' }]],
  ['uk', 'Про це «Укрінформу» повідомили в пресслужбі міністерства.', [{ text: 'пресслужбі міністерства' }]],
  // a vote tally between a weak verb and its clause
  ['en', 'The Supreme Court ruled 6-3 that the law was unconstitutional.', [{ text: 'The Supreme Court' }]],
  // a past verb opening the sentence, its speaker, and a colon before a quotation
  ['en', 'Said one trader: “It is a mess.”', [{ text: 'one trader' }]],
  ['en', '“We will win.” Said the senator, smiling.', [{ text: 'the senator' }]],
  ['en', 'But according to multiple people I spoke to, the rift was older.', [{ text: 'multiple people', name: 'multiple people' }]],
  ['en', 'According to a document Matthesen prepared for her lawyers in 2006, the will left nothing to the family.', [{ text: 'a document' }]],
  ['en', 'According to spokesman John Kirby, the talks failed.', [{ text: 'spokesman John Kirby' }]],
  ['en', 'He was told that Obama in the call had confirmed his promise to drop the case.', [{ text: 'Obama', name: 'Obama' }]],
  ['en', 'Fluff from feathers is a known trigger, as Gizmodo very recently explained.', [{ text: 'Gizmodo', name: 'Gizmodo' }]],
  ['en', 'Joe Biden’s announcement that he would run surprised few.', [{ text: 'Joe Biden’s announcement' }]],
  ['en', 'Van Der Beek’s announcement that they lost the baby came on Sunday.', [{ text: 'Van Der Beek’s announcement' }]],
  ['en', 'The cuts are coming, said The We Company’s executive chair Marcelo Claure in an email.', [{ text: 'The We Company’s executive chair Marcelo Claure' }]],
  ['en', 'Prices rose 5%, according to the statistics office.', [{ text: 'the statistics office', cue: 'according to' }]],
  ['en', 'Illegal conscription in occupied Crimea. Photo: rk.gov.ru', [{ text: 'rk.gov.ru', kind: 'credit', name: 'rk.gov.ru' }]],
  ['en', 'A bulk carrier leaves Chornomorsk. Photo: Serhiy Petrenko/Globe Wire', [{ text: 'Serhiy Petrenko/Globe Wire', kind: 'credit' }]],
  ['de', '„Das hat sich geändert“, sagte VRN-Geschäftsführer Markus Feldhaus bei der Vorstellung.', [{ text: 'VRN-Geschäftsführer Markus Feldhaus', kind: 'quote', cue: 'sagte' }]],
  ['de', 'Das teilte der Verbund am Donnerstag mit. Laut DB-Sprecherin Anja Roth dauert es länger.', [{ text: 'der Verbund' }, { text: 'DB-Sprecherin Anja Roth', cue: 'laut' }]],
  ['de', 'Volle Bahnsteige am Hauptbahnhof. Foto: Lena Kraus/dpa', [{ text: 'Lena Kraus/dpa', kind: 'credit' }]],
  ['uk', 'Про це 16 вересня заявив міністр енергетики Олександр Коваленко. За даними Міністерства енергетики, ударів було понад 1200.', [{ text: 'міністр енергетики Олександр Коваленко', cue: 'заявив' }, { text: 'Міністерства енергетики', cue: 'За даними' }]],
  ['uk', '«Ми маємо пройти цю зиму», — наголосив Коваленко. Фото: Укренерго', [{ text: 'Коваленко', kind: 'quote' }, { text: 'Укренерго', kind: 'credit' }]],
  ['ru', 'По словам экономиста Марии Беловой, расходы сократятся. Аналитики считают, что доходы вырастут.', [{ text: 'экономиста Марии Беловой' }, { text: 'Аналитики', cue: 'считают' }]],
  ['ru', '«Бюджет сбалансирован», — сказал журналистам замминистра финансов Алексей Громов.', [{ text: 'замминистра финансов Алексей Громов', kind: 'quote' }]],
  ['fr', 'L’inflation a ralenti, selon une estimation publiée mardi par l’Insee.', [{ text: 'l’Insee', name: 'Insee' }]],
  ['fr', '« C’est une bonne nouvelle », a déclaré le ministre de l’Économie, Julien Morel, sur France Inter.', [{ text: 'le ministre de l’Économie, Julien Morel', kind: 'quote' }]],
];

// Mentions and pronouns that are not sources.
const NOT_SOURCES: Array<[string, string]> = [
  ['en', 'The envoy left, citing Taliban violence in the region.'],
  ['en', 'Note the governor’s words: “We will win.”'],
  ['en', 'Russian President Vladimir Putin signed on 16 September 2024 a decree to increase the army.'],
  ['en', 'He said the deal would add 3-4p to earnings. She added that it was good.'],
  ['en', 'Rising interest rates added as much as 40% to project costs.'],
  ['en', '(Reporting by Iryna Bondar; Editing by Tom Hales)'],
  ['en', 'The EBRD did not immediately respond to a request for comment.'],
  // an English sentence that opens with the verb is an imperative, not an inverted speaker
  ['en', 'Warren stumbled last month. Expect the policy-minded senator to have a new strategy this time around.'],
  ['en', 'Says a lot about the race. Note the governor’s silence on the matter.'],
  // a time's statement names no author
  ['en', 'Sunday’s statement that the ceasefire held was premature.'],
  ['en', 'Christmas Day’s announcement that the plant would close angered workers.'],
  ['de', 'Er sagte, das reiche nicht.'],
  ['ru', 'Владимир Путин в сентябре подписал указ.'],
];

describe('sources: per-language cases', () => {
  it.each(SOURCES)('%s: %s', (lang, text, want) => {
    const got = sources(text, lang);
    for (const w of want) {
      const s = got.find((g) => g.text === w.text);
      expect(s, `${w.text} in ${JSON.stringify(got.map((g) => g.text))}`).toBeDefined();
      if (w.kind) expect(s!.kind).toBe(w.kind);
      if (w.name) expect(s!.name).toBe(w.name);
      if (w.cue) expect(s!.cue?.toLowerCase()).toBe(w.cue.toLowerCase());
    }
  });
  it.each(NOT_SOURCES)('%s: no source in %s', (lang, text) => {
    expect(sources(text, lang).map((s) => s.text)).toEqual([]);
  });
  it('turns a link on a document into a link source and adds hrefs to named sources', () => {
    const text = 'The ministry issued a protest, according to a statement released on 1 October. Meanwhile, the Institute for the Study of War (ISW) noted it. The treaty is the Geneva Convention.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const got = sources(text, 'en', [
      { ...at('statement'), href: 'https://mfa.gov.ua/en/news/x' },
      { ...at('Institute for the Study of War (ISW)'), href: 'https://www.understandingwar.org/a' },
      { ...at('Geneva Convention'), href: 'https://ihl-databases.icrc.org/x' },
    ]);
    const link = got.find((s) => s.text === 'statement');
    expect(link?.kind).toBe('link');
    expect(link?.href).toBe('https://mfa.gov.ua/en/news/x');
    expect(got.find((s) => s.text === 'Institute for the Study of War (ISW)')?.href).toBe('https://www.understandingwar.org/a');
    expect(got.some((s) => s.text.includes('Geneva'))).toBe(false);
  });
});
