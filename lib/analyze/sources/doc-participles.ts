// Pass: a document with a reporting participle. "with macroeconomic data pointing to a slowdown",
// "has cited a study showing Indiana last", "une étude montrant que …": the document right before
// the participle (lexicon `docParticiples`) is the origin of the claim that follows, with no verb of
// its own to find it by.
import { T } from '../text';
import { candidate } from './candidate';
import type { SourcePass } from './types';

export const docParticiples: SourcePass = {
  name: 'doc-participles',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    if (!C.docParticiple) return;
    const taken = new Set(found.map((f) => f.end));
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const pv = tokens[i - 1];
      if (t.t !== T.Word || pv.t !== T.Word || pv.block !== t.block || !C.set.docs.has(pv.lc)) continue;
      const len = C.docParticiple.at(tokens, i);
      if (!len || ctx.inQuote(t.s)) continue;
      const np = ctx.np.backward(i - 1);
      if (!np || np.b !== i - 1 || !ctx.np.valid(np) || taken.has(tokens[np.b].e)) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(t.s, tokens[i + len - 1].e), t.s));
      i += len - 1;
    }
  },
};
