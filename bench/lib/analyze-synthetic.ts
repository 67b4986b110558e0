// A synthetic news article of about N words for bench:analyze, assembled from realistic sentences
// with sources (attributions, quotes, credits, links) and figures (money, percentages, ranges,
// measures, dates), in English, German, French, Ukrainian or Russian. Deterministic: the same N gives the same text.
import type { TextLink } from '../../lib/extract/types';

const SENTENCES: Record<string, string[]> = {
  en: [
    'The Ukrainian Ministry of Foreign Affairs issued a “strong protest” on 1 October, according to a statement released in Kyiv.',
    'Zaporizhzhia Oblast Governor Ivan Fedorov said earlier in August that 20,000 residents had received summons.',
    '“We will not stop until every family is safe,” Deputy Minister Oleh Marchuk told Reuters in an interview.',
    'Russian President Vladimir Putin signed on 16 September 2024 a decree adding 180,000 personnel, totaling 1.5 million.',
    'Northwind Energy agreed to buy Havbris for $1.2bn (€1.08bn), the companies said, a premium of 34.5 per cent.',
    'Shares fell 2.3% to 418.6p in London, while analysts at Jefferies estimate costs rose 15-20% in 2022-23.',
    'Extreme heat killed an estimated 46,200 people in Europe in 2023, according to a study published in Nature Medicine.',
    'Temperatures reached 48.2°C in Sardinia and fires burned more than 17,000 hectares, Greek officials said.',
    'A senior government official said talks on a $50 million insurance facility would resume in May.',
    'Analysts say exports could reach 40-42 million tonnes, compared with 50.9 million tonnes a year earlier.',
    'The Institute for the Study of War (ISW) noted that another wave of mobilization remains unlikely.',
    'Veterans of World War II flew on a Boeing 737 to the G7 summit, where COVID-19 was not discussed.',
    'British intelligence, analyzing the start of autumn conscription, suggests that conscripts will be forced to sign contracts.',
    'The company ended June with net debt of £3.4bn and expects to close the deal in the first quarter of 2025.',
    'Illegal conscription at a military commissariat in occupied Crimea. Photo: rk.gov.ru',
  ],
  de: [
    'Die Zahl der Fahrgäste ist im ersten Halbjahr 2024 um 12,3 Prozent gestiegen, teilte der Verbund am Donnerstag mit.',
    '„Das Deutschlandticket hat die Gewohnheiten verändert“, sagte VRN-Geschäftsführer Markus Feldhaus.',
    'Laut einer Umfrage unter 2.400 Abonnenten nutzen 38 Prozent das Ticket für den Weg zur Arbeit.',
    'Nach Angaben des Verbunds fehlen 2025 rund 23 Millionen Euro; der Preis steigt zum 1. Januar 2025 auf 58 Euro.',
    'Die Strecke ist rund 150 Kilometer lang, die Arbeiten sollen laut DB-Sprecherin Anja Roth bis zu fünf Monate dauern.',
    'Volle Bahnsteige am Hauptbahnhof am 3. Oktober 2024. Foto: Lena Kraus/dpa',
  ],
  fr: [
    'L’inflation a ralenti à 1,2 % sur un an en septembre, selon une estimation publiée mardi par l’Insee.',
    '« C’est une bonne nouvelle pour les ménages », a déclaré le ministre de l’Économie, Julien Morel, sur France Inter.',
    'Le gazole s’affiche à 1,68 euro le litre, soit 850 euros par mois pour une famille de quatre personnes.',
    'Selon la Banque de France, la croissance atteindrait 1,1 % en 2024 et 1,3 % au premier trimestre 2025.',
    'Pour Marie Dupuis, présidente de l’association, « les loyers ont augmenté de 15 à 20 % depuis 2021 ».',
    'Un marché à Marseille, le 28 septembre 2024. Photo : Louis Garnier / AFP',
  ],
  ru: [
    'Расходы на оборону в 2025 году составят 13,5 трлн рублей, или 6,3% ВВП, следует из пояснительной записки.',
    '«Бюджет сбалансирован», — сказал журналистам замминистра финансов Алексей Громов.',
    'По словам экономиста Марии Беловой, расходы на социальную политику сократятся на 2,4%.',
    'Центробанк 13 сентября повысил ключевую ставку до 19% годовых, сообщили в пресс-службе регулятора.',
    'Аналитики считают, что доходы вырастут до 40,3 трлн рублей, а дефицит составит 0,5% ВВП.',
    'Здание Министерства финансов в Москве. Фото: Минфин России',
  ],
  uk: [
    'Уряд виділив додаткові 1,5 млрд грн, про це 16 вересня 2024 року заявив міністр енергетики Олександр Коваленко.',
    'За даними Міністерства енергетики, Росія завдала понад 1200 ударів, пошкоджено близько 9 ГВт потужностей.',
    '«Ми маємо пройти цю зиму без відключень», — наголосив Коваленко.',
    'За словами голови адміністрації Андрія Лисенка, відновили електропостачання для 85 тисяч абонентів.',
    'Як повідомляє «Укренерго», у серпні відключення тривали 6,5 години на добу, дефіцит може сягнути 2–3 ГВт.',
    'Ремонт лінії електропередачі на Одещині. Фото: Укренерго',
  ],
};

export function syntheticArticle(words: number, lang = 'en'): { text: string; links: TextLink[] } {
  const pool = SENTENCES[lang] ?? SENTENCES.en;
  const blocks: string[] = [];
  let para: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = pool[(i * 7 + (i >> 3)) % pool.length];
    para.push(s);
    count += s.split(/\s+/).length;
    if (para.length === 4 || /(?:Photo|Foto|Фото) ?:/.test(s)) {
      blocks.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) blocks.push(para.join(' '));
  const text = blocks.join('\n\n');
  const links: TextLink[] = [];
  const anchor = { en: 'statement', de: 'Umfrage', fr: 'Insee', uk: 'Укренерго', ru: 'записки' }[lang] ?? 'statement';
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) links.push({ start: at, end: at + anchor.length, href: 'https://example.org/doc' });
  return { text, links };
}
