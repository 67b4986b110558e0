// "Aus Regierungskreisen hieß es, eine Einigung sei nahe": an impersonal cue (lexicon `frontedOriginCues`) has no
// subject; the origin fronted before it with an origin preposition ("aus", lexicon `originPreps`) is who spoke.
// "In einer Erklärung der Gewerkschaft hieß es, …": fronted with a preposition of where a text appeared
// (`publicationPreps`: "in", "im"), the origin is a document — the phrase must be headed by a document noun,
// since "In Berlin hieß es" and "Im Oktober hieß es" name a place and a time.
import { T, tokenAt } from '../text';
import { isDocWord } from './compile';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The phrase after a sentence-opening origin preposition that reaches up to the impersonal cue at ti; else null. */
export function frontedOrigin(ctx: SourceContext, cue: string, ti: number): NP | null {
  if (!ctx.lex.frontedOriginCues.includes(cue.toLowerCase())) return null;
  const { tokens, C } = ctx;
  const si = ctx.sentences.at(tokens[ti].s);
  if (si < 0) return null;
  const st = tokenAt(tokens, ctx.sentences.starts[si]);
  if (st < 0 || st + 1 >= ti) return null;
  const origin = C.originPreps.has(tokens[st].lc);
  if (!origin && !C.set.publicationPreps.has(tokens[st].lc)) return null;
  const np = ctx.np.forward(st + 1, false);
  if (!np || np.b !== ti - 1 || !ctx.np.valid(np)) return null;
  return origin || docHeaded(ctx, np) ? np : null;
}

/** Is the phrase's first word after its determiners a document noun ("einer Erklärung der Gewerkschaft")? */
function docHeaded(ctx: SourceContext, np: NP): boolean {
  const { tokens, C } = ctx;
  for (let k = np.a; k <= np.b; k++) {
    const t = tokens[k];
    if (t.t !== T.Word || C.set.determiners.has(t.lc)) continue;
    return isDocWord(C, t.lc);
  }
  return false;
}
