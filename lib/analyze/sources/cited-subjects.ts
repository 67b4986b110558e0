// "Агентство Bloomberg со ссылкой на источники сообщило, что …", "Reuters, citing sources, reported": a
// prepositional cue of citing between a subject and its verb names whom the subject cites; the verb's own subject is
// the phrase before that cue (the cited phrase is found by the cue itself).
import { T } from '../text';
import { normCue } from './compile';
import type { NP } from './phrases';
import type { SourceContext } from './types';

// The cited phrase is read back at most this many tokens from the verb, and the cue before it is at most this long.
const MAX_CITED_TOKENS = 8;
const MAX_CUE_TOKENS = 4;

/** The subject before a prepositional cue whose phrase ends right before the verb at ti; else null. */
export function citedSubject(ctx: SourceContext, ti: number): NP | null {
  const { tokens, C, np: reader } = ctx;
  const cited = reader.backward(ti - 1);
  if (!cited || cited.b !== ti - 1 || ti - cited.a > MAX_CITED_TOKENS) return null;
  for (let k = cited.a - 1; k >= 0 && cited.a - k <= MAX_CUE_TOKENS; k--) {
    const t = tokens[k];
    if (t.t !== T.Word || t.block !== tokens[ti].block) return null;
    const len = C.cue.at(tokens, k);
    if (!len || k + len !== cited.a) continue;
    if (C.cueKind.get(normCue(ctx.text.slice(t.s, tokens[k + len - 1].e))) !== 'prep') return null;
    const np = reader.backward(k - 1);
    return np && np.b === k - 1 && reader.valid(np) ? np : null;
  }
  return null;
}
