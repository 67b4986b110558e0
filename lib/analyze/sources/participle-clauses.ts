// Pass: reporting participle clauses. "The commission is frustrated with the companies, saying they
// failed to share information", "Суд отклонил иск, пояснив, что …": a reporting participle after a
// comma reports for the subject of the main clause — the sentence's first phrase, when it names
// someone (a pronoun, a quotation or a fronted adverbial names no one here).
import { T } from '../text';
import { candidate } from './candidate';
import { sentenceSubject } from './sentence-subject';
import type { SourcePass } from './types';

export const participleClauses: SourcePass = {
  name: 'participle-clauses',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    // a sentence whose main clause already has its source ("X said …, adding …") needs none
    const attributed = new Set(found.map((f) => f.sentence));
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || tokens[i - 1].lc !== ',' || tokens[i - 1].block !== t.block) continue;
      const len = C.participle.at(tokens, i);
      if (!len || ctx.inQuote(t.s)) continue;
      // "…, adding to losses": a preposition after it makes the participle no speech ("that" does)
      const nx = tokens[i + len];
      if (nx && nx.t === T.Word && C.set.stop.has(nx.lc) && !C.set.clause.has(nx.lc)) continue;
      const si = ctx.sentences.at(t.s);
      if (si < 0 || attributed.has(si)) continue;
      const np = sentenceSubject(ctx, si, i - 1);
      if (!np) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(t.s, tokens[i + len - 1].e), t.s));
      i += len - 1;
    }
  },
};
