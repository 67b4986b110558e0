// Pass: reporting cues. A reporting verb ("said", "заявив", "teilte … mit") takes its subject
// before it, or, inverted, the name after it (", said chief executive Tom Ridley", "Das teilte der
// Verbund mit"); a prepositional cue ("according to", "laut", "за даними") takes the name after it.
// A pronoun subject ("They found") stands for the previous sentence's subject when that names one.
// A singular pronoun ("he said") stands for the one person named just before (./pronoun-speakers.ts);
// a control verb ("went on to say") passes its subject to the infinitive's reporting verb (./control-verbs.ts).
import { T, tokenAt, type Token } from '../text';
import { candidate, quoteNear } from './candidate';
import { controlStart } from './control-verbs';
import { pronounSpeaker } from './pronoun-speakers';
import { reducedRelative } from './reduced-relatives';
import { trustsPerson } from './trusted-persons';
import { sharedClauseFollows } from './shared-cues';
import { focusWithoutSpeaker } from './focus-verbs';
import { withPronounPartner } from './pronoun-pairs';
import { sentenceSubject } from './sentence-subject';
import { separableCueAt } from './separable-cues';
import { frontedOrigin } from './fronted-origins';
import { withoutDativeOutlet } from './dative-outlets';
import { citedSubject } from './cited-subjects';
import { endBeforeVerb, namesRule } from './prep-verb-ends';
import { openingSubject } from './opening-subjects';
import { agentSubject, verbAfterAgent } from './agent-subjects';
import { counterfactual } from './counterfactuals';
import { chargeWithoutFrame, commitsTo } from './commitments';
import { isDocWord, normCue } from './compile';
import { CLOSE_Q, OPEN_Q, type NP } from './phrases';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// An inverted name must start within this many characters of its verb.
const MAX_INVERTED_GAP = 40;
// How far after a weak verb its "that" clause may start ("showed in a paper published in X that").
const MAX_CLAUSE_LOOKAHEAD = 12;
// An as-clause ("wie … mitteilte") is read back at most this many tokens from its verb.
const MAX_AS_CLAUSE_TOKENS = 16;
// A line of at most this many words without final punctuation is a heading.
const MAX_HEADING_WORDS = 12;

export const cues: SourcePass = {
  name: 'cues',
  run(ctx, found) {
    const { text, tokens, C } = ctx;
    const starts = new Set(found.map((f) => f.start));
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].t !== T.Word) continue;
      if (C.set.docPreps.has(tokens[i].lc) && !ctx.inQuote(tokens[i].s)) {
        // "nach einem Bericht des DWD": a preposition before a document is a cue
        const np = docAfter(ctx, i + 1);
        if (np) {
          found.push(candidate(ctx, np, 'attribution', text.slice(tokens[i].s, tokens[i].e), tokens[i].s));
          starts.add(tokens[np.a].s);
          i = np.b;
          continue;
        }
      }
      // ("wirft … vor": a separable verb whose particle closes the clause)
      const len = C.cue.at(tokens, i) || (separableCueAt(ctx, i) ? 1 : 0);
      if (!len) continue;
      const ti = i;
      const cs = tokens[i].s;
      const ce = tokens[i + len - 1].e;
      const after = i + len;
      i += len - 1;
      if (ctx.inQuote(cs)) continue;
      const cue = text.slice(cs, ce);
      const kind = C.cueKind.get(normCue(cue)) ?? 'verb';
      // a capitalised verb inside a sentence is a word of a name ("the United States", "Auto Show"),
      // or, where nouns are capitalised, a noun ("25 Mio. Versicherte")
      if (kind === 'verb' && tokens[ti].cap && !ctx.np.sentenceInitial(ti)) continue;
      // a heading ("Forscher warnen vor einem Dauerproblem") sums up; the article body attributes
      if (isHeading(ctx, ti)) continue;
      let np: NP | null = null;
      if (kind === 'prep') {
        // "$16.50 per share", "393 deaths per million people": a rate, not a cue
        if (tokens[ti - 1]?.t === T.Num || tokens[after]?.t === T.Num || C.set.scales.has(tokens[after]?.lc ?? '')) continue;
        // a cue that is also a rate preposition ("per") takes only a name, an article or a third person's possessive
        // after it ("per its latest filing", "per his lawyer"; never "per share", nor the writer's "per our analysis")
        const next = tokens[after]?.lc ?? '';
        const ratePrep = C.set.ratePreps.has(cue.toLowerCase());
        // (… or a document with its author: "per data from ICE", "per figures from the ministry")
        // ("per report of abuse" is a rate: "of" links a topic, "from" and "by" an author)
        const link = tokens[after + 1]?.lc ?? '';
        const authoredDoc = isDocWord(C, next) && C.set.docLinks.has(link) && !C.set.connectors.has(link);
        if (ratePrep && !(tokens[after]?.cap || C.set.determiners.has(next) || C.set.thirdPossessives.has(next) || authoredDoc)) continue;
        // ", so der Minister.": a closing cue only after a comma or a quotation, its name ending the sentence
        if (C.set.closingCues.has(cue.toLowerCase()) && !closesSentence(ctx, ti, after)) continue;
        // "dem Landesamt zufolge": a postposition takes the phrase before it
        // (the phrase after a preposition is its source, never a listener: "according to analysts at Barclays")
        np = C.set.postpositions.has(cue.toLowerCase()) ? ctx.np.backward(ti - 1) : ctx.np.forward(after, true, false);
        if (np && !C.set.postpositions.has(cue.toLowerCase())) np = beforeContactClause(ctx, np);
        if (np && !C.set.postpositions.has(cue.toLowerCase())) np = endBeforeVerb(ctx, np);
        if (np && namesRule(ctx, np)) np = null;
        if (np && (!ctx.np.valid(np, true) || !namesSomeone(ctx, np))) np = null;
        // after the possessive, the phrase's head is a source or a document ("per its latest filing", not "per its own")
        if (np && ratePrep && C.set.thirdPossessives.has(next) && !possessedSource(ctx, np)) np = null;
      } else {
        if (!clauseFollows(ctx, cue, ti, after)) continue;
        const docSubject = ctx.lex.docSubjectVerbs.includes(cue.toLowerCase());
        if (docSubject && !wordsFollow(ctx, after)) continue;
        if (hearsayPassive(ctx, after)) continue;
        if (workWritten(ctx, cue, ti, after) || writtenAct(ctx, cue, ti, after) || repeated(ctx, cue, after) || demonstrativeThat(ctx, cue, after)) continue;
        // "charged Assange with espionage": a verb of charging reports only with someone charged and the charge
        if (chargeWithoutFrame(ctx, cue, after)) continue;
        // "its project first announced in 2017": a participle describing an object's noun; only an agent after it
        // ("… announced in 2017 by Apple") speaks
        const described = reducedRelative(ctx, cue, ti, after);
        // "believed the waitress, who said …": trust in a person, no report
        if (trustsPerson(ctx, cue, after)) continue;
        if (described && (C.set.weakVerbs.has(cue.toLowerCase()) || !agent(ctx, after))) continue;
        if (!speechHere(ctx, cue, ti, after) || nounHere(ctx, cue, ti, after) || adjectiveHere(ctx, ti) || negated(ctx, ti) || counterfactual(ctx, ti) || verdict(ctx, after) || directive(ctx, cue, after) || answeredWithThing(ctx, cue, after) || !(objectFits(ctx, cue, after) || asObject(ctx, cue, ti, after))) continue;
        // "werden dieses Jahr mehr als 40.000 Besucher erwartet": a passive around the clause, no speaker in it
        if (bracketPassive(ctx, cue, ti, after)) continue;
        // "employees were told", "cuts will be announced": passive, the subject is no source (the agent after "by" is)
        const byAgent = described || passive(ctx, ti) || reducedPassive(ctx, cue, ti, after);
        if (byAgent) np = agent(ctx, after);
        // ("Wie der „Spiegel“ berichtet, …", "Das berichtet die „SZ“": a participle that is also the present tense closes an
        // as-clause, or stands second in its clause with its subject after it)
        else if (C.set.finalCues.has(cue.toLowerCase())) np = asSubject(ctx, ti, after) ?? clauseSubject(ctx, ti) ?? (ctx.lex.verbSecond && ctx.lex.speechVerbs.includes(cue.toLowerCase()) ? inverted(ctx, ti, after, ce) : null);
        else np = frontedOrigin(ctx, cue, ti) ?? citedSubject(ctx, ti) ?? asSubject(ctx, ti, after) ?? subject(ctx, ti, starts) ?? controlledSubject(ctx, ti, after, starts, found) ?? relativeHead(ctx, ti) ?? invertedSpeaker(ctx, cue, ti, after, ce) ?? pronounSpeaker(ctx, ti, after, found);
        // "Об этом «Интерфаксу» сообщили в пресс-службе": the phrase after a sentence-opening topic preposition is
        // the topic (and its listener), never the subject; the speaker follows the verb
        if (np && !byAgent && topicObject(ctx, np)) np = speakerAfterVerb(ctx, after);
        // an agent named with "by" reports whatever the verb's other senses
        if (np && !byAgent && !strongEnough(ctx, cue, np, after)) np = null;
        // "the … sets emphasizes playability": emphasis without a clause, by a thing
        if (np && !byAgent && focusWithoutSpeaker(ctx, cue, np, after)) np = null;
        // "The statement read: “…”": only a document reads; "The report lists three risks": a verb of identifying or
        // ranking reports only with a document as subject (lexicon docFindingVerbs)
        // … and right after it ("The report lists", "The report, which compares …, ranks"): "A study of military
        // ranks found" is a study of ranks, whose verb comes later
        const finding = C.set.docFinding.has(cue.toLowerCase());
        // ("Police identified the driver as Marcus Bell": an identification by name, whoever gives it)
        const named = finding && identifiedAs(ctx, cue, after);
        if (np && (docSubject || finding) && !named && !docHead(ctx, np)) np = null;
        if (np && finding && !named && !isDocWord(C, tokens[np.b].lc) && !/^[,)]$/.test(tokens[ti - 1]?.lc ?? '')) np = null;
        // "Laut der Polizei erklärte der Mann": a phrase opened by a prepositional cue is that cue's, not a subject
        if (np && opensWithPrepCue(ctx, np.a)) np = null;
        // "a class of sets called the “Master Builder Series”": a naming verb after a common noun names a thing
        if (np && C.set.namingVerbs.has(normCue(cue)) && !headNamesSomeone(ctx, np)) np = null;
      }
      // "The mother of a woman who took … pills bought online has | described": the verb's auxiliary is no part of its subject
      if (np && kind === 'verb') while (np.b > np.a && C.set.auxiliaries.has(tokens[np.b].lc)) np = { a: np.a, b: np.b - 1 };
      if (!np || ctx.np.endsOnArticle(np) || (kind === 'verb' && docBeforeName(ctx, np))) continue;
      // "he and his wife Kali explained": the pronoun joined to the name is part of the subject
      if (kind === 'verb') np = withPronounPartner(ctx, np);
      const quotedName = OPEN_Q.has(tokens[np.a].lc);
      const q = !quotedName && (quoteNear(ctx, tokens[np.a].s, tokens[np.b].e) || quoteNear(ctx, cs, ce));
      const c = candidate(ctx, np, q ? 'quote' : 'attribution', cue, cs);
      found.push(c);
      starts.add(c.start);
      // "the Tuva government was quoted as saying late Thursday by the Interfax news agency": a cue that is
      // a passive of its own names its subject, and the agent that quoted it
      if (kind === 'verb' && C.set.passive.has(tokens[ti].lc)) {
        const by = agent(ctx, after);
        if (by && !starts.has(tokens[by.a].s)) {
          found.push(candidate(ctx, by, 'attribution', cue, cs));
          starts.add(tokens[by.a].s);
        }
      }
      // "Kurt Volker, the former envoy, and Tim Morrison, a former official, said": the first subject too
      const first = kind === 'verb' ? ctx.np.coordinatedBefore(np) : null;
      if (first && !starts.has(tokens[first.a].s)) {
        found.push(candidate(ctx, first, 'attribution', cue, cs));
        starts.add(tokens[first.a].s);
      }
    }
  },
};

