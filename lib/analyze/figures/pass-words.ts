// The word lists and regexes that single figure passes read, compiled from one language's lexicon with
// the rest of its figure lexicon (compile.ts `compileFigures`, once per language): every pass finds
// them on the context's `F`, and none keeps a cache of its own keyed on the lexicon.
import type { Lexicon } from '../lexicons/types';
import { dayRangePairs } from '../lexicons/range-pairs';
import { alternation, PhraseMatcher } from '../text';
import { SP } from './spaces';
import { TIME_UNITS } from './units';

/** vague-amounts: the words an amount without a number is made of. */
export interface VagueWords {
  vague: PhraseMatcher;
  plural: Map<string, number>;
  /** A quantity link between the amount and its unit (" of ", " de ", " d’"), sticky. */
  link: RegExp | null;
  /** Every word an amount may start with (approximate quantities, plural scales, vague quantifiers): one lookup per token. */
  first: Set<string>;
}

/** one-counts: the words around "one" that make it a count or a pronoun. */
export interface OneWords {
  one: Set<string>;
  /** Words that end the count: after "one" (exclusions, function words, verbs) or before it ("no one", "the one"). */
  after: Set<string>;
  before: Set<string>;
  cues: Set<string>;
  /** "only", "at least", "more than" … right before "one", as a regex on the text before it. */
  limiter: RegExp;
}

/** spelled: the lexicon's duration words ("more than a year", "nach einem Jahr"). */
export interface Durations {
  /** The first words of the spans ("a", "ein", "einem"): only there a span is looked for. */
  first: Set<string>;
  spans: PhraseMatcher;
  /** A lead right before a span ("more than ", "within "), anchored at the end of the text before it. */
  lead: RegExp | null;
  relative: Set<string>;
}

export interface PassWords {
  /** name-sizes: "<number>-<unit>" followed on the same line by a capitalised word (lexicon nameSizeUnits), global; null without units. */
  nameSize: RegExp | null;
  /** number-adjectives: "^(двух|трех|…)(дневн|летн|…)\p{L}*$" (lexicon numberPrefixes, unitStems), or null. */
  numberAdjective: RegExp | null;
  vagueWords: VagueWords;
  /** The lexicon's half after a number (`numberHalves`: "с половиной"): `after`, sticky, from the number's end; `before`, a number and its half ending a text. Null when the language has none. */
  halves: { after: RegExp; before: RegExp } | null;
  oneWords: OneWords;
  /** in-game: a word of the lexicon's `gameWords` ("overtime", "touchdown"), or null. */
  gameWord: RegExp | null;
  /** signs: a minus word right before the end of the text (lexicon minusWords), or null. */
  minusBefore: RegExp | null;
  /** signs: "plus or " right before the end of the text (lexicon plusMinusWords), or null. */
  toleranceBefore: RegExp | null;
  /** numbers: the lexicon's words of voting ("vote", "Stimmen", "голосов"), or null. */
  tallyWords: RegExp | null;
  /** dates: a range of days' head ending a text and its tail after a month's day (see dates.ts dayRange). */
  dayRanges: { head: RegExp; tail: RegExp };
  /** dates: the markers of a clause's tense (lexicon futureMarkers, pastMarkers, deadlinePreps). */
  tenseMarkers: { future: RegExp | null; past: RegExp | null; deadline: Set<string> };
  durations: Durations;
  /** spelled: the words after a fraction that make it part of a time, and those before it (see spelled.ts partOfTime). */
  timeWords: { after: Set<string>; before: Set<string> };
}

/** Each word as listed (lower case) and with a capital first letter. */
const titleToo = (words: readonly string[]) => words.flatMap((w) => [w, w.charAt(0).toLocaleUpperCase() + w.slice(1)]);

