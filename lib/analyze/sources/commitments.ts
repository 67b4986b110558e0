// Two frames that make a verb with other senses report (used by ./cues.ts):
// - a pledge: a verb of committing (lexicon `commitmentVerbs`) with its infinitive ("Twitter pledged to take
//   action", "Die Regierung versprach, die Steuern zu senken", "a promis de punir", "пообещал наказать") announces
//   what an institution or a country will do — its policy, stated. A person's promise to act stays an act ("Andy
//   Beshear promised to protect Medicaid": a campaign pledge); "pledged $5 million to the fund" gives money;
// - an accusation: a verb of charging (lexicon `chargeVerbs`) with someone and the charge's preposition
//   (`chargePreps`: "charged Assange with espionage", "предъявила обвинение в"); "charged the phone with a
//   cable", "charged $5" are acts.
import { T, type Token } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

// In a language whose infinitive closes its clause ("versprach, die Steuern bis 2030 deutlich zu senken"), its marker
// is looked for at most this many tokens after the verb.
const MAX_FINAL_INFINITIVE = 10;
// The charged one stands at most this many tokens between the verb and the charge's preposition ("charged the
// former Nissan chairman Carlos Ghosn with").
const MAX_CHARGED_OBJECT = 6;

/** Does an infinitive follow the commitment verb (cue ending before token `after`) of a subject np that is no person? */
export function commitsTo(ctx: SourceContext, cue: string, np: NP, after: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.commitmentVerbs.includes(cue.toLowerCase()) || personNamed(ctx, np)) return false;
  let k = after;
  if (tokens[k]?.lc === ',') k++;
  const first = tokens[k];
  if (!first || first.block !== tokens[after - 1].block) return false;
  // "pledged to take", "a promis de punir" (the marker is part of the cue), "пообещал наказать": right after the verb
  if (lex.infinitiveMarkers.includes(first.lc) && bareVerb(ctx, tokens[k + 1])) return true;
  if (bareVerb(ctx, first) && lex.infinitiveEndings.some((e) => first.lc.length > e.length + 1 && first.lc.endsWith(e))) return true;
  if (!lex.verbSecond) return false;
  // "versprach, die Steuern zu senken": the infinitive with its marker closes the clause
  // ("versprach der Minister, die Steuern zu senken": a comma may part the subject from the infinitive's clause)
  for (let j = k; j < tokens.length && j - k < MAX_FINAL_INFINITIVE && (tokens[j].t === T.Word || tokens[j].lc === ',') && tokens[j].block === first.block; j++) {
    if (lex.infinitiveMarkers.includes(tokens[j].lc) && bareVerb(ctx, tokens[j + 1])) return true;
  }
  return false;
}

/**
 * Is the phrase a person's name: a title in it ("Prime Minister Benjamin Netanyahu", lexicon `personTitles`), or two
 * or more capitalised words at its end whose last is no source noun ("Andy Beshear"; not "the US Justice Department",
 * "Twitter", "Israel")?
 */
function personNamed(ctx: SourceContext, np: NP): boolean {
  const words = ctx.np.words(np);
  const titles = ctx.lex.personTitles ?? [];
  if (words.some((t) => titles.includes(t.lc.replace(/\.$/, '')))) return true;
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  return !!last && !!before && last.cap && before.cap && !ctx.np.isNounish(last) && !ctx.C.capNouns;
}

/** A lower-case word that is no article, possessive or stop word: the infinitive itself ("to | take", not "to | the fund"). */
function bareVerb(ctx: SourceContext, t: Token | undefined): boolean {
  const S = ctx.C.set;
  return !!t && t.t === T.Word && !t.cap && !S.determiners.has(t.lc) && !S.possessives.has(t.lc) && !S.stop.has(t.lc);
}

/**
 * Is the cue a verb of charging without its frame? It reports only with the charge's preposition soon after it, and
 * with someone charged between the two: a name, a person's noun or an object pronoun ("charged Assange with",
 * "charged the suspect with", "charged him with"); a cue that holds the charge's noun ("предъявила обвинение") needs
 * no one between.
 */
export function chargeWithoutFrame(ctx: SourceContext, cue: string, after: number): boolean {
  const { tokens, lex, C } = ctx;
  if (!lex.chargeVerbs.includes(cue.toLowerCase())) return false;
  let someone = cue.includes(' ');
  for (let k = after; k < tokens.length && k - after <= MAX_CHARGED_OBJECT && tokens[k].t === T.Word; k++) {
    const t = tokens[k];
    if (lex.chargePreps.includes(t.lc)) return !someone;
    if (t.cap || ctx.np.isNounish(t) || C.set.anonymous.has(t.lc) || lex.objectPronouns.includes(t.lc)) someone = true;
  }
  return true;
}