/**
 * "the letter Mike wrote was …", "the report Smith filed says": a document noun right before the name that ends
 * the phrase makes the verb a clause about the document (an object relative without "that"), not a report.
 */
function docBeforeName(ctx: SourceContext, np: NP): boolean {
  const { tokens, C } = ctx;
  const last = tokens[np.b];
  if (!last?.cap || np.b - np.a < 1) return false;
  let k = np.b;
  while (k > np.a && tokens[k].cap) k--;
  const t = tokens[k];
  return k > np.a && !t.cap && t.t === T.Word && C.set.docs.has(t.lc) && C.set.determiners.has(tokens[k - 1]?.lc ?? '');
}

/** A colon, or a comma or nothing before an opening quotation mark, right after the verb ("read: …", "reads, “…”"). */
function wordsFollow(ctx: SourceContext, after: number): boolean {
  const nx = ctx.tokens[after];
  if (!nx || nx.block !== ctx.tokens[after - 1].block) return false;
  if (nx.lc === ':' || OPEN_Q.has(nx.lc)) return true;
  return nx.lc === ',' && OPEN_Q.has(ctx.tokens[after + 1]?.lc ?? '');
}

/**
 * Is the phrase's head a document noun: its last word, its first after the determiners (before a genitive, "Заявление
 * министерства", "Die Erklärung des Ministeriums"), or the word before a document's author ("The tweet | from Vulture magazine")?
 */
function docHead(ctx: SourceContext, np: NP): boolean {
  const { tokens, C } = ctx;
  let a = np.a;
  while (a < np.b && C.set.determiners.has(tokens[a].lc)) a++;
  if (isDocWord(C, tokens[np.b].lc) || isDocWord(C, tokens[a].lc)) return true;
  for (let k = a + 1; k <= np.b; k++) if (C.set.docLinks.has(tokens[k].lc)) return isDocWord(C, tokens[k - 1].lc);
  return false;
}

/**
 * "according to a document | Matthesen prepared for her lawyers": a name right after the head noun,
 * followed by its own past-tense verb, opens a clause that describes the document (a relative clause
 * without "that"); the phrase ends before the name. After a preposition no verb can follow the
 * phrase itself, so the verb proves the clause.
 */
function beforeContactClause(ctx: SourceContext, np: NP): NP {
  const { tokens, C } = ctx;
  const next = tokens[np.b + 1];
  if (C.capNouns || !next || next.t !== T.Word || next.cap || next.block !== tokens[np.b].block) return np;
  if (!C.pastEndings.some((e) => next.lc.endsWith(e))) return np;
  let k = np.b;
  while (k > np.a && tokens[k].cap) k--;
  const head = tokens[k];
  if (k === np.b || head.cap || head.t !== T.Word || C.set.determiners.has(head.lc) || C.set.connectors.has(head.lc)) return np;
  return ctx.np.isNounish(head) ? { a: np.a, b: k } : np;
}

// A written work's object is read at most this many tokens for a document or a clause word ("wrote a long letter to").
const MAX_WORK_OBJECT = 6;

/**
 * "Before George R.R. Martin wrote A Song of Ice and Fire", "the team that wrote the software": a verb of writing
 * (lexicon `writingVerbs`) right before an article, a possessive or a capitalised title writes a work — unless a
 * document ("wrote a letter", "wrote in a blog post") or a clause word ("wrote the board that …") follows soon. After a
 * comma or a quotation the verb is inverted ('“…,” wrote Smith'), and the name after it is its subject.
 */
function workWritten(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const { tokens, C } = ctx;
  if (!ctx.lex.writingVerbs.includes(cue.toLowerCase())) return false;
  const nx = tokens[after];
  const pv = tokens[ti - 1];
  if (!nx || nx.t !== T.Word || nx.block !== tokens[ti].block || (pv && (pv.lc === ',' || CLOSE_Q.has(pv.lc)))) return false;
  if (!(C.set.determiners.has(nx.lc) || C.set.possessives.has(nx.lc) || nx.cap)) return false;
  for (let k = after; k < tokens.length && k - after < MAX_WORK_OBJECT && tokens[k].block === nx.block; k++) {
    const w = tokens[k];
    if (w.t !== T.Word) return !(w.lc === ':' || OPEN_Q.has(w.lc));
    if (isDocWord(C, w.lc) || (C.set.clause.has(w.lc) && !C.set.coordinators.has(w.lc))) return false;
    // "wrote the economy was heading …", "wrote the deal will close": a finite verb after the object's first word
    // opens a clause without "that"; "wrote a column saying …": a participle of saying after it reports
    // (not a participle describing the work: "wrote the book called “Y”", "wrote the software used by banks")
    const nw = tokens[k + 1]?.lc ?? '';
    const past = C.pastEndings.some((e) => w.lc.endsWith(e)) && !C.set.agent.has(nw) && !OPEN_Q.has(nw);
    if (k > after && !w.cap && (C.set.auxiliaries.has(w.lc) || past || C.participle.at(tokens, k))) return false;
  }
  return true;
}

// A verb of writing's object stands within this many tokens of it, on either side ("hat im dritten Quartal einen Verlust | geschrieben").
const MAX_WRITTEN_ACT_GAP = 6;

/**
 * "Der Konzern schreibt rote Zahlen", "hat einen Verlust geschrieben": a verb of writing (lexicon `writtenActVerbs`) with
 * a result as its object (`writtenActObjects`) in its clause — after it, or before a participle — is an act, no report.
 * The clause ends at punctuation or a clause word on either side.
 */
function writtenAct(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const lex = ctx.lex;
  if (!lex.writtenActVerbs.includes(cue.toLowerCase())) return false;
  const { tokens, C } = ctx;
  const object = (k: number) => lex.writtenActObjects.includes(tokens[k].lc);
  const inClause = (k: number) => tokens[k].block === tokens[ti].block && tokens[k].t === T.Word && !C.set.clause.has(tokens[k].lc);
  for (let k = after; k < tokens.length && k - after < MAX_WRITTEN_ACT_GAP && inClause(k); k++) if (object(k)) return true;
  for (let k = ti - 1; k >= 0 && ti - k <= MAX_WRITTEN_ACT_GAP && inClause(k); k--) if (object(k)) return true;
  return false;
}

// A clause after a cue's "that" shows its verb within this many tokens ("shared that prices in Europe were …").
const MAX_THAT_VERB = 4;

/**
 * "The company shared that data with advertisers", "Many voters share that frustration": a cue that holds its "that"
 * (lexicon: "shared that", "proved that", "state that") takes it as a demonstrative when a bare lower-case noun follows,
 * its phrase ended by punctuation or a preposition, and no auxiliary or past tense comes soon. "shared that the plan …",
 * "shared that 40 people …", "proved that users click …" keep their clause.
 */
function demonstrativeThat(ctx: SourceContext, cue: string, after: number): boolean {
  const { tokens, C } = ctx;
  if (!cue.toLowerCase().endsWith(' that')) return false;
  const nx = tokens[after];
  const S = C.set;
  if (!nx || nx.t !== T.Word || nx.cap || S.determiners.has(nx.lc) || S.possessives.has(nx.lc) || S.pronouns.has(nx.lc) || S.personal.has(nx.lc) || Object.hasOwn(ctx.lex.numberWords, nx.lc)) return false;
  const nx2 = tokens[after + 1];
  if (nx2 && nx2.block === nx.block && nx2.t === T.Word && !S.stop.has(nx2.lc)) return false;
  for (let k = after + 1; k < tokens.length && k - after <= MAX_THAT_VERB && tokens[k].block === nx.block && tokens[k].t === T.Word; k++) {
    const w = tokens[k];
    if (!w.cap && (S.auxiliaries.has(w.lc) || C.pastEndings.some((e) => w.lc.endsWith(e)))) return false;
  }
  return true;
}

/** "Ford wrote, and wrote, and wrote": a verb repeated after a coordinator tells how long one went on, not what was said. */
function repeated(ctx: SourceContext, cue: string, after: number): boolean {
  const { tokens, C } = ctx;
  let k = after;
  if (tokens[k]?.lc === ',') k++;
  return !!tokens[k] && C.set.coordinators.has(tokens[k].lc) && tokens[k + 1]?.lc === cue.toLowerCase();
}

/** "added 40% to costs" is not speech: an ambiguous verb must close the clause or follow punctuation. */
function speechHere(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  if (!ctx.lex.ambiguousVerbs.includes(cue.toLowerCase())) return true;
  const { tokens } = ctx;
  const nx = tokens[after];
  const pv = tokens[ti - 1];
  // "Fetter, for her part, continued to program", "added to the confusion": before an infinitive marker and a bare
  // word the verb goes on or adds, it says nothing ("added to reporters" is said to an audience; "continued to say" lets
  // the second verb report)
  const nx2 = tokens[after + 1];
  if (nx && nx.t === T.Word && ctx.lex.infinitiveMarkers.includes(nx.lc) && nx2?.t === T.Word && !nx2.cap && !ctx.C.set.determiners.has(nx2.lc) && !ctx.C.set.possessives.has(nx2.lc) && !ctx.C.audienceFirst.has(nx2.lc)) return false;
  const closes = !nx || nx.t === T.Punct || nx.block !== tokens[ti].block || ctx.C.set.clause.has(nx.lc);
  if (closes || (!!pv && pv.t === T.Punct)) return true;
  // '"…," the insider added of the spat': after a quotation and its speaker
  const back = ctx.np.backward(ti - 1);
  const q = back ? tokens[back.a - 1] : undefined;
  return !!q && (CLOSE_Q.has(q.lc) || (q.lc === ',' && CLOSE_Q.has(tokens[back!.a - 2]?.lc ?? '')));
}

