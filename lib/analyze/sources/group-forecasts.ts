// Pass: a forecasters' estimate. "Analysts had expected $2.52 a share", "Wall Street analysts
// surveyed by Refinitiv were expecting revenue of $27.5 billion", "les analystes tablaient sur une
// hausse": the market's consensus is the origin of the figure the article compares with, and
// business news cites it in nearly every results story. "Expected" is no reporting verb by itself
// ("the law is expected to pass"): it reports here only after a group of forecasters (lexicon
// groupForecasts), whose poll is kept with it as its qualifier ("surveyed by Refinitiv").
import { T } from '../text';
import { candidate } from './candidate';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

// A poll between the group and its verb runs at most this many tokens ("polled by | Dow Jones Newswires").
const MAX_POLL_TOKENS = 6;

export const groupForecasts: SourcePass = {
  name: 'group-forecasts',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    if (!C.forecast) return;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].t !== T.Word) continue;
      const len = C.forecast.at(tokens, i);
      if (!len || ctx.inQuote(tokens[i].s)) continue;
      const np = forecasters(ctx, i);
      if (np) found.push(candidate(ctx, np, 'attribution', text.slice(tokens[i].s, tokens[i + len - 1].e), tokens[i].s));
      i += len - 1;
    }
  },
};

/** The group of forecasters right before the verb at i, with the poll that asked them, or null. */
function forecasters(ctx: SourceContext, i: number): NP | null {
  const { tokens, C } = ctx;
  const poll = pollBefore(ctx, i);
  const head = poll >= 0 ? poll - 1 : i - 1;
  const t = tokens[head];
  if (!t || t.t !== T.Word || t.block !== tokens[i].block || !C.set.forecasters.has(t.lc)) return null;
  const np = ctx.np.backward(head);
  if (!np || np.b !== head || !ctx.np.valid(np) || ctx.inQuote(tokens[np.a].s)) return null;
  return poll >= 0 ? { a: np.a, b: i - 1 } : np;
}

/** "polled by Reuters", "surveyed by Refinitiv" ending right before the verb at i: the participle's index, or -1. */
function pollBefore(ctx: SourceContext, i: number): number {
  const { tokens, C } = ctx;
  for (let k = i - 1; k > 0 && i - k <= MAX_POLL_TOKENS; k--) {
    if (tokens[k].t !== T.Word || tokens[k].block !== tokens[i].block) return -1;
    if (!C.set.polled.has(tokens[k].lc)) continue;
    // the agent: a preposition of agency, then a name that runs up to the verb
    if (!C.set.agent.has(tokens[k + 1]?.lc ?? '')) return -1;
    for (let j = k + 2; j < i; j++) if (!tokens[j].cap) return -1;
    return k + 2 < i ? k : -1;
  }
  return -1;
}
