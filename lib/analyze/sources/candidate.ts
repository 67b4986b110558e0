// Making a source candidate from a token run, and the test that turns an attribution into a quote
// source (a quotation right before or after the name or its cue, in the same sentence).
import type { SourceKind } from '../types';
import type { NP } from './phrases';
import type { SourceCandidate, SourceContext } from './types';

export function candidate(ctx: SourceContext, np: NP, kind: SourceKind, cue: string | undefined, cueStart: number): SourceCandidate {
  const start = ctx.tokens[np.a].s;
  const end = ctx.tokens[np.b].e;
  return { start, end, text: ctx.text.slice(start, end), kind, name: '', cue, sentence: ctx.sentences.at(cueStart) };
}

/** A quotation in the same sentence, ending just before or starting just after [a, b). */
export function quoteNear(ctx: SourceContext, a: number, b: number): boolean {
  const { text } = ctx;
  const si = ctx.sentences.at(a);
  const s0 = si >= 0 ? ctx.sentences.starts[si] : 0;
  const before = text.slice(Math.max(s0, a - 4), a);
  const after = text.slice(b, b + 60);
  return /[”»“"][\s,.—–-]*$/u.test(before) || /^[\s\u00a0]*[:,]?[\s\u00a0]*[“«„"]/u.test(after) || /[”»"][,.]?\s*[—–-]\s*$/u.test(text.slice(Math.max(s0, a - 6), a));
}