/** Is the last word of the phrase a name or a source noun ("Aviation analysts", "Sen. Ben Sasse", not "… sets")? */
function headNamesSomeone(ctx: SourceContext, np: NP): boolean {
  const words = ctx.np.words(np);
  const head = words[words.length - 1];
  return !!head && (head.cap || ctx.np.isNounish(head));
}

/** ", so der Minister." / "„…“, so ein Sprecher.": after a comma or quotation, a name, then the sentence's end. */
function closesSentence(ctx: SourceContext, ti: number, after: number): boolean {
  const { tokens } = ctx;
  const pv = tokens[ti - 1];
  if (!pv || (pv.lc !== ',' && !CLOSE_Q.has(pv.lc))) return false;
  const np = ctx.np.forward(after, false);
  const end = np ? tokens[np.b + 1] : undefined;
  return !!np && (!end || end.block !== tokens[ti].block || /^[.!?;]$/.test(end.lc));
}

/** Does a prepositional cue ("laut", "according to") open the phrase at token a? */
function opensWithPrepCue(ctx: SourceContext, a: number): boolean {
  const len = ctx.C.cue.at(ctx.tokens, a);
  return !!len && ctx.C.cueKind.get(normCue(ctx.text.slice(ctx.tokens[a].s, ctx.tokens[a + len - 1].e))) === 'prep';
}

/** "did not say", "cannot explain", "не сообщил": a negated verb reports nothing (adverbs between aside). */
function negated(ctx: SourceContext, ti: number): boolean {
  const S = ctx.C.set;
  let k = ti - 1;
  while (k >= 0 && ctx.np.isAdverb(ctx.tokens[k]) && !S.negations.has(ctx.tokens[k].lc)) k--;
  return k >= 0 && ctx.tokens[k].t === T.Word && S.negations.has(ctx.tokens[k].lc);
}

// A verdict word stands at most this many tokens after its verb ("признал их виновными", "found the company liable").
const MAX_VERDICT_GAP = 4;

/**
 * "Суд признал их виновными", "the jury found him guilty": a verdict is an act, not a claim. A verdict
 * word in a clause of its own ("said his client was innocent": an auxiliary or "that" before it) is the claim.
 */
function verdict(ctx: SourceContext, after: number): boolean {
  const { tokens } = ctx;
  const S = ctx.C.set;
  for (let k = after; k < tokens.length && k - after < MAX_VERDICT_GAP && tokens[k].t === T.Word; k++) {
    if (S.auxiliaries.has(tokens[k].lc) || S.clause.has(tokens[k].lc)) return false;
    if (S.verdicts.has(tokens[k].lc)) return true;
  }
  return false;
}

// The infinitive of an instruction stands at most this many tokens after its verb ("told the man in the case report to").
const MAX_DIRECTIVE_GAP = 6;

// The thing an answer is given with stands at most this many words after its preposition ("responded with a
// volley of tear gas" reads "a volley of tear"); a document or claim word within them makes the answer a report.
const MAX_ANSWER_OBJECT = 4;

/**
 * "police responded with tear gas", "protesters have responded with unacceptable violence": a verb of answering
 * (lexicon `answerVerbs`) whose preposition of means takes a thing is an act. "responded with a statement", "replied
 * with a “no”" (a document or claim word, a quotation) report.
 */
function answeredWithThing(ctx: SourceContext, cue: string, after: number): boolean {
  const { tokens, lex } = ctx;
  const S = ctx.C.set;
  if (!lex.answerVerbs?.includes(cue.toLowerCase()) || !lex.answerPreps?.includes(tokens[after]?.lc ?? '')) return false;
  for (let k = after + 1; k < tokens.length && k - after <= MAX_ANSWER_OBJECT; k++) {
    const t = tokens[k];
    // ("responded with anger, calling the report a smear", "answered with a single word: no": a report follows)
    if (t.t === T.Punct) return !OPEN_Q.has(t.lc) && k > after + 1 && t.lc !== ':' && !(t.lc === ',' && lex.participleCues.includes(tokens[k + 1]?.lc ?? ''));
    if (isDocWord(ctx.C, t.lc) || S.claimNouns.has(t.lc)) return false;
  }
  return true;
}

/** "The county said to be the poorest …", "a man believed to have fled": the verb is a passive of hearsay, its subject no speaker. */
function hearsayPassive(ctx: SourceContext, after: number): boolean {
  const { tokens, lex } = ctx;
  const to = tokens[after];
  const verb = tokens[after + 1];
  return !!to && !!verb && lex.infinitiveMarkers.includes(to.lc) && !!lex.passiveInfinitives?.includes(verb.lc);
}

/**
 * "told him to get rid of the duvet", "were told by WeWork to sign": a verb of telling (lexicon
 * `directiveVerbs`) with an object and an infinitive gives an instruction; it reports nothing.
 */
function directive(ctx: SourceContext, cue: string, after: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.directiveVerbs.includes(cue.toLowerCase())) return false;
  for (let k = after + 1; k < tokens.length && k - after <= MAX_DIRECTIVE_GAP && tokens[k].t === T.Word; k++) {
    if (ctx.C.set.clause.has(tokens[k].lc)) return false;
    // "told reporters the decision to drop …": a second object (an article not after a preposition) is what was told
    if (ctx.C.set.determiners.has(tokens[k].lc) && !ctx.C.set.stop.has(tokens[k - 1].lc)) return false;
    // "told reporters he wanted to leave": a subject pronoun after the object opens the clause told, whose infinitive is its own
    if (k > after && ctx.C.set.personal.has(tokens[k].lc)) return false;
    // "tells us you should expect to buy …": an auxiliary after the object and another word closes the subject of the
    // clause told ("you", "the company"), whose infinitive is that clause's own
    if (k > after + 1 && ctx.C.set.auxiliaries.has(tokens[k].lc)) return false;
    const nx = tokens[k + 1];
    if (lex.infinitiveMarkers.includes(tokens[k].lc) && nx?.t === T.Word && !nx.cap && !ctx.C.set.determiners.has(nx.lc) && !ctx.C.set.possessives.has(nx.lc)) return true;
  }
  return false;
}

