// A deterministic synthetic library (articles, annotations, tags) for the library benchmark and the
// export round-trip tests: Zipf-distributed vocabulary (a few hundred real news words in English,
// Ukrainian and German plus generated rare words), sentences with attributions and figures so
// lib/analyze finds sources, and the awkward characters exports must survive (quotes, commas,
// newlines, Ukrainian, Arabic, emoji, formula-like notes).
import { describe } from '../../lib/anchor';
import { HIGHLIGHT_COLORS, type AnnotationRecord, type HighlightColor, type SavedArticle, type TagRecord } from '../../lib/model';
import { articleKey } from '../../lib/url';

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the of and to in a is that for on said with as was by at it from he has have are be this not but an which
government minister president war ukraine russia city police report people year percent million officials told
according court election vote party economy prices energy gas oil bank market company workers strike protest
military forces attack drone missile border refugees aid talks ceasefire sanctions inflation budget tax health
hospital school children climate flood heat emissions researchers study data survey analysis evidence investigation
journalists newspaper statement spokesperson agency ministry parliament law decree regional council mayor village
kyiv kharkiv odesa lviv berlin paris brussels london washington moscow warsaw europe european union nato summit
contract billion euros dollars hryvnias spending cuts reform pension wages unemployment growth forecast quarter
вибори уряд міністр президент війна місто поліція звіт люди рік відсотків мільйонів заявив суд економіка ціни
regierung minister präsident krieg stadt polizei bericht menschen jahr prozent millionen sagte gericht wahl partei
église école santé économie électricité ministère déclaration enquête données étude français président`.split(/\s+/);

const SYL = ['ka', 'lo', 'mi', 'ren', 'sta', 'vol', 'dra', 'ne', 'po', 'tri', 'gel', 'fa', 'shu', 'bor', 'zen', 'qui', 'ly', 'mar', 'tos', 'ven'];

export function vocabulary(size = 20000, seed = 7): string[] {
  const r = rng(seed);
  const words = [...COMMON];
  const seen = new Set(words);
  while (words.length < size) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

const FIRST = ['Mariia', 'Olena', 'Taras', 'John', 'Anna', 'Jean-Luc', 'Fatima', 'Ursula', 'Pedro', 'Hanna', 'Ліна', 'Omar'];
const LAST = ['Shevchuk', 'Kovalenko', 'Smith', 'Müller', 'Dubois', 'von der Leyen', 'Al-Rashid', 'Garcia', 'Бондаренко', 'Nowak'];
const SITES: Array<[string, string, string]> = [
  ['maidanpress.test', 'Maidan Press', 'uk'], ['kyivpost.test', 'Kyiv Post', 'en'], ['zeitung.test', 'Die Zeitung', 'de'],
  ['lemonde.test', 'Le Monde', 'fr'], ['reuters.test', 'Reuters', 'en'], ['aljazeera.test', 'الجزيرة', 'ar'],
  ['bbc.test', 'BBC News', 'en'], ['pravda.test', 'Українська правда', 'uk'], ['guardian.test', 'The Guardian', 'en'],
  ['apnews.test', 'AP News', 'en'], ['spiegel.test', 'Der Spiegel', 'de'], ['kyivindependent.test', 'The Kyiv Independent', 'en'],
];
const TAGS = ['claim', 'needs check', 'verified', 'false', 'source: official', 'figure', 'quote', 'context', 'follow-up',
  'Ukraine', 'energy', 'economy', 'відкрито', 'важливо', 'methodology', 'bias', 'primary source', 'statistic', 'timeline', 'legal'];
const COLORS: readonly HighlightColor[] = HIGHLIGHT_COLORS;
const NOTES = [
  'Check against the ministry dataset.',
  'Contradicts the earlier statement, "officially" at least.',
  'Source, please: who counted, and how?',
  '=HYPERLINK("http://evil.test","click")',
  '+1 from the desk; -5% is the revised figure',
  '@editor: line one\nline two with a comma, and "quotes"',
  'Перевірити цифри — джерело не назване.',
  'يجب التحقق من هذا الرقم 📊',
  'Emoji check 🧐🇺🇦 and **markdown** with [a link](https://example.test/x?a=1&b=2)',
];

export interface GeneratedLibrary {
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

export function generateLibrary(nArticles: number, nAnnotations: number, seed = 42, wordsPerArticle = 700): GeneratedLibrary {
  const r = rng(seed);
  const vocab = vocabulary();
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(r() * Math.log(vocab.length + 1))) - 1)];
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = () => {
    const n = 8 + Math.floor(r() * 14);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(zipf());
    const roll = r();
    if (roll < 0.1) w.splice(2, 0, `${Math.floor(r() * 900 + 10)} people`);
    else if (roll < 0.18) w.splice(3, 0, `${(r() * 90).toFixed(1)}%`);
    else if (roll < 0.24) w.push(`$${Math.floor(r() * 90 + 1)} million`);
    let s = w.join(' ');
    s = s[0].toUpperCase() + s.slice(1);
    if (r() < 0.12) return `“${s},” said ${name()}.`;
    if (r() < 0.06) return `According to ${name()}, ${s.toLowerCase()}.`;
    return `${s}.`;
  };
  const articles: SavedArticle[] = [];
  const base = Date.UTC(2024, 0, 1);
  for (let i = 0; i < nArticles; i++) {
    const [host, siteName, lang] = pick(SITES);
    const url = `https://www.${host}/${2024 + (i % 3)}/${String(1 + (i % 12)).padStart(2, '0')}/story-${i}/?utm_source=x`;
    const paras: string[] = [];
    let words = 0;
    while (words < wordsPerArticle * (0.5 + r())) {
      const p: string[] = [];
      const ns = 2 + Math.floor(r() * 4);
      for (let k = 0; k < ns; k++) p.push(sentence());
      const para = p.join(' ');
      words += para.split(' ').length;
      paras.push(para);
    }
    const text = paras.join('\n\n');
    let title = Array.from({ length: 5 + Math.floor(r() * 6) }, zipf).join(' ');
    title = title[0].toUpperCase() + title.slice(1);
    if (i % 97 === 3) title = `"Quoted", commas, and a\nnewline: ${title}`;
    if (i % 89 === 5) title = `Війна: ${title} 🇺🇦`;
    if (i % 83 === 7) title = `مقال: ${title}`;
    if (i % 79 === 9) title = `=cmd|' /C calc'!A0 ${title}`;
    const nAuthors = Math.floor(r() * 3);
    const byline = nAuthors === 0 ? null : Array.from({ length: nAuthors }, name).join(', ');
    const published = new Date(base + Math.floor(r() * 900) * 86_400_000 + Math.floor(r() * 86_400) * 1000).toISOString();
    const savedAt = Date.parse(published) + Math.floor(r() * 30 * 86_400_000);
    articles.push({
      id: articleKey(url, null),
      url,
      canonicalUrl: null,
      title,
      byline,
      siteName: i % 50 === 1 ? null : siteName,
      publishedTime: i % 40 === 2 ? null : published,
      lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      excerpt: paras[0].slice(0, 200),
      leadImage: i % 3 ? `https://img.${host}/${i}.jpg` : null,
      html: paras.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
      text,
      links: [],
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      savedAt,
      updatedAt: savedAt,
    });
  }
  const annotations: AnnotationRecord[] = [];
  const usedTags = new Set<string>();
  for (let i = 0; i < nAnnotations; i++) {
    const article = articles[Math.floor(r() * articles.length)];
    const text = article.text;
    // Start at a word start, end at a word end, 3–30 words, sometimes across a paragraph break.
    let start = Math.floor(r() * (text.length - 200));
    while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
    let end = start;
    const nWords = 3 + Math.floor(r() * 28);
    for (let w = 0; w < nWords && end < text.length; w++) {
      end = text.indexOf(' ', end + 1);
      if (end < 0) end = text.length;
    }
    if (end <= start) end = Math.min(text.length, start + 10);
    const selectors = describe(text, start, end);
    const created = article.savedAt + Math.floor(r() * 10 * 86_400_000);
    const tags = r() < 0.35 ? [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(TAGS)))] : [];
    tags.forEach((t) => usedTags.add(t));
    const id = `${(i + 1).toString(16).padStart(8, '0')}-${Math.floor(r() * 0xffff).toString(16).padStart(4, '0')}-4${Math.floor(r() * 0xfff).toString(16).padStart(3, '0')}-a${Math.floor(r() * 0xfff).toString(16).padStart(3, '0')}-${Math.floor(r() * 0xffffffffffff).toString(16).padStart(12, '0')}`;
    annotations.push({
      id,
      articleId: article.id,
      url: article.url,
      selectors,
      color: pick(COLORS),
      note: r() < 0.3 ? pick(NOTES) : '',
      tags,
      createdAt: created,
      modifiedAt: created + (r() < 0.2 ? Math.floor(r() * 86_400_000) : 0),
    });
  }
  const tags: TagRecord[] = [...usedTags].sort().map((name, i) => ({ name, color: i % 3 === 0 ? COLORS[i % 5] : null, createdAt: base }));
  return { articles, annotations, tags };
}
