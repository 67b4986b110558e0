// Pass: quote lead-ins. "Pour Marie Dupuis, présidente …, « … »": a sentence-initial lead-in
// (lexicon `quoteLeadIns`) names the speaker of a quotation in the same sentence.
import { tokenAt } from '../text';
import { candidate } from './candidate';
import type { SourcePass } from './types';

// How far after the lead-in the quotation may open.
const MAX_QUOTE_GAP = 300;

export const leadIns: SourcePass = {
  name: 'lead-ins',
  run(ctx, found) {
    const { text, tokens, C } = ctx;
    if (!C.leadIn) return;
    C.leadIn.lastIndex = 0;
    for (let m = C.leadIn.exec(text); m; m = C.leadIn.exec(text)) {
      const end = m.index + m[0].length;
      const window = text.slice(end, end + MAX_QUOTE_GAP);
      const sentEnd = window.search(/[.!?](?:\s|$)/);
      const rest = sentEnd < 0 ? window : window.slice(0, sentEnd);
      if (!/[«“„"]/.test(rest)) continue;
      const np = ctx.np.forward(tokenAt(tokens, end), false);
      if (np && ctx.np.valid(np) && tokens[np.a].cap) found.push(candidate(ctx, np, 'quote', m[0].trim(), m.index));
    }
  },
};
