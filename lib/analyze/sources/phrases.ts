// Reading a source's name off the token stream around a cue: the noun phrase before a reporting
// verb ("Governor Ivan Fedorov said", "two diplomats familiar with the talks said"), after an
// inverted verb or a preposition (", said chief executive Tom Ridley", "laut DB-Sprecherin Anja
// Roth", "according to a report by the IMF"), and whether a run of tokens can name a source at all
// (a name or a source noun; never a pronoun, a time expression or a number of people polled).
// A name is read whole: a capitalised word inside a sentence is part of it even when it is also a
// function word ("New York", "The We Company"), and so is an abbreviation's dot ("U.S. Attorney",
// "Walt Disney Co. executive"). Every word class comes from the lexicon.
import type { AnalysisContext } from '../context';
import type { SentenceIndex } from '../sentences';
import { T, tokenAt, type Token } from '../text';
import type { SourceLexicon } from './compile';

/** A run of tokens [a, b] (inclusive). */
export interface NP {
  a: number;
  b: number;
}

export const OPEN_Q = new Set(['«', '„', '“', '"', '‹']);
export const CLOSE_Q = new Set(['»', '“', '”', '"', '›']);
// Punctuation that may open a sentence before its first word.
const OPENERS = new Set([...OPEN_Q, '(', '[', '—', '–', '-', '‘', '\'']);
// A name carries at most this many degrees or suffixes set off by commas ("Jane Roe, MD, PhD, said").
const MAX_NAME_SUFFIXES = 3;
// Longest quoted name inside a source's name, in tokens («Дніпро Капітал», „Zulieferer-Monitor“).
const MAX_QUOTED_NAME = 6;
// Longest name set off by commas after a role ("…, Eva-Marie Persson, said"), in tokens.
const MAX_SET_OFF_NAME_TOKENS = 5;
// A party and state label set off after a politician's name ("R-Texas", "D-N.Y.", "I-Vt.").
const PARTY_LABEL = /^\p{Lu}{1,2}-\p{Lu}[\p{L}.]*$/u;
// Longest parenthesis read back inside a name ("(ticker: HD)"), in tokens.
const MAX_PAREN_TOKENS = 4;
// A lower-case agency name after its outlet noun is at most this long ("dpa", "epd", "kna"): a longer word is a common one.
const MAX_LOWER_OUTLET_NAME = 4;
// Longest name read from a cue, in tokens: beyond this a "name" is a clause.
const MAX_NAME_TOKENS = 12;
// How far back a participial or relative clause may reach (", analyzing …, suggests").
const MAX_CLAUSE_TOKENS = 25;
// How many lower-case words a title may have between a possessive and the name ("The We Company’s
// recently named executive chair Marcelo Claure").
const MAX_TITLE_WORDS = 6;
// Longest prepositional phrase set off by commas between a name and its verb ("for his part"), in tokens with its comma.
const MAX_SET_OFF_PP_TOKENS = 5;
// Longest place name, and longest state or country set off after it ("in New York, N.Y."), in tokens.
const MAX_PLACE_TOKENS = 4;
// Appositions skipped back to the name they describe ("Omar Lamrani, a senior analyst at Stratfor,
// the Texas-based organization, told").
const MAX_APPOSITIONS = 3;
const POSSESSIVE = /[’']s?$/u;
const POSSESSIVE_S = /\p{L}[’']s$/u;
const CONTRACTION = /[’'](?:d|s|ll|m|re|ve)$/u;

// A fronted phrase's preposition stands at most this many words after the sentence start ("Prior | to launch").
const MAX_FRONTED_LEAD = 1;

// A participle opening a clause after a source noun is longer than this ("using"; "thing", "king" are nouns).
const MIN_PARTICIPLE_CHARS = 4;
// Adjectives that may stand between an article and an anonymous noun ("a second person", "two unnamed senior officials").
const MAX_ANONYMOUS_ADJECTIVES = 2;

/** Does the word end like an adverb of the language ("-ment", "-ly")? */
function adverbEnd(C: SourceLexicon, x: string): boolean {
  return C.adverbEndings.some((e) => x.endsWith(e));
}

// After a preposition, a hyphen compound's noun may add at most this many letters to its stem ("sous-préfets", not "по-советски").
const MAX_CASE_ENDING = 2;

// A surname has at most this many lower-case particles before its capitalised word ("van der", "de la").
const MAX_NAME_PARTICLES = 3;
// A role coordinated before a titled name has at most this many words ("Early retiree | and …").
const MAX_COORDINATED_TITLE = 3;

// A document's sample or topic runs at most this many tokens before a second preposition ("in 125 women | with").
const MAX_SAMPLE_TOKENS = 4;

// A duration's adjective stands at most this many words before its document ("6-month | randomised | study").
const MAX_DURATION_TO_DOC = 2;

export class PhraseReader {
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly C: SourceLexicon;
  private readonly sentences: SentenceIndex;
  private readonly inQuote: (pos: number) => [number, number] | null;
  /** Words the article writes in lower case somewhere inside a sentence (so they are common words), built when first needed. */
  private lowerSet: Set<string> | null = null;
  /**
   * isNounish's answers for this text's words: asked several times per word, each answer is found in a small map
   * of this text's own strings, the lexicon's memo of every word met (up to 20,000 strings of earlier texts, whose
   * look-ups miss the processor's cache) asked once per word.
   */
  private readonly nouns = new Map<string, boolean>();

  constructor(ctx: AnalysisContext, C: SourceLexicon) {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.C = C;
    this.sentences = ctx.sentences;
    this.inQuote = ctx.inQuote;
  }

  /** The words the text writes in lower case somewhere; built once per text. */
  get lowerSeen(): Set<string> {
    if (!this.lowerSet) {
      this.lowerSet = new Set();
      for (const t of this.tokens) if (t.t === T.Word && !t.cap) this.lowerSet.add(t.lc);
    }
    return this.lowerSet;
  }

  isWord(t: Token | undefined): t is Token {
    return !!t && t.t === T.Word;
  }

  /**
   * "April Ryan", "Mar Hicks": where only names are capitalised, a capitalised month followed after one space by a
   * capitalised word that is no month, weekday or time word is a first name, not a date.
   */
  monthFirstName(j: number): boolean {
    const t = this.tokens[j];
    const nx = this.tokens[j + 1];
    const S = this.C.set;
    if (this.C.capNouns || !t.cap || !S.months.has(t.lc) || !this.isWord(nx) || !nx.cap || nx.block !== t.block) return false;
    if (this.text.slice(t.e, nx.s) !== ' ' || !/^\p{Lu}\p{Ll}/u.test(this.text.slice(nx.s, nx.e))) return false;
    return !(S.months.has(nx.lc) || S.weekdays.has(nx.lc) || S.time.has(nx.lc));
  }

  /** A lower-case connector at j before a time ("at | the time", "on | Monday"). */
  connectorBeforeTime(j: number): boolean {
    const t = this.tokens[j];
    return this.isWord(t) && !t.cap && this.C.set.connectors.has(t.lc) && this.timeAfter(j + 1);
  }

  /** A time at token j, after an optional article: "the time", "Monday", "the weekend" (a lower-case time word, or a weekday or month). */
  timeAfter(j: number): boolean {
    const S = this.C.set;
    const tk = this.tokens;
    const k = this.isWord(tk[j]) && S.determiners.has(tk[j].lc) ? j + 1 : j;
    const t = tk[k];
    if (!this.isWord(t) || t.block !== tk[j].block) return false;
    if (S.weekdays.has(t.lc)) return true;
    return S.time.has(t.lc) && !t.cap && !(this.isWord(tk[k + 1]) && tk[k + 1].block === t.block && (tk[k + 1].cap || S.connectors.has(tk[k + 1].lc)));
  }

  /** A lower-case word at j that is no stop word, as a title before a name ("analyst" in "analyst Jan Hatzius"). */
  private titleWord(j: number): boolean {
    const t = this.tokens[j];
    return this.isWord(t) && !t.cap && !this.C.set.stop.has(t.lc) && this.isNounish(t);
  }

  /** A personal pronoun, also contracted ("I’d", "he’s", "they’re"). */
  isPersonal(lc: string): boolean {
    return this.C.set.personal.has(lc) || this.C.set.personal.has(lc.replace(CONTRACTION, ''));
  }

  /** A source noun ("ministry", "analysts") or a document noun ("report"), by stem. */
  isNounish(t: Token): boolean {
    let v = this.nouns.get(t.lc);
    if (v === undefined) this.nouns.set(t.lc, (v = this.nounishWord(t)));
    return v;
  }

  /** isNounish, through the lexicon's memo. */
  private nounishWord(t: Token): boolean {
    const C = this.C;
    let v = C.nounMemo.get(t.lc);
    if (v === undefined) {
      const w = t.lc.replace(/^(?:[ldjmnstc]|qu)[’'](?=\p{L})/u, '').replace(POSSESSIVE, '');
      v = this.nounWord(w);
      // a compound joined by a hyphen is a noun of its last part ("co-founders", "neo-banks", "ex-minister", "экс-министр")
      const hy = w.lastIndexOf('-');
      if (!v && hy > 0 && hy < w.length - 2) v = this.compoundHead(w.slice(0, hy), w.slice(hy + 1));
      if (C.nounMemo.size > 20000) C.nounMemo.clear();
      C.nounMemo.set(t.lc, v);
    }
    return v;
  }

  /**
   * Is `last`, a hyphen compound's last part, a noun itself or its plural — not an adjective built on one
   * ("hard-headed", "well-researched": a past or a participle's ending after the noun's stem)? After a
   * preposition ("по-советски", "по-моему": adverbs) only a noun's short case or plural ending may follow.
   */
  private compoundHead(first: string, last: string): boolean {
    const C = this.C;
    if (C.set.anonymous.has(last) || C.set.docs.has(last) || C.set.ageNouns.has(last)) return true;
    const ends = [...C.pastEndings, ...C.participleEndings];
    const maxRest = C.set.stop.has(first) ? MAX_CASE_ENDING : Infinity;
    return C.sourceNouns.some((n) => {
      if (!last.startsWith(n) || (adverbEnd(C, last) && !adverbEnd(C, n))) return false;
      const rest = last.slice(n.length);
      return rest.length <= maxRest && !ends.some((e) => rest.endsWith(e));
    });
  }

  /** Is the word (lower case, without elision or possessive) a source, document or age noun? */
  private nounWord(w: string): boolean {
    const C = this.C;
    // a word with an adverb's ending is a noun only when the source noun has it too ("gouvernement", not "officiellement")
    return C.set.anonymous.has(w) || C.set.docs.has(w) || C.set.subjectDocs.has(w) || C.set.ageNouns.has(w) || C.sourceNouns.some((n) => w.startsWith(n) && (!adverbEnd(C, w) || adverbEnd(C, n)));
  }

  /** Does an age read as a noun start at token j ("56-year-old", "56-Jährige": a number, a hyphen, lexicon `ageNouns`)? */
  private ageAt(j: number): boolean {
    const tk = this.tokens;
    const n = tk[j];
    const h = tk[j + 1];
    const w = tk[j + 2];
    return n?.t === T.Num && h?.lc === '-' && h.s === n.e && this.isWord(w) && w.s === h.e && this.C.set.ageNouns.has(w.lc);
  }

  /** A word a name's connector may follow ("Banque de", "ministère de la"): capitalised or a source noun. */
  private headWord(t: Token): boolean {
    return t.cap || this.isNounish(t);
  }

  /**
   * A name's head at k, also an adjective after its capitalised head where names go on in lower case
   * (lexicon `nameAdjectiveEndings`): "l’Organisation mondiale | de la santé", "l’Institut national | de la statistique".
   */
  private headBefore(k: number): boolean {
    const tk = this.tokens;
    if (this.headWord(tk[k])) return true;
    const h = tk[k - 1];
    const t = tk[k];
    if (!this.isWord(h) || !h.cap || h.block !== t.block || this.isPersonal(h.lc) || this.C.set.stop.has(h.lc) || this.C.set.stop.has(t.lc)) return false;
    return this.C.nameAdjectiveEndings.some((e) => t.lc.length > e.length + 2 && t.lc.endsWith(e));
  }

  /**
   * "la Cour | des | comptes", "l’Agence internationale | de | l’énergie": a lower-case word after a capitalised head
   * (or its adjective) and its connector, where names go on in lower case; not a possessive ("Macron de son côté").
   */
  private lowerNameWord(h: number, k: number): boolean {
    const tk = this.tokens;
    const S = this.C.set;
    if (!this.C.nameAdjectiveEndings.length || this.isPersonal(tk[h].lc) || !(tk[h].cap || (!this.isNounish(tk[h]) && this.headBefore(h)))) return false;
    return this.isWord(tk[k]) && !tk[k].cap && tk[k].block === tk[h].block && !S.stop.has(tk[k].lc) && !S.possessives.has(tk[k].lc) && !S.determiners.has(tk[k].lc);
  }

  /** An adverb that may stand between a name and its verb ("also", "reportedly"). */
  isAdverb(t: Token): boolean {
    const S = this.C.set;
    if (t.t !== T.Word || t.cap || S.adverbExceptions.has(t.lc)) return false;
    return S.adverbs.has(t.lc) || this.C.adverbEndings.some((e) => t.lc.length > e.length + 2 && t.lc.endsWith(e) && !this.isNounish(t));
  }

  /**
   * The first token of the lower-case name particles ending right before token a, a capitalised word ("de | Miranda",
   * "van der | Berg"): the first is one of the lexicon's `nameParticles`, any after it a particle or a connector; a
   * when none stands there.
   */
  particlesBefore(a: number): number {
    const tk = this.tokens;
    const S = this.C.set;
    if (!this.isWord(tk[a]) || !tk[a].cap) return a;
    let k = a;
    while (k - 1 >= 0 && a - k < MAX_NAME_PARTICLES && this.isWord(tk[k - 1]) && !tk[k - 1].cap && tk[k - 1].block === tk[a].block && (S.nameParticles.has(tk[k - 1].lc) || (S.connectors.has(tk[k - 1].lc) && !S.coordinators.has(tk[k - 1].lc)))) k--;
    while (k < a && !S.nameParticles.has(tk[k].lc)) k++;
    return k;
  }

  /** The first capitalised word from token a (before `end`) when only a surname's particles stand before it ("de | Miranda"); else a. */
  nameAfterParticles(a: number, end: number): number {
    const tk = this.tokens;
    let c = a;
    while (c < end && c - a < MAX_NAME_PARTICLES && this.isWord(tk[c]) && !tk[c].cap) c++;
    return c > a && c < end && this.particlesBefore(c) === a ? c : a;
  }

  /** The first token of the run of capitalised words ending at token i ("Jane Smith" in "statement Jane Smith"). */
  private nameRunStart(i: number): number {
    const tk = this.tokens;
    let k = i;
    // (a sentence's capitalised first word opens it unless it is a function word: "Jane Smith", not "In Smith")
    while (k > 0 && tk[k - 1].block === tk[i].block && (this.nameCap(k - 1) || (this.isWord(tk[k - 1]) && tk[k - 1].cap && this.sentenceInitial(k - 1) && !this.C.set.stop.has(tk[k - 1].lc)))) k--;
    return k;
  }

  /** Is token i the first word of its sentence (opening quotes, brackets and dashes aside)? */
  sentenceInitial(i: number): boolean {
    const tk = this.tokens;
    const si = this.sentences.at(tk[i].s);
    const start = si >= 0 ? this.sentences.starts[si] : 0;
    let k = i - 1;
    while (k >= 0 && tk[k].block === tk[i].block && tk[k].s >= start && tk[k].t === T.Punct && OPENERS.has(tk[k].lc)) k--;
    return k < 0 || tk[k].block !== tk[i].block || tk[k].e <= start;
  }

  /** A capitalised word inside a sentence: part of a name, whatever else it could be ("New", "May"). */
  private nameCap(i: number): boolean {
    return !this.C.capNouns && this.tokens[i].cap && !this.sentenceInitial(i);
  }

  /** A capitalised word inside a sentence before another one opens a name, whatever else it could be ("said Will Tjernlund"). */
  private nameStart(i: number): boolean {
    const nx = this.tokens[i + 1];
    return this.nameCap(i) && this.isWord(nx) && nx.cap && nx.s === this.tokens[i].e + 1;
  }

  /** Is the word at j a stop word used as an adjective right after an article, before a word that is no stop word ("a | new | report")? */
  private adjectiveAfterArticle(j: number): boolean {
    const tk = this.tokens;
    const S = this.C.set;
    const t = tk[j];
    const p = tk[j - 1];
    const n = tk[j + 1];
    if (t.cap || !S.stopAdjectives.has(t.lc) || !this.isWord(p) || !S.determiners.has(p.lc) || p.block !== t.block) return false;
    return this.isWord(n) && n.block === t.block && !S.stop.has(n.lc) && !S.determiners.has(n.lc);
  }

  /**
   * Is the word at j a stop word used as an adjective that opens its sentence, capitalised, before a lower-case
   * document noun ("Earlier | research has found", "New | data show") or the rest of a name ("New | York officials
   * said")? Not before a time ("Last year", "Last Tuesday").
   */
  private openingAdjective(j: number): boolean {
    const tk = this.tokens;
    const t = tk[j];
    const n = tk[j + 1];
    if (!t.cap || !this.C.set.stopAdjectives.has(t.lc) || !this.sentenceInitial(j)) return false;
    if (!this.isWord(n) || n.block !== t.block || n.s !== t.e + 1) return false;
    // ("New York officials said": before a capitalised word, a name's first word; "Last Tuesday" is a time)
    if (n.cap) return !this.C.set.weekdays.has(n.lc) && !this.C.set.months.has(n.lc);
    return this.C.set.docs.has(n.lc) && !this.C.set.time.has(n.lc);
  }

  /** A dot that belongs to an abbreviation inside a name ("U.S. Attorney", "Co. executive", "Dr. Jones"): the sentence goes on after it. */
  private abbrDot(i: number): boolean {
    const tk = this.tokens;
    const d = tk[i];
    const w = tk[i - 1];
    const nx = tk[i + 1];
    if (d?.lc !== '.' || !this.isWord(w) || w.e !== d.s || !nx || nx.block !== d.block) return false;
    return this.sentences.at(nx.s) === this.sentences.at(d.s);
  }

  words(np: NP): Token[] {
    return this.tokens.slice(np.a, np.b + 1).filter((t) => t.t === T.Word);
  }

  /**
   * Is the token run a plausible source name (not a pronoun, has a name or a source noun)?
   * `nominal`: it follows a preposition ("according to reports"), so a cue word in it is a noun.
   * `cueSubject`: it is the subject of a cue already found, so a word that only opens the sentence still names
   * someone when the article writes it in lower case elsewhere ("Neuroscience tells us that …" beside "advances in neuroscience").
   */
  valid(np: NP, nominal = false, cueSubject = false): boolean {
    const S = this.C.set;
    const toks = this.words(np);
    if (!toks.length) return false;
    if (toks.every((t) => this.functionWord(t))) return false;
    // "no group claimed responsibility", "kein Verband", "aucun responsable": a negative determiner names no one
    // (a capitalised word after it makes a name: "No Labels", a group)
    if ((S.negativeDeterminers.has(toks[0].lc) && !(toks[1]?.cap && !this.C.capNouns)) || (toks.length > 1 && S.negativeDeterminers.has(`${toks[0].lc} ${toks[1].lc}`))) return false;
    if (toks.length === 1 && this.isPersonal(toks[0].lc) && !this.acronym(toks[0])) return false;
    // an object pronoun alone is never a source ("Ihm wird … vorgeworfen", "Стан трьох із них …"; lexicon `objectPronouns`)
    if (toks.length === 1 && S.objectPronouns.has(toks[0].lc) && !this.acronym(toks[0])) return false;
    // "… in May" is a date; "Theresa May" is a name
    const last = toks.length - 1;
    if (this.endsOnArticle(np)) return false;
    if (S.months.has(toks[last].lc) && (last === 0 || !toks[last - 1].cap)) return false;
    // "next week", "die nächsten Tage", "Sunday night ahead of …": a time, not a source (but "le
    // dernier rapport" is a report)
    const content = toks.filter((t) => !S.determiners.has(t.lc));
    if (!content.length || (this.isTime(toks[last]) && !this.timeInName(toks, last))) return false;
    const [c0, c1] = content;
    if (S.time.has(c0.lc) || S.weekdays.has(c0.lc) || (S.timeModifiers.has(c0.lc) && (!c1 || this.isTime(c1)))) return false;
    // "Fifty-one percent", "70 percent of Americans": the people polled; the poll is the source
    // ("62% | of Americans": a phrase read back to the share's sign is the rest of the same people)
    if (toks.some((t) => S.percent.has(t.lc)) || (this.tokens[np.a - 1]?.t === T.Num && S.percent.has(this.tokens[np.a].lc)) || S.percent.has(this.tokens[np.a - 1]?.lc ?? '')) return false;
    // a reporting verb inside is a clause, not a name ("said he")
    if (!nominal && toks.some((t) => !t.cap && this.C.cueKind.get(t.lc) === 'verb' && !this.docNounAfterDeterminer(t, np))) return false;
    if (S.possessives.has(toks[0].lc) && !toks.some((t, k) => this.isNounish(t) || (k > 0 && t.cap))) return false;
    // "Those close to the minister", "those who know him": people, by what qualifies them
    if (toks.length > 2 && this.peoplePronoun(toks[0])) return true;
    return toks.some((t) => this.namesInPhrase(t, np, cueSubject));
  }

  /**
   * "Voters want a | say in the matter", "friends wanted some | say": a phrase never ends on its article, nor on a
   * quantifier right after a verb (the cue after it was a noun: "a say", "some say"); "the others", "groups and
   * others", "several others" keep their head.
   */
  endsOnArticle(np: NP): boolean {
    const S = this.C.set;
    const toks = this.words(np);
    const last = toks.length - 1;
    if (last < 1 || toks[last].cap) return false;
    const end = toks[last].lc;
    const pv = toks[last - 1];
    if (S.determiners.has(end)) return true;
    if (!S.quantifiers.has(end)) return false;
    // only right after a verb-like word ("wanted | some"): after a coordinator, a connector, a comma, a determiner or
    // another quantifier the quantifier is the head ("groups and others", "many others", "several others")
    let k = np.b;
    while (k > np.a && this.tokens[k].t !== T.Word) k--;
    const before = this.tokens[k - 1];
    if (before !== pv) return false;
    const lc = pv.lc;
    return !pv.cap && !S.determiners.has(lc) && !S.possessives.has(lc) && !S.coordinators.has(lc) && !S.connectors.has(lc) && !S.quantifiers.has(lc) && !this.isNounish(pv);
  }

  // The helpers of `valid` are methods rather than closures made on each call: `valid` runs for
  // every candidate phrase, and the closures were allocated (and, under tsx, named) every time.

  /**
   * Is token j a preposition of a document's topic (lexicon `topicPreps`) right after a document noun
   * ("research | into", "Studie | über", "étude | sur")? The noun is lower case where nouns are.
   */
  topicAfterDocument(j: number): boolean {
    const tk = this.tokens;
    const t = tk[j];
    const doc = tk[j - 1];
    if (!this.isWord(t) || !this.C.set.topicPreps.has(t.lc) || !this.isWord(doc) || doc.block !== t.block) return false;
    if (doc.cap && !this.C.capNouns) return false;
    return this.C.set.docs.has(doc.lc) || this.C.docStems.some((n) => doc.lc.startsWith(n));
  }

  /**
   * Is the comma at j inside an institution's list of fields ("Ministry of | Trade, Industry and Energy",
   * "Ministerium für Wirtschaft, Klimaschutz und Energie")? A head and a connector before the first field,
   * and capitalised fields to b joined by a coordinator.
   */
  private fieldListComma(j: number, b: number): boolean {
    const tk = this.tokens;
    const S = this.C.set;
    const field = tk[j - 1];
    const of = tk[j - 2];
    const head = tk[j - 3];
    if (!this.isWord(field) || !field.cap || !this.isWord(of) || !S.connectors.has(of.lc) || S.coordinators.has(of.lc) || !this.isWord(head) || !head.cap) return false;
    let joined = false;
    for (let k = j + 1; k <= b; k++) {
      const t = tk[k];
      if (this.isWord(t) && S.coordinators.has(t.lc) && k > j + 1 && k < b) joined = true;
      else if (!(this.isWord(t) && t.cap) && t.lc !== ',' && !(t.lc === ')' || t.lc === '(')) return false;
    }
    return joined;
  }

  /** A function word (pronoun, determiner, connector, possessive); an acronym is a name even when it spells one ("says WHO", "the US"). */
  private functionWord(t: Token): boolean {
    const S = this.C.set;
    return (S.pronouns.has(t.lc) || S.determiners.has(t.lc) || S.connectors.has(t.lc) || S.possessives.has(t.lc) || this.isPersonal(t.lc)) && !this.acronym(t);
  }

  /** "a report by the IMF" is a document: a cue word of the phrase np after a determiner is a noun. */
  private docNounAfterDeterminer(t: Token, np: NP): boolean {
    const S = this.C.set;
    const k = this.tokens.indexOf(t, np.a);
    const p = this.tokens[k - 1];
    const n = this.tokens[k + 1];
    // ("said", "told", "wrote" are documents only as a link's words: after a name they are its verb, "the sheriff’s office said")
    if (!S.docs.has(t.lc) || (this.C.cueKind.get(t.lc) === 'verb' && !S.nounVerbs.has(t.lc))) return false;
    const pp = this.tokens[k - 2];
    return this.determinerLike(p) || (!!p && p.cap && k > np.a) || (!!p && p.t === T.Word && this.determinerLike(pp)) || (!!n && S.docLinks.has(n.lc));
  }

  private determinerLike(x: Token | undefined): boolean {
    const S = this.C.set;
    return !!x && (S.determiners.has(x.lc) || S.possessives.has(x.lc) || S.pronouns.has(x.lc) || POSSESSIVE.test(x.lc));
  }

  /** Does word t of the phrase np name someone (a source noun, or a capitalised word that is more than a sentence's first word)? */
  private namesInPhrase(t: Token, np: NP, cueSubject = false): boolean {
    const S = this.C.set;
    if (this.isNounish(t)) return true;
    if (!t.cap) return false;
    // a capitalised word that only starts the sentence names nobody when it is a function word
    // ("He instead") or a common noun the article writes in lower case elsewhere ("Users"; unless the
    // phrase is a found cue's subject: "Neuroscience tells us that …")
    if (!(this.functionWord(t) || S.stop.has(t.lc) || S.adverbs.has(t.lc) || (!cueSubject && this.lowerSeen.has(t.lc)))) return true;
    return !this.sentenceInitial(this.tokens.indexOf(t, np.a));
  }

  /** A word written in capitals, two letters or more ("WHO", "US", "IG"). */
  acronym(t: Token): boolean {
    const raw = this.text.slice(t.s, t.e);
    return raw.length >= 2 && /\p{Lu}/u.test(raw) && raw === raw.toUpperCase();
  }

  /**
   * "Aviation Week": a capitalised noun of time (one the lexicon lists with its plural: "week",
   * "weeks") after a capitalised word that is no time ends a name. A weekday or month stays a time
   * ("the Argus Leader Monday"), and so do adverbs of time ("USA TODAY" is read elsewhere).
   */
  private timeInName(toks: Token[], k: number): boolean {
    const S = this.C.set;
    const t = toks[k];
    const pv = toks[k - 1];
    if (k === 0 || !t.cap || this.C.capNouns || !S.time.has(t.lc) || !S.time.has(`${t.lc}s`)) return false;
    return pv.cap && !this.isTime(pv) && !S.months.has(pv.lc) && !S.determiners.has(pv.lc);
  }

  private isTime(t: Token): boolean {
    const S = this.C.set;
    return S.time.has(t.lc) || S.timeModifiers.has(t.lc) || S.weekdays.has(t.lc);
  }

  /** The "(" of a short parenthesis closing at token j (same block, no sentence end inside), or -1. */
  private parenStart(j: number): number {
    const tk = this.tokens;
    for (let k = j - 1; k >= 0 && j - k <= MAX_PAREN_TOKENS + 1; k--) {
      // ("(D-N.Y.)", "(D-Minn.)": an abbreviation's dot glued to its word stays inside)
      const abbr = tk[k].lc === '.' && tk[k - 1]?.e === tk[k].s && tk[k - 1].t === T.Word;
      if (tk[k].block !== tk[j].block || (/^[.!?;)]$/.test(tk[k].lc) && !abbr)) return -1;
      if (tk[k].lc === '(') return k < j - 1 ? k : -1;
    }
    return -1;
  }

  /**
   * The coordinator at j joins a source (a source noun or a name) to a second conjunct that runs, through lower-case
   * modifiers, to a source noun at b ("Facebook and | other tech companies").
   */
  private coordinatedKind(j: number, b: number): boolean {
    const tk = this.tokens;
    const left = tk[j - 1];
    if (!this.isWord(left) || this.isPersonal(left.lc) || !(this.isNounish(left) || this.nameCap(j - 1) || (left.cap && !this.C.set.stop.has(left.lc)))) return false;
    if (!this.isWord(tk[b]) || tk[b].cap || !this.isNounish(tk[b])) return false;
    // a lower-case first conjunct opens its phrase ("The unions and …", "Police and …"), not an object's tail
    // ("affected 2.5 million people and outraged local officials")
    const open = tk[j - 2];
    if (!left.cap && this.isWord(open) && open.block === left.block && !this.C.set.determiners.has(open.lc) && !this.C.set.possessives.has(open.lc) && !this.C.set.clause.has(open.lc)) return false;
    for (let k = j + 1; k < b; k++) if (!this.isWord(tk[k]) || tk[k].cap) return false;
    return true;
  }

  /** Name before a verb: walk back from token i over the words of a noun phrase. */
  backward(i: number, depth = 0): NP | null {
    const tk = this.tokens;
    const S = this.C.set;
    i = this.skipBetween(i);
    if (i < 0 || !tk[i]) return null;
    const block = tk[i].block;
    const b = i;
    let j = i;
    for (; j >= 0 && b - j < MAX_NAME_TOKENS; j--) {
      const t = tk[j];
      if (t.block !== block) break;
      // "A survey of 1,000 adults found": the number of people a document polled is part of it
      // ("A 2019 study found", "a 2018 analysis of the data": a year after the article is the phrase's adjective)
      if (t.t === T.Num && !this.polledBy(j) && !this.ageAt(j) && !this.yearAdjective(j) && !this.durationAdjective(j)) break;
      if (t.t === T.Num) {
        // "one study in over 40,000 adults": the approximator of a sample's size is part of it
        if (this.polledBy(j)) j -= this.approximatorBefore(j);
        continue;
      }
      // "one 6-month study showed": the hyphen of a duration read as an adjective
      if (t.lc === '-' && this.durationAdjective(j - 1)) continue;
      // "The 56-year-old said": the hyphen of an age read as a noun
      if (t.lc === '-' && this.ageAt(j - 1)) continue;
      if (t.t === T.Punct) {
        if (t.lc === ')') {
          // "Home Depot (ticker: HD)", "die Fernwasserversorgung Franken (FWF)": a short parenthesis inside the name
          const open = this.parenStart(j);
          if (open >= 0) {
            j = open;
            continue;
          }
        }
        if (t.lc === '&' || t.lc === '/') continue;
        // "shortly after 2 a.m. | Investigators believe": a clock time's dot ends a sentence the splitter kept whole
        // ("2 a.m. Tuesday" goes on), so a name read back stops there
        if (t.lc === '.' && S.clockSuffixes.has(tk[j - 1]?.lc ?? '') && tk[j - 1].e === t.s) break;
        if (this.abbrDot(j)) continue;
        // "Ministry of Trade, Industry and Energy": a comma in the list of an institution's fields
        if (t.lc === ',' && j < b && this.fieldListComma(j, b)) continue;
        // a short quoted name inside the phrase: "Аналітики компанії «Дніпро Капітал»"
        const open = CLOSE_Q.has(t.lc) ? this.quotedNameStart(j) : -1;
        if (open >= 0) {
          j = open;
          continue;
        }
        break;
      }
      // "14th-ranked": a word glued to a number is the number's suffix
      if (tk[j - 1]?.t === T.Num && tk[j - 1].e === t.s) break;
      // "That’s why I always say:": the pronoun right before the verb is its subject, also when written
      // with a capital ("I", "We" opening a sentence); an acronym is a name ("IT", "WE")
      if (j === b && this.isPersonal(t.lc) && !this.acronym(t)) return { a: b, b };
      // an object pronoun ends the phrase (lexicon `objectPronouns`); with a verb after it, the phrase is the subject
      // of a clause inside another one, whose own speaker reports it ("he said the call made him realize Giuliani
      // and the president believed …": no source here, the one who said it is)
      if (j < b && !t.cap && S.objectPronouns.has(t.lc)) break;
      if (j < b && !t.cap && this.isWord(tk[j - 1]) && S.objectPronouns.has(tk[j - 1].lc)) return null;
      // "Western officials said | satellite images showed": a verb of saying opens the clause whose subject is read
      if (j < b && !t.cap && S.sayingVerbs.has(t.lc)) break;
      if (this.nameCap(j)) continue;
      if (S.months.has(t.lc) && !t.cap) break;
      if (S.stop.has(t.lc) && !S.determiners.has(t.lc)) {
        // an adjective between the article and the noun ("The new study found")
        if (j < b && this.adjectiveAfterArticle(j)) continue;
        // … or opening the sentence before a document ("Earlier research has found", "New data show")
        if (j < b && this.openingAdjective(j)) continue;
        // a connector inside a name ("Institute for the Study", "Analysts at Jefferies")
        if (S.connectors.has(t.lc) && j < b && (tk[j + 1].cap || S.determiners.has(tk[j + 1].lc)) && this.isWord(tk[j - 1])) continue;
        // "le chef de projet Fumihiko Hazama": a title's lower-case complement right before the name is the title's
        if (S.connectors.has(t.lc) && j < b && this.isWord(tk[j - 1]) && this.headBefore(j - 1) && this.complementBeforeName(j + 1, b)) continue;
        // "research into hibernation shows", "a study on mice found": a document's topic is part of its name
        if (this.topicAfterDocument(j) && j < b) continue;
        // "another study in 125 women with obesity found": a preposition inside the sample or the topic goes on with it
        if (j < b && this.insideDocumentSample(j)) continue;
        // two source nouns joined ("Experts and brokerages are of the view"): one subject
        if (S.coordinators.has(t.lc) && S.connectors.has(t.lc) && j < b && this.isWord(tk[j - 1]) && this.isNounish(tk[j - 1]) && this.isNounish(tk[j + 1])) continue;
        // … and a source with a modified plural of its kind ("Facebook and other tech companies say", "Police and fire
        // officials said"): one subject, as sentence-subject reads it; the second conjunct ends on its head noun
        if (S.coordinators.has(t.lc) && S.connectors.has(t.lc) && j < b - 1 && this.coordinatedKind(j, b)) {
          if (!tk[j - 1].cap) continue;
          j = this.nameRunStart(j - 1) - 1;
          break;
        }
        // … and a source with the people of its own ("The mayor and her staff", "Parata and his family believe"): one subject
        if (S.coordinators.has(t.lc) && S.connectors.has(t.lc) && j < b - 1 && this.isWord(tk[j - 1]) && (this.isNounish(tk[j - 1]) || this.nameCap(j - 1) || (tk[j - 1].cap && !this.isPersonal(tk[j - 1].lc))) && S.possessives.has(tk[j + 1].lc) && !tk[j + 1].cap) {
          // (a name before "and" is read whole and ends the subject: "In a joint statement Smith and his wife said")
          if (!tk[j - 1].cap) continue;
          j = this.nameRunStart(j - 1) - 1;
          break;
        }
        break;
      }
      if (S.determiners.has(t.lc)) {
        // "une étude sur le sommeil", "a study on the effects": the topic's article, then its preposition
        if (j < b && this.topicAfterDocument(j - 1)) {
          j--;
          continue;
        }
        // a genitive article after a noun, where nouns are capitalised: "Ein Beamter des Ministeriums"
        if (this.C.capNouns && S.connectors.has(t.lc) && j < b && tk[j - 1]?.cap && this.isWord(tk[j - 1]) && !this.sentenceInitial(j)) continue;
        // a determiner that also joins a name to its head: "La Banque de France", "Le ministère de l’Intérieur", "le porte-parole du gouvernement"
        // ("le chef de projet Fumihiko Hazama": a title's lower-case complement right before the name is the title's)
        if (S.connectors.has(t.lc) && j < b && this.isWord(tk[j - 1]) && this.headBefore(j - 1) && (this.headWord(tk[j + 1]) || S.determiners.has(tk[j + 1].lc) || this.lowerNameWord(j - 1, j + 1) || this.complementBeforeName(j + 1, b))) continue;
        j--;
        // "the" after a connector continues the name ("Institute for the Study")
        if (this.isWord(tk[j]) && S.connectors.has(tk[j].lc) && this.isWord(tk[j - 1]) && (!S.determiners.has(tk[j].lc) || this.headBefore(j - 1))) continue;
        break;
      }
      if (this.isPersonal(t.lc) && !t.cap && j < b) break;
      // "In a post at the time she wrote": the pronoun right before the verb is its subject
      if (this.isPersonal(t.lc) && j === b) return { a: b, b };
      // "a look at what PFF said": a relative word before the name ends it
      if (S.relative.has(t.lc) && !t.cap && j < b) break;
    }
    const np = { a: j + 1, b };
    // the length limit may stop the walk on an abbreviation's dot ("Dr. | Joneigh Khaldun of the Michigan Department of
    // Health and Human Services says"): the abbreviation is the name's first word, never a bare dot
    if (b - j >= MAX_NAME_TOKENS && this.abbrDot(np.a) && tk[np.a - 1].block === block) np.a--;
    if (np.a > np.b) return null;
    // "В Москве министр заявил", "Prior to launch Google promised": a fronted phrase's object is no part of the subject
    np.a = this.afterFrontedPhrase(j, np);
    // the object of a preposition is no verb's subject ("… er mit Ärzten und Kliniken teilt")
    if (this.isWord(tk[j]) && tk[j].block === block && S.objectPreps.has(tk[j].lc)) return null;
    if (depth < 2) {
      const head = this.attachedTo(j, np, depth);
      if (head) return head;
    }
    return depth < 2 ? this.authored(this.qualified(np, depth), depth) : np;
  }

  /**
   * "В Москве министр заявил", "На встрече Путин сказал", "Prior to launch Google promised": when the walk back
   * from a verb stops at a preposition (lexicon `frontedPreps`) that opens its sentence (after at most
   * MAX_FRONTED_LEAD words), the phrase's first word is that preposition's object and the subject starts at the
   * next name or source noun (else right after a one-word object). Returns np.a unchanged when the phrase opens
   * no sentence.
   */
  private afterFrontedPhrase(j: number, np: NP): number {
    const tk = this.tokens;
    const p = tk[j];
    if (!this.isWord(p) || p.block !== tk[np.b].block || !this.C.set.frontedPreps.has(p.lc) || np.b <= np.a) return np.a;
    let s = j;
    while (s > 0 && j - s < MAX_FRONTED_LEAD && !this.sentenceInitial(s) && this.isWord(tk[s - 1]) && tk[s - 1].block === p.block) s--;
    // (a word before a preposition that attaches places to nouns may be the head: "Many in Hong Kong fear", "Police in Texas said")
    if (!this.sentenceInitial(s) || (s < j && this.C.set.nounPreps.has(p.lc))) return np.a;
    // "Джерело в Офісі президента повідомило", "Источник в администрации президента сообщил": a source noun before
    // its qualifier (lexicon `anonymousNouns`, `qualifiers`) is the head, not a lead before a fronted phrase
    if (s < j && this.C.set.anonymous.has(tk[j - 1].lc) && this.C.qualifiersByLast.has(p.lc)) return np.a;
    // "В пресс-службе компании сообщили": before a verb without a subject (lexicon `impersonal`) the phrase is the source
    const v = tk[np.b + 1];
    if (this.isWord(v) && this.C.set.impersonal.has(v.lc)) return np.a;
    // (the object's own articles and possessives: "In a statement Smith said", "At the time Apple said")
    let o = np.a;
    while (o < np.b && (this.C.set.determiners.has(tk[o].lc) || this.C.set.possessives.has(tk[o].lc))) o++;
    for (let k = o + 1; k <= np.b; k++) {
      if (!this.isWord(tk[k])) return np.a;
      if (tk[k].cap || this.isNounish(tk[k])) return k;
    }
    // no name nor source noun after a one-word object: the next word is the subject ("В интервью модель призналась")
    return o + 1 <= np.b ? o + 1 : np.a;
  }

  /**
   * "Owen Dempsey of the Aberdeen Royal Infirmary in the UK told", "police in Texas said": the phrase np
   * after a preposition at j (lexicon `nounPreps`) belongs to the name or source noun before it, which is the subject.
   */
  private attachedTo(j: number, np: NP, depth: number): NP | null {
    const tk = this.tokens;
    const p = tk[j];
    const h = tk[j - 1];
    if (!this.isWord(p) || p.cap || !this.C.set.nounPreps.has(p.lc) || !this.isWord(h) || h.block !== p.block || !(h.cap || this.isNounish(h))) return null;
    const head = this.backward(j - 1, depth + 1);
    if (!head || head.b !== j - 1 || !this.valid(head)) return null;
    // a phrase that names a place or a body ("in the UK", "at the ministry") is part of the name,
    // and so is one after a common noun ("a study in rats", "executives across the world"); after a
    // proper name, a phrase that names neither sets off a circumstance ("Obama in the call had
    // confirmed"): the subject is the name alone
    const circumstance = h.cap && !this.isNounish(h) && !this.words(np).some((t) => t.cap) && !this.valid(np);
    return circumstance ? head : { a: head.a, b: np.b };
  }

  /** "A 2019 report by the Government Accountability Office found": a document joined to its author is one source. */
  private authored(np: NP, depth: number): NP {
    const tk = this.tokens;
    const link = tk[np.a - 1];
    const doc = tk[np.a - 2];
    if (!this.isWord(link) || !this.isWord(doc) || link.block !== tk[np.a].block || !this.C.set.docLinks.has(link.lc) || this.C.set.connectors.has(link.lc)) return np;
    if (!this.C.set.docs.has(doc.lc)) return np;
    const before = this.backward(np.a - 2, depth + 1);
    return before ? { a: before.a, b: np.b } : np;
  }

  /** A pronoun that stands for people before its qualifier or relative clause (lexicon `qualifiedPronouns`: "those"). */
  peoplePronoun(t: Token | undefined): boolean {
    return !!t && t.t === T.Word && this.C.set.qualifiedPronouns.has(t.lc);
  }

  /** Is the number at token j a year used as an adjective, between an article or a possessive and a word ("a 2019 study", "its 2020 report")? */
  private yearAdjective(j: number): boolean {
    const tk = this.tokens;
    const y = tk[j];
    const pv = tk[j - 1];
    const nx = tk[j + 1];
    if (y?.t !== T.Num || !/^(?:1[89]|20)\d\d$/.test(y.lc) || !this.isWord(pv) || !this.isWord(nx) || pv.block !== y.block || nx.block !== y.block) return false;
    return this.C.set.determiners.has(pv.lc) || this.C.set.possessives.has(pv.lc) || POSSESSIVE_S.test(pv.lc);
  }

  /** How many tokens before the number at j spell an approximator (lexicon `approximators`: "over", "more than"), or 0. */
  private approximatorBefore(j: number): number {
    const tk = this.tokens;
    for (const n of [2, 1]) {
      const ws = tk.slice(j - n, j);
      if (ws.length === n && ws.every((w) => this.isWord(w) && w.block === tk[j].block) && this.C.set.approximators.has(ws.map((w) => w.lc).join(' '))) return n;
    }
    return 0;
  }

  /**
   * "6-month", "2-week": a number, a hyphen and a word of time glued, an adjective of duration before a document ("one
   * 6-month study found", "a 10-year clinical trial"); before another noun it names a thing ("the 10-year Treasury note").
   */
  private durationAdjective(j: number): boolean {
    const tk = this.tokens;
    const n = tk[j];
    const h = tk[j + 1];
    const w = tk[j + 2];
    if (!(n?.t === T.Num && h?.lc === '-' && h.s === n.e && this.isWord(w) && w.s === h.e && this.C.set.time.has(w.lc))) return false;
    for (let k = j + 3; k <= j + 2 + MAX_DURATION_TO_DOC; k++) {
      const t = tk[k];
      if (!this.isWord(t) || t.cap) return false;
      if (this.C.set.docs.has(t.lc)) return true;
    }
    return false;
  }

  /**
   * Is the connector at j inside a document's sample or topic that opened at most MAX_SAMPLE_TOKENS before it ("study in 125
   * women | with obesity", "Studie an 300 Patienten | mit Diabetes")? Only words and numbers between.
   */
  private insideDocumentSample(j: number): boolean {
    const tk = this.tokens;
    const S = this.C.set;
    if (!S.connectors.has(tk[j].lc) || S.coordinators.has(tk[j].lc)) return false;
    for (let k = j - 1; k >= 1 && j - k <= MAX_SAMPLE_TOKENS; k--) {
      const t = tk[k];
      if (t.block !== tk[j].block || (t.t !== T.Word && t.t !== T.Num)) return false;
      if ((S.sampleLinks.has(t.lc) || S.topicPreps.has(t.lc)) && this.isWord(tk[k - 1]) && !tk[k - 1].cap && S.docs.has(tk[k - 1].lc)) return k < j - 1;
    }
    return false;
  }

  /** Is the number at token j the size of a document's sample ("a survey of 1,000 adults", "un sondage auprès de 1 000 personnes")? */
  private polledBy(j: number): boolean {
    const tk = this.tokens;
    const skip = this.approximatorBefore(j);
    const link = tk[j - 1 - skip];
    const doc = tk[j - 2 - skip];
    if (!this.isWord(link) || !this.isWord(tk[j + 1])) return false;
    if (this.isWord(doc) && this.C.set.docLinks.has(link.lc) && this.C.set.docs.has(doc.lc)) return true;
    // "Another study in 38 people found", "one small study in 50 people with BED": the people a document studied
    if (!this.C.set.sampleLinks.has(link.lc)) return false;
    for (let k = j - 2 - skip; k >= 0 && k >= j - 4 - skip && this.isWord(tk[k]) && tk[k].block === link.block; k--) if (this.C.set.docs.has(tk[k].lc)) return true;
    return false;
  }

  /**
   * Back over what may stand between a name and its verb: adverbs ("also", "reportedly"), floating
   * words ("Noel and Thomas both told") and times ("Esper on Wednesday accused", "earlier this week").
   */
  skipBetween(i: number): number {
    const tk = this.tokens;
    const S = this.C.set;
    while (i >= 0 && this.isWord(tk[i])) {
      const t = tk[i];
      const prev = tk[i - 1];
      if (this.isAdverb(t) || S.auxiliaries.has(t.lc) || (S.floating.has(t.lc) && this.isWord(prev))) i--;
      else if (S.weekdays.has(t.lc) || (!t.cap && this.isTime(t))) i--;
      else if (S.months.has(t.lc) && this.isWord(prev) && !prev.cap && S.stop.has(prev.lc)) i -= 2;
      else if (!t.cap && S.stop.has(t.lc) && tk[i + 1] && (S.weekdays.has(tk[i + 1].lc) || this.isTime(tk[i + 1]))) i--;
      else break;
    }
    return i;
  }

  /** The opening quote of a short quoted name that closes at token j (within a few tokens), or -1. */
  private quotedNameStart(j: number): number {
    const tk = this.tokens;
    for (let k = j - 1; k >= 0 && j - k <= MAX_QUOTED_NAME; k--) {
      if (tk[k].block !== tk[j].block || (tk[k].t === T.Punct && !OPEN_Q.has(tk[k].lc) && !CLOSE_Q.has(tk[k].lc))) return -1;
      if (OPEN_Q.has(tk[k].lc) && k < j - 1) return tk[k + 1].cap ? k : -1;
    }
    return -1;
  }

  /** Tokens of a qualifier of two words or more at j right after a source noun ("surveyed by"), or 0. */
  private qualifierAfterNoun(j: number): number {
    const tk = this.tokens;
    const head = tk[j - 1];
    if (!this.isWord(head) || head.cap || !(this.isNounish(head) || this.C.set.anonymous.has(head.lc))) return 0;
    for (const q of this.C.qualifiers) {
      if (q.length > 1 && q.every((w, n) => tk[j + n]?.lc === w && tk[j + n].block === head.block) && this.isWord(tk[j + q.length])) return q.length;
    }
    return this.placeAfterAnonymous(j) ? 1 : 0;
  }

  /**
   * "сообщил источник | в | правительстве", "розповіло джерело | в | уряді", "said an official | in | the ministry": a
   * one-word qualifier after an anonymous source noun (lexicon `anonymousNouns`) places it, when a body or a place
   * follows — not a time ("в понедельник"), a listener ("в интервью"), a document ("in a statement"), a possessive
   * ("в своём Telegram-канале") or a number.
   */
  private placeAfterAnonymous(j: number): boolean {
    const tk = this.tokens;
    const S = this.C.set;
    const head = tk[j - 1];
    const p = tk[j];
    if (!S.anonymous.has(head.lc) || !this.isWord(p) || p.cap || p.block !== head.block || !this.C.qualifiersByLast.get(p.lc)?.some((q) => q.length === 1)) return false;
    if (this.audienceAt(j)) return false;
    let k = j + 1;
    while (this.isWord(tk[k]) && S.determiners.has(tk[k].lc) && !tk[k].cap) k++;
    const t = tk[k];
    if (!this.isWord(t) || t.block !== head.block || S.stop.has(t.lc) || S.possessives.has(t.lc) || S.docs.has(t.lc)) return false;
    return !S.weekdays.has(t.lc) && !S.months.has(t.lc) && !S.time.has(t.lc) && !this.isTime(t);
  }

  /** "two diplomats | familiar with | the talks": a source noun and its qualifier before the phrase read. */
  private qualified(np: NP, depth: number): NP {
    const tk = this.tokens;
    const candidates = np.a > 0 ? this.C.qualifiersByLast.get(tk[np.a - 1].lc) : undefined;
    if (!candidates) return np;
    for (const q of candidates) {
      const p = np.a - q.length;
      if (p < 1 || tk[p].block !== tk[np.a].block) continue;
      if (!q.every((w, k) => tk[p + k].lc === w)) continue;
      const head = tk[p - 1];
      if (!this.isWord(head) || !(this.isNounish(head) || this.C.set.anonymous.has(head.lc) || this.peoplePronoun(head))) continue;
      if (this.peoplePronoun(head)) return { a: p - 1, b: np.b };
      const before = this.backward(p - 1, depth + 1);
      if (before) return { a: before.a, b: np.b };
    }
    return np;
  }

  /** Skip listeners ("reporters", "журналистам") and adverbs after a cue, from token i. */
  private skipAudience(i: number): number {
    const tk = this.tokens;
    for (let guard = 0; guard < 3 && i < tk.length; guard++) {
      const am = this.audienceAt(i);
      if (am && !this.affiliatedAudience(i, am)) {
        i = tokenAt(tk, am);
        continue;
      }
      if (this.isWord(tk[i]) && this.isAdverb(tk[i]) && !this.nameStart(i)) {
        i++;
        continue;
      }
      break;
    }
    return i;
  }

  /**
   * "said analysts at Jefferies": a bare listener word (no article) followed by a connector and a
   * capitalised name is the speaker with its employer, not a listener. Only where nouns are not all
   * capitalised, so that the capital marks a name.
   */
  private affiliatedAudience(i: number, end: number): boolean {
    const tk = this.tokens;
    const nx = tk[i + 1];
    if (this.C.capNouns || !nx || nx.s < end || tk[i].e !== end || this.C.set.determiners.has(tk[i].lc)) return false;
    const after = tk[i + 2];
    return this.isWord(nx) && !nx.cap && this.C.set.connectors.has(nx.lc) && this.isWord(after) && after.cap && after.block === tk[i].block;
  }

  /** End offset of a listener phrase starting at token i, or 0. */
  audienceAt(i: number): number {
    const t = this.tokens[i];
    if (!t) return 0;
    this.C.audience.lastIndex = t.s;
    const am = this.C.audience.exec(this.text);
    return am && am.index === t.s ? am.index + am[0].length : 0;
  }

  /** Name after a preposition or an inverted verb, from token i. */
  forward(i: number, allowAgent: boolean, listener = true): NP | null {
    const tk = this.tokens;
    const S = this.C.set;
    // (after "according to" no listener stands: "according to analysts at Barclays" names the analysts)
    if (listener) i = this.skipAudience(i);
    if (i >= tk.length) return null;
    if (this.isWord(tk[i]) && S.impersonalPreps.has(tk[i].lc)) i++;
    // "sieht abseits von der Datenfreigabe … vor": a preposition after the verb opens no name
    if (this.isWord(tk[i]) && S.objectPreps.has(tk[i].lc)) return null;
    const a = i;
    const block = tk[a]?.block;
    let j = a;
    let seenCap = false;
    let seenHead = false;
    let seenDoc = false;
    for (; j < tk.length && j - a < MAX_NAME_TOKENS; j++) {
      const t = tk[j];
      if (t.block !== block) break;
      if (t.t === T.Num && !(j > a && this.yearAdjective(j))) break;
      if (t.t === T.Num) continue;
      if (t.t === T.Punct) {
        const r = this.forwardPunct(a, j, seenHead);
        if (r === 'break') break;
        if (r === 'name') seenCap = true;
        if (typeof r === 'number') {
          if (r < 0) {
            j = -r;
            break;
          }
          j = r;
          // (a quoted name or an apposed name was read: a lower-case word after it ends the phrase where nouns are
          // capitalised, "Nach Informationen des „Handelsblatts“ | will die Bahn …")
          seenCap = true;
        }
        continue;
      }
      // "analysts surveyed by FactSet", "lawmakers briefed on the talks": a qualifier of two words or more
      // after a source noun belongs to it, with the phrase it opens (lexicon qualifiers)
      // "said an official | at the time", "the ministry | on Monday": a connector before a time ends the name
      if (j > a && this.connectorBeforeTime(j)) break;
      const q = j > a ? this.qualifierAfterNoun(j) : 0;
      if (q) {
        j += q - 1;
        continue;
      }
      // "said April Ryan, a reporter", "said Mar Hicks": a capitalised month opening the phrase before a capitalised word
      // that is no month, weekday or time is a first name
      // ("said Goldman Sachs analyst Jan Hatzius": also after a lower-case title)
      if ((S.months.has(t.lc) || S.weekdays.has(t.lc)) && !((j === a || this.titleWord(j - 1)) && this.monthFirstName(j))) break;
      if (S.participles.has(t.lc) && j > a) {
        if (allowAgent) {
          const ag = this.agentAfter(j);
          if (ag) return ag;
        }
        break;
      }
      // a listener after the name ends it (", a indiqué le ministère | à l’AFP"); where case marks the listener
      // (Russian, Ukrainian) also without a preposition ("Как рассказал Песков | журналистам")
      if (j > a && this.C.audienceFirst.has(t.lc) && (S.connectors.has(t.lc) || (this.C.caseMarksListener && !t.cap)) && this.audienceAt(j)) break;
      const capName = (j > a || this.nameStart(j)) && this.nameCap(j);
      const firstDet = j === a && S.determiners.has(t.lc);
      // "a report by the IMF", "data from the ministry": a document's author continues it
      if (seenDoc && j > a && S.docLinks.has(t.lc) && this.isWord(tk[j + 1])) continue;
      // "accused by critics | of promoting high-tax policies": a connector before a gerund and its object opens a clause
      // (an article before the gerund makes it a modifier: "data from the | tracking site FlightAware", "the consulting firm")
      if (S.connectors.has(t.lc) && !S.determiners.has(t.lc) && !t.cap && j > a && this.gerundWithObject(j + 1)) break;
      // "interviewed Mike | for a convention": after a name, a connector and an indefinite article before a common noun
      // open a phrase of their own, not part of the name ("Centers for a Better Tomorrow" goes on)
      if (S.connectors.has(t.lc) && !t.cap && j > a && S.indefinite.has(tk[j + 1]?.lc ?? '') && this.isWord(tk[j + 2]) && !tk[j + 2].cap &&
        tk.slice(a, j).every((x) => !this.isWord(x) || x.cap)) break;
      if (!firstDet && !capName && S.stop.has(t.lc) && !this.acronym(t)) {
        // an adjective between the article and the noun ("according to a new case report")
        if (this.adjectiveAfterArticle(j)) continue;
        if (S.connectors.has(t.lc) && j > a && this.isWord(tk[j + 1]) && !S.stop.has(tk[j + 1].lc || '') && !(this.C.capNouns && !seenHead)) continue;
        if (S.connectors.has(t.lc) && j > a && this.isWord(tk[j + 1]) && (tk[j + 1].cap || S.determiners.has(tk[j + 1].lc))) continue;
        break;
      }
      // in a language that capitalises nouns, a lower-case word after the name ends it — but for an agency's name
      // written in lower case after its outlet noun ("die Nachrichtenagentur dpa")
      if (this.C.capNouns && !t.cap && seenCap && !S.determiners.has(t.lc) && !S.connectors.has(t.lc)) {
        if (this.lowerOutletName(j)) j++;
        break;
      }
      // a reporting verb right after a name, before its object or clause, ends it ("data from the Census Bureau | show the …")
      if (!t.cap && j > a && (tk[j - 1].cap || (this.isWord(tk[j - 1]) && this.isNounish(tk[j - 1]))) && this.verbBeforeObject(j)) break;
      // a past tense after the name ends it ("Researchers at … analysed")
      if (!t.cap && seenHead && this.C.pastEndings.some((e) => t.lc.endsWith(e)) && !this.isNounish(t)) break;
      if (this.isPersonal(t.lc) && j === a) return null;
      // a personal pronoun after the head opens a clause that describes it ("multiple people | I
      // spoke to", "a report | it published"): the name ends before it
      // ("The We Company": a capitalised "We" inside the sentence is part of a name; "I" always is a pronoun)
      if (this.isPersonal(t.lc) && !this.acronym(t) && (!t.cap || t.lc === 'i')) break;
      if (t.cap) seenCap = true;
      if (!S.determiners.has(t.lc)) seenHead = true;
      if (this.isNounish(t) && S.docs.has(t.lc)) seenDoc = true;
      // "The We Company’s recently named executive chair Marcelo Claure": a title after a possessive
      if (t.cap && j > a && POSSESSIVE.test(t.lc)) {
        const k = this.titleAfterPossessive(j);
        if (k > j) j = k - 1;
      }
    }
    const np = { a, b: j - 1 };
    // trailing connectors/determiners are not part of the name
    while (np.b >= np.a && this.isWord(tk[np.b]) && (S.connectors.has(tk[np.b].lc) || S.determiners.has(tk[np.b].lc))) np.b--;
    return np.b >= np.a ? np : null;
  }

  /** A lower-case word at k (no function word, auxiliary or cue) with a capitalised name right after it, inside the phrase ending at b. */
  private complementBeforeName(k: number, b: number): boolean {
    const t = this.tokens[k];
    const S = this.C.set;
    return k < b && this.isWord(t) && !t.cap && !S.stop.has(t.lc) && !S.determiners.has(t.lc) && !S.auxiliaries.has(t.lc) && !this.C.cueKind.has(t.lc) && this.nameCap(k + 1);
  }

  /**
   * "die Nachrichtenagentur dpa", "das Blatt epd.": a short lower-case word right after an outlet noun (lexicon
   * `outletNouns`, or a compound ending in one) that closes its phrase — punctuation, a preposition or the line's end after it —
   * and is no word of the lexicon's function lists is the outlet's own name.
   */
  lowerOutletName(j: number): boolean {
    const tk = this.tokens;
    const t = tk[j];
    const prev = tk[j - 1];
    const nx = tk[j + 1];
    const S = this.C.set;
    if (!prev || !this.isWord(prev) || !this.C.outletNouns.some((n) => prev.lc.endsWith(n))) return false;
    if (t.lc.length < 2 || t.lc.length > MAX_LOWER_OUTLET_NAME || !/^\p{Ll}+$/u.test(t.lc)) return false;
    // ("dpa unter Berufung auf …": a preposition may follow)
    if (nx && nx.block === t.block && this.isWord(nx) && !S.objectPreps.has(nx.lc)) return false;
    return !S.stop.has(t.lc) && !S.auxiliaries.has(t.lc) && !S.adverbs.has(t.lc) && !S.negations.has(t.lc) && !this.C.cueKind.has(t.lc);
  }

  /**
   * A punctuation token at j inside a name read forward: 'break' ends it, 'skip' goes on, 'name'
   * goes on past a quoted name, a number n >= 0 jumps to token n, -n ends the name after token n.
   */
  private forwardPunct(a: number, j: number, seenHead: boolean): 'break' | 'skip' | 'name' | number {
    const tk = this.tokens;
    const S = this.C.set;
    const t = tk[j];
    if (OPEN_Q.has(t.lc) && (j === a || tk[j + 1]?.cap)) {
      // «Укренерго»: a quoted name
      let k = j + 1;
      while (k < tk.length && k - j < 6 && !CLOSE_Q.has(tk[k].lc)) k++;
      return k < tk.length && CLOSE_Q.has(tk[k].lc) && k > j + 1 ? (this.isWord(tk[k + 1]) ? k : -(k + 1)) : 'break';
    }
    if (t.lc === '(' && tk[j + 2]?.lc === ')' && /^\p{Lu}/u.test(this.text.slice(tk[j + 1].s, tk[j + 1].e))) return -(j + 3); // "(ISGlobal)" closes the name
    if (t.lc === ',' && j > a && seenHead) {
      // apposition: "le ministre de l’Économie, Julien Morel, sur…"
      let k = j + 1;
      while (k < tk.length && tk[k].cap && k - j <= 3) k++;
      // (where nouns are capitalised, a role noun the lexicon lists titles it: "der Präsident der Krankenhausgesellschaft, Gerold Maibach,")
      const titled = tk.slice(a, j).some((x) => this.isWord(x) && !S.determiners.has(x.lc) && !S.connectors.has(x.lc) && (!x.cap || (this.C.capNouns && this.isNounish(x))));
      if (k - j >= 3 && (tk[k]?.t === T.Punct || !tk[k]) && titled) return k - 1;
    }
    if (t.lc === '&' || t.lc === '/') return 'skip';
    if (j > a && this.abbrDot(j) && tk[j + 1].cap) return 'skip';
    // a brand's exclamation mark, glued to its word and followed by the next one ("E! News", "Yahoo! Finance")
    if (t.lc === '!' && j > a && tk[j - 1].cap && tk[j - 1].e === t.s && tk[j + 1]?.cap && tk[j + 1].block === t.block && tk[j + 1].s === t.e + 1) return 'skip';
    return 'break';
  }

  /** A lower-case gerund at j ("promoting"; not a noun the lexicon lists) followed by a lower-case word that is no verb. */
  private gerundWithObject(j: number): boolean {
    const t = this.tokens[j];
    const nx = this.tokens[j + 1];
    if (!this.isWord(t) || t.cap || !this.isWord(nx) || nx.cap || nx.block !== t.block || this.C.cueKind.has(nx.lc)) return false;
    return this.C.participleEndings.some((e) => e === 'ing' && t.lc.endsWith(e)) && t.lc.length > 5 && !this.isNounish(t);
  }

  /** Is the lower-case word at j a reporting verb (no document noun) followed by an article, a clause word or a number? */
  private verbBeforeObject(j: number): boolean {
    const S = this.C.set;
    const t = this.tokens[j];
    const nx = this.tokens[j + 1];
    if (this.C.cueKind.get(t.lc) !== 'verb' || S.docs.has(t.lc) || !nx || nx.block !== t.block) return false;
    if (nx.t === T.Num || (nx.t === T.Word && (S.determiners.has(nx.lc) || S.clause.has(nx.lc)))) return true;
    // "data from the ministry | show unemployment rose": a verb that is also a noun ("show", "report") before a bare
    // lower-case noun is the verb; before a stop word, a participle or another verb it is the noun ("the IMF report published …")
    return nx.t === T.Word && !nx.cap && S.nounVerbs.has(t.lc) && !S.stop.has(nx.lc) && !S.participles.has(nx.lc) && !this.C.cueKind.has(nx.lc) &&
      !this.C.pastEndings.some((e) => nx.lc.endsWith(e));
  }

  /** After a possessive at j: the index of the capitalised name a short title leads to, or j. */
  private titleAfterPossessive(j: number): number {
    const tk = this.tokens;
    const S = this.C.set;
    for (let k = j + 1; k < tk.length && k - j <= MAX_TITLE_WORDS; k++) {
      const t = tk[k];
      if (!this.isWord(t) || t.block !== tk[j].block) return j;
      if (t.cap) return k;
      if (S.clause.has(t.lc) || S.relative.has(t.lc) || this.isPersonal(t.lc) || this.C.cueKind.has(t.lc)) return j;
    }
    return j;
  }

  /** "a study published … by X": the agent after a participle at token j. */
  private agentAfter(j: number): NP | null {
    const tk = this.tokens;
    const block = tk[j].block;
    for (let k = j + 1; k < tk.length && k - j <= 8 && tk[k].block === block; k++) {
      if (tk[k].t === T.Punct && tk[k].lc !== '’') break;
      if (this.C.set.agent.has(tk[k].lc)) {
        const ag = this.forward(k + 1, false);
        return ag && this.valid(ag) ? ag : null;
      }
    }
    return null;
  }

  /**
   * "NASA scientists using a telescope atop Mauna Kea have confirmed": a name read back from a verb
   * that is the object of a participle ("using …") after a source noun; the source is the noun
   * phrase before the participle (the clause that only says how is left out), or null.
   */
  headBeforeParticiple(np: NP): NP | null {
    const tk = this.tokens;
    const p = tk[np.a - 1];
    const h = tk[np.a - 2];
    if (!this.isWord(p) || p.cap || p.block !== tk[np.a].block || p.lc.length <= MIN_PARTICIPLE_CHARS || this.C.set.stop.has(p.lc) || !this.C.participleEndings.some((e) => e === 'ing' && p.lc.endsWith(e))) return null;
    if (this.isNounish(p) || this.C.cueKind.has(p.lc) || !this.isWord(h) || h.block !== p.block || !this.isNounish(h)) return null;
    const head = this.backward(np.a - 2);
    return head && head.b === np.a - 2 && this.valid(head) ? head : null;
  }

  /**
   * "Some consumers who sought help on launch day reported", "The doctors offering to run the
   * clinic noted": a source noun with a relative or participle clause (no commas) before the verb at ti.
   */
  relativeSubject(ti: number): NP | null {
    const tk = this.tokens;
    for (let r = ti - 2; r > 0 && ti - r <= MAX_NAME_TOKENS; r--) {
      const t = tk[r];
      if (t.t !== T.Word || t.block !== tk[ti].block) return null;
      const opens = this.C.set.relative.has(t.lc) || (this.C.participleEndings.some((e) => e === 'ing' && t.lc.endsWith(e)) && t.lc.length > 5) || this.subjectThat(r);
      if (!opens || !this.isWord(tk[r - 1])) continue;
      // "Those who know him say": a pronoun for people heads its relative clause
      if (this.peoplePronoun(tk[r - 1]) && this.C.set.relative.has(t.lc)) return { a: r - 1, b: ti - 1 };
      if (!this.isNounish(tk[r - 1])) continue;
      const head = this.backward(r - 1);
      if (head && this.valid(head)) return { a: head.a, b: ti - 1 };
    }
    return null;
  }

  /**
   * "A spokesperson who did not wish to be named because of agency policy said", "The company that provides video
   * platforms for businesses said": a relative clause opened after a source noun before token a, running without
   * punctuation to the verb at ti — the phrase read back from the verb (a) is the clause's object, the head with its
   * clause is the subject. The relative word must be its clause's subject ("the deal which analysts said" is an
   * object clause, whose own subject reports).
   */
  relativeClauseOver(a: number, ti: number): NP | null {
    const tk = this.tokens;
    const S = this.C.set;
    for (let r = a - 1; r > 0 && ti - r <= MAX_NAME_TOKENS; r--) {
      const t = tk[r];
      if (t.t !== T.Word || t.block !== tk[ti].block) return null;
      const nx = tk[r + 1];
      const subjectRelative = S.relative.has(t.lc) && !t.cap && this.isWord(nx) && !nx.cap && !S.determiners.has(nx.lc) && !S.possessives.has(nx.lc) && !S.pronouns.has(nx.lc) && !this.isPersonal(nx.lc) && !this.isNounish(nx);
      if (!(subjectRelative || this.subjectThat(r)) || !this.isWord(tk[r - 1])) continue;
      // "Those who left the party said": the pronoun of people is the clause's head, whole
      if (subjectRelative && this.peoplePronoun(tk[r - 1])) return { a: r - 1, b: ti - 1 };
      if (!this.isNounish(tk[r - 1])) continue;
      const head = this.backward(r - 1);
      return head && head.b === r - 1 && this.valid(head) ? { a: head.a, b: ti - 1 } : null;
    }
    return null;
  }

  /**
   * "Organizations that seek to combat misinformation cried foul": "that" (lexicon `nounRelativeWords`) as
   * the subject of its clause — a lower-case verb follows it, not a pronoun, an article or a name ("the
   * report that she wrote" is an object clause: its subject is the pronoun).
   */
  private subjectThat(r: number): boolean {
    const S = this.C.set;
    const t = this.tokens[r];
    const nx = this.tokens[r + 1];
    if (!S.nounRelative.has(t.lc) || !this.isWord(nx) || nx.cap || nx.block !== t.block) return false;
    return !this.isPersonal(nx.lc) && !S.determiners.has(nx.lc) && !S.possessives.has(nx.lc) && !S.pronouns.has(nx.lc) && !this.isNounish(nx);
  }

  /**
   * "Собеседник «Делового вестника» в одном из крупных холдингов рассказал": an anonymous source's
   * noun earlier in the clause, with everything up to the verb at ti as its qualifier.
   */
  anonymousSubject(ti: number): NP | null {
    const tk = this.tokens;
    if (tk[ti - 1]?.t !== T.Word && !CLOSE_Q.has(tk[ti - 1]?.lc ?? '')) return null;
    // "The voters shrug and say": after a coordinator the verb is the clause's second, its subject no qualifier's noun
    if (this.C.set.coordinators.has(tk[ti - 1].lc)) return null;
    for (let k = ti - 2; k >= 0 && ti - k <= MAX_NAME_TOKENS + 2; k--) {
      const t = tk[k];
      if (t.block !== tk[ti].block || (t.t === T.Punct && !OPEN_Q.has(t.lc) && !CLOSE_Q.has(t.lc)) || t.t === T.Num) return null;
      if (t.t === T.Word && this.C.set.auxiliaries.has(t.lc)) return null; // a clause with its own verb
      // … or with its own reporting verb ("Sheriff John Doe said deputies found …")
      if (t.t === T.Word && !t.cap && this.C.cueKind.get(t.lc) === 'verb' && !this.C.set.nounVerbs.has(t.lc)) return null;
      if (t.t === T.Word && this.C.set.anonymous.has(t.lc)) {
        // "Two people with knowledge of the matter", "the three officials": a number before the noun opens the source
        let a = k;
        const pv = tk[a - 1];
        if (pv && pv.block === t.block && (pv.t === T.Num || (this.isWord(pv) && this.C.set.numberWords.has(pv.lc)))) a--;
        // "a second person briefed on …": adjectives between the article and the noun
        for (let m = a - 1, n = 0; n < MAX_ANONYMOUS_ADJECTIVES && !this.sentenceInitial(a) && !this.C.set.determiners.has(tk[a - 1]?.lc ?? ''); m--, n++) {
          const w = tk[m];
          if (!this.isWord(w) || w.cap || this.C.set.stop.has(w.lc) || this.C.set.connectors.has(w.lc) || this.C.cueKind.has(w.lc) || this.isPersonal(w.lc)) break;
          if (this.C.set.determiners.has(tk[m - 1]?.lc ?? '')) a = m;
        }
        if (!this.sentenceInitial(a) && !this.C.set.determiners.has(tk[a - 1]?.lc ?? '')) continue;
        if (this.C.set.determiners.has(tk[a - 1]?.lc ?? '')) a--;
        // "The staff member who reported the call recalled": a relative word right before the verb
        // is the verb's subject and stands for the phrase before it; it is no part of the source
        const rel = this.isWord(tk[ti - 1]) && !tk[ti - 1].cap && this.C.set.relative.has(tk[ti - 1].lc);
        return rel ? (ti - 2 >= a ? { a, b: ti - 2 } : null) : { a, b: ti - 1 };
      }
    }
    return null;
  }

  /** Before ", analyzing …," / ", who …,": the name before the clause that ends at the comma. */
  skipClause(comma: number): NP | null {
    const suffixed = this.suffixedName(comma);
    if (suffixed) return suffixed;
    let k = this.clauseStart(comma);
    if (k < 0) return null;
    // "Jane Doe, 45, a nurse from Ohio, said": an age or home town set off before the apposition
    // (looked for only when the token before the comma can end one: a number, an age word, a capitalised word)
    const last = this.tokens[k - 1];
    const k2 = last && (last.t === T.Num || last.cap || this.C.ageWords.has(last.lc)) ? this.clauseStart(k) : -1;
    if (k2 >= 0 && (this.ageOrOrigin(k2, k) || this.placeTailBefore(k))) k = k2;
    const np = this.backward(k - 1);
    if (!np || !this.valid(np)) return null;
    // "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said": the role with its name
    if (this.nameAfterRole(k, comma)) return { a: np.a, b: comma - 1 };
    return this.apposed(np);
  }

  /**
   * "Jane Roe, MD, said", "Michael Shadlen, Ph.D., said": a name with its degrees or suffixes set off
   * by commas (lexicon `nameSuffixes`) before `comma`; the name with them, or null.
   */
  private suffixedName(comma: number): NP | null {
    const tk = this.tokens;
    let k = comma - 1;
    let n = 0;
    for (; n < MAX_NAME_SUFFIXES; n++) {
      if (tk[k]?.lc === '.' && this.abbrDot(k)) k--;
      if (!this.isWord(tk[k]) || !tk[k].cap || !this.C.set.nameSuffixes.has(tk[k].lc) || tk[k - 1]?.lc !== ',') break;
      k -= 2;
    }
    const np = n ? this.backward(k) : null;
    if (!np || np.b !== k || !this.valid(np) || !tk[k].cap) return null;
    // the subject's own name, not one closing a description ("…, Senior Vice President of Sales for Dräger, Inc., says")
    const pv = tk[np.a - 1];
    return pv && pv.block === tk[np.a].block && (pv.lc === ',' || this.C.set.stop.has(pv.lc)) ? null : { a: np.a, b: comma - 1 };
  }

  /**
   * Is the word a source noun's plural (lexicon `pluralEndings`): its stem a source noun ("supporters": "supporter" +
   * "s"), or a source noun itself with the ending on a stem that does not end so ("friends", not "boss")?
   */
  private plural(t: Token): boolean {
    const C = this.C;
    return C.pluralEndings.some((e) => {
      if (t.lc.length <= e.length + 2 || !t.lc.endsWith(e)) return false;
      const stem = t.lc.slice(0, -e.length);
      return C.sourceNouns.includes(stem) || (this.isNounish(t) && !stem.endsWith(e));
    });
  }

  /** Between the commas k and `comma`, a capitalised name set off after a lower-case role. */
  private nameAfterRole(k: number, comma: number): boolean {
    const tk = this.tokens;
    const before = tk[k - 1];
    if (!this.isWord(before) || this.C.set.stop.has(before.lc) || comma - k - 1 > MAX_SET_OFF_NAME_TOKENS) return false;
    // a capitalised word may end the role when the role has its noun ("Le ministre de l’Économie, Julien Morel,")
    if (before.cap && !this.roleBefore(k - 1)) return false;
    // ("The author, de Miranda, said": a surname's particles open the name)
    const s = this.nameAfterParticles(k + 1, comma);
    return this.isWord(tk[s]) && tk[s].cap && tk.slice(s, comma).every((t) => t.cap || t.t === T.Punct);
  }

  /**
   * "Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former official, testified":
   * the first of two subjects joined after an apposition, the second being np; it opens the sentence.
   */
  coordinatedBefore(np: NP): NP | null {
    const tk = this.tokens;
    const and = tk[np.a - 1];
    const comma = np.a - 2;
    if (!this.isWord(and) || !this.C.set.coordinators.has(and.lc) || !this.C.set.connectors.has(and.lc) || tk[comma]?.lc !== ',' || tk[comma].block !== and.block) return null;
    const k = this.clauseStart(comma, true);
    const first = k >= 0 ? this.backward(k - 1, 2) : null;
    if (!first || first.b !== k - 1 || !this.valid(first) || !this.sentenceInitial(first.a)) return null;
    // a subject, not a clause ("He met Kurt Volker, …"): no pronoun, no verb in it
    const words = this.words(first);
    if (words.some((t) => this.isPersonal(t.lc) || (!t.cap && !this.isNounish(t) && (this.C.cueKind.has(t.lc) || this.C.pastEndings.some((e) => t.lc.endsWith(e)))))) return null;
    return words.some((t) => t.cap) ? first : null;
  }

  /**
   * "Early retiree and | self-made millionaire Grant Sabatier": a titled name (lower-case role words, then the name)
   * after a coordinator, with another role of a few words before it opening the sentence, is one titled name: both
   * roles are its. A run that does not open the sentence ("He met the press and chief executive Tom Ridley") is
   * another phrase, and a run with a stop word, a verb or a name in it is none.
   */
  coordinatedTitles(np: NP): NP {
    const tk = this.tokens;
    const S = this.C.set;
    const and = tk[np.a - 1];
    if (!this.isWord(and) || !S.coordinators.has(and.lc) || !S.connectors.has(and.lc) || and.block !== tk[np.a].block) return np;
    // the phrase is titled: it opens with a lower-case word and ends on a capitalised name
    if (tk[np.a].cap || !tk[np.b].cap) return np;
    let k = np.a - 2;
    while (k >= 0 && np.a - 2 - k < MAX_COORDINATED_TITLE && this.isWord(tk[k]) && tk[k].block === and.block && !this.sentenceInitial(k)) {
      const t = tk[k];
      if (t.cap || S.stop.has(t.lc) || S.determiners.has(t.lc) || this.isPersonal(t.lc) || this.C.cueKind.has(t.lc)) return np;
      k--;
    }
    if (k < 0 || k === np.a - 1 || !this.isWord(tk[k]) || !this.sentenceInitial(k) || S.determiners.has(tk[k].lc) || S.stop.has(tk[k].lc) || this.isPersonal(tk[k].lc)) return np;
    // (the word before the coordinator is a role noun, not a verb: "Smith spoke and chief executive Tom Ridley said")
    const before = tk[np.a - 2];
    if (this.C.pastEndings.some((e) => before.lc.endsWith(e)) || (before.cap && !this.sentenceInitial(np.a - 2)) || this.C.cueKind.has(before.lc)) return np;
    // (nor a plural: "Trump supporters and former adviser Steve Bannon", "Friends and former colleague John Smith" are two sources)
    if (this.plural(before)) return np;
    // a role of one word is a source noun ("Author and millionaire …"), not a name ("Smith and chief executive …")
    if (k === np.a - 2 && !this.isNounish(before)) return np;
    return { a: k, b: np.b };
  }

  /** Between the commas k and `comma`, a capitalised name set off after a lower-case word that is no role ("… the British throne, Charles,"). */
  private nameInApposition(k: number, comma: number): boolean {
    const tk = this.tokens;
    const before = tk[k - 1];
    if (!this.isWord(before) || before.cap || this.C.set.stop.has(before.lc) || comma - k - 1 > MAX_SET_OFF_NAME_TOKENS) return false;
    if (!this.isWord(tk[k + 1]) || !tk.slice(k + 1, comma).every((t) => t.cap && this.isWord(t))) return false;
    return !this.roleBefore(k - 1);
  }

  /** Does the phrase ending at token j hold a role noun ("ministre", "Minister")? */
  private roleBefore(j: number): boolean {
    const np = this.backward(j, 2);
    return !!np && this.words(np).some((t) => this.isNounish(t) && !this.C.set.docs.has(t.lc));
  }

  /** "Dräger, Inc.", "James Kennedy, Jr.": a comma inside a name, not a clause's end. */
  private innerComma(k: number): boolean {
    const nx = this.tokens[k + 1];
    return this.isWord(nx) && nx.cap && this.C.set.nameSuffixes.has(nx.lc);
  }

  /** "Omar Lamrani, a senior analyst at Stratfor, …": an apposition gives way to the name it describes. */
  apposed(np: NP): NP {
    for (let n = 0; n < MAX_APPOSITIONS; n++) {
      if (this.tokens[np.a - 1]?.lc !== ',' || !this.opensApposition(np.a)) break;
      const prev = this.backward(np.a - 2);
      if (!prev || !this.valid(prev)) break;
      np = prev;
    }
    return np;
  }

  /** The comma before a clause or apposition ending at `comma`, or -1. */
  private clauseStart(comma: number, inner = false): number {
    const tk = this.tokens;
    const S = this.C.set;
    let k = comma - 1;
    const block = tk[comma].block;
    // the clause or apposition may hold abbreviations ("the U.S. Attorney") and quoted names, not be a quotation
    if (CLOSE_Q.has(tk[comma - 1]?.lc ?? '')) return -1;
    while (k >= 0 && tk[k].block === block && (tk[k].lc !== ',' || this.innerComma(k)) && (!/^[.!?;:]$/.test(tk[k].lc) || this.abbrDot(k)) && comma - k < MAX_CLAUSE_TOKENS) k--;
    if (k < 0 || tk[k].lc !== ',' || tk[k].block !== block || this.quoted(k)) return -1;
    const firstW = tk[k + 1];
    // "Mary Jones, 45, said", "Mary Jones, of Boston, said": an age or a home town set off after a name
    if (this.ageOrOrigin(k, comma)) return k;
    // "…, a fellow at the Institute in Munich, Germany, said": a place's state or country set off belongs to the apposition before it
    if (!inner && this.placeTail(k, comma)) {
      const k0 = this.clauseStart(k, true);
      if (k0 >= 0) return k0;
    }
    if (!this.isWord(firstW)) return -1;
    if (this.C.participleEndings.some((e) => firstW.lc.endsWith(e)) || S.relative.has(firstW.lc) || S.participles.has(firstW.lc)) return k;
    if (this.C.qualifiers.some((q) => q.every((w, n) => tk[k + 1 + n]?.lc === w))) return k;
    // "Un responsable américain, s’exprimant sous couvert d’anonymat, a affirmé": a clause set off that ends in a
    // setting (lexicon settingPhrases) tells how the subject spoke
    for (let m = k + 2; m < comma; m++) if (this.C.setting.at(tk, m) === comma - m) return k;
    // an apposition has no verb of its own ("…, the greenback may be in for some weakness, said X"
    // is a clause); an embedded relative clause may ("a doctor at the hospital where patients were treated")
    for (let m = k + 1; m < comma && !S.relative.has(tk[m].lc); m++) {
      if (S.auxiliaries.has(tk[m].lc) || (!tk[m].cap && this.C.cueKind.get(tk[m].lc) === 'verb')) return -1;
    }
    // "Tim Clark, meanwhile, told": a lone adverb set off by commas
    if (comma - k === 2 && (this.isAdverb(firstW) || S.adverbs.has(firstW.lc) || S.stop.has(firstW.lc))) return k;
    // "Smith, for his part, said", "Officials, in turn, said": a short prepositional phrase set off (no verb in it, checked above)
    if (comma - k <= MAX_SET_OFF_PP_TOKENS && !firstW.cap && (S.stop.has(firstW.lc) || S.connectors.has(firstW.lc)) && !S.determiners.has(firstW.lc) && !S.coordinators.has(firstW.lc) && !S.clause.has(firstW.lc) && !S.relative.has(firstW.lc) && tk.slice(k + 2, comma).every((t) => this.isWord(t) && !t.cap)) return k;
    if (this.opensApposition(k + 1) || (!firstW.cap && S.pronouns.has(firstW.lc))) return k;
    // "Prince Andrew, the … brother of heir to the British throne, Charles, has told": a name set off
    // after words that hold no role belongs to the apposition before it, which gives way to the name it describes
    if (!inner && this.nameInApposition(k, comma)) {
      const k0 = this.clauseStart(k, true);
      const prev = k0 >= 0 ? this.backward(k0 - 1) : null;
      if (prev && this.valid(prev)) return k0;
    }
    // "Carlineo's attorney, Sonya Zoghlin, said": a name set off after a role
    if (this.nameAfterRole(k, comma)) return k;
    // "Sen. Ted Cruz, R-Texas, said": a party and state label
    if (comma - k <= 4 && PARTY_LABEL.test(this.text.slice(firstW.s, tk[comma - 1].e))) return k;
    // "Strauss Zelnick, CEO of Take-Two, adds", "Jessica Caldwell, Edmunds' executive director …,":
    // a role after a proper name
    const role =
      tk.slice(k + 1, comma).some((t) => t.t === T.Word && this.isNounish(t)) ||
      (firstW.cap && (/[’']s?$/u.test(this.text.slice(firstW.s, firstW.e)) || POSSESSIVE.test(this.text.slice(firstW.s, tk[k + 2]?.e ?? firstW.e).trim())));
    return role && tk[k - 1]?.cap && this.isWord(tk[k - 1]) ? k : -1;
  }

  /**
   * Between the commas k and `comma`, after a capitalised name: an age ("45", "45 ans") or a home
   * town opened by an origin preposition ("of Boston", "aus Berlin", "з Харкова").
   */
  private ageOrOrigin(k: number, comma: number): boolean {
    const tk = this.tokens;
    const name = tk[k - 1];
    if (!this.isWord(name) || !name.cap) return false;
    const first = tk[k + 1];
    if (first.t === T.Num) return /^\d{1,3}$/.test(first.lc) && (comma === k + 2 || (comma === k + 3 && this.C.ageWords.has(tk[k + 2].lc)));
    if (!this.isWord(first) || first.cap || !this.C.originPreps.has(first.lc) || comma - k > 5) return false;
    return tk.slice(k + 2, comma).every((t) => (this.isWord(t) && t.cap) || this.abbrDot(tk.indexOf(t, k)));
  }

  /**
   * Between the commas k and `comma`, the state or country of a place named after a preposition
   * (lexicon `nounPreps`) just before k: "in Munich, Germany,", "in New York, N.Y.,".
   */
  private placeTail(k: number, comma: number): boolean {
    const tk = this.tokens;
    if (comma - k - 1 > MAX_PLACE_TOKENS || !tk.slice(k + 1, comma).every((t) => (this.isWord(t) && t.cap) || this.abbrDot(tk.indexOf(t, k)))) return false;
    for (let p = k - 1, n = 0; p > 0 && n < MAX_PLACE_TOKENS; p--, n++) {
      if (!this.isWord(tk[p]) || tk[p].block !== tk[k].block) return false;
      if (!tk[p].cap) return n > 0 && this.C.set.nounPreps.has(tk[p].lc);
    }
    return false;
  }

  /** Does a place's state or country set off end at the comma k ("in Munich, Germany, and co-author …")? */
  private placeTailBefore(k: number): boolean {
    const tk = this.tokens;
    for (let p = k - 1; p > 0 && k - p <= MAX_PLACE_TOKENS + 1 && tk[p].block === tk[k].block; p--) if (tk[p].lc === ',') return this.placeTail(p, k);
    return false;
  }

  /** Is token i inside a quotation (so a clause read back from outside must not enter it)? */
  private quoted(i: number): boolean {
    return !!this.inQuote(this.tokens[i].s);
  }

  /** Does token i open an apposition ("a senior analyst", "the Texas-based …", "who")? */
  private opensApposition(i: number): boolean {
    const t = this.tokens[i];
    return this.isWord(t) && !t.cap && (this.C.set.determiners.has(t.lc) || this.C.set.relative.has(t.lc) || this.C.set.possessives.has(t.lc) || this.isNounish(t));
  }

  /** The subject of the previous sentence (same block), if it names a source with a source noun. */
  previousSubject(ti: number): NP | null {
    const tk = this.tokens;
    const si = this.sentences.at(tk[ti].s);
    if (si < 1) return null;
    const st = tokenAt(tk, this.sentences.starts[si - 1]);
    if (!this.isWord(tk[st]) || tk[st].block !== tk[ti].block) return null;
    const np = this.forward(st, false);
    if (!np || !this.valid(np)) return null;
    return this.tokens.slice(np.a, np.b + 1).some((t) => this.isNounish(t)) ? np : null;
  }
}
