// "Aus Regierungskreisen hieß es, eine Einigung sei nahe": an impersonal cue (lexicon `frontedOriginCues`) has no
// subject; the origin fronted before it with an origin preposition ("aus", lexicon `originPreps`) is who spoke.
import { tokenAt } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The phrase after a sentence-opening origin preposition that reaches up to the impersonal cue at ti; else null. */
export function frontedOrigin(ctx: SourceContext, cue: string, ti: number): NP | null {
  if (!ctx.lex.frontedOriginCues.includes(cue.toLowerCase())) return null;
  const { tokens, C } = ctx;
  const si = ctx.sentences.at(tokens[ti].s);
  if (si < 0) return null;
  const st = tokenAt(tokens, ctx.sentences.starts[si]);
  if (st < 0 || st + 1 >= ti || !C.originPreps.has(tokens[st].lc)) return null;
  const np = ctx.np.forward(st + 1, false);
  return np && np.b === ti - 1 && ctx.np.valid(np) ? np : null;
}