/** A verb that reports only before its clause (lexicon `clauseOnlyVerbs`: "swore that …", "swears he has …", not "swore in the president"). */
function clauseFollows(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  // "shared with AutoIndustriya.com that …": the clause after a listener
  const shared = sharedClauseFollows(ctx, cue, after);
  if (shared !== null) return shared;
  if (!ctx.lex.clauseOnlyVerbs.includes(cue.toLowerCase())) return true;
  const S = ctx.C.set;
  // "soulève notamment que": adverbs before the clause
  while (ctx.tokens[after] && ctx.tokens[after].t === T.Word && ctx.np.isAdverb(ctx.tokens[after]) && !S.clause.has(ctx.tokens[after].lc)) after++;
  // "signaled on Wednesday that …", "signaled last week that …": a time before the clause word
  after = afterTimePhrase(ctx, after);
  // "вспомнил, что …", "erinnerte sich, dass …": a comma before the clause word
  if (ctx.tokens[after]?.lc === ',' && S.clause.has(ctx.tokens[after + 1]?.lc ?? '') && !S.coordinators.has(ctx.tokens[after + 1].lc)) after++;
  const nx = ctx.tokens[after];
  if (!nx || nx.block !== ctx.tokens[ti].block) return false;
  if (S.holding.has(cue.toLowerCase())) return S.clause.has(nx.lc) && opensClause(ctx, ctx.tokens[after + 1]);
  if ((S.clause.has(nx.lc) && !S.coordinators.has(nx.lc)) || nx.lc === ':' || OPEN_Q.has(nx.lc) || bareClauseAt(ctx, after)) return true;
  // "considère qu’il …": an elided clause word glued to the next word
  if (nx.t === T.Word && [...S.clause].some((c) => /[’']$/u.test(c) && nx.lc.startsWith(c) && nx.lc.length > c.length)) return true;
  // '“…,” he swore.': the verb closes a sentence whose report came first
  const pv = ctx.tokens[ti - 2];
  return !!pv && (pv.lc === ',' || CLOSE_Q.has(pv.lc)) && endsAfterSetting(ctx, after);
}

// A time between a verb and its clause word runs at most this many words ("on Wednesday", "late last week").
const MAX_CLAUSE_TIME = 3;

/**
 * The token after a time phrase at k ("on Wednesday", "Tuesday", "last week": a weekday or a time word, with its
 * modifiers and a preposition before it), when a clause word follows it; else k.
 */
function afterTimePhrase(ctx: SourceContext, k: number): number {
  const { tokens, C } = ctx;
  const S = C.set;
  let j = k;
  let time = false;
  while (j < tokens.length && j - k < MAX_CLAUSE_TIME && tokens[j].t === T.Word && tokens[j].block === tokens[k].block) {
    const w = tokens[j];
    if (S.weekdays.has(w.lc) || S.time.has(w.lc)) time = true;
    else if (time || !(S.timeModifiers.has(w.lc) || (S.stop.has(w.lc) && !S.determiners.has(w.lc) && !S.clause.has(w.lc)))) break;
    j++;
  }
  const nx = tokens[j];
  return time && !!nx && S.clause.has(nx.lc) && !S.coordinators.has(nx.lc) ? j : k;
}

/**
 * Does the sentence end at token `after`, or right after a setting there (lexicon `settingPhrases`:
 * '“…,” Matthesen recalled in an email.')? A verb that ends so closes a report that came first.
 */
function endsAfterSetting(ctx: SourceContext, after: number): boolean {
  const nx = ctx.tokens[after];
  if (!nx) return false;
  if (/^[.!?]$/.test(nx.lc)) return true;
  const len = ctx.C.setting.at(ctx.tokens, after);
  const end = ctx.tokens[after + len];
  return len > 0 && !!end && end.block === nx.block && /^[.!?]$/.test(end.lc);
}

/** A word that can open a holding's clause: a determiner, a pronoun, a capitalised word or a number ("held that the …", "that it …", "that Congress …"), not a noun after a demonstrative ("held that seat"). */
function opensClause(ctx: SourceContext, w: Token | undefined): boolean {
  if (!w) return false;
  const S = ctx.C.set;
  return S.determiners.has(w.lc) || S.pronouns.has(w.lc) || S.personal.has(w.lc) || S.possessives.has(w.lc) || w.cap || /^\d/.test(w.lc);
}

/** "his claim", "the TV shows", "claims of …", "Editor's note:": a verb form that is a noun here. */
function nounHere(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const S = ctx.C.set;
  if (!S.nounVerbs.has(cue.toLowerCase())) return false;
  const pv = ctx.tokens[ti - 1];
  // "allowed Mosseri to claim that": after the infinitive's marker and before a clause, a verb
  if (pv && ctx.lex.infinitiveMarkers.includes(pv.lc) && ctx.C.set.clause.has(ctx.tokens[after]?.lc ?? '')) return false;
  const nx = ctx.tokens[after];
  // "Note:", "Editor's note:": a label
  if (nx && nx.lc === ':') return true;
  // "In a research report early Tuesday": a document noun after another, in a phrase opened by a preposition, is a compound noun
  const det = ctx.tokens[ti - 2];
  const prep = ctx.tokens[ti - 3];
  if (pv && det && prep && pv.t === T.Word && !pv.cap && S.docs.has(pv.lc) && S.docs.has(cue.toLowerCase()) && S.determiners.has(det.lc) && S.stop.has(prep.lc) && !S.clause.has(prep.lc)) return true;
  // "The Wrap’s report today claims": a time between a subject and its verb (as skipBetween reads it) leaves a verb
  if (pv && pv.t === T.Word && !pv.cap && S.time.has(pv.lc) && subjectBeforeTime(ctx, ti)) return false;
  // "research into hibernation shows": after a document's topic, the document's verb
  if (topicBefore(ctx, ti)) return false;
  // "A study published last year shows", "research conducted in humans shows": after the participle
  // that describes a document, the document's verb (not "the year's shows", "humans' shows")
  if (documentBeforeParticiple(ctx, ti)) return false;
  // "Pirro’s comments on the hijab": after a possessive and before a preposition
  if (pv && pv.t === T.Word && /[’']s$/u.test(pv.lc) && nx && nx.t === T.Word && S.stop.has(nx.lc) && !S.clause.has(nx.lc)) return true;
  // "Biden's promise that …": a noun with its clause (lexicon nounVerbs 'promise that') after any possessive
  if (pv && pv.t === T.Word && /[’']s$/u.test(pv.lc) && cue.includes(' ')) return true;
  // "the group's claim": after a common noun's possessive ("Lowe’s reports" may be a company's name)
  if (pv && pv.t === T.Word && !pv.cap && /[’']s$/u.test(pv.lc)) return true;
  // "advertisers claim that …": after a plural agent noun, before its clause, a verb (./agent-subjects.ts)
  if (verbAfterAgent(ctx, ti)) return false;
  // ("critical | reports": an adjective by its ending, though it starts like a source noun, lexicon adjectiveEndings)
  const adjective = !!pv && pv.t === T.Word && !pv.cap && !!ctx.lex.adjectiveEndings?.some((e) => pv.lc.length > e.length + 2 && pv.lc.endsWith(e));
  if (pv && (S.determiners.has(pv.lc) || S.possessives.has(pv.lc) || adjective || (pv.t === T.Word && !pv.cap && !ctx.np.isNounish(pv) && !S.adverbs.has(pv.lc) && !ctx.np.isAdverb(pv)))) return true;
  // "Putin’s personal fears", "the company's own claims": an adjective after a possessive or an article
  const ppv = ctx.tokens[ti - 2];
  if (pv && ppv && pv.t === T.Word && !pv.cap && !ctx.np.isNounish(pv) && (S.determiners.has(ppv.lc) || S.possessives.has(ppv.lc) || /[’']s$/u.test(ppv.lc))) return true;
  return !!nx && S.docLinks.has(nx.lc);
}

/** Before the time read back from the verb at ti ("report | today | claims"): a source noun or a name ("Every year claims" has none). */
function subjectBeforeTime(ctx: SourceContext, ti: number): boolean {
  const k = ctx.np.skipBetween(ti - 1);
  const t = ctx.tokens[k];
  return k < ti - 1 && !!t && t.t === T.Word && t.block === ctx.tokens[ti].block && (ctx.np.isNounish(t) || (t.cap && !ctx.np.sentenceInitial(k)));
}

// A document's topic runs at most this many tokens before its verb ("research into | hibernation | shows").
const MAX_TOPIC_TOKENS = 5;

/** Does a document's topic ("a study on | mice", "research into | hibernation") end right before token ti? */
function topicBefore(ctx: SourceContext, ti: number): boolean {
  const { tokens } = ctx;
  for (let k = ti - 1; k > 0 && ti - k <= MAX_TOPIC_TOKENS && tokens[k].t === T.Word && tokens[k].block === tokens[ti].block; k--) {
    if (ctx.np.topicAfterDocument(k)) return k < ti - 1;
  }
  return false;
}

/** Does the word after an inverted name go on with the clause ("… the requirement that …")? */
function continuesClause(ctx: SourceContext, t: Token): boolean {
  const S = ctx.C.set;
  if (S.clause.has(t.lc)) return true;
  return !t.cap && !S.stop.has(t.lc) && !ctx.C.pastEndings.some((e) => t.lc.endsWith(e)) && !S.participles.has(t.lc);
}

/** "a newly revealed call", "the said person": a participle after a determiner is an adjective. */
function adjectiveHere(ctx: SourceContext, ti: number): boolean {
  const S = ctx.C.set;
  if (!ctx.C.pastEndings.some((e) => ctx.tokens[ti].lc.endsWith(e))) return false;
  let k = ti - 1;
  while (k >= 0 && ctx.np.isAdverb(ctx.tokens[k])) k--;
  const pv = ctx.tokens[k];
  if (!pv || pv.t !== T.Word) return false;
  if (S.determiners.has(pv.lc) || S.possessives.has(pv.lc)) return true;
  // after a possessive noun, before a noun: "Epstein’s alleged sex trafficking ring", "the company’s
  // reported earnings" (not "Trump’s said that …", where the "’s" is "has"); before a name only inside a phrase after
  // a preposition: "through Stadia’s recommended Chromecast Ultra" (a clause's subject, "Moody’s warned Britain", after
  // its start, a clause word or a verb of saying, reports)
  const nx = ctx.tokens[ti + 1];
  const ppv = ctx.tokens[k - 1];
  const inPhrase = !!ppv && ppv.t === T.Word && ppv.block === pv.block && !ppv.cap && !S.clause.has(ppv.lc) && !S.relative.has(ppv.lc) && !ctx.C.cueKind.has(ppv.lc) && !S.auxiliaries.has(ppv.lc) && !S.determiners.has(ppv.lc);
  return POSSESSIVE_NOUN.test(pv.lc) && !!nx && nx.t === T.Word && nx.block === pv.block && (!nx.cap || inPhrase) && !S.clause.has(nx.lc) && !S.determiners.has(nx.lc) && !S.pronouns.has(nx.lc) && !S.personal.has(nx.lc) && !S.stop.has(nx.lc);
}
const POSSESSIVE_NOUN = /\p{L}[’']s$/u;

// How many words (determiners, adjectives) may stand between a document preposition and its document.
const MAX_DOC_MODIFIERS = 2;

/** The document after a document preposition at token i ("einem Bericht des DWD"), or null. */
function docAfter(ctx: SourceContext, i: number): NP | null {
  const { tokens, C } = ctx;
  for (let k = i; k < tokens.length && k - i <= MAX_DOC_MODIFIERS; k++) {
    const t = tokens[k];
    if (t.t !== T.Word) return null;
    if (isDocWord(C, t.lc)) {
      const np = ctx.np.forward(i, false);
      return np && np.b >= k && ctx.np.valid(np) ? np : null;
    }
  }
  return null;
}

/** The subject of the clause a clause-final participle ends: its first phrase, or the one after its auxiliary. */
function clauseSubject(ctx: SourceContext, ti: number): NP | null {
  const { tokens, np: reader, C } = ctx;
  const si = ctx.sentences.at(tokens[ti].s);
  if (si < 0) return null;
  const st = tokenAt(tokens, ctx.sentences.starts[si]);
  // "Ihm wird versuchter Totschlag vorgeworfen": a passive auxiliary in the clause makes its phrases the ones told
  // or reproached; only an agent ("von …", read elsewhere) speaks
  for (let k = st; k < ti; k++) if (tokens[k].t === T.Word && C.set.passive.has(tokens[k].lc)) return null;
  const first = reader.forward(st, false);
  if (first && first.b < ti && reader.valid(first) && !reader.isPersonal(tokens[first.a].lc)) return first;
  for (let k = st; k < ti; k++) {
    if (tokens[k].t !== T.Word || !C.set.auxiliaries.has(tokens[k].lc)) continue;
    const np = reader.forward(k + 1, false);
    return np && np.b < ti && reader.valid(np) ? np : null;
  }
  return null;
}

/**
 * "…, wie das Bayerische Landesamt für Umwelt (LfU) am Mittwoch mitteilte.": a verb that closes a
 * clause opened by an as-word (after a comma or at the sentence start) takes the name right after it,
 * whatever stands between the name and the verb.
 */
function asSubject(ctx: SourceContext, ti: number, after: number): NP | null {
  const { tokens, C } = ctx;
  if (!C.set.asClause.size) return null;
  // ("wie die Polizei mitgeteilt hat,": the auxiliary after a participle closes the clause with it)
  const aux = C.set.auxiliaries.has(tokens[after]?.lc ?? '') && C.set.finalCues.has(tokens[ti].lc) ? 1 : 0;
  const nx = tokens[after + aux];
  if (nx && nx.block === tokens[ti].block && nx.t !== T.Punct) return null;
  for (let k = ti - 1; k >= 0 && ti - k <= MAX_AS_CLAUSE_TOKENS; k--) {
    const t = tokens[k];
    // (a name in quotation marks may stand in it: "wie der „Spiegel“ berichtet")
    if (t.block !== tokens[ti].block || (t.t === T.Punct && !'()'.includes(t.lc) && !OPEN_Q.has(t.lc) && !CLOSE_Q.has(t.lc))) return null;
    if (t.t !== T.Word || !C.set.asClause.has(t.lc)) continue;
    const pv = tokens[k - 1];
    if (pv && pv.block === t.block && pv.lc !== ',' && !ctx.np.sentenceInitial(k)) return null;
    // (a name read on past its closing quotation mark runs into the verb: "der „Spiegel“ berichtet" ends before it)
    const read = ctx.np.forward(k + 1, false);
    const np = read && read.b >= ti && CLOSE_Q.has(tokens[ti - 1].lc) && read.a < ti - 1 ? { a: read.a, b: ti - 1 } : read;
    return np && np.b < ti && ctx.np.valid(np) ? np : null;
  }
  return null;
}

/**
 * "As government documents leaked to the New York Times have unveiled, …": in an as-clause the verb's object is the
 * clause the as-word stands for, so a verb that reports only with a document object (lexicon `docVerbs`) needs none.
 */
function asObject(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const { tokens, C } = ctx;
  if (!C.set.docVerbs.has(normCue(cue))) return false;
  const nx = tokens[after];
  if (nx && nx.block === tokens[ti].block && nx.t !== T.Punct) return false;
  for (let k = ti - 1; k >= 0 && ti - k <= MAX_AS_CLAUSE_TOKENS; k--) {
    const t = tokens[k];
    if (t.block !== tokens[ti].block || t.t === T.Punct) return false;
    if (!C.set.asWords.has(t.lc)) continue;
    const pv = tokens[k - 1];
    return !pv || pv.block !== t.block || pv.lc === ',' || ctx.np.sentenceInitial(k);
  }
  return false;
}

/** Is the cue at token ti in a heading (a short line without a sentence's final punctuation)? */
function isHeading(ctx: SourceContext, ti: number): boolean {
  const si = ctx.sentences.at(ctx.tokens[ti].s);
  if (si < 0) return false;
  const end = ctx.sentences.ends[si];
  // most sentences end in punctuation: decided without reading them ("… von „Kahlschlag“", a
  // quotation closing without its own punctuation, ends a heading too)
  const last = ctx.text[end - 1];
  const bareQuote = CLOSE_Q.has(last) && /[\p{L}\p{N}]/u.test(ctx.text[end - 2] ?? '');
  if ((/[.!?…:;"”»“«)\]]/u.test(last) && !bareQuote) || (end < ctx.text.length && ctx.text[end] !== '\n')) return false;
  return !moreWordsThan(ctx.text, ctx.sentences.starts[si], end, MAX_HEADING_WORDS);
}

// A run of white space between two words.
const SPACE_RUN = /\s+/g;

/**
 * Has text[start, end) more than `limit` words (runs parted by white space, as split(/\s+/) counts)? Reads no
 * further than the limit: a sentence of 5,000 cues ("… he said, " repeated) was split whole once per cue (quadratic).
 */
function moreWordsThan(text: string, start: number, end: number, limit: number): boolean {
  let parts = 1;
  SPACE_RUN.lastIndex = start;
  for (let m = SPACE_RUN.exec(text); m && m.index < end; m = SPACE_RUN.exec(text)) {
    // (a run reaching past the end still parts the last word from an empty one, as split does)
    if (++parts > limit) return true;
  }
  return false;
}

/** Is the token before the verb at ti (adverbs aside) a passive auxiliary ("were told", "will be announced")? */
function passive(ctx: SourceContext, ti: number): boolean {
  const S = ctx.C.set;
  let k = ti - 1;
  while (k >= 0 && ctx.np.isAdverb(ctx.tokens[k]) && !S.passive.has(ctx.tokens[k].lc)) k--;
  return k >= 0 && ctx.tokens[k].t === T.Word && S.passive.has(ctx.tokens[k].lc);
}

/**
 * "Dieses Jahr werden mehr als 40.000 Besucher erwartet.": in a language whose passive brackets the
 * clause (Lexicon.passiveBracket), a reporting verb that ends its clause with a passive auxiliary
 * earlier in that clause is passive. Participles that only close a clause (finalCues: "hatte …
 * aufgerufen", "wurde … mitgeteilt") keep their own reading (clauseSubject).
 */
function bracketPassive(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const { tokens, C } = ctx;
  if (!C.passiveBracket || C.set.finalCues.has(cue.toLowerCase())) return false;
  const nx = tokens[after];
  if (nx && nx.block === tokens[ti].block && nx.t !== T.Punct) return false;
  const si = ctx.sentences.at(tokens[ti].s);
  const start = si < 0 ? 0 : ctx.sentences.starts[si];
  for (let k = ti - 1; k >= 0 && tokens[k].s >= start && tokens[k].block === tokens[ti].block; k--) {
    const t = tokens[k];
    if (t.t === T.Punct && t.lc !== '.' && !'()'.includes(t.lc)) return false; // the clause's start: a comma, a colon, a quotation mark
    if (t.t === T.Word && C.set.passive.has(t.lc)) return true;
  }
  return false;
}

/**
 * "the purchases touted by Trump": a past participle right after its noun and before its agent,
 * without an auxiliary (set off by a comma it describes: "the board, advised by Goldman Sachs").
 */
function reducedPassive(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const t = ctx.tokens[after];
  const pv = ctx.tokens[ti - 1];
  // a verb with other senses ("the breakdown revealed by the suicide", "views expressed by") is no report here
  return !!t && ctx.C.set.agent.has(t.lc) && pv?.t === T.Word && !ctx.C.set.weakVerbs.has(cue.toLowerCase()) && ctx.C.pastEndings.some((e) => cue.toLowerCase().endsWith(e));
}

/** The agent of a passive cue: "were told by WeWork", or after its complement or a time (agentAfterComplement). */
function agent(ctx: SourceContext, after: number): NP | null {
  const t = ctx.tokens[after];
  const by = t && ctx.C.set.agent.has(t.lc) ? after : agentAfterComplement(ctx, after);
  if (by < 0) return null;
  // (no listener after "by": "was welcomed by investors", "criticised by lawmakers" name the agents)
  const np = ctx.np.forward(by + 1, false, false);
  return np && ctx.np.valid(np) ? np : null;
}

// A complement ("as “heartbreaking”") or a time ("late Thursday") between a passive verb and its agent runs at most this many tokens.
const MAX_BEFORE_AGENT = 6;

/**
 * The agent preposition after a passive verb's complement or a time, or -1: "has been described as
 * “heartbreaking” by the conservation department", "was quoted as saying late Thursday by the Interfax
 * news agency", "a été qualifié de « dangereux » par la CNIL". Only a complement word (lexicon
 * `complementWords`) with at most a quotation or lower-case words after it, or time words, may stand between.
 */
function agentAfterComplement(ctx: SourceContext, after: number): number {
  const { tokens, C } = ctx;
  const S = C.set;
  const t0 = tokens[after];
  if (!t0) return -1;
  const timeWord = (w: typeof t0) => w.t === T.Num || S.weekdays.has(w.lc) || S.months.has(w.lc) || S.time.has(w.lc) || S.timeModifiers.has(w.lc);
  const complement = S.complement.has(t0.lc);
  for (let k = complement ? after + 1 : after; k < tokens.length && k - after <= MAX_BEFORE_AGENT && tokens[k].block === t0.block; k++) {
    const w = tokens[k];
    if (S.agent.has(w.lc)) return k > after + 1 ? k : -1;
    // a lower-case word right before a time is its modifier ("late Thursday", "early Monday")
    const nx = tokens[k + 1];
    const modifier = w.t === T.Word && !w.cap && !!nx && timeWord(nx) && !S.determiners.has(w.lc) && !S.clause.has(w.lc);
    const ok = timeWord(w) || modifier || (w.t === T.Word && !w.cap && S.stop.has(w.lc) && !S.determiners.has(w.lc) && !S.clause.has(w.lc)) || (complement && (OPEN_Q.has(w.lc) || CLOSE_Q.has(w.lc) || (w.t === T.Word && !w.cap && !S.clause.has(w.lc) && !S.connectors.has(w.lc))));
    if (!ok) return -1;
  }
  return -1;
}

// A naming verb's object is at most this many words before its quotation or complement ("called the
// Supreme Court decision on the Essar Steel resolution a landmark judgment").
const MAX_NAMING_OBJECT = 10;
// A document object stands at most this many words after its verb ("released two highly critical reports").
const MAX_DOC_OBJECT = 5;

/**
 * "released two critical reports" but not "released a beta version" nor "released the footage": a verb that reports only with a
 * document needs one soon after it, and not one another wrote
 * ("released a letter from his physician": the physician is its source).
 */
export function objectFits(ctx: SourceContext, cue: string, after: number): boolean {
  const S = ctx.C.set;
  const { tokens } = ctx;
  // "called the plan “a disaster”": a naming verb reports only with a quotation after its object
  if (S.namingVerbs.has(normCue(cue))) {
    // ("called 'Half Life: Alyx' “a flagship VR game”": a quoted title as the object, its punctuation its own)
    const titleEnd = quotedTitleEnd(ctx, after);
    for (let k = Math.max(after + 1, titleEnd + 1); k < tokens.length && k - after <= MAX_NAMING_OBJECT; k++) {
      if (tokens[k].t === T.Punct) return OPEN_Q.has(tokens[k].lc) && tokens[k].block === tokens[after].block;
      // "called the Supreme Court decision … a landmark judgment": an indefinite article after the object
      // opens its complement ("called the police a day later" has a time)
      const nx = tokens[k + 1];
      if (k > after + 1 && ctx.lex.indefiniteArticles.includes(tokens[k].lc) && nx?.t === T.Word && !ctx.C.set.time.has(nx.lc) && !S.scales.has(nx.lc)) return true;
    }
    return false;
  }
  // (only a document verb: a cue ending in a word spelt like an article reports a clause or a noun, "fait état de
  // trois blessés", "räumte ein, dass …")
  if (!S.docVerbs.has(normCue(cue))) return true;
  // ("issued a “strong protest”": quotation marks may stand around it)
  for (let k = after; k < tokens.length && k - after < MAX_DOC_OBJECT && (tokens[k].t !== T.Punct || OPEN_Q.has(tokens[k].lc) || CLOSE_Q.has(tokens[k].lc)); k++) {
    const lc = tokens[k].lc;
    // "unveiled a plan to …", "представив стратегію": a plan presented states what the presenter will do
    if (S.planned.has(lc) && !S.docVerbs.has(lc) && tokens[k].t === T.Word) return !S.agent.has(tokens[k + 1]?.lc ?? '');
    if (!isDocWord(ctx.C, lc)) continue;
    // "released the body camera footage": a picture or recording released is an act, not a report
    if (S.media.has(lc)) return false;
    const nx = tokens[k + 1];
    return !nx || !(S.agent.has(nx.lc) || (S.docLinks.has(nx.lc) && !S.connectors.has(nx.lc)));
  }
  return false;
}

// Single quotation marks that open and close a title ('Half Life: Alyx').
const TITLE_OPEN = new Set(["'", '‘']);
const TITLE_CLOSE = new Set(["'", '’']);

/** The index of the mark closing a title in single quotation marks that opens at `at` (within the naming verb's reach), or -1. */
function quotedTitleEnd(ctx: SourceContext, at: number): number {
  const { tokens } = ctx;
  if (!TITLE_OPEN.has(tokens[at]?.lc ?? '')) return -1;
  for (let k = at + 2; k < tokens.length && k - at <= MAX_NAMING_OBJECT; k++) {
    if (tokens[k].block !== tokens[at].block) return -1;
    if (TITLE_CLOSE.has(tokens[k].lc)) return k;
  }
  return -1;
}

/** After "per" and a possessive: is the phrase's head a source or a document noun ("its latest filing", "his lawyer")? */
function possessedSource(ctx: SourceContext, np: NP): boolean {
  const words = ctx.np.words(np);
  const head = words[words.length - 1];
  return !!head && ctx.np.isNounish(head);
}

/** After "according to", "citing": a name (its head capitalised) or a source noun ("citing Taliban violence" names no one). */
function namesSomeone(ctx: SourceContext, np: NP): boolean {
  const words = ctx.np.words(np);
  const head = words[words.length - 1];
  // "selon la Cour des comptes", "selon l’Organisation mondiale de la santé": where only names are capitalised, a
  // capital on the phrase's first word after its article names an institution whose complement ends it
  // capitalised noun before its complement (a connector) or a lower-case adjective of names (lexicon
  // `nameAdjectiveEndings`), not a proper adjective before a common noun ("citing Taliban violence")
  const fi = words.findIndex((t) => !ctx.C.set.determiners.has(t.lc));
  const first = words[fi];
  const nx = words[fi + 1];
  const named = !ctx.C.capNouns && !!first && first.cap && !!nx && !nx.cap && (ctx.C.set.connectors.has(nx.lc) || ctx.C.nameAdjectiveEndings.some((e) => nx.lc.length > e.length + 2 && nx.lc.endsWith(e)));
  return words.some((t) => ctx.np.isNounish(t)) || (!!head && head.cap) || ctx.tokens[np.b]?.t === T.Punct || named;
}

/** A verb with other senses ("found inspiration") reports only for a source noun, or before a clause. */
function strongEnough(ctx: SourceContext, cue: string, np: NP, after: number): boolean {
  const S = ctx.C.set;
  if (!S.weakVerbs.has(cue.toLowerCase())) return true;
  const nx = ctx.tokens[after];
  if (!!nx && (nx.lc === ',' || nx.lc === ':' || OPEN_Q.has(nx.lc))) return true;
  // "Twitter pledged to take “decisive corrective action”": a pledge with its infinitive states an intention
  if (commitsTo(ctx, cue, np, after)) return true;
  // '“…,” Holmes testified.', '…, Morrison testified (in an interview).': the verb closes a sentence whose report came first
  const pv = ctx.tokens[np.a - 1];
  if (!!nx && !!pv && pv.block === nx.block && (pv.lc === ',' || CLOSE_Q.has(pv.lc)) && endsAfterSetting(ctx, after)) return true;
  // "showed in a paper published in … that …": a clause soon after the verb; "described the call
  // as improper": a complement after the object
  // ("regard New Zealand – or Aotearoa, as Māori call it – as the whale stranding capital": a dash sets off an aside
  // in the object of a judging verb)
  const judging = S.complementVerbs.has(cue.toLowerCase());
  for (let k = after; k < ctx.tokens.length && k - after <= MAX_CLAUSE_LOOKAHEAD && (ctx.tokens[k].t !== T.Punct || tallyDash(ctx, k) || (judging && DASHES.has(ctx.tokens[k].lc))); k++) {
    // ("found and rescued her", "found the car … and called 911": a coordinator joins another act, it opens no report)
    const lc = ctx.tokens[k].lc;
    if ((S.clause.has(lc) && !S.coordinators.has(lc)) || (k > after && S.complement.has(lc) && judging && !ctx.lex.complementIdioms.includes(ctx.tokens[k + 1]?.lc ?? ''))) return true;
  }
  // "Smith thinks the plan is fine", "experts fear the virus will spread": a content clause without its "that"
  if (bareClauseAt(ctx, after)) return true;
  // "the probe found evidence of water", "found no evidence": a finding, whoever found it (lexicon evidenceNouns)
  const ev = ctx.lex.evidenceNouns;
  if (ev?.length) {
    let k = after;
    if (nx && nx.t === T.Word && (S.negativeDeterminers.has(nx.lc) || S.stopAdjectives.has(nx.lc))) k++;
    // ("pinpointed the earliest evidence of", "found the first evidence of": an article and an adjective before it)
    else if (nx && S.determiners.has(nx.lc) && evidenceAt(ctx, after + 2)) k += 2;
    // ("of" or "that" after it: "Police found evidence at the scene" only collected it)
    const of = ctx.tokens[k + 1];
    if (ctx.tokens[k]?.t === T.Word && ev.includes(ctx.tokens[k].lc) && of && (S.topicPreps.has(of.lc) || (S.clause.has(of.lc) && !S.coordinators.has(of.lc)))) return true;
  }
  // "blamed the slowdown on higher tariffs": a cause named after the object (lexicon causeFrames)
  if (causeFrame(ctx, cue, after)) return true;
  // (without it such a verb that is also a noun reports nothing, whatever its subject: "some data attribute")
  if (S.nounVerbs.has(cue.toLowerCase()) && ctx.lex.causeFrames?.some((f) => f.verbs.includes(cue.toLowerCase()))) return false;
  // "those companies find themselves", "the group maintains an office": only a document or study
  // reports with such a verb without a clause after it ("The survey found 40% …")
  if (!!nx && S.floating.has(nx.lc)) return false;
  return ctx.np.words(np).some((t) => S.docs.has(t.lc.replace(/[’']s$/u, '')) || S.subjectDocs.has(t.lc) || ctx.C.docStems.some((n) => t.lc.startsWith(n)));
}

/**
 * "The fund blamed the slowdown | on | higher tariffs", "attribute much of the growth | to | migration": a verb of
 * blaming or crediting (lexicon `causeFrames`) whose object — no personal pronoun in it, which would open a clause
 * ("the attribute | we added to …") — is followed, in the same clause, by the preposition naming the cause; not by a
 * day or a time ("blamed him on Monday").
 */
function causeFrame(ctx: SourceContext, cue: string, after: number): boolean {
  const frame = ctx.lex.causeFrames?.find((f) => f.verbs.includes(cue.toLowerCase()));
  if (!frame) return false;
  const { tokens, C } = ctx;
  for (let k = after; k < tokens.length && k - after <= MAX_CLAUSE_LOOKAHEAD && tokens[k].t === T.Word; k++) {
    if (C.set.personal.has(tokens[k].lc)) return false;
    if (k === after || !frame.preps.includes(tokens[k].lc)) continue;
    const nx = tokens[k + 1];
    return !!nx && nx.t === T.Word && nx.block === tokens[k].block && !C.set.weekdays.has(nx.lc) && !C.set.time.has(nx.lc) && !C.set.timeModifiers.has(nx.lc);
  }
  return false;
}

// An identifying verb's object runs at most this many tokens before its "as" ("the driver killed in Saturday’s crash on Interstate 71").
const MAX_IDENTIFIED_OBJECT = 16;

/**
 * "identified the driver killed in Saturday’s crash … | as | Marcus Bell": a verb of identifying (lexicon
 * `identifyingFrames`) with its object, then its "as" in the same clause (no punctuation but an apostrophe) and a
 * capitalised name after it.
 */
function identifiedAs(ctx: SourceContext, cue: string, after: number): boolean {
  const frame = ctx.lex.identifyingFrames;
  if (!frame?.verbs.includes(cue.toLowerCase())) return false;
  const { tokens, C } = ctx;
  // an object first: an article, a possessive, a name or an object pronoun ("residents identified ethnically as …" have none)
  const o = tokens[after];
  if (!o || o.t !== T.Word || !(C.set.determiners.has(o.lc) || C.set.possessives.has(o.lc) || C.set.objectPronouns.has(o.lc) || o.cap)) return false;
  for (let k = after + 1; k < tokens.length && k - after <= MAX_IDENTIFIED_OBJECT && tokens[k].block === tokens[after].block; k++) {
    const t = tokens[k];
    if (t.t === T.Punct && !/^[’']$/u.test(t.lc)) return false;
    if (t.t !== T.Word || t.cap || !frame.preps.includes(t.lc)) continue;
    const nx = tokens[k + 1];
    return !!nx && nx.t === T.Word && nx.cap && nx.block === t.block;
  }
  return false;
}

/** An evidence noun at token k after one lower-case adjective (no stop word, no noun: "the | earliest | evidence"). */
function evidenceAt(ctx: SourceContext, k: number): boolean {
  const adj = ctx.tokens[k - 1];
  const ev = ctx.tokens[k];
  return !!adj && !!ev && adj.t === T.Word && !adj.cap && !ctx.C.set.stop.has(adj.lc) && !ctx.np.isNounish(adj) && !!ctx.lex.evidenceNouns?.includes(ev.lc);
}

/**
 * "allowed Mosseri to claim that …", "prompted some Twitter users to argue that …": before an infinitive's
 * marker, the object of a causative verb (lexicon `causativeVerbs`) speaks — when a clause or a quotation follows.
 */
function causedSpeaker(ctx: SourceContext, ti: number): NP | null {
  const { tokens, lex } = ctx;
  const to = tokens[ti - 1];
  if (!to || to.t !== T.Word || !lex.infinitiveMarkers.includes(to.lc)) return null;
  const nx = tokens[ti + 1];
  if (!nx || !(ctx.C.set.clause.has(nx.lc) || OPEN_Q.has(nx.lc) || nx.lc === ':' || bareClauseAt(ctx, ti + 1))) return null;
  const read = ctx.np.backward(ti - 2);
  if (!read || read.b !== ti - 2) return null;
  // the name read back may run over the causative verb ("The video prompted | some Twitter users"): it starts after it
  let v = read.b - 1;
  while (v >= read.a - 1 && !(tokens[v]?.t === T.Word && lex.causativeVerbs.includes(tokens[v].lc))) v--;
  if (v < read.a - 1 || tokens[v].block !== to.block) return null;
  const np = { a: v + 1, b: read.b };
  return ctx.np.valid(np) ? np : null;
}

/** A content clause without its clause word at token k: a personal pronoun and an auxiliary ("announce | it would scrap …"). */
function bareClauseAt(ctx: SourceContext, k: number): boolean {
  const t = ctx.tokens[k];
  const aux = ctx.tokens[k + 1];
  if (!!t && !!aux && t.t === T.Word && aux.t === T.Word && ctx.C.set.personal.has(t.lc) && ctx.C.set.auxiliaries.has(aux.lc)) return true;
  return nounClauseAt(ctx, k);
}

// A bare clause's subject runs at most this many tokens before its auxiliary ("journalists’ metadata | must").
const MAX_CLAUSE_SUBJECT = 5;

/**
 * "is concerned | the laws would crush …", "is adamant | journalists’ metadata must be …": a clause
 * without "that" whose subject is a noun phrase — an article or a content word first (no preposition:
 * "is concerned about the cost" states no claim), then words up to an auxiliary or modal.
 */
function nounClauseAt(ctx: SourceContext, k: number): boolean {
  const { tokens, C } = ctx;
  const S = C.set;
  const t = tokens[k];
  // (a preposition opens no subject: "feel like binging may help")
  if (!t || t.t !== T.Word || (S.stop.has(t.lc) && !S.determiners.has(t.lc)) || S.auxiliaries.has(t.lc) || !!ctx.lex.descriptionTies?.includes(t.lc)) return false;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_CLAUSE_SUBJECT && tokens[j].block === t.block; j++) {
    const w = tokens[j];
    if (w.t === T.Word && S.auxiliaries.has(w.lc)) return j > k;
    if (w.t !== T.Word && !/^[’']$/u.test(w.lc)) return false;
    if (w.t === T.Word && S.stop.has(w.lc) && !S.determiners.has(w.lc)) return false;
  }
  return false;
}

/**
 * "Jones went on to say that …": the subject of a control verb before the reporting verb's infinitive
 * (./control-verbs.ts), or the person its pronoun stands for ("He went on to say", ./pronoun-speakers.ts).
 */
function controlledSubject(ctx: SourceContext, ti: number, after: number, taken: Set<number>, found: readonly SourceCandidate[]): NP | null {
  const v = controlStart(ctx, ti, after);
  return v > 0 ? subject(ctx, v, taken) ?? pronounSpeaker(ctx, v, after, found) : null;
}

/** The subject before the verb at token ti (or, for a pronoun, the previous sentence's subject). */
function subject(ctx: SourceContext, ti: number, taken: Set<number>): NP | null {
  const { tokens, np: reader } = ctx;
  const caused = causedSpeaker(ctx, ti);
  if (caused) return caused;
  // "Анна Попова в интервью ТАСС заявила", "Голова НБУ під час брифінгу зазначив": the name is before the occasion
  const setting = settingStart(ctx, ti);
  let back = reader.backward((setting >= 0 ? setting : ti) - 1);
  // "British intelligence, analyzing …, suggests", "Me X, avocat de Y, avait plaidé": skip a clause
  const before = reader.skipBetween(ti - 1);
  if (!back && tokens[before]?.lc === ',') {
    back = reader.skipClause(before);
    if (!back || !reader.valid(back)) back = nameAfterDescription(ctx, before) ?? back;
  }
  // "Peng Mei — project manager for communications … — responded": a description set off by dashes
  if (!back && ctx.lex.dashedDescriptions && DASHES.has(tokens[before]?.lc ?? '')) back = beforeDashes(ctx, before);
  // a subject read back into a quotation is the quotation's words ("„… eine Entwicklung, die …“, sagte X")
  // (but a short quoted name after a preposition is a name: "В «Укренерго» повідомили", "У «Нафтогазі» заявили")
  if (back && ctx.inQuote(tokens[back.a].s) && !ctx.inQuote(tokens[ti].s) && !quotedNameAfterWord(ctx, back)) back = null;
  // "A Gallup poll released Tuesday found", "Documents reviewed by The Associated Press show": the document before its participle
  const described = documentBeforeParticiple(ctx, ti);
  if (described) return described;
  if (back && reader.valid(back)) return reader.relativeClauseOver(back.a, ti) ?? reader.headBeforeParticiple(back) ?? reader.coordinatedTitles(back);
  // "Neuroscience tells us that …": an opening common word the page also writes in lower case, as the verb's subject
  const opening = back ? openingSubject(ctx, back, ti) : null;
  if (opening) return opening;
  // "Some advertisers claim that …": a plural agent noun no source noun lists, as the verb's subject
  const agentive = back ? agentSubject(ctx, back, ti) : null;
  if (agentive) return agentive;
  const rel = reader.relativeSubject(ti) ?? reader.anonymousSubject(ti);
  if (rel) return rel;
  // "Vietnam is one of China’s critics and has accused Beijing …": a second verb shares the sentence's subject
  if (!back && ctx.C.set.coordinators.has(tokens[before]?.lc ?? '') && tokens[before - 1]?.lc !== ',') {
    const si = ctx.sentences.at(tokens[ti].s);
    const np = si >= 0 ? sentenceSubject(ctx, si, before) : null;
    // "China said … and say": the first verb has already credited the subject; "GateHouse laid off
    // staff (the company … but called it …)": a verb inside a parenthesis has the parenthesis's subject
    if (np && !taken.has(tokens[np.a].s) && !openParenBetween(ctx, np.b, before)) return np;
  }
  const words = back ? reader.words(back) : [];
  if (words.length === 1 && ctx.lex.pluralPronouns.includes(words[0].lc)) {
    // "They found …": the source is the subject of the previous sentence, if it names one
    const ante = reader.previousSubject(ti);
    if (ante && !taken.has(tokens[ante.a].s)) return ante;
  }
  return null;
}

/** Does the phrase open with a quoted name (capitalised, at most MAX_QUOTED_NAME_TOKENS) right after a word of its sentence? */
function quotedNameAfterWord(ctx: SourceContext, np: NP): boolean {
  const { tokens } = ctx;
  const open = tokens[np.a];
  const pv = tokens[np.a - 1];
  if (!OPEN_Q.has(open.lc) || !tokens[np.a + 1]?.cap || pv?.t !== T.Word || pv.block !== open.block) return false;
  let k = np.a + 1;
  while (k <= np.b && k - np.a <= MAX_QUOTED_NAME_TOKENS && !CLOSE_Q.has(tokens[k].lc)) k++;
  return k <= np.b && CLOSE_Q.has(tokens[k].lc);
}

// A quoted name ("«Укренерго»", "«Київтеплоенерго»") holds at most this many tokens inside its quotation marks.
const MAX_QUOTED_NAME_TOKENS = 6;

const DASHES = new Set(['—', '–']);
// A description set off by dashes between a subject and its verb has at most this many tokens.
const MAX_DASHED_TOKENS = 40;

/**
 * "Peng Mei — project manager for communications on Singles Day and PR director of Tmall — responded":
 * the phrase before a pair of dashes, the second right before the verb (`close`), is its subject.
 */
function beforeDashes(ctx: SourceContext, close: number): NP | null {
  const { tokens } = ctx;
  const block = tokens[close].block;
  let k = close - 1;
  while (k > 0 && close - k <= MAX_DASHED_TOKENS && tokens[k].block === block && !DASHES.has(tokens[k].lc) && !SENTENCE_END.has(tokens[k].lc)) k--;
  if (k <= 0 || k === close - 1 || tokens[k].block !== block || !DASHES.has(tokens[k].lc)) return null;
  // "Prices rose — by 5%, — said the bank": a comma before the closing dash closes a quotation, not a description
  if (tokens[close - 1].lc === ',') return null;
  const np = ctx.np.backward(k - 1);
  return np && ctx.np.valid(np) && !ctx.inQuote(tokens[np.a].s) ? np : null;
}
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

// A name set off after a described subject has at most this many tokens ("Dick Clark Productions").
const MAX_SET_OFF_NAME = 6;
// The words of a subject before its relative clause ("The company | that runs the AMAs").
const MAX_DESCRIBED_HEAD = 4;

/**
 * "The company that runs the AMAs, Dick Clark Productions, denies …", "La société qui organise les
 * AMA, Dick Clark Productions, dément …": a sentence that opens with a source noun and its relative
 * clause, then a capitalised name set off by commas right before the verb — the name is the subject
 * (the description before it is no name to list). `comma` is the comma before the verb.
 */
function nameAfterDescription(ctx: SourceContext, comma: number): NP | null {
  const { tokens, C } = ctx;
  const S = C.set;
  const block = tokens[comma].block;
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_SET_OFF_NAME + 1 && tokens[k].block === block && tokens[k].lc !== ',') {
    const t = tokens[k];
    if (!(t.t === T.Word && t.cap) && !(t.t === T.Punct && (t.lc === '&' || t.lc === '.')) && t.t !== T.Num) {
      // ("The author, de Miranda, said": a surname's particles open the name)
      const p = t.t === T.Word ? ctx.np.particlesBefore(k + 1) : k + 1;
      if (p > k || tokens[p - 1]?.lc !== ',') return null;
      k = p - 1;
      break;
    }
    k--;
  }
  if (k < 0 || tokens[k].lc !== ',' || tokens[k].block !== block || k === comma - 1 || !(tokens[k + 1].cap || ctx.np.nameAfterParticles(k + 1, comma) > k + 1)) return null;
  const name: NP = { a: k + 1, b: comma - 1 };
  const si = ctx.sentences.at(tokens[k].s);
  if (si < 0) return null;
  const st = tokenAt(tokens, ctx.sentences.starts[si]);
  // the head: a few words opening the sentence, one a source noun, up to a relative word (a comma may stand before it)
  let r = st;
  let noun = false;
  for (; r < k && r - st <= MAX_DESCRIBED_HEAD; r++) {
    const t = tokens[r];
    if (t.t === T.Word && r > st && !t.cap && (S.relative.has(t.lc) || (S.clause.has(t.lc) && !S.coordinators.has(t.lc)))) break;
    if (t.lc === ',' && tokens[r + 1]?.t === T.Word && S.relative.has(tokens[r + 1].lc)) continue;
    if (t.t !== T.Word || (t.cap && r > st && !C.capNouns)) return null;
    if (ctx.np.isNounish(t) && !S.docs.has(t.lc)) noun = true;
  }
  // "A trade journal, Aviation Week, reported": an article and common nouns alone, the name set off after them
  if (r === k && (S.determiners.has(tokens[st].lc) || S.possessives.has(tokens[st].lc)) && commonNouns(ctx, st + 1, k)) return ctx.np.valid(name) ? name : null;
  if (!noun || r >= k || r - st > MAX_DESCRIBED_HEAD) return null;
  // the relative clause runs to the name's comma without another comma
  for (let m = r + 1; m < k; m++) if (tokens[m].t === T.Punct && tokens[m].lc !== '.' && tokens[m].lc !== '’' && tokens[m].lc !== "'") return null;
  return ctx.np.valid(name) ? name : null;
}

/** Are tokens a..b-1 lower-case words that are no verbs or function words ("trade journal")? */
function commonNouns(ctx: SourceContext, a: number, b: number): boolean {
  const S = ctx.C.set;
  if (a >= b) return false;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.t !== T.Word || (t.cap && !ctx.C.capNouns) || S.stop.has(t.lc) || S.auxiliaries.has(t.lc) || ctx.C.cueKind.has(t.lc) || S.pronouns.has(t.lc) || S.time.has(t.lc)) return false;
  }
  return true;
}

/** Is a parenthesis opened, and not closed, between tokens a and b? */
function openParenBetween(ctx: SourceContext, a: number, b: number): boolean {
  let depth = 0;
  for (let k = a + 1; k < b; k++) {
    if (ctx.tokens[k].lc === '(') depth++;
    else if (ctx.tokens[k].lc === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

// A participle describing a document stands at most this many tokens before the verb ("released Tuesday", "obtained by CNN").
const MAX_DESCRIBED_TOKENS = 6;

/** The document before a participle that describes it ("A Gallup poll | released Tuesday | found"), or null. */
function documentBeforeParticiple(ctx: SourceContext, ti: number): NP | null {
  const { tokens, C } = ctx;
  // (the verb's auxiliaries are not counted: "documents leaked to the New York Times | have | unveiled")
  while (ti > 1 && C.set.auxiliaries.has(tokens[ti - 1].lc)) ti--;
  for (let k = ti - 1; k > 0 && ti - k <= MAX_DESCRIBED_TOKENS && tokens[k].t !== T.Punct && tokens[k].block === tokens[ti].block; k--) {
    if (!C.set.participles.has(tokens[k].lc)) continue;
    const np = ctx.np.backward(k - 1);
    const valid = !!np && np.b === k - 1 && ctx.np.valid(np);
    if (C.set.docs.has(tokens[k - 1].lc)) return valid ? np : null;
    // or a document heads the phrase with its author ("A report by Human Rights Watch | published on
    // Wednesday | documented": passage battery en-p34)
    if (valid && np && documentHead(ctx, np)) return np;
  }
  return null;
}

/** Does the phrase open with a document noun after its determiner ("A report by …", "the study from …")? */
function documentHead(ctx: SourceContext, np: NP): boolean {
  const { tokens, C } = ctx;
  let k = np.a;
  while (k < np.b && (C.set.determiners.has(tokens[k].lc) || (tokens[k].t === T.Word && !tokens[k].cap && !C.set.docs.has(tokens[k].lc) && !C.set.stop.has(tokens[k].lc)))) k++;
  return k < np.b && C.set.docs.has(tokens[k].lc) && C.set.stop.has(tokens[k + 1]?.lc ?? '');
}

// An occasion between a name and its verb runs at most this many tokens ("під час брифінгу в Києві").
const MAX_SETTING_TOKENS = 8;

/** The first token of an occasion phrase that runs up to the verb at ti without punctuation, or -1. */
function settingStart(ctx: SourceContext, ti: number): number {
  const { tokens } = ctx;
  for (let k = ti - 1; k > 0 && ti - k <= MAX_SETTING_TOKENS && tokens[k].t !== T.Punct && tokens[k].block === tokens[ti].block; k--) {
    if (ctx.C.setting.at(tokens, k) && tokens[k - 1]?.t === T.Word) return k;
  }
  return -1;
}

/**
 * "a career Army officer who described …", "the ministry, which said …", "a blog post that said …":
 * the phrase a relative pronoun right before the verb stands for. A word that is also a conjunction
 * ("that") is a relative pronoun here only right after a noun phrase, with no comma between.
 */
function relativeHead(ctx: SourceContext, ti: number): NP | null {
  const { tokens, C } = ctx;
  let k = ti - 1;
  while (k >= 0 && ctx.np.isAdverb(tokens[k])) k--;
  const rel = tokens[k];
  // a relative word that is also an article ("die") opens a verb-final clause: not this one
  if (!rel || rel.t !== T.Word || C.set.determiners.has(rel.lc)) return null;
  const nounRelative = C.set.nounRelative.has(rel.lc);
  if (!C.set.relative.has(rel.lc) && !(nounRelative && tokens[k - 1]?.t === T.Word)) return null;
  // "staffers who reported for duty", "who have reported using meth": a preposition or a gerund after the verb is no report
  const nx = tokens[ti + 1];
  const preposition = (C.set.stop.has(nx?.lc ?? '') || C.set.connectors.has(nx?.lc ?? '')) && !C.set.clause.has(nx.lc) && !C.set.determiners.has(nx.lc);
  if (nx && nx.t === T.Word && (preposition || C.participleEndings.some((e) => e === 'ing' && nx.lc.endsWith(e)))) return null;
  let j = k - 1;
  if (tokens[j]?.lc === ',') j--;
  const np = j >= 0 && tokens[j].block === rel.block ? ctx.np.backward(j) : null;
  // ("that" after a noun phrase: the phrase must end on a noun, not on a verb — "said that reported")
  if (np && nounRelative && !(tokens[np.b].cap || ctx.np.isNounish(tokens[np.b]))) return null;
  return np && ctx.np.valid(np) && !ctx.inQuote(tokens[np.a].s) ? ctx.np.apposed(np) : null;
}

/** A colon at k right before an opening quotation mark ('…: “'). */
function quoteAfterColon(ctx: SourceContext, k: number): boolean {
  const t = ctx.tokens[k];
  const q = ctx.tokens[k + 1];
  return t?.lc === ':' && !!q && OPEN_Q.has(q.lc) && q.block === t.block;
}

/** A dash inside a vote tally or score ("ruled 6-3 that"): between two numbers, glued to both. */
function tallyDash(ctx: SourceContext, k: number): boolean {
  const t = ctx.tokens[k];
  const pv = ctx.tokens[k - 1];
  const nx = ctx.tokens[k + 1];
  return /^[-–]$/.test(t.lc) && pv?.t === T.Num && nx?.t === T.Num && pv.e === t.s && nx.s === t.e;
}

/** Does the phrase follow a topic preposition that opens its sentence ("Об | этом «Интерфаксу»", "Про | це")? */
function topicObject(ctx: SourceContext, np: NP): boolean {
  const pv = ctx.tokens[np.a - 1];
  return !!pv && pv.t === T.Word && ctx.C.set.topicPreps.has(pv.lc) && ctx.np.sentenceInitial(np.a - 1);
}

/** The speaker right after the verb ("сообщили | в пресс-службе министерства"), or null. */
function speakerAfterVerb(ctx: SourceContext, after: number): NP | null {
  const np = ctx.np.forward(after, false);
  return np && ctx.np.valid(np) ? np : null;
}

/** The name after the verb (inverted), without a dative outlet told after it ("sagte ein Sprecher … der Deutschen Presse-Agentur"). */
function invertedSpeaker(ctx: SourceContext, cue: string, ti: number, after: number, ce: number): NP | null {
  const np = inverted(ctx, ti, after, ce);
  return np && withoutDativeOutlet(ctx, cue, np);
}

/** Inverted: ", said chief executive Tom Ridley", "Das teilte der Verbund mit", "заявив міністр …". */
function inverted(ctx: SourceContext, ti: number, after: number, ce: number): NP | null {
  const { tokens, np: reader, C } = ctx;
  let back = reader.backward(ti - 1);
  if (back && ctx.inQuote(tokens[back.a].s) && !ctx.inQuote(tokens[ti].s)) back = null;
  if (back && reader.valid(back)) return null;
  const backWords = back ? reader.words(back) : [];
  if (backWords.length === 1 && reader.isPersonal(backWords[0].lc)) return null;
  const prev = tokens[ti - 1];
  const first = !prev || prev.block !== tokens[ti].block;
  const afterPunct = first || prev.t === T.Punct;
  const S = C.set;
  const v2 =
    ctx.lex.verbSecond && !!prev && !S.clause.has(prev.lc) && (prev.t === T.Num || S.pronouns.has(prev.lc) || S.months.has(prev.lc) || !back || backWords.length <= 6);
  if (!afterPunct && !v2) return null;
  const fw = reader.forward(skipQuotedOutlet(ctx, skipTimeAfterVerb(ctx, after)), false);
  // '“…,” said the actor': after a quotation, a role with its article is the speaker
  const afterQuote = !!prev && (CLOSE_Q.has(prev.lc) || (prev.lc === ',' && CLOSE_Q.has(tokens[ti - 2]?.lc ?? '')));
  const roleAfterQuote = !!fw && afterQuote && S.determiners.has(tokens[fw.a].lc) && fw.b > fw.a;
  // without verb-second order (English), a sentence that opens with the verb is an imperative
  // ("Expect the senator to …", "Note the governor's silence"), unless a quotation just closed
  // ('Said one trader: “…”': the verb opening the sentence before its speaker and a colon that opens a quotation)
  // — a past tense, not an imperative ("Note the governor’s words: …"))
  const vlc = tokens[ti].lc;
  const past = (ctx.lex.pastMarkers ?? []).includes(vlc) || C.pastEndings.some((e) => vlc.endsWith(e));
  const quoteIntro = !ctx.lex.verbSecond && past && !!fw && reader.sentenceInitial(ti) && quoteAfterColon(ctx, fw.b + 1);
  if (!ctx.lex.verbSecond && !afterQuote && !quoteIntro && reader.sentenceInitial(ti)) return null;
  if (!fw || !(reader.valid(fw) || roleAfterQuote) || tokens[fw.a].s - ce >= MAX_INVERTED_GAP) return null;
  // "kritisierte aber die Zuverlässigkeit: …" names an object, not a speaker
  const next = tokens[fw.b + 1];
  if (next?.lc === ':' && !quoteIntro) return null;
  // without verb-second order, an inverted name closes its clause (", said Juan Perez." but not
  // "notes the CDC requirement that …"), or before a cue of citing ("повідомляє «Суспільне» | з посиланням на …")
  if (!ctx.lex.verbSecond && next && next.block === tokens[fw.b].block && next.t === T.Word && continuesClause(ctx, next) && !reader.connectorBeforeTime(fw.b + 1) && !opensWithPrepCue(ctx, fw.b + 1)) return null;
  return nameAfterRole(ctx, fw) ?? fw;
}

// A time between an inverted verb and its subject runs at most this many words ("a déclaré | jeudi soir | le ministre").
const MAX_INVERTED_TIME = 3;

/**
 * "…, a déclaré jeudi le ministre des Affaires étrangères", "…, sagte am Montag der Sprecher": a weekday
 * or a time word (with its modifiers and prepositions) between an inverted verb and its subject is
 * skipped when an article or a capitalised word follows it; the index of the subject's first token.
 */
function skipTimeAfterVerb(ctx: SourceContext, after: number): number {
  const { tokens, C } = ctx;
  const S = C.set;
  let k = after;
  let time = false;
  while (k < tokens.length && k - after < MAX_INVERTED_TIME && tokens[k].t === T.Word && tokens[k].block === tokens[after].block) {
    const w = tokens[k];
    if (S.weekdays.has(w.lc) || S.time.has(w.lc)) time = true;
    else if (!(S.timeModifiers.has(w.lc) || (S.stop.has(w.lc) && !S.determiners.has(w.lc) && !S.clause.has(w.lc)))) break;
    k++;
  }
  const nx = tokens[k];
  return time && nx && nx.t === T.Word && (S.determiners.has(nx.lc) || nx.cap) ? k : after;
}

// A quoted outlet's name after an inverted verb has at most this many tokens («Українській правді»).
const MAX_QUOTED_OUTLET = 6;

/**
 * "Як розповіла «Українській правді» джерело в уряді", "Как пояснили «Известиям» в пресс-службе":
 * a quoted name right after the verb, with more words after it, is the outlet spoken to (the told
 * pass lists it); the speaker comes after it.
 */
function skipQuotedOutlet(ctx: SourceContext, after: number): number {
  const { tokens } = ctx;
  const open = tokens[after];
  if (!open || !OPEN_Q.has(open.lc)) return after;
  for (let k = after + 1; k < tokens.length && k - after <= MAX_QUOTED_OUTLET; k++) {
    if (!CLOSE_Q.has(tokens[k].lc)) continue;
    const nx = tokens[k + 1];
    // ("повідомляє «Суспільне» з посиланням на …": before a cue of citing, the quoted name is the speaker)
    return k > after + 1 && tokens[after + 1].cap && nx?.t === T.Word && nx.block === open.block && !opensWithPrepCue(ctx, k + 1) ? k + 1 : after;
  }
  return after;
}

// How many tokens a role's qualifier may run before the comma that sets its name off.
const MAX_ROLE_TAIL = 10;

/** ", said another witness in the probe, former adviser Fiona Hill.": the name set off after a role that names no one. */
function nameAfterRole(ctx: SourceContext, role: NP): NP | null {
  const { tokens } = ctx;
  if (ctx.np.words(role).some((t) => t.cap)) return null;
  let k = role.b + 1;
  while (k < tokens.length && k - role.b <= MAX_ROLE_TAIL && tokens[k].t === T.Word && tokens[k].block === tokens[role.b].block) k++;
  if (tokens[k]?.lc !== ',' || tokens[k].block !== tokens[role.b].block) return null;
  const name = ctx.np.forward(k + 1, false);
  if (!name || !ctx.np.valid(name) || !ctx.np.words(name).some((t) => t.cap)) return null;
  const end = tokens[name.b + 1];
  return !end || end.block !== tokens[name.b].block || end.t === T.Punct ? name : null;
}
