// One language's source lexicon in the shapes the passes look words up in: phrase matchers for cues
// and credit labels, sets for the word classes. Built once per language and cached.
import type { Lexicon } from '../lexicons';
import { ageNouns } from '../lexicons/age-nouns';
import { PhraseMatcher } from '../text';

export interface SourceLexicon {
  cue: PhraseMatcher;
  credits: PhraseMatcher;
  cueKind: Map<string, 'verb' | 'prep'>;
  told: PhraseMatcher;
  participle: PhraseMatcher;
  /** Participles of naming after a comma (Lexicon.namingParticiples), or null where the language has none. */
  naming: PhraseMatcher | null;
  /** Idioms that start like a naming and name nothing (Lexicon.namingIdioms), or null where the language has none. */
  namingIdioms: PhraseMatcher | null;
  setting: PhraseMatcher;
  /** Verbs of a forecasters' estimate (Lexicon.groupForecasts), or null where the language has none. */
  forecast: PhraseMatcher | null;
  /** Reporting participles after a document ("a study showing"), or null where the language has none. */
  docParticiple: PhraseMatcher | null;
  interview: PhraseMatcher;
  /** Verbs of voice and command (Lexicon.quoteVerbs), or null where the language has none. */
  quoteVerb: PhraseMatcher | null;
  /** Verbs of giving and their objects of content (Lexicon.contentObjects), or null where the language has none. */
  contentObjects: ContentObjectWords | null;
  /** Idioms of wording in an as-clause (Lexicon.asIdioms), or null where the language has none. */
  asIdiom: PhraseMatcher | null;
  audience: RegExp;
  /** The first words of the audience phrases, lower case: the regex is tried only where one stands. */
  audienceFirst: Set<string>;
  leadIn: RegExp | null;
  set: Record<
    | 'pronouns' | 'personal' | 'possessives' | 'thirdPossessives' | 'determiners' | 'connectors' | 'stop' | 'stopAdjectives' | 'adverbs' | 'participles' | 'agent' | 'creditVias' | 'months'
    | 'docs' | 'subjectDocs' | 'docLinks' | 'sampleLinks' | 'topicPreps' | 'claimNouns' | 'impersonalPreps' | 'time' | 'weekdays' | 'timeModifiers' | 'percent' | 'anonymous' | 'clause' | 'relative' | 'nounRelative'
    | 'weakVerbs' | 'complement' | 'complementVerbs' | 'coordinators' | 'scales' | 'ratePreps' | 'nounVerbs' | 'holding' | 'docFinding' | 'adverbExceptions' | 'floating' | 'auxiliaries' | 'passive' | 'finalCues' | 'asClause' | 'nameSuffixes' | 'docPreps' | 'objectPreps' | 'publicationVerbs' | 'publicationPreps' | 'journalNouns' | 'ageNouns' | 'companionNouns' | 'nounPreps' | 'negations' | 'negativeDeterminers' | 'verdicts' | 'docVerbs' | 'planned' | 'media' | 'numberWords' | 'postpositions' | 'namingVerbs' | 'closingCues' | 'forecasters' | 'polled' | 'quantifiers' | 'indefinite' | 'speakerPronouns' | 'subordinators' | 'titles' | 'qualifiedPronouns' | 'frontedPreps' | 'withWords' | 'asWords' | 'gerundPreps' | 'objectPronouns' | 'impersonal' | 'approximators' | 'nameParticles' | 'wordingNouns' | 'wordingPreps' | 'namedParticiples' | 'clockSuffixes' | 'sayingVerbs',
    Set<string>
  >;
  /** Verbs that make their subject the speaker of the reporting verb in their infinitive (Lexicon.controlVerbs), as word lists, longest first. */
  control: string[][];
  /** Words between a claim noun's author and its clause ("про те"), as word lists, longest first. */
  claimLinks: string[][];
  /** Qualifiers after a source noun ("familiar with", "close to"), as word lists, longest first. */
  qualifiers: string[][];
  /** The qualifiers by their last word, to test the token before a phrase at once. */
  qualifiersByLast: Map<string, string[][]>;
  /** Caption labels before a name ("Image caption"), as word lists, longest first. */
  captionLabels: string[][];
  /** Editorial labels ("Correction", "Editor's note"), as word lists, longest first. */
  editorialLabels: string[][];
  /** Their first words: only a span starting with one is tested. */
  editorialFirst: Set<string>;
  /** Marks a credit follows without a colon ("©", "image copyright"), lower case. */
  creditMarks: string[];
  /** Abbreviations as written ("Co", "Dr", "z.B"): a dot after them does not end a name. */
  abbreviations: Set<string>;
  adverbEndings: string[];
  pastEndings: string[];
  participleEndings: string[];
  pluralEndings: string[];
  /** Endings of lower-case adjectives in institution names (lexicon `nameAdjectiveEndings`); empty: off. */
  nameAdjectiveEndings: string[];
  capNouns: boolean;
  /** See Lexicon.passiveBracket. */
  passiveBracket: boolean;
  sourceNouns: string[];
  /** Common nouns of an outlet (Lexicon.outletNouns), lower case. */
  outletNouns: string[];
  /** Document nouns long enough to end a compound ("Fahrgast|statistik"), for `isDocWord`. */
  docTails: string[];
  /** Source nouns that are document nouns too ("study"), longer than 3 letters: a word starting with one is a document ("studies"). */
  docStems: string[];
  nounMemo: Map<string, boolean>;
  /** Adverbs that mark a claim as reported ("reportedly", "angeblich"), lower case. */
  reportingAdverbs: Set<string>;
  stanceAdverbs: Set<string>;
  storyNouns: Set<string>;
  /** Bodies that hear an account ("committee", "Ausschuss"), lower case: a listener after a told verb, not an outlet. */
  hearingBodies: Set<string>;
  /** Words after an age set off by commas ("45 ans"), lower case. */
  ageWords: Set<string>;
  /** Prepositions opening a home town set off by commas ("of Boston"), lower case. */
  originPreps: Set<string>;
  /** The one-word reporting verbs, lower case (pass verb-tails: "сообщает" is also the cue of "как сообщает", so `cueKind` calls it a preposition). */
  speechWords: Set<string>;
  /** The told verbs as normalised cues (`normCue`), for pass told-splits. */
  toldCues: Set<string>;
  /** See Lexicon.outletBeforeSpeaker: case marks the one spoken to, so a listener after a name read from a verb ends it. */
  caseMarksListener: boolean;
}

