// A plural noun naming people by what they do, as a reporting verb's subject ("Some advertisers claim
// that …", "things libertarians say they hate", "women programmers recall that …"). The phrase reader
// knows a common noun as a source only from the lexicon's source nouns ("analysts", "critics"); the
// open class of agent nouns ("advertisers", "programmers", "economists", "participants") is too large to
// list, yet its plural is recognisable by its ending (lexicon `agentNounEndings`). Read loosely such an
// ending also fits things ("numbers", "factors", "lists"), so the noun counts only as the subject of a
// verb of saying with its clause right after it — a thing seldom claims that something is so.
import { T } from '../text';
import type { NP } from './phrases';
import { clauseSoon as clauseAfterVerb } from './opening-subjects';
import type { SourceContext } from './types';
import { phraseAt } from './word-phrases';

// The stem before the ending has at least this many letters ("users": "us" + "ers"; not "ers" alone).
const MIN_STEM = 2;

/** The phrase `back` before the verb at token ti, read as its subject for its plural agent noun head, or null. */
export function agentSubject(ctx: SourceContext, back: NP, ti: number): NP | null {
  const { tokens, C } = ctx;
  const S = C.set;
  if (ctx.inQuote(tokens[back.a].s) || !agentNoun(ctx, tokens[back.b])) return null;
  // only auxiliaries and adverbs between the phrase and its verb ("advertisers | have long | claimed")
  for (let k = back.b + 1; k < ti; k++) if (!S.auxiliaries.has(tokens[k].lc) && !ctx.np.isAdverb(tokens[k])) return null;
  // a verb with other senses ("the numbers show signs …") does not make a thing speak
  if (S.weakVerbs.has(tokens[ti].lc)) return null;
  // nor one that things do as often as people ("Some numbers suggest that …": "-ers" fits "numbers" too)
  if (phraseAt(ctx, ctx.lex.agentThingVerbs, ti)) return null;
  if (!clauseSoon(ctx, ti)) return null;
  const np = { a: ownStart(ctx, back), b: back.b };
  // a phrase of the subject's words only, no verb in it
  if (ctx.np.words(np).some((w) => C.cueKind.get(w.lc) === 'verb')) return null;
  return np;
}

/**
 * Where the agent noun's own phrase starts inside `back`: its determiners, quantifiers ("some of the") and modifiers
 * ("women programmers"), not a plural noun before it whose relative clause it opens ("the kinds of things |
 * libertarians say …") nor what a preposition ties to it.
 */
function ownStart(ctx: SourceContext, back: NP): number {
  const { tokens, C } = ctx;
  const S = C.set;
  let a = back.b;
  for (let k = back.b - 1; k >= back.a; k--) {
    const w = tokens[k];
    if (w.t !== T.Word) break;
    const quantified = S.connectors.has(w.lc) && S.quantifiers.has(tokens[k - 1]?.lc ?? '') && k - 1 >= back.a;
    if (quantified) {
      a = k - 1;
      k--;
      continue;
    }
    if (S.determiners.has(w.lc) || S.quantifiers.has(w.lc) || S.possessives.has(w.lc)) {
      a = k;
      continue;
    }
    if (S.stop.has(w.lc) || (!w.cap && PLURAL_NOUN.test(w.lc) && !POSSESSIVE.test(w.lc))) break;
    a = k;
  }
  return a;
}

// A lower-case plural before the head ends its phrase ("things | libertarians"); a compound's modifier is singular.
const PLURAL_NOUN = /\p{L}{3,}s$/u;
const POSSESSIVE = /[’']s$|s[’']$/u;

/** Is token t a lower-case plural agent noun by its ending ("advertisers", "économistes", "жители")? */
function agentNoun(ctx: SourceContext, t: { t: T; lc: string; cap: boolean } | undefined): boolean {
  const endings = ctx.lex.agentNounEndings;
  if (!t || t.t !== T.Word || t.cap || ctx.C.set.stop.has(t.lc) || ctx.C.set.pronouns.has(t.lc) || ctx.np.isPersonal(t.lc)) return false;
  return endings.some((e) => t.lc.length >= e.length + MIN_STEM && t.lc.endsWith(e));
}

/**
 * "advertisers | claim that …": a verb form that may be a noun ("the claim") is a verb after a plural agent noun
 * when its content clause follows — the phrase reader, not knowing the noun, would read "claim" as its noun.
 */
export function verbAfterAgent(ctx: SourceContext, ti: number): boolean {
  return agentNoun(ctx, ctx.tokens[ti - 1]) && clauseSoon(ctx, ti);
}

/**
 * A content clause after the verb: a personal pronoun opening a clause without "that" ("say | they hate …"), or what
 * a sentence-opening subject's verb takes (opening-subjects.ts: a clause word or a colon within a few tokens).
 */
function clauseSoon(ctx: SourceContext, ti: number): boolean {
  const { tokens, C } = ctx;
  const nx = tokens[ti + 1];
  if (nx && nx.t === T.Word && C.set.personal.has(nx.lc) && tokens[ti + 2]?.t === T.Word) return true;
  return clauseAfterVerb(ctx, ti);
}

