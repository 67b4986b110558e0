// "Lexus Project Manager Fumihiko Hazama shared with AutoIndustriya.com that they have improved …", "Министр
// поделился с журналистами тем, что …": a cue of sharing (lexicon `sharedCues`) reports only the clause after its
// listener ("shared with his brother a love of jazz" reports nothing). Kept apart from ./cues.ts so the rule reads on its own.
import { T } from '../text';
import type { SourceContext } from './types';

// The listener runs at most this many tokens before the clause word ("with | the Filipino site AutoIndustriya.com | that").
const MAX_LISTENER_TOKENS = 8;
// Sentence punctuation: the listener never runs over it (a dot glued inside a domain name does not end it).
const SENTENCE_END = /^[.!?;:]$/;

/** Is the cue at `after − 1` one of sharing, and does a clause word follow its listener within the sentence? */
export function sharedClauseFollows(ctx: SourceContext, cue: string, after: number): boolean | null {
  const { tokens, C } = ctx;
  if (!ctx.lex.sharedCues.some((c) => c.toLowerCase() === cue.toLowerCase().replace(/\s+/g, ' '))) return null;
  const block = tokens[after - 1].block;
  for (let k = after + 1; k < tokens.length && k - after <= MAX_LISTENER_TOKENS && tokens[k].block === block; k++) {
    const t = tokens[k];
    const glued = t.lc === '.' && tokens[k + 1]?.s === t.e && tokens[k - 1]?.e === t.s;
    if (t.t === T.Punct && SENTENCE_END.test(t.lc) && !glued) return false;
    if (t.t === T.Word && C.set.clause.has(t.lc) && !C.set.coordinators.has(t.lc)) return true;
  }
  return false;
}
