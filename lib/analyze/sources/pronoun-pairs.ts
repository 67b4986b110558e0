// "He and his wife Kali explained on an episode of their podcast …": a subject pronoun joined to a named subject by
// "and" (lexicon `pairWords`) is one subject with it; the source is the pair, as the gold labels coordinated
// subjects whole ("Paganini and his team", "Hamilton and Gille"). A pronoun alone stays no source.
import { T } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The phrase np with a pronoun and a pair word before it, when the pronoun opens its clause; else np itself. */
export function withPronounPartner(ctx: SourceContext, np: NP): NP {
  const { tokens } = ctx;
  const and = tokens[np.a - 1];
  const pro = tokens[np.a - 2];
  if (!and || !pro || and.t !== T.Word || pro.t !== T.Word || pro.block !== tokens[np.a].block || and.block !== pro.block) return np;
  if (!ctx.lex.pairWords.includes(and.lc)) return np;
  const L = ctx.lex;
  if (!L.speakerPronouns.includes(pro.lc) && !L.pluralPronouns.includes(pro.lc)) return np;
  // the pronoun opens its clause: the block's start, a punctuation mark or a clause word before it
  const pv = tokens[np.a - 3];
  const opens = !pv || pv.block !== pro.block || pv.t === T.Punct || ctx.C.set.clause.has(pv.lc);
  return opens ? { a: np.a - 2, b: np.b } : np;
}
