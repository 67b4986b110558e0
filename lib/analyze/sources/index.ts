// Sources: who a claim is attributed to. The work is split into named passes, one file each, run
// in the order of SOURCE_PASSES over one shared context; each pass adds candidates (or edits the
// ones before it). The result is sorted and made non-overlapping (first and longest wins).
// Every word a pass looks for comes from the language's lexicon (./../lexicons).
import type { AnalysisContext } from '../context';
import type { SourceSpan } from '../types';
import { asIdioms } from './as-idioms';
import { claimClauses } from './claim-clauses';
import { claimLinks } from './claim-links';
import { compileSources } from './compile';
import { creditLabelModifiers } from './credit-label-modifiers';
import { creditLines } from './credit-lines';
import { credits } from './credits';
import { furnitureLines } from './furniture-lines';
import { cueLinks } from './cue-links';
import { cues } from './cues';
import { datelines } from './datelines';
import { docAgents } from './doc-agents';
import { docParticiples } from './doc-participles';
import { fromNouns } from './from-nouns';
import { groupNames } from './group-names';
import { introducedQuotes } from './introduced-quotes';
import { invertedPronouns } from './inverted-pronouns';
import { leadIns } from './lead-ins';
import { ledGroups } from './led-groups';
import { links } from './links';
import { nestedCues } from './nested-cues';
import { participleClauses } from './participle-clauses';
import { passiveAgents } from './passive-agents';
import { PhraseReader } from './phrases';
import { publishedIn } from './published-in';
import { quoteVerbs } from './quote-verbs';
import { relativeJudges } from './relative-judges';
import { subjectEdges } from './subject-edges';
import { told } from './told';
import { toldSplits } from './told-splits';
import { verbTails } from './verb-tails';
import { citingSubjects } from './citing-subjects';
import { citedObjects } from './cited-objects';
import { withParticiples } from './with-participles';
import { groupForecasts } from './group-forecasts';
import { contentObjects } from './content-objects';
import { tweetSignatures } from './tweet-signatures';
import { viaOutlets } from './via-outlets';
import { wholeNames } from './whole-names';
import { wordingPossessives } from './wording-possessives';
import { namingAgents } from './naming-agents';
import { ownAccounts } from './own-accounts';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

export type { SourcePass, SourceCandidate, SourceContext } from './types';

/** Every source pass, in the order they run. */
export const SOURCE_PASSES: readonly SourcePass[] = [credits, creditLabelModifiers, creditLines, furnitureLines, datelines, tweetSignatures, cues, groupForecasts, contentObjects, relativeJudges, participleClauses, withParticiples, asIdioms, docParticiples, docAgents, passiveAgents, fromNouns, claimClauses, wordingPossessives, namingAgents, publishedIn, told, viaOutlets, leadIns, quoteVerbs, ledGroups, wholeNames, introducedQuotes, invertedPronouns, nestedCues, links, cueLinks, claimLinks, toldSplits, citingSubjects, citedObjects, ownAccounts, verbTails, subjectEdges, groupNames];

/** Run the source passes (all, or only those named) and return sorted, non-overlapping spans. */
export function findSources(base: AnalysisContext, only?: readonly string[]): SourceSpan[] {
  if (!base.sourcesKnown) return [];
  const C = compileSources(base.lang, base.lex);
  const ctx: SourceContext = { ...base, C, np: new PhraseReader(base, C) };
  const found: SourceCandidate[] = [];
  for (const pass of SOURCE_PASSES) if (!only || only.includes(pass.name)) pass.run(ctx, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SourceSpan[] = [];
  let lastEnd = -1;
  for (const s of found) {
    if (s.start < lastEnd) continue;
    const { sentence: _s, ...span } = s;
    if (!span.cue) delete span.cue;
    if (!span.href) delete span.href;
    out.push(span);
    lastEnd = s.end;
  }
  return out;
}
