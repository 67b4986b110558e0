// One language's figure lexicon compiled into the regexes and maps the figure passes use: built
// once per language and cached. Sticky regexes ("…At") extend a number in place (range, scale,
// unit, rate) instead of one unreadable mega-pattern. The regexes tried at many places open with a
// look-ahead for the characters their words can start with (`startsWith` in ../text says why).
import { LEXICONS, type Lexicon } from '../lexicons';
import { ageNouns } from '../lexicons/age-nouns';
import { numberRangePairs, rangeToWords } from '../lexicons/range-pairs';
import { alternation, anyOf, PhraseMatcher, startsWith, type WordTest } from '../text';
import { compilePassWords, type PassWords } from './pass-words';
import { SP } from './spaces';

export { SP };
/** A space inside a line (no tab, no line break). */
const INLINE_SP = '[ \\u00a0\\u202f]';
/** Currency symbols written before an amount (language-independent). */
export const CUR_SYMBOLS = ['US$', 'A$', 'C$', 'HK$', 'NZ$', 'S$', 'R$', '$', '€', '£', '¥', '₴', '₽', '₹', '₦', '₩', '₺', '₪', '₱', '₫', '¢'];
/** Currency signs of one currency each, whatever the text's language ("60.000 ₩" on a German page); not "$" or "¥", which name several. */
const SIGN_CURRENCIES: Record<string, string> = { '€': 'EUR', '£': 'GBP', '₴': 'UAH', '₽': 'RUB', '₹': 'INR', '₦': 'NGN', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP', '₫': 'VND' };

export type UnitInfo = { kind: 'money' | 'percent' | 'measure'; unit: string };

/** One language's figure words compiled; with the words single passes read (pass-words.ts). */
export interface FigureLexicon extends PassWords {
  lex: Lexicon;
  /** A number in digits, sticky. */
  numAt: RegExp;
  date: RegExp;
  /** A year (or a span of years) in digits, sticky: tried where a run of digits starts (see years.ts). */
  year: RegExp;
  fraction: PhraseMatcher;
  numberWords: Map<string, number>;
  scaleAt: RegExp;
  scaleAttachedAt: RegExp;
  unitAt: RegExp;
  /** A unit of `caseUnits` at the sticky index, as written (no case folding), or null. */
  caseUnitAt: RegExp | null;
  rateAt: RegExp;
  rangeSepAt: RegExp;
  /** " to " between two numbers ("25 to 30 times"), sticky; null where the lexicon has no such words. */
  rangeToAt: RegExp | null;
  /** A range's word or dash between two amounts that each carry their unit ("80% to 90%", "$24 to $28", "97%–98%"). */
  unitRangeSepAt: RegExp;
  /** An article or preposition ending the text before an ordinal written "5." (lexicon `ordinalDotLeads`), or null. */
  ordinalDotBefore: RegExp | null;
  hyphenUnitAt: RegExp | null;
  /** An age's noun joined by a hyphen after a number ("-year-old", "-Jährigen", "-річного"; lexicons/age-nouns.ts), sticky. */
  ageNounAt: RegExp | null;
  /** "-jährigen", "-летний": a declined adjective of measure after a number's hyphen; group 1 its stem (lexicon hyphenUnitStems). */
  hyphenStemAt: RegExp | null;
  /** A hyphen and a configuration noun at the sticky index ("-cylinder", "-door"), or null. */
  configurationAt: RegExp | null;
  prefixCur: RegExp;
  datePrepBefore: RegExp;
  /** The part of a date's preposition before a year that stays with it (lexicon yearPeriodPreps): "early", "bis Ende" → "Ende". */
  yearPeriodBefore: RegExp | null;
  /** An emergency number (group 1 or 2, with indices) next to a word of calling ("911 calls", "Notruf 112"); null if the language lists none. */
  emergency: RegExp | null;
  /** A publication's identifier with its label ("DOI: 10.1007/…", "ISBN 978-3-16-148410-0"), global; null if the language lists no label. */
  identifier: RegExp | null;
  /** Whether a text holds one of those labels at all, as written or in lower case: one plain scan before the regex's. */
  identifierHint: WordTest | null;
  /** Date prepositions written joined to a month by a hyphen ("mid-", "mi-"). */
  hyphenPreps: Set<string>;
  approxBefore: RegExp;
  countNounAt: RegExp;
  periodBefore: RegExp;
  unitMap: Map<string, UnitInfo>;
  /** ISO 4217 codes any lexicon or currency sign names ("USD", "CHF"): "a 100-USD voucher" is money, no code. */
  currencyCodes: Set<string>;
  scaleMap: Map<string, number>;
  monthMap: Map<string, number>;
  lowerWords: Set<string>;
  moneyWords: Set<string>;
  approx: PhraseMatcher;
  /** Spans of years said as phrases (lexicon yearSpans). */
  yearSpans: PhraseMatcher;
  /** Ordinal words that end a spelled year (lexicon yearOrdinals), and the year words after one. */
  yearOrdinals: Map<string, number>;
  yearWords: Set<string>;
  multipliers: PhraseMatcher;
  scaleArticles: Set<string>;
  /** Scale words that are one of their scale alone (lexicon loneScales). */
  loneScales: Set<string>;
  joiners: Set<string>;
  /** "Section", "ч.", "Art." right before a number: a reference. */
  referenceBefore: RegExp;
  /** "junctions", "Sections", "статтями" right before a number: with a second joined by "and", two references ("junctions 4 and 5"). */
  referencePluralBefore: RegExp | null;
  /** "… Third Street": capitalised words ending in a street word after a number. */
  streetAfter: RegExp;
  /** "rue", "вул." right before a number, with the street's name ("rue de Rivoli 12"); group 1 when a comma ends the name ("corso Monforte, 15"). */
  streetBefore: RegExp;
  /** Range pairs: opener word → its closer words. */
  /** A score's noun right after "N-M" ("4-1 win", "2-0-Sieg"). */
  scoreAfter: RegExp;
  rangePairs: Map<string, string[]>;
  rangeOpenerBefore: RegExp | null;
  /** After a number: a proportion's link and its whole (" in 10", " out of 1,000"), sticky; group 1 is the whole. */
  proportionAt: RegExp | null;
  /** An article right before a position ("the March high"). */
  determinerBefore: RegExp;
}

const cache = new Map<string, FigureLexicon>();

/** Each word as listed (lower case) and with a capital first letter ("street", "Street"). */
export const bothCases = (words: readonly string[]) => words.flatMap((w) => [w, w.charAt(0).toLocaleUpperCase() + w.slice(1)]);

function numPattern(fmt: 'en' | 'eu'): string {
  return fmt === 'en'
    ? '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?'
    : `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d]|\\.\\d)|\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?(?![\\d])|\\d+\\.\\d{1,2}(?![\\d.])|\\d+(?:,\\d+)?`;
}

/** Characters an identifier may have before its first digit ("DOI: 10.…", "ISBN: 978-…", "УДК 33"): a short prefix at most. */
const MAX_ID_HEAD = 16;
/** Longest identifier after its first digit (a DOI with its suffix). */
const MAX_ID_LENGTH = 200;

/** The number a matched numeral stands for, by the language's separators. */
export function parseNumber(s: string, fmt: 'en' | 'eu'): number {
  if (fmt === 'en') return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return Number(s.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/**
 * "1.000 led lights" on an English page written by a European hand: a dot before groups of exactly
 * "000" is a thousands separator when a plural noun follows within a few words ("lights"); "batting
 * 1.000 in the postseason", "a 1.000 save percentage", "a GPA of 4.000" keep their decimals.
 */
export function dotThousands(raw: string, fmt: 'en' | 'eu', after: string): number | null {
  if (fmt !== 'en' || !/^\d{1,3}(?:\.000)+$/.test(raw)) return null;
  const next = /^(?:\s+(\p{Ll}[\p{L}-]*))(?:\s+(\p{Ll}[\p{L}-]*))?/u.exec(after);
  return next && [next[1], next[2]].some(isPluralNoun) ? Number(raw.replace(/\./g, '')) : null;
}
/** A lower-case word that looks like a plural noun ("lights", "visitors"; not "this", "was", "less"). */
const isPluralNoun = (w: string | undefined): boolean => !!w && w.length > 3 && /[^s]s$/.test(w) && !NOT_PLURAL.has(w);
// Words of four letters or more ending in one "s" that are no plural nouns.
const NOT_PLURAL = new Set(['this', 'thus', 'does', 'plus', 'minus', 'versus', 'whereas', 'perhaps', 'always', 'across', 'towards', 'besides', 'various', 'previous', 'serious', 'famous']);

const pad = (n: number) => String(n).padStart(2, '0');
/** "2024-10-01", "2024-10", "--10-01" (no year known), or undefined for an impossible date. */
export function isoDate(y: number | null, m: number | null, d: number | null): string | undefined {
  if (m && (m < 1 || m > 12)) return undefined;
  if (d && (d < 1 || d > 31)) return undefined;
  if (y == null) return m ? `--${pad(m)}${d ? `-${pad(d)}` : ''}` : undefined;
  return `${y}${m ? `-${pad(m)}` : ''}${m && d ? `-${pad(d)}` : ''}`;
}

function dateRegex(lex: Lexicon, monthWords: string[], yw: string): RegExp {
  const months = alternation(monthWords);
  // (a day's ordinal ending: "1.", "1er", "1st", and the Russian and Ukrainian "1-го марта", "1-е марта", "1-ого березня")
  const day = '(\\d{1,2})(?:\\.|er|st|nd|rd|th|-(?:го|ого|е))?';
  const yr = '((?:1[89]|20)\\d\\d)';
  const mon = `(${months})\\.?`;
  const link = lex.quantityLinks.length ? `(?:(?:${alternation(lex.quantityLinks)})${SP}+)?` : '';
  const range = lex.rangeWords.length ? `(?:${SP}+(?:${alternation(lex.rangeWords)})${SP}+${mon}(?![\\p{L}]))?` : '()?';
  // ISO | d.m.yyyy | D Month [YYYY] | Month D[, YYYY] | Month[-Month] YYYY | Month
  // The alternatives opening on a digit and those opening on a month each stand behind a look-ahead
  // for their first character (see `startsWith` in ../text) and their shared look-behind, read once.
  const fromDigit = [
    `(${'\\d{4}'})-(\\d{2})-(\\d{2})(?![\\p{N}])`,
    `(?<!\\.)(\\d{1,2})([./])(\\d{1,2})\\5(\\d{4})(?![\\p{N}])`,
    `(?<![.,])${day}${SP}+${mon}(?![\\p{L}])(?:,?${SP}+${yr}(?![\\p{N}])${yw})?`,
  ];
  const fromMonth = [
    lex.monthBeforeDay
      ? `${mon}(?![\\p{L}])${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}.,]\\d|[\\p{N}\\p{L}%])(?:,?${SP}+${yr}(?![\\p{N}]))?`
      : '(?!)()()()',
    // ("October of 2006": a month linked to its year, lexicon quantityLinks, is one date; the month alone lost its year)
    `${mon}(?![\\p{L}])${range}(?:,?${SP}+${link}${yr}(?![\\p{N}])${yw})?`,
  ];
  const notInWord = '(?<![\\p{L}\\p{N}])';
  return new RegExp(`(?=\\d)${notInWord}(?:${fromDigit.join('|')})|${startsWith(monthWords)}${notInWord}(?:${fromMonth.join('|')})`, 'iuy');
}

let knownCodes: Set<string> | null = null;
/** The three-letter ISO 4217 codes of every lexicon's currencies and of the currency signs, built once. */
function currencyCodes(): Set<string> {
  if (!knownCodes) {
    const all = [...Object.values(SIGN_CURRENCIES), ...Object.values(LEXICONS).flatMap((l) => Object.values(l.currencies))];
    knownCodes = new Set(all.filter((c) => /^[A-Z]{3}$/.test(c)));
  }
  return knownCodes;
}

export function compileFigures(lang: string, lex: Lexicon): FigureLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const unitMap = new Map<string, UnitInfo>();
  for (const [k, v] of Object.entries(lex.units)) unitMap.set(k.toLowerCase(), { kind: 'measure', unit: v });
  for (const k of lex.percentWords) unitMap.set(k.toLowerCase(), { kind: 'percent', unit: '%' });
  for (const [k, v] of Object.entries(lex.currencies)) unitMap.set(k.toLowerCase(), { kind: 'money', unit: v });
  // a currency sign means the same in every language: one a lexicon does not name is read all the same
  for (const [k, v] of Object.entries(SIGN_CURRENCIES)) if (!unitMap.has(k)) unitMap.set(k, { kind: 'money', unit: v });
  const scaleMap = new Map(Object.entries(lex.scales).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [k, v] of Object.entries(lex.attachedScales)) if (!scaleMap.has(k)) scaleMap.set(k, v);
  const monthMap = new Map(Object.entries(lex.months).map(([k, v]) => [k.toLowerCase(), v]));
  const N = numPattern(lex.numbers);
  const unitAlt = alternation(unitMap.keys());
  const yw = lex.yearWords.length ? `(?:${SP}+(?:${alternation(lex.yearWords)})(?![\\p{L}]))?` : '';
  const numWords = Object.keys(lex.numberWords);
  const countNouns = [...lex.countNouns, ...Object.keys(lex.scales), ...unitMap.keys()];
  const scaleWords = Object.keys(lex.scales).filter((k) => k.length > 1 && k !== 'mn');
  const pairs = numberRangePairs(lex);
  const toWords = rangeToWords(lex);
  const ages = ageNouns(lex);
  const compiled: FigureLexicon = {
    ...compilePassWords(lex),
    lex,
    numAt: new RegExp(N, 'y'),
    date: dateRegex(lex, Object.keys(lex.months), yw),
    // (a hyphen before the year only after a preposition joined by it: "mid-2019", "mi-2019")
    year: new RegExp(`${yearLead(lex)}((?:1[89]|20)\\d\\d)(?:${SP}?[-–/]${SP}?(\\d{2}|(?:1[89]|20)\\d\\d))?(?![\\p{L}\\p{N}]|[.,]\\d)${yw}`, 'uy'),
    fraction: new PhraseMatcher(Object.keys(lex.fractions)),
    numberWords: new Map(numWords.map((w) => [w.toLowerCase(), lex.numberWords[w]])),
    scaleAt: new RegExp(`${SP}?${startsWith(scaleWords)}(${alternation(scaleWords)})(?:(?<=[’'])|(?![\\p{L}\\p{N}]))`, 'iuy'),
    scaleAttachedAt: new RegExp(`(${alternation(Object.keys(lex.attachedScales)) || '(?!)'})(?![\\p{L}\\p{N}])`, 'uy'),
    // word-like units need a boundary after them; symbols (%, °C) do not
    unitAt: new RegExp(`${SP}?${startsWith(unitMap.keys())}(${unitAlt})(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}·])|(?<![\\p{L}\\p{N}]))`, 'iuy'),
    caseUnitAt: Object.keys(lex.caseUnits).length ? new RegExp(`(${SP}|-)?(${alternation(Object.keys(lex.caseUnits))})(?![\\p{L}\\p{N}])`, 'uy') : null,
    rateAt: new RegExp(`(?:${SP}(?:${alternation(lex.ratePreps)})${SP}|/)(?!\\d)([\\p{L}][\\p{L}·‑-]*)|${SP}(?:${alternation(lex.rateArticles)})${SP}(${alternation(lex.rateNouns)})(?![\\p{L}])`, 'iuy'),
    // (spaces only: a tab or a line break between two numbers parts two table cells, "225.86\t-12.99")
    // (a typographer's minus sign joins a range only when set tight, "16−18 см"; spaced it is a minus)
    rangeSepAt: new RegExp(`(?:${INLINE_SP}?[-–—]${INLINE_SP}?|−)(?=[\\d$€£¥₴₽])`, 'uy'),
    unitRangeSepAt: new RegExp(`${INLINE_SP}?[-–—]${INLINE_SP}?${toWords.size ? `|${INLINE_SP}+(?:${alternation([...toWords])})${INLINE_SP}+` : ''}`, 'iuy'),
    rangeToAt: toWords.size ? new RegExp(`${INLINE_SP}+(?:${alternation([...toWords])})${INLINE_SP}+(?=\\d)`, 'iuy') : null,
    configurationAt: lex.configurationNouns.length ? new RegExp(`-(?:${alternation(lex.configurationNouns)})s?(?![\\p{L}])`, 'iuy') : null,
    // (a plural after the hyphen too: "shrunk to 5.5-inches")
    ageNounAt: ages.length ? new RegExp(`-(?:${alternation(ages)})(?![\\p{L}])`, 'iuy') : null,
    hyphenStemAt: lex.hyphenUnitStems ? new RegExp(`-(${alternation(Object.keys(lex.hyphenUnitStems))})\\p{L}*`, 'iuy') : null,
    // (in lower or title case: "11-Inch edge-to-edge display", as a product page capitalises its specification)
    hyphenUnitAt: lex.hyphenUnits.length ? new RegExp(`-(${alternation(bothCases(lex.hyphenUnits))})(?:e?s)?(?![\\p{L}])`, 'uy') : null,
    prefixCur: new RegExp(`${startsWith(CUR_SYMBOLS, 'A-Z')}(?:(?<![\\p{L}])(${CUR_SYMBOLS.map((s) => s.replace(/\$/g, '\\$')).join('|')})|(?<![\\p{L}])([A-Z]{3}|Rs\\.?))${SP}?$`, 'u'),
    // a preposition before a bare month, with spaces ("in May") or joined by its hyphen ("mid-May")
    datePrepBefore: new RegExp(`${startsWith(lex.datePreps)}(?<![\\p{L}])(${alternation(lex.datePreps)})(?:${SP}+|(?<=-))$`, 'iu'),
    yearPeriodBefore: lex.yearPeriodPreps.length ? new RegExp(`${startsWith(lex.yearPeriodPreps)}(?<![\\p{L}])(?:${alternation(lex.yearPeriodPreps)})(?:${SP}+|(?<=-))$`, 'iu') : null,
    // both alternatives open on their first word, behind a look-ahead for its first character (no
    // look-behind tried at every position: a text full of "911"s was scanned at 4% of its analysis);
    // the number is group 1 or 2
    // (after the word of calling, a service number too, and one or two words and a preposition may come between:
    // "call police on 101")
    emergency:
      lex.emergencyNumbers.length && lex.phoneWords.length
        ? new RegExp(
            `${startsWith(lex.emergencyNumbers)}(?<![\\p{L}\\p{N}])(${alternation(lex.emergencyNumbers)})(?![\\p{N}])(?=${SP}+(?:${alternation(lex.phoneWords)})(?![\\p{L}]))|${startsWith(lex.phoneWords)}(?<![\\p{L}])(?:${alternation(lex.phoneWords)})${SP}+${lex.phonePreps.length ? `(?:(?:[\\p{L}’'-]+${SP}+){1,2}(?:${alternation(lex.phonePreps)})${SP}+)?` : ''}(${alternation([...lex.emergencyNumbers, ...lex.serviceNumbers])})(?![\\p{N}]|[.,]\\d)`,
            'giud',
          )
        : null,
    // the identifier is bounded (MAX_ID_HEAD before its first digit, MAX_ID_LENGTH in all): an
    // unbounded `[^\\s]*` rescanned a long run without spaces or digits once per label in it (80k
    // characters of "—doi—doi…": 13 s)
    identifier: lex.identifierLabels.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(lex.identifierLabels)})(?:${SP}*:)?${SP}*[^\\s\\p{N}]{0,${MAX_ID_HEAD}}\\p{N}[^\\s]{0,${MAX_ID_LENGTH}}`, 'giu') : null,
    identifierHint: lex.identifierLabels.length ? anyOf([...lex.identifierLabels, ...lex.identifierLabels.map((l) => l.toLowerCase())]) : null,
    hyphenPreps: new Set(lex.datePreps.filter((p) => p.endsWith('-')).map((p) => p.toLowerCase())),
    ordinalDotBefore: lex.ordinalDotLeads.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.ordinalDotLeads)})${SP}+$`, 'iu') : null,
    approxBefore: new RegExp(`${startsWith(lex.approximators)}(?<![\\p{L}])(?:${alternation(lex.approximators)})${SP}+$`, 'iu'),
    countNounAt: new RegExp(`${SP}+${startsWith(countNouns)}(?:${alternation(countNouns)})(?![\\p{L}])`, 'iuy'),
    // (without determiners the optional group before the period word may match white space: no look-ahead)
    periodBefore: new RegExp(`${lex.determiners.length ? startsWith([...lex.determiners, ...lex.periodWords]) : ''}(?<![\\p{L}])((?:(?:${alternation(lex.determiners)})${SP}+)?(?:${alternation(lex.periodWords)})(?:${SP}+(?:${alternation(lex.periodLinks)}))?)${SP}+$`, 'iu'),
    unitMap,
    currencyCodes: currencyCodes(),
    scaleMap,
    monthMap,
    lowerWords: new Set([...lex.datePreps, ...lex.approximators, ...lex.stopWords, ...Object.keys(lex.months)].map((w) => w.toLowerCase())),
    moneyWords: new Set(lex.moneyWords.map((w) => w.toLowerCase())),
    approx: new PhraseMatcher(Object.keys(lex.approxQuantities)),
    yearSpans: new PhraseMatcher(Object.keys(lex.yearSpans)),
    yearOrdinals: new Map(Object.entries(lex.yearOrdinals)),
    yearWords: new Set(lex.yearWords.map((w) => w.toLowerCase())),
    multipliers: new PhraseMatcher(Object.keys(lex.multipliers)),
    scaleArticles: new Set(lex.scaleArticles.map((w) => w.toLowerCase())),
    loneScales: new Set(lex.loneScales.map((w) => w.toLowerCase())),
    joiners: new Set(lex.numberJoiners.map((w) => w.toLowerCase())),
    referenceBefore: new RegExp(`${startsWith(lex.referenceWords)}(?<![\\p{L}])(?:${alternation(lex.referenceWords)})${SP}*$`, 'u'),
    referencePluralBefore: lex.referencePlurals.length ? new RegExp(`${startsWith(lex.referencePlurals)}(?<![\\p{L}])(?:${alternation(lex.referencePlurals)})${SP}*$`, 'u') : null,
    // Case-sensitive (under the i flag \\p{Lu} matches any letter: "averaged 5.7 percent" read as
    // "ave" + "raged"); the street word itself in lower or title case, and whole.
    streetAfter: new RegExp(`^${SP}+(?:\\p{Lu}[\\p{L}.'’-]*${SP}+){0,3}(?:${alternation(bothCases(lex.streetWords))})(?![\\p{L}])`, 'u'),
    // (group 1: the street's name set off by a comma, "corso Monforte, 15": see word-spots.ts streetBefore)
    streetBefore: new RegExp(`${startsWith(bothCases(lex.streetWords))}(?<![\\p{L}])(?:${alternation(bothCases(lex.streetWords))})(?:(?<=\\.)|(?![\\p{L}]))${SP}*(?:(?:\\p{Lu}[\\p{L}'’-]*${SP}+){0,3}|((?:\\p{Lu}[\\p{L}'’-]*${SP}+){0,2}\\p{Lu}[\\p{L}'’-]*,${SP}+))$`, 'u'),
    scoreAfter: new RegExp(`^(?:${SP}+|-)(?:${alternation(lex.scoreWords) || '(?!)'})(?![\\p{L}])`, 'iu'),
    proportionAt: lex.proportionLinks.length ? new RegExp(`${SP}+(?:${alternation(lex.proportionLinks)})${SP}+(\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})?)(?![\\p{N}-]|[.,]\\p{N})`, 'iuy') : null, // ("5 in 100-degree heat": a hyphen makes the number an adjective)
    // (an opener may have several closers: "з … до", "з … по")
    rangePairs: pairs.reduce((m, [a, b]) => m.set(a.toLowerCase(), [...(m.get(a.toLowerCase()) ?? []), b.toLowerCase()]), new Map<string, string[]>()),
    // (a language without articles gets the regex that never matches, without trying it at every character)
    determinerBefore: new RegExp(lex.determiners.length ? `(?<![\\p{L}])(?:${alternation(lex.determiners)})${SP}+$` : '(?!)', 'iu'),
    rangeOpenerBefore: pairs.length ? new RegExp(`(?<![\\p{L}])(${alternation(pairs.map((p) => p[0]))})${SP}+$`, 'iu') : null,
  };
  cache.set(lang, compiled);
  return compiled;
}

/** What may stand before a year: no letter, digit, dot, comma, apostrophe, slash or hyphen, unless the hyphen ends a joined preposition ("mid-"). */
function yearLead(lex: Lexicon): string {
  const joined = lex.datePreps.filter((p) => p.endsWith('-'));
  const plain = `(?<![\\p{L}\\p{N}.,'’/-])`;
  return joined.length ? `(?:${plain}|(?<=(?<![\\p{L}])(?:${alternation(joined)})))` : plain;
}
