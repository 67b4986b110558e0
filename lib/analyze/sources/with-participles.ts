// Pass: a source in an absolute phrase. "Sales rose, with Audi suggesting that the car charges
// faster", "the air quality plunged, with the monitoring agency announcing an emergency": the name
// between a with-word (lexicon `withWords`) and a reporting participle (lexicon `participleCues`) is
// the origin of the claim that follows; no finite verb of its own finds it.
import { T } from '../text';
import { candidate } from './candidate';
import type { SourcePass } from './types';

// The name between the with-word and the participle is at most this many tokens long ("with | the monitoring agency | announcing").
const MAX_WITH_NAME = 6;

export const withParticiples: SourcePass = {
  name: 'with-participles',
  run(ctx, found) {
    const { tokens, C, text, np: reader } = ctx;
    if (!C.set.withWords.size) return;
    const taken = new Set(found.map((f) => f.end));
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || tokens[i - 1].t !== T.Word || tokens[i - 1].block !== t.block) continue;
      const len = C.participle.at(tokens, i);
      if (!len || ctx.inQuote(t.s)) continue;
      // "with prices adding to losses": a preposition after it makes the participle no speech ("that" does)
      const nx = tokens[i + len];
      if (nx && nx.t === T.Word && C.set.stop.has(nx.lc) && !C.set.clause.has(nx.lc)) continue;
      // (a phrase read back may run over the with-word: "levels with the agency" is cut after it)
      let w = i - 2;
      while (w >= 0 && i - w <= MAX_WITH_NAME && tokens[w].t === T.Word && tokens[w].block === t.block && !C.set.withWords.has(tokens[w].lc)) w--;
      if (w < 0 || tokens[w].t !== T.Word || tokens[w].block !== t.block || !C.set.withWords.has(tokens[w].lc)) continue;
      const back = reader.backward(i - 1);
      if (!back || back.b !== i - 1 || back.a > w + 1) continue;
      const np = { a: w + 1, b: back.b };
      if (!reader.valid(np) || taken.has(tokens[np.b].e)) continue;
      // the head names someone: a name or a source noun, never a pronoun ("with them saying")
      const words = reader.words(np);
      const head = words[words.length - 1];
      if (!head || !(head.cap || reader.isNounish(head)) || reader.isPersonal(head.lc)) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(t.s, tokens[i + len - 1].e), t.s));
      i += len - 1;
    }
  },
};