/** Lexicon.contentObjects as lower-case sets (pass content-objects). */
export interface ContentObjectWords {
  /** Verbs of giving that report with a word of content as their object ("provided"). */
  verbs: Set<string>;
  /** Heads of an object that make it something said ("explanation", "theories"). */
  nouns: Set<string>;
  /** Verbs of estimating ("put"), with an amount noun and its preposition after them. */
  estimating: Set<string>;
  /** Amount nouns after a verb of estimating ("toll", "number"). */
  amounts: Set<string>;
  /** Prepositions before the amount ("at"). */
  preps: Set<string>;
}

const cache = new Map<string, SourceLexicon>();
// Shortest document noun that also counts at the end of a compound word ("Statistik" in
// "Fahrgaststatistik"); shorter ones end too many unrelated words.
const MIN_DOC_TAIL = 5;
// Shortest source noun a longer word may start with and still be that noun ("stud|ies").
const MIN_DOC_STEM = 4;

/** Is the lower-cased word a document noun, or a compound ending in one ("pressemitteilung")? */
export function isDocWord(C: SourceLexicon, lc: string): boolean {
  return C.set.docs.has(lc) || C.set.subjectDocs.has(lc) || C.docTails.some((d) => lc.endsWith(d));
}
// Cues normalised so far: the cue pass normalises each cue it meets several times (its kind, naming
// and document verbs), and an article repeats its few cues ("said", "according to") hundreds of times.
// Cleared when this large, to bound its memory.
const MAX_NORMALISED_CUES = 5000;
const normalised = new Map<string, string>();

/** Lower case, one space: the key of a cue in `cueKind`. */
export function normCue(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    if (normalised.size > MAX_NORMALISED_CUES) normalised.clear();
    n = s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
    normalised.set(s, n);
  }
  return n;
}

const byLast = (lists: string[][]) => {
  const m = new Map<string, string[][]>();
  for (const l of lists) m.set(l[l.length - 1], [...(m.get(l[l.length - 1]) ?? []), l]);
  return m;
};
const wordLists = (phrases: string[]) => phrases.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);

/** The lexicon's `contentObjects` as sets, or null where it has no verbs or no nouns. */
function contentObjectWords(lex: Lexicon, mk: (a: string[]) => Set<string>): ContentObjectWords | null {
  const co = lex.contentObjects;
  if (!co.verbs.length || !co.nouns.length) return null;
  return { verbs: mk(co.verbs), nouns: mk(co.nouns), estimating: mk(co.estimates.verbs), amounts: mk(co.estimates.nouns), preps: mk(co.estimates.preps) };
}

