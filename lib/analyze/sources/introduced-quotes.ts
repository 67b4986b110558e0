// Pass: a quotation standing alone after the sentence that introduces its speaker. "Charles Schultze,
// chairman of the Council of Economic Advisers in the Carter administration, once summed up the danger
// of deficits with a metaphor. “It’s not so much a question of the wolf at the door, but termites in
// the woodwork.”" — a sentence that is one quotation and nothing else, right after a sentence that
// opens with a person named as such (./people.ts: a title, or a description set off after the name)
// and names no other person, holds that person's words. Whoever else the sentence names (an
// organisation, a place) is no speaker; a second person makes the speaker unclear, and gives none.
import { T, tokenAt } from '../text';
import { candidate } from './candidate';
import { personAt } from './people';
import { OPEN_Q, type NP } from './phrases';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// What may follow a quotation's closing mark to its sentence's end ("”.", "”)").
const TRAILING = /^[\s.!?…)\]]*$/u;
// What may stand between a sentence's end and the closing mark of the quotation it opens.
const CLOSING_ONLY = /^[\s»”“"]*$/u;

export const introducedQuotes: SourcePass = {
  name: 'introduced-quotes',
  run(ctx, found) {
    const { starts } = ctx.sentences;
    for (let si = 1; si < starts.length; si++) {
      if (!wholeQuote(ctx, si)) continue;
      const np = speakerOpening(ctx, si - 1);
      if (np && !listed(ctx, np, found)) found.push(candidate(ctx, np, 'quote', undefined, starts[si - 1]));
    }
  },
};

/** Is sentence si one quotation, from its opening mark to its end? */
function wholeQuote(ctx: SourceContext, si: number): boolean {
  const { text, sentences } = ctx;
  const s = sentences.starts[si];
  if (!OPEN_Q.has(text[s])) return false;
  const q = ctx.inQuote(s + 1);
  if (!q || q[0] > s) return false;
  const e = sentences.ends[si];
  // ("« La peine est disproportionnée. »": the segmenter may leave the closing mark to a sentence of its own)
  return q[1] <= e ? TRAILING.test(text.slice(q[1], e)) : CLOSING_ONLY.test(text.slice(e, q[1]));
}

/** The sure person opening sentence si, when the sentence names no other person, or null. */
function speakerOpening(ctx: SourceContext, si: number): NP | null {
  const { tokens, sentences } = ctx;
  const st = tokenAt(tokens, sentences.starts[si]);
  const end = tokenAt(tokens, sentences.ends[si] - 1) + 1;
  const first = personAt(ctx, st, end);
  if (!first?.sure) return null;
  for (let k = first.np.b + 1; k < end; k++) {
    if (tokens[k].t !== T.Word) continue;
    const m = personAt(ctx, k, end);
    if (m && m.key !== first.key) return null;
    if (m) k = m.np.b;
  }
  return first.np;
}

/** Does a source found before overlap the phrase? */
function listed(ctx: SourceContext, np: NP, found: readonly SourceCandidate[]): boolean {
  const s = ctx.tokens[np.a].s;
  const e = ctx.tokens[np.b].e;
  return found.some((f) => f.start < e && s < f.end);
}
