// Pass: names. Mentions of one source share one listed name ("Fedorov" after "Governor Ivan
// Fedorov", "the ministry" after "the Ukrainian Ministry of Foreign Affairs"); a credit is listed as
// written; a link source takes the name of its sentence's source, or its host.
import { NameGrouper } from '../names';
import { T } from '../text';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

export const groupNames: SourcePass = {
  name: 'names',
  run(ctx, found) {
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const grouper = new NameGrouper(ctx.lex);
    const firstOf = new Map<number, SourceCandidate>();
    for (const s of found) {
      if (s.kind === 'link') continue;
      s.name = s.kind === 'credit' ? s.text : grouper.name(s.text);
      if (s.kind !== 'credit' && !firstOf.has(s.sentence)) firstOf.set(s.sentence, s);
    }
    surnamesBeforeFullNames(found);
    if (!ctx.lex.capitalisedNouns) surnamesFromText(ctx, found);
    for (const s of found) if (s.kind === 'link') s.name = firstOf.get(s.sentence)?.name || host(s.href);
  },
};

// A full name is two to this many capitalised words ("Taylor Swift", "Jean-Claude Van Damme" aside).
const MAX_FULL_NAME_WORDS = 4;

/**
 * "According to Swift, her former label …" read before "Taylor Swift is ready to …": the grouper goes
 * in reading order, so a surname met first got a group of its own. A lone capitalised word that is the
 * last word of exactly one full name listed anywhere in the text joins that name.
 */
function surnamesBeforeFullNames(found: SourceCandidate[]): void {
  const full = new Map<string, string | null>();
  for (const s of found) {
    if (s.kind === 'link' || s.kind === 'credit') continue;
    const words = s.name.split(/\s+/u);
    if (words.length < 2 || words.length > MAX_FULL_NAME_WORDS || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const key = words[words.length - 1].toLowerCase();
    const seen = full.get(key);
    full.set(key, seen === undefined || seen === s.name ? s.name : null); // two full names with it: leave the surname alone
  }
  for (const s of found) {
    if (s.kind === 'link' || s.kind === 'credit' || !/^\p{Lu}\p{Ll}+$/u.test(s.name)) continue;
    const name = full.get(s.name.toLowerCase());
    if (name) s.name = name;
  }
}

/**
 * "Reed has said that he expects …" after "the view mouthed by Michael Reed, the CEO of …": the full
 * name stood where Reed was no source, so the surname was listed alone. A lone capitalised word listed
 * as a source takes the one full name in the text that ends in it: two to MAX_FULL_NAME_WORDS
 * capitalised words, not continued by another. Not part of it: a first word that is a function word,
 * month or day; after a title's link word, the title's
 * domain ("Secretary of State Mike Pompeo", "envoy to Ukraine Kurt Volker"). A run at a sentence's
 * start (where every first word is capitalised) whose first word the text never capitalises
 * elsewhere may be no name ("Recent Samsung smart TVs…"): that surname is then left alone. Two passes over the
 * tokens, whatever the number of sources. Not in a language that capitalises its nouns ("Sprecher Müller").
 */
function surnamesFromText(ctx: SourceContext, found: SourceCandidate[]): void {
  const lone = new Set<string>();
  for (const s of found) if (s.kind !== 'link' && s.kind !== 'credit' && LONE_NAME.test(s.name)) lone.add(s.name);
  if (lone.size === 0) return;
  const { notFirst, links, places } = runWordsOf(ctx.lex);
  let capitalisedInside: Set<string> | null = null;
  const full = new Map<string, string | null>();
  for (const run of capitalisedRuns(ctx)) {
    const words = run.words;
    const last = words[words.length - 1];
    if (!lone.has(last)) continue;
    const before = wordBefore(ctx, run.first);
    // "in Ukraine", "in Eastern Ukraine": a place, which a longer name ending in it does not name
    if (places.has(before)) {
      full.set(last, null);
      continue;
    }
    if (words.length < 2) continue;
    if (links.has(before) && words.length > 2) words.shift();
    while (words.length > 1 && notFirst.has(words[0].toLowerCase())) words.shift();
    if (words.length < 2 || words.length > MAX_FULL_NAME_WORDS) continue;
    // a sentence's first word the text never capitalises elsewhere may be a first name or not:
    // no name for that surname then ("Ivanka Trump and Donald Trump attended…" is two people)
    const unsure = before === '' && words.length === run.words.length && !(capitalisedInside ??= wordsCapitalisedInside(ctx)).has(words[0]);
    const name = unsure ? null : words.join(' ');
    const seen = full.get(last);
    full.set(last, name !== null && (seen === undefined || seen === name) ? name : null); // two people with that surname: leave it
  }
  for (const s of found) {
    if (s.kind === 'link' || s.kind === 'credit') continue;
    const name = full.get(s.name);
    if (name) s.name = name;
  }
}

/** A listed name, or a token, of one capitalised word ("Reed", not "McDonald", "Reed’s" or "U.S"): the form a surname alone has. */
const LONE_NAME = /^\p{Lu}\p{Ll}+$/u;

/** Is token i a capitalised word of the LONE_NAME form? */
function capitalisedWord(ctx: SourceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t.t === T.Word && t.cap && LONE_NAME.test(ctx.text.slice(t.s, t.e));
}

/** Do tokens i - 1 and i stand one space apart in one paragraph ("Michael Reed", not "Michael, Reed")? */
function oneSpaceApart(ctx: SourceContext, i: number): boolean {
  const p = ctx.tokens[i - 1];
  const t = ctx.tokens[i];
  return t.block === p.block && t.s === p.e + 1 && (ctx.text[p.e] === ' ' || ctx.text[p.e] === '\u00a0');
}

/** The runs of capitalised words one space apart ("Michael Reed"), with the index of each run's first token (a single word is a run of one). */
function* capitalisedRuns(ctx: SourceContext): Generator<{ first: number; words: string[] }> {
  let run: { first: number; words: string[] } | null = null;
  let lastIn = -2;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!capitalisedWord(ctx, i)) continue;
    const t = ctx.tokens[i];
    if (run && lastIn === i - 1 && oneSpaceApart(ctx, i)) run.words.push(ctx.text.slice(t.s, t.e));
    else {
      if (run) yield run;
      run = { first: i, words: [ctx.text.slice(t.s, t.e)] };
    }
    lastIn = i;
  }
  if (run) yield run;
}

