// "Das sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur": after a told verb the speaker named
// after it may be followed by the outlet told, in the dative, whose article spells like a genitive's. After a
// genitive already read ("des Innenministeriums"), a phrase opened by an outlet's article (lexicon `outletArticles`)
// and headed by an outlet noun (`outletNouns`, or a compound ending in one: "Presse-Agentur") is the listener, no
// part of the speaker's name.
import { T } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The inverted speaker np after the told verb `cue`, without a dative outlet at its end. */
export function withoutDativeOutlet(ctx: SourceContext, cue: string, np: NP): NP {
  const articles = ctx.lex.outletArticles;
  if (!articles?.length || !ctx.lex.toldVerbs.includes(cue.toLowerCase())) return np;
  const { tokens, C } = ctx;
  const last = tokens[np.b];
  if (last.t !== T.Word || !C.outletNouns.some((n) => last.lc.endsWith(n))) return np;
  let genitive = false;
  for (let k = np.a + 1; k < np.b; k++) {
    const t = tokens[k];
    if (t.t !== T.Word) continue;
    if (genitive && articles.includes(t.lc)) return { a: np.a, b: k - 1 };
    if (C.set.connectors.has(t.lc) && C.set.determiners.has(t.lc)) genitive = true;
  }
  return np;
}