export function compileSources(lang: string, lex: Lexicon): SourceLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const cueKind = new Map<string, 'verb' | 'prep'>();
  for (const v of [...lex.speechVerbs, ...lex.sharedCues, ...lex.docVerbs, ...lex.docSubjectVerbs, ...lex.docFindingVerbs, ...lex.namingVerbs, ...lex.finalCues]) cueKind.set(normCue(v), 'verb');
  for (const v of [...lex.accordingTo, ...(lex.closingCues ?? [])]) cueKind.set(normCue(v), 'prep');
  const mk = (a: string[]) => new Set(a.map((w) => w.toLowerCase()));
  // a forecasters' poll with its agent ("surveyed by", "interrogés par") qualifies any source noun too
  // ("Wall Street analysts surveyed by FactSet"): one table, lexicon groupForecasts.polled, read with agentPreps
  const qualifiers = [...lex.qualifiers, ...lex.groupForecasts.polled.flatMap((p) => lex.agentPreps.map((a) => `${p} ${a}`))];
  const c: SourceLexicon = {
    cue: new PhraseMatcher([...lex.speechVerbs, ...lex.sharedCues, ...lex.docVerbs, ...lex.docSubjectVerbs, ...lex.docFindingVerbs, ...lex.namingVerbs, ...lex.finalCues, ...lex.accordingTo, ...(lex.closingCues ?? [])]),
    credits: new PhraseMatcher(lex.creditLabels),
    cueKind,
    told: new PhraseMatcher(lex.toldVerbs),
    participle: new PhraseMatcher(lex.participleCues),
    naming: lex.namingParticiples.length ? new PhraseMatcher(lex.namingParticiples) : null,
    namingIdioms: lex.namingIdioms.length ? new PhraseMatcher(lex.namingIdioms) : null,
    setting: new PhraseMatcher(lex.settingPhrases),
    forecast: lex.groupForecasts.verbs.length ? new PhraseMatcher(lex.groupForecasts.verbs) : null,
    docParticiple: lex.docParticiples.length ? new PhraseMatcher(lex.docParticiples) : null,
    interview: new PhraseMatcher(lex.interviewVerbs),
    quoteVerb: lex.quoteVerbs.length ? new PhraseMatcher(lex.quoteVerbs) : null,
    contentObjects: contentObjectWords(lex, mk),
    asIdiom: lex.asIdioms.length ? new PhraseMatcher(lex.asIdioms) : null,
    audience: new RegExp(`(?:${[...lex.audience].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}])`, 'iuy'),
    audienceFirst: new Set(lex.audience.map((a) => a.toLowerCase().split(/[\s\u00a0]+/)[0])),
    leadIn: lex.quoteLeadIns.length ? new RegExp(`(?:^|(?<=[.!?…]\\s+|\\n))(?:${lex.quoteLeadIns.join('|')})\\s+`, 'giu') : null,
    set: {
      pronouns: mk(lex.pronouns),
      personal: mk(lex.personalPronouns),
      speakerPronouns: mk(lex.speakerPronouns),
      subordinators: mk(lex.subordinators),
      titles: mk(lex.personTitles ?? []),
      qualifiedPronouns: mk(lex.qualifiedPronouns ?? []),
      possessives: mk(lex.possessives),
      thirdPossessives: mk(lex.thirdPossessives),
      docLinks: mk(lex.docLinks),
      sampleLinks: mk(lex.sampleLinks ?? []),
      approximators: mk(lex.approximators),
      topicPreps: mk(lex.topicPreps),
      claimNouns: mk(lex.claimNouns),
      time: mk(lex.timeWords),
      weekdays: mk(lex.weekdays),
      sayingVerbs: mk(lex.sayingVerbs ?? []),
      // (without their final dot, as the tokenizer splits it off: "a.m" "."; a name never runs back over one)
      clockSuffixes: mk(lex.clockSuffixes.map((w) => w.replace(/\.$/u, ''))),
      timeModifiers: mk(lex.timeModifiers),
      percent: mk(lex.percentWords),
      anonymous: mk(lex.anonymousNouns),
      clause: mk(lex.clauseWords),
      relative: mk(lex.relativeWords),
      nounRelative: mk(lex.nounRelativeWords),
      weakVerbs: mk(lex.weakVerbs),
      complement: mk(lex.complementWords),
      complementVerbs: mk(lex.complementVerbs),
      coordinators: mk(lex.coordinators),
      ratePreps: mk(lex.ratePreps),
      scales: mk(Object.keys(lex.scales)),
      nounVerbs: mk(lex.nounVerbs),
      holding: mk(lex.holdingVerbs),
      docFinding: mk(lex.docFindingVerbs),
      adverbExceptions: mk(lex.adverbExceptions),
      floating: mk(lex.floatingQuantifiers),
      quantifiers: mk(lex.nameQuantifiers ?? []),
      indefinite: mk(lex.indefiniteArticles),
      auxiliaries: mk(lex.auxiliaries),
      passive: mk(lex.passiveAuxiliaries),
      finalCues: mk(lex.finalCues),
      asClause: mk(lex.asClause),
      nameSuffixes: mk(lex.nameSuffixes),
      nameParticles: mk(lex.nameParticles),
      wordingNouns: mk(lex.wordingNouns),
      wordingPreps: mk(lex.wordingPreps),
      namedParticiples: mk(lex.namedParticiples),
      docPreps: mk(lex.docPreps),
      determiners: mk(lex.determiners),
      connectors: mk(lex.connectors),
      stop: mk(lex.stopWords),
      stopAdjectives: mk(lex.stopAdjectives ?? []),
      adverbs: mk(lex.adverbs),
      participles: mk(lex.participles),
      agent: mk(lex.agentPreps),
      creditVias: mk(lex.creditVias),
      months: mk(Object.keys(lex.months)),
      docs: mk(lex.docNouns),
      subjectDocs: mk(lex.subjectDocNouns),
      impersonalPreps: mk(lex.impersonalPreps),
      objectPreps: mk(lex.objectPreps ?? []),
      frontedPreps: mk(lex.frontedPreps),
      withWords: mk(lex.withWords),
      asWords: mk(lex.asWords),
      gerundPreps: mk(lex.gerundPreps),
      impersonal: mk(lex.impersonal),
      objectPronouns: mk(lex.objectPronouns),
      publicationVerbs: mk(lex.publicationVerbs),
      publicationPreps: mk(lex.publicationPreps),
      journalNouns: mk(lex.journalNouns),
      ageNouns: mk(ageNouns(lex)),
      companionNouns: mk(lex.companionNouns),
      nounPreps: mk(lex.nounPreps),
      negations: mk(lex.negations),
      negativeDeterminers: mk(lex.negativeDeterminers ?? []),
      verdicts: mk(lex.verdictWords),
      numberWords: mk(Object.keys(lex.numberWords)),
      postpositions: mk(lex.postpositions ?? []),
      closingCues: mk(lex.closingCues ?? []),
      namingVerbs: new Set(lex.namingVerbs.map(normCue)),
      docVerbs: new Set(lex.docVerbs.map(normCue)),
      media: mk(lex.mediaNouns),
      planned: mk(lex.plannedNouns),
      forecasters: mk(lex.groupForecasts.groups),
      polled: mk(lex.groupForecasts.polled),
    },
    control: wordLists(lex.controlVerbs),
    claimLinks: wordLists(lex.claimLinks),
    qualifiers: wordLists(qualifiers),
    qualifiersByLast: byLast(wordLists(qualifiers)),
    captionLabels: wordLists(lex.captionLabels),
    editorialLabels: wordLists(lex.editorialLabels),
    editorialFirst: new Set(wordLists(lex.editorialLabels).map((l) => l[0])),
    // longest first: "© provided by" before "©"
    creditMarks: lex.creditMarks.map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length),
    abbreviations: new Set(lex.abbreviations.map((a) => a.replace(/\.$/, '').replace(/\s+/g, ''))),
    adverbEndings: lex.adverbEndings,
    pastEndings: lex.pastTenseEndings,
    participleEndings: lex.participleEndings,
    pluralEndings: lex.pluralEndings,
    capNouns: lex.capitalisedNouns,
    nameAdjectiveEndings: lex.nameAdjectiveEndings,
    passiveBracket: !!lex.passiveBracket,
    sourceNouns: lex.sourceNouns.map((w) => w.toLowerCase()),
    outletNouns: lex.outletNouns.map((w) => w.toLowerCase()),
    docTails: [],
    docStems: [],
    nounMemo: new Map(),
    hearingBodies: mk(lex.hearingBodies),
    reportingAdverbs: mk(lex.reportingAdverbs),
    stanceAdverbs: mk(lex.stanceAdverbs),
    storyNouns: mk(lex.storyNouns),
    ageWords: mk(lex.ageWords),
    originPreps: mk(lex.originPreps),
    speechWords: new Set(lex.speechVerbs.filter((v) => !/\s/.test(v)).map((v) => v.toLowerCase())),
    toldCues: new Set(lex.toldVerbs.map(normCue)),
    caseMarksListener: lex.outletBeforeSpeaker,
  };
  // derived once here rather than filtered out of the sets for every word read
  c.docTails = [...c.set.docs].filter((d) => d.length >= MIN_DOC_TAIL);
  c.docStems = c.sourceNouns.filter((n) => n.length >= MIN_DOC_STEM && c.set.docs.has(n));
  cache.set(lang, c);
  return c;
}