export function compilePassWords(lex: Lexicon): PassWords {
  return {
    // (the unit in lower or title case: "the 16-Inch MacBook Pro")
    nameSize: lex.nameSizeUnits.length
      ? new RegExp(`(?<![\\p{L}\\p{N}.,-])\\d{1,3}(?:[.,]\\d{1,2})?-(?:${alternation(titleToo(lex.nameSizeUnits))})(?=[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{N}]*))`, 'gu')
      : null,
    numberAdjective: numberAdjective(lex),
    vagueWords: vagueWords(lex),
    halves: halves(lex),
    oneWords: oneWords(lex),
    gameWord: lex.gameWords?.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.gameWords)})(?![\\p{L}])`, 'iu') : null,
    minusBefore: lex.minusWords.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.minusWords)})[\\s\\u00a0]+$`, 'iu') : null,
    toleranceBefore: lex.plusMinusWords.length ? new RegExp(`(?:${alternation(lex.plusMinusWords)})[\\s\\u00a0]*$`, 'iu') : null,
    tallyWords: lex.tallyWords.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.tallyWords)})(?![\\p{L}])`, 'iu') : null,
    dayRanges: dayRanges(lex),
    tenseMarkers: tenseMarkers(lex),
    durations: durations(lex),
    timeWords: timeWords(lex),
  };
}

function numberAdjective(lex: Lexicon): RegExp | null {
  const prefixes = Object.keys(lex.numberPrefixes ?? {});
  const stems = Object.keys(lex.unitStems ?? {});
  return prefixes.length && stems.length ? new RegExp(`^(${alternation(prefixes)})(${alternation(stems)})\\p{L}*$`, 'u') : null;
}

function vagueWords(lex: Lexicon): VagueWords {
  // a link written with an apostrophe joins its unit directly ("d’euros"); a word link takes a space
  const links = lex.quantityLinks.map((l) => (/[’']$/u.test(l) ? alternation([l]) : `${alternation([l])}${SP}+`));
  return {
    vague: new PhraseMatcher(lex.vagueQuantifiers),
    plural: new Map(Object.entries(lex.pluralScales).map(([k, v]) => [k.toLowerCase(), v])),
    link: links.length ? new RegExp(`${SP}+(?:${links.join('|')})(?=[\\p{L}$€£¥₴₽])`, 'iuy') : null,
    first: new Set([...Object.keys(lex.approxQuantities), ...Object.keys(lex.pluralScales), ...lex.vagueQuantifiers].map((p) => p.toLowerCase().split(/\s+/)[0])),
  };
}

function halves(lex: Lexicon): PassWords['halves'] {
  if (!lex.numberHalves.length) return null;
  const half = `(?:${alternation(lex.numberHalves).replace(/\\? /g, '[\\s\\u00a0]+')})`;
  const num = `(?:\\d|(?<![\\p{L}])(?:${alternation(Object.keys(lex.numberWords))}))`;
  return {
    after: new RegExp(`[\\s\\u00a0]+${half}(?![\\p{L}\\p{N}])`, 'iuy'),
    before: new RegExp(`${num}[\\s\\u00a0]+${half}[\\s\\u00a0]+$`, 'iu'),
  };
}

function oneWords(lex: Lexicon): OneWords {
  const low = (a: string[]) => a.map((w) => w.toLowerCase());
  // ("I have one myself", "one doesn’t exist": a reflexive or a negated verb after it makes it a pronoun)
  const functionWords = [...lex.stopWords, ...lex.pronouns, ...lex.determiners, ...lex.possessives, ...lex.auxiliaries, ...lex.connectors, ...lex.floatingQuantifiers, ...lex.negations];
  return {
    one: new Set(low(lex.oneWords)),
    after: new Set(low([...lex.oneExclusions, ...functionWords])),
    // "no one", "any one", "the one", "this one", "every one": a pronoun
    before: new Set(low([...lex.determiners, ...lex.pronouns, ...lex.possessives, ...lex.oneExclusions])),
    cues: new Set(low(lex.speechVerbs)),
    limiter: new RegExp(`(?<![\\p{L}])(?:${alternation([...lex.oneLimiters, ...lex.approximators])})${SP}+$`, 'iu'),
  };
}

/**
 * The head of a range of days at the end of a text: a day, then a dash or the joiner of one of the
 * lexicon's dayRangePairs, with the pair's opener before the day ("from 18 to ", "18–", "vom 18. bis ",
 * "du 2 au "); the tail after a month's day (sticky): a dash or a joiner, the last day, a year ("-24,
 * 2019"). After a joiner the last day ends its clause: in "November 3 to 4 percent" it is a quantity.
 */
function dayRanges(lex: Lexicon): PassWords['dayRanges'] {
  const day = '(\\d{1,2})(?:\\.|er|st|nd|rd|th)?';
  const pairs = dayRangePairs(lex);
  const openers = [...new Set(pairs.map(([o]) => o).filter(Boolean))];
  const opener = openers.length ? `(?:(?<![\\p{L}])(?:${alternation(openers)})${SP}+)?` : '';
  const paired = pairs.map(([o, j]) => `${o ? `(?<![\\p{L}])${alternation([o])}${SP}+` : ''}${day}${SP}+${alternation([j])}${SP}+`);
  const joiners = pairs.filter(([o]) => !o).map(([, j]) => j);
  const lastDay = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}\\p{L}%]|[.,]\\d)';
  const year = '(?:1[89]|20)\\d\\d';
  return {
    head: new RegExp(`(?:${opener}${day}${SP}*[-–—]${SP}*|${paired.join('|')})$`, 'iu'),
    tail: new RegExp(`(?:${SP}*[-–—]${SP}*${lastDay}${joiners.length ? `|${SP}+(?:${alternation(joiners)})${SP}+${lastDay}(?=(?:,?${SP}+${year})?${SP}*(?:[,.;:!?)\\]]|$))` : ''})(?:,?${SP}+(${year})(?![\\p{N}]))?`, 'iuy'),
  };
}

function tenseMarkers(lex: Lexicon): PassWords['tenseMarkers'] {
  const alt = (ws: string[] | undefined) => (ws?.length ? new RegExp(`(?<![\\p{L}’'])(?:${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}])`, 'giu') : null);
  return { future: alt(lex.futureMarkers), past: alt(lex.pastMarkers), deadline: new Set(lex.deadlinePreps ?? []) };
}

function durations(lex: Lexicon): Durations {
  const leads = lex.durationLeads.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+'));
  const spans = Object.keys(lex.durationSpans);
  return {
    first: new Set(leads.length ? spans.map((p) => p.split(/\s+/)[0]) : []),
    spans: new PhraseMatcher(spans),
    lead: leads.length ? new RegExp(`(?<![\\p{L}])(?:${leads.join('|')})[\\s\\u00a0]+$`, 'iu') : null,
    relative: new Set(lex.relativeTimeWords),
  };
}

/** A word's key in the time words: lower case, one apostrophe. */
export const apostrophes = (w: string) => w.toLowerCase().replace(/[’ʼ]/g, "'");

/**
 * The words after a fraction that make it part of a time (units of time, years, centuries, the hours of the clock
 * forms), and the words before it that do (a clock form's word right before its fraction: "без" of "без четверти").
 */
function timeWords(lex: Lexicon): PassWords['timeWords'] {
  const f = lex.clockForms;
  // (a fraction before a unit of time is part of a span, not a share)
  const units = Object.keys(lex.units).filter((u) => TIME_UNITS.has(lex.units[u]));
  const after = new Set([...units, ...lex.yearWords, ...lex.centuryWords, ...Object.keys(f.ordinalHours), ...Object.keys(f.hours)].map(apostrophes));
  const before = new Set<string>();
  for (const [t] of f.forms) {
    const parts = t.split(' ');
    parts.forEach((p, k) => {
      const nx = parts[k + 1];
      if (!p.startsWith('{') && nx && !nx.startsWith('{') && nx.split('|').some((x) => Object.hasOwn(lex.fractions, x))) p.split('|').forEach((x) => before.add(apostrophes(x)));
    });
  }
  return { after, before };
}
