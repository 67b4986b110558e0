// A reporting verb in the infinitive after a verb or predicate that makes its subject speak ("went on
// to say that", "was quick to point out that", "helped to show that", "beeilte sich zu betonen, dass"):
// the speaker is the subject of that verb (lexicon `controlVerbs`, before an infinitive's marker,
// `infinitiveMarkers`). Only verbs whose report took place are listed: "declined to say", "plans to
// announce" and "was expected to report" report nothing.
import { T } from '../text';
import { CLOSE_Q, OPEN_Q } from './phrases';
import type { SourceContext } from './types';

// Auxiliaries and adverbs read back over before a control verb ("would later go on to say", "has been able to show").
const MAX_BEFORE_CONTROL = 3;

/**
 * The token a control verb's subject ends before, for the reporting verb at ti ("Jones | went on to say
 * that"), or -1. The reporting verb must open its report: a clause word, a colon or a quotation follows it.
 */
export function controlStart(ctx: SourceContext, ti: number, after: number): number {
  const { tokens, lex, C } = ctx;
  const to = tokens[ti - 1];
  if (!to || to.t !== T.Word || !lex.infinitiveMarkers.includes(to.lc) || !C.control.length) return -1;
  let nx = tokens[after];
  if (nx?.lc === ',') nx = tokens[after + 1];
  if (!nx || nx.block !== to.block || !(C.set.clause.has(nx.lc) || nx.lc === ':' || OPEN_Q.has(nx.lc) || CLOSE_Q.has(nx.lc))) return -1;
  const v = controlEndingAt(ctx, ti - 2);
  if (v < 0) return -1;
  let k = v;
  for (let n = 0; n < MAX_BEFORE_CONTROL && k > 0 && isAuxiliary(ctx, k - 1); n++) k--;
  return k;
}

/** The first token of a control verb ending at token `end` (longest first), or -1. */
function controlEndingAt(ctx: SourceContext, end: number): number {
  const { tokens } = ctx;
  outer: for (const words of ctx.C.control) {
    const a = end - words.length + 1;
    if (a < 0) continue;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[a + k];
      if (t.t !== T.Word || t.lc !== words[k] || t.block !== tokens[end].block) continue outer;
    }
    return a;
  }
  return -1;
}

/** An auxiliary or an adverb before a control verb ("has been able", "would later go on"). */
function isAuxiliary(ctx: SourceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t.t === T.Word && !t.cap && (ctx.C.set.auxiliaries.has(t.lc) || ctx.np.isAdverb(t));
}
