// Pass: names. Mentions of one source share one listed name ("Fedorov" after "Governor Ivan
// Fedorov", "the ministry" after "the Ukrainian Ministry of Foreign Affairs"); a credit is listed as
// written; a link source takes the name of its sentence's source, or its host.
import { NameGrouper } from '../names';
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
    if (!ctx.lex.capitalisedNouns) surnamesFromText(ctx.text, found, ctx.lex);
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
 * text, whatever the number of sources. Not in a language that capitalises its nouns ("Sprecher Müller").
 */
function surnamesFromText(text: string, found: SourceCandidate[], lex: SourceContext['lex']): void {
  const lone = new Set<string>();
  for (const s of found) if (s.kind !== 'link' && s.kind !== 'credit' && LONE_NAME.test(s.name)) lone.add(s.name);
  if (lone.size === 0) return;
  const notFirst = notFirstNames(lex);
  const links = new Set(lex.titleLinks ?? []);
  const places = placePrepositions(lex);
  let capitalisedInside: Set<string> | null = null;
  const full = new Map<string, string | null>();
  for (const run of capitalisedRuns(text)) {
    const words = run.words;
    const last = words[words.length - 1];
    if (!lone.has(last)) continue;
    const before = wordBefore(text, run.start);
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
    const unsure = before === '' && words.length === run.words.length && !(capitalisedInside ??= wordsCapitalisedInside(text)).has(words[0]);
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

/** A listed name of one capitalised word ("Reed"), the form a surname alone has. */
const LONE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** One capitalised word, whole ("Reed", not the "Mc" of "McDonald" or the "Reed" of "Reed’s"). */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}.’'-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}’'-])/gu;

/**
 * The runs of capitalised words one space apart ("Michael Reed"), each whole, with where it starts
 * (a single word is a run of one). Words are matched one by one and joined here: a run matched as
 * one pattern backtracked word by word when its end failed the test (quadratic on a long run).
 */
function* capitalisedRuns(text: string): Generator<{ start: number; words: string[] }> {
  let run: { start: number; words: string[] } | null = null;
  let end = -1;
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const gap = m.index - end;
    if (run && gap === 1 && (text[end] === ' ' || text[end] === '\u00a0')) run.words.push(m[0]);
    else {
      if (run) yield run;
      run = { start: m.index, words: [m[0]] };
    }
    end = m.index + m[0].length;
  }
  if (run) yield run;
}

/** Prepositions of place ("in", "across"; the language's nounPreps without "of" and "from", which also name a person's origin). */
function placePrepositions(lex: SourceContext['lex']): Set<string> {
  const origin = new Set(lex.originPreps.map((w) => w.toLowerCase()));
  return new Set(lex.nounPreps.map((w) => w.toLowerCase()).filter((w) => !origin.has(w)));
}

/** Characters that end a sentence or open one (a quotation): a word after them is capitalised anyway. */
const SENTENCE_EDGE = new Set(['.', '!', '?', '…', ':', ';', '"', '“', '”', '«', '»', '„', '\n', '(', '—', '–']);

/** The lower-case word just before `at` (same sentence), '' at a sentence's start, '-' after anything else. */
function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i < 0 || SENTENCE_EDGE.has(text[i])) return '';
  const end = i + 1;
  while (i >= 0 && /\p{Ll}/u.test(text[i])) i--;
  return end - i > 1 && (i < 0 || !/[\p{L}\p{N}]/u.test(text[i])) ? text.slice(i + 1, end) : '-';
}

/** Every capitalised word the text has inside a sentence (a name's word, not a sentence's first). */
function wordsCapitalisedInside(text: string): Set<string> {
  const inside = new Set<string>();
  for (const m of text.matchAll(CAPITALISED_WORD)) if (!inside.has(m[0]) && wordBefore(text, m.index) !== '') inside.add(m[0]);
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