/** The word sets surnamesFromText reads capitalised runs with. */
interface RunWords {
  notFirst: Set<string>;
  /** A title's link words ("of", "to": "Secretary of State Mike Pompeo"; lexicon titleLinks). */
  links: Set<string>;
  places: Set<string>;
}

// Per lexicon: the sets were built anew for every text that lists a lone surname (their spreading and
// lower-casing was about a twentieth of the pass).
const runWords = new WeakMap<SourceContext['lex'], RunWords>();

function runWordsOf(lex: SourceContext['lex']): RunWords {
  let w = runWords.get(lex);
  if (!w) runWords.set(lex, (w = { notFirst: notFirstNames(lex), links: new Set(lex.titleLinks ?? []), places: placePrepositions(lex) }));
  return w;
}

/** Prepositions of place ("in", "across"; the language's nounPreps without "of" and "from", which also name a person's origin). */
function placePrepositions(lex: SourceContext['lex']): Set<string> {
  const origin = new Set(lex.originPreps.map((w) => w.toLowerCase()));
  return new Set(lex.nounPreps.map((w) => w.toLowerCase()).filter((w) => !origin.has(w)));
}

/** Marks after which a word is capitalised anyway, inside a sentence too: a colon, a quotation's or a bracket's opening, a dash. */
const CAPITALISING_MARKS = new Set([':', ';', '"', '“', '”', '«', '»', '„', '(', '—', '–']);

/** The lower-case word just before token i in its sentence, '' at a sentence's start (or after CAPITALISING_MARKS), '-' after anything else. */
function wordBefore(ctx: SourceContext, i: number): string {
  const p = ctx.tokens[i - 1];
  if (!p || p.block !== ctx.tokens[i].block || ctx.np.sentenceInitial(i) || (p.t === T.Punct && CAPITALISING_MARKS.has(p.lc))) return '';
  return p.t === T.Word && /^\p{Ll}+$/u.test(ctx.text.slice(p.s, p.e)) ? p.lc : '-';
}

/** Every capitalised word the text has inside a sentence (a name's word, not a sentence's first). */
function wordsCapitalisedInside(ctx: SourceContext): Set<string> {
  const inside = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!capitalisedWord(ctx, i)) continue;
    const t = ctx.tokens[i];
    const word = ctx.text.slice(t.s, t.e);
    if (!inside.has(word) && wordBefore(ctx, i) !== '') inside.add(word);
  }
  return inside;
}
/** Words a capitalised run may start with that are no first name: function words, months, days. */
function notFirstNames(lex: SourceContext['lex']): Set<string> {
  return new Set([...lex.stopWords, ...lex.determiners, ...lex.connectors, ...lex.pronouns, ...Object.keys(lex.months), ...lex.weekdays].map((w) => w.toLowerCase()));
}

function host(href: string | undefined): string {
  if (!href) return '';
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
