// A reporting verb's past participle right after an object's noun, without an auxiliary, describes that noun (a
// reduced passive relative: "Apple cancelled its failed AirPower charging mat project first announced in 2017",
// "a annulé son projet annoncé en 2017"); nobody speaks in it. Kept apart from ./cues.ts so the rule reads on its own.
import { T } from '../text';
import { OPEN_Q } from './phrases';
import type { SourceContext } from './types';

// The described noun phrase runs at most this many words back from the participle to its determiner
// ("its | failed AirPower charging mat project").
const MAX_OBJECT_WORDS = 6;
// A content clause after the participle is looked for at most this many tokens on ("announced in 2017 that …").
const MAX_CLAUSE_LOOKAHEAD = 12;

/**
 * Is the cue at ti (a single word, its last token at after − 1) a participle describing the noun before it? Only when
 * that noun is the object of a verb or a preposition before it ("cancelled | its … project", "the cost of | the plan"),
 * it names no source ("the ministry announced on Monday" reports), and no clause, colon or quotation follows the
 * participle ("Apple cancelled the deal it announced in 2017 that …" is left to the other rules).
 */
export function reducedRelative(ctx: SourceContext, cue: string, ti: number, after: number): boolean {
  const { tokens, C } = ctx;
  const S = C.set;
  const lc = cue.toLowerCase();
  const ends = ctx.lex.reducedRelativeEndings;
  if (after !== ti + 1 || !ends.some((e) => lc.length > e.length + 2 && lc.endsWith(e))) return false;
  let k = ti - 1;
  while (k >= 0 && tokens[k].t === T.Word && ctx.np.isAdverb(tokens[k]) && !S.determiners.has(tokens[k].lc)) k--;
  const head = tokens[k];
  if (!head || head.t !== T.Word || head.block !== tokens[ti].block) return false;
  // the noun phrase back to its determiner: words only, none of them a source noun, a pronoun or an auxiliary
  let d = k;
  for (; d >= 0 && k - d < MAX_OBJECT_WORDS; d--) {
    const t = tokens[d];
    if (t.t !== T.Word || t.block !== head.block) return false;
    if (S.determiners.has(t.lc) || S.possessives.has(t.lc)) break;
    if (ctx.np.isNounish(t) || S.auxiliaries.has(t.lc) || S.passive.has(t.lc) || S.clause.has(t.lc) || S.relative.has(t.lc) || S.pronouns.has(t.lc) || S.personal.has(t.lc)) return false;
  }
  if (d < 1 || d === k || !(S.determiners.has(tokens[d].lc) || S.possessives.has(tokens[d].lc))) return false;
  // the phrase is an object: a past verb ("cancelled", "a annulé") or a preposition of topic ("of") right before it
  const gov = tokens[d - 1];
  if (gov.t !== T.Word || gov.block !== head.block || gov.cap) return false;
  if (!S.topicPreps.has(gov.lc) && !ends.some((e) => gov.lc.length > e.length + 2 && gov.lc.endsWith(e))) return false;
  // something follows the participle in its sentence ("announced in 2017"), and no clause is reported after it
  const nx = tokens[after];
  if (!nx || nx.t !== T.Word || nx.block !== head.block) return false;
  for (let j = after; j < tokens.length && j - after <= MAX_CLAUSE_LOOKAHEAD && tokens[j].block === head.block; j++) {
    const t = tokens[j];
    if (t.t === T.Punct) return !(t.lc === ':' || OPEN_Q.has(t.lc));
    if (S.clause.has(t.lc) && !S.coordinators.has(t.lc)) return false;
  }
  return true;
}
