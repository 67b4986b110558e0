// "The manager believed the waitress, who said that I started it": "believe" with a person as its object and no clause
// after means trusting that person; it reports nothing (lexicon `trustVerbs`). Kept apart from ./cues.ts so the rule
// reads on its own.
import { T } from '../text';
import type { SourceContext } from './types';

/**
 * Is the cue at ti followed by a person or a name (a source noun or a capitalised head) that ends its clause — a
 * comma, a full stop, a relative word — rather than opening a clause of its own ("believed the waitress was lying")?
 */
export function trustsPerson(ctx: SourceContext, cue: string, after: number): boolean {
  const { tokens, C } = ctx;
  if (!ctx.lex.trustVerbs.includes(cue.toLowerCase())) return false;
  const nx = tokens[after];
  if (!nx || nx.t !== T.Word || nx.block !== tokens[after - 1].block || C.set.clause.has(nx.lc)) return false;
  const np = ctx.np.forward(after, false, false);
  if (!np || np.a !== after) return false;
  const head = tokens[np.b];
  if (!(head.cap || ctx.np.isNounish(head))) return false;
  const end = tokens[np.b + 1];
  return !end || end.block !== head.block || /^[.,;!?]$/.test(end.lc) || C.set.relative.has(end.lc);
}
