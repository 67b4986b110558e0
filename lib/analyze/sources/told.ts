// Pass: "X told Reuters" — the outlet a source spoke to is a source too (a capitalised name right
// after a "told" verb that is not a listener such as "reporters").
import { T } from '../text';
import { candidate } from './candidate';
import type { SourcePass } from './types';

export const told: SourcePass = {
  name: 'told',
  run(ctx, found) {
    const { tokens, C } = ctx;
    if (!C.told.size) return;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || !C.told.has(t.lc) || ctx.inQuote(t.s)) continue;
      const after = i + 1;
      if (!tokens[after].cap || ctx.np.audienceAt(after)) continue;
      // the outlet's name: capitalised words (and the dots of "Polygraph.info"), nothing after them
      let b = after;
      while (b + 1 < tokens.length && tokens[b + 1].t === T.Word && tokens[b + 1].cap && tokens[b + 1].block === t.block) b++;
      const np = { a: after, b };
      if (ctx.np.valid(np)) found.push(candidate(ctx, np, 'attribution', ctx.text.slice(t.s, t.e), t.s));
    }
  },
};
