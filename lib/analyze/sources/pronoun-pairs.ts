// "He and his wife Kali explained on an episode of their podcast …": a subject pronoun joined to a named subject by
// "and" (lexicon `pairWords`) is one subject with it; the source is the pair, as the gold labels coordinated
// subjects whole ("Paganini and his team", "Hamilton and Gille"). A pronoun alone stays no source, and so does a
// pronoun whose partner names no one ("She and her husband told CNN": the source is "her husband", as before).
import { T } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The phrase np with a pronoun and a pair word before it, when the pronoun opens its clause; else np itself. */
export function withPronounPartner(ctx: SourceContext, np: NP): NP {
  const { tokens } = ctx;
  np = partnerOnly(ctx, np);
  const and = tokens[np.a - 1];
  const pro = tokens[np.a - 2];
  if (!and || !pro || and.t !== T.Word || pro.t !== T.Word || pro.block !== tokens[np.a].block || and.block !== pro.block) return np;
  if (!ctx.lex.pairWords.includes(and.lc)) return np;
  const L = ctx.lex;
  if (!L.speakerPronouns.includes(pro.lc) && !L.pluralPronouns.includes(pro.lc)) return np;
  // the pronoun opens its clause: the block's start, a punctuation mark or a clause word before it
  const pv = tokens[np.a - 3];
  const opens = !pv || pv.block !== pro.block || pv.t === T.Punct || ctx.C.set.clause.has(pv.lc);
  return opens && namesSomeone(ctx, np) ? { a: np.a - 2, b: np.b } : np;
}

/**
 * Does the phrase hold a proper name ("his wife Kali", "seine Frau Kali")? A capitalised word that is no function
 * word or title; where all nouns are capitalised (German) also no source noun ("seine Kollegen").
 */
function namesSomeone(ctx: SourceContext, np: NP): boolean {
  const S = ctx.C.set;
  for (let k = np.a; k <= np.b; k++) {
    const t = ctx.tokens[k];
    if (t.t !== T.Word || !t.cap || S.stop.has(t.lc) || S.determiners.has(t.lc) || S.possessives.has(t.lc) || S.titles.has(t.lc) || ctx.np.isPersonal(t.lc)) continue;
    if (ctx.C.capNouns && ctx.np.isNounish(t)) continue;
    return true;
  }
  return false;
}

/**
 * "Then they and the ministry said", "They and the ministry said": a phrase read back that opens with the pair word
 * (the pronoun before it stopped the reading) or with a pronoun and the pair word is the partner alone; the pair is
 * joined again by withPronounPartner only when the partner names someone.
 */
function partnerOnly(ctx: SourceContext, np: NP): NP {
  const { tokens } = ctx;
  const L = ctx.lex;
  const isPair = (k: number) => tokens[k]?.t === T.Word && L.pairWords.includes(tokens[k].lc);
  const isPronoun = (k: number) => tokens[k]?.t === T.Word && (L.speakerPronouns.includes(tokens[k].lc) || L.pluralPronouns.includes(tokens[k].lc));
  if (np.b > np.a && isPair(np.a) && isPronoun(np.a - 1)) return { a: np.a + 1, b: np.b };
  if (np.b > np.a + 1 && isPronoun(np.a) && isPair(np.a + 1)) return { a: np.a + 2, b: np.b };
  return np;
}
