// Pass: a judging or naming verb whose object is a relative pronoun before its subject. In "Europa,
// which astrobiologists regard as one of the solar system's best bets", "in what host Tom Bergeron
// described as the hardest verdict" and "in what police called a targeted attack" the object comes
// first, so the cue pass finds no object after the verb and reads nothing; the phrase between the
// pronoun and the verb is the one who judges: a source. A judging verb needs its complement word
// right after it ("regard as"); a naming verb in the past needs a word to name the thing with
// ("called a … attack"). Words come from the lexicon (`objectRelatives`, `judgingVerbs`,
// `complementVerbs`, `namingVerbs`, `complementWords`).
import { T } from '../text';
import { candidate } from './candidate';
import type { SourcePass } from './types';

export const relativeJudges: SourcePass = {
  name: 'relative-judges',
  run(ctx, found) {
    const rel = ctx.lex.objectRelatives;
    if (!rel?.length) return;
    const { tokens, C, text } = ctx;
    const rels = new Set(rel);
    const judging = new Set([...(ctx.lex.judgingVerbs ?? []), ...ctx.lex.complementVerbs].map((w) => w.toLowerCase()));
    const naming = new Set(ctx.lex.namingVerbs.map((w) => w.toLowerCase()));
    const starts = new Set(found.map((f) => f.start));
    for (let i = 2; i < tokens.length - 1; i++) {
      const v = tokens[i];
      if (v.t !== T.Word || v.cap) continue;
      const nx = tokens[i + 1];
      if (!nx || nx.t !== T.Word || nx.block !== v.block) continue;
      const judges = judging.has(v.lc) && C.set.complement.has(nx.lc);
      if (!judges && !(naming.has(v.lc) && !nx.cap && !C.set.clause.has(nx.lc) && !ctx.np.isPersonal(nx.lc))) continue;
      if (ctx.inQuote(v.s)) continue;
      const np = ctx.np.backward(i - 1);
      if (!np || np.b !== i - 1) continue;
      const pr = tokens[np.a - 1];
      if (!pr || pr.t !== T.Word || pr.block !== v.block || !rels.has(pr.lc)) continue;
      if (!ctx.np.valid(np)) continue;
      // the head names someone: a name or a source noun ("astrobiologists", "host Tom Bergeron"), not "which the map shows as"
      const words = ctx.np.words(np);
      const head = words[words.length - 1];
      if (!head || !(head.cap || ctx.np.isNounish(head))) continue;
      const c = candidate(ctx, np, 'attribution', text.slice(v.s, v.e), v.s);
      if (starts.has(c.start)) continue;
      found.push(c);
      starts.add(c.start);
    }
  },
};
