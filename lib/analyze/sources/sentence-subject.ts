// The subject a sentence opens with, for a verb that does not stand next to it: a participle
// clause ("…, saying …") or a second verb after a coordinator ("Vietnam is one of … and has accused
// Beijing …"). The name read forward ends at the first lower-case word after its head that is no
// source noun, since a verb is not told by its form in every language ("Mr. Trump | continues",
// "Суд | отклонил"); a quotation, a pronoun, an opening adverb or preposition ("Shortly after, …",
// "On Tuesday, …") and a dateline ("WASHINGTON – …") name no subject here.
import { T, tokenAt } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The subject opening sentence si, ending before token `before`, or null. */
export function sentenceSubject(ctx: SourceContext, si: number, before: number): NP | null {
  const { tokens } = ctx;
  const st = tokenAt(tokens, ctx.sentences.starts[si]);
  const first = tokens[st];
  if (!first || first.t !== T.Word || first.block !== tokens[before]?.block || ctx.inQuote(first.s)) return null;
  const np = mainSubject(ctx, st);
  return np && np.b < before && ctx.np.valid(np) && !ctx.np.isPersonal(tokens[np.a].lc) ? np : null;
}

/** The phrase opening the sentence at token st, past a fronted time ("Last week State Department official …"). */
function mainSubject(ctx: SourceContext, st: number): NP | null {
  const { tokens, C } = ctx;
  let a = st;
  if (C.set.timeModifiers.has(tokens[a].lc) && C.set.time.has(tokens[a + 1]?.lc ?? '')) a += 2;
  else if (C.set.stop.has(tokens[a].lc) || openingAdverb(ctx, a)) return null;
  const np = ctx.np.forward(a, false);
  if (!np) return null;
  let seenHead = false;
  for (let k = np.a; k <= np.b; k++) {
    const w = tokens[k];
    if (w.t !== T.Word || C.set.determiners.has(w.lc) || C.set.connectors.has(w.lc)) continue;
    const verb = !w.cap && C.cueKind.get(w.lc) === 'verb';
    if (seenHead && !w.cap && (verb || !ctx.np.isNounish(w))) return { a: np.a, b: k - 1 };
    seenHead = true;
  }
  return /^[-–—]$/.test(tokens[np.b + 1]?.lc ?? '') ? null : np;
}

/** "Shortly after, …", "Separately, …": a capitalised adverb that opens the sentence, before a stop word or a comma. */
function openingAdverb(ctx: SourceContext, a: number): boolean {
  const { tokens, C } = ctx;
  const t = tokens[a];
  const nx = tokens[a + 1];
  const adverb = !C.set.adverbExceptions.has(t.lc) && C.adverbEndings.some((e) => t.lc.length > e.length + 2 && t.lc.endsWith(e));
  return adverb && (!nx || nx.t === T.Punct || C.set.stop.has(nx.lc));
}
