// Pass: "one" as a count. The number words of the lexicon start at two, because "one" is mostly a
// pronoun ("one of the …", "no one", "the one") or stands for "a certain" ("one user quipped", "One
// friend has …": the labelled pages do not count those). Before a noun it is a count where the
// sentence counts: after a limiter or an approximator ("only one toilet", "at least one", "лише одна
// людина"), before a unit ("one hour"), or listed after another number ("Two warrants, one
// out-of-county warrant"). Capitalised inside a sentence it is part of a name ("Formula One").
// Words from the lexicon: `oneWords`, `oneLimiters`, `approximators`, and `oneExclusions` (words
// after it that make it a pronoun or an idiom: "of", "another", "way").
import { T } from '../text';
import { before, isSentenceStart } from './context-words';
import { unitAfter } from './units';
import { pushFigure, type FigureContext, type FigurePass } from './types';

// A number listed before "one" ends at most this many characters before it ("Two … warrants, one …").
const LIST_REACH = 60;

export const oneCounts: FigurePass = {
  name: 'one-counts',
  run(ctx) {
    const { tokens, lex } = ctx;
    if (!lex.oneWords.length) return;
    const c = ctx.F.oneWords;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || !c.one.has(t.lc) || ctx.used[t.s]) continue;
      if (t.cap && !isSentenceStart(ctx, t.s)) continue;
      const pv = tokens[i - 1];
      if (pv && pv.block === t.block && (pv.t === T.Num || c.before.has(pv.lc))) continue;
      const nx = tokens[i + 1];
      if (nx.t !== T.Word || nx.block !== t.block || nx.s - t.e > 1 || c.after.has(nx.lc) || c.cues.has(nx.lc)) continue;
      // "one said", "one died": a verb after it makes it a pronoun
      if (!nx.cap && lex.pastTenseEndings.some((e) => nx.lc.endsWith(e)) && !ctx.used[nx.s]) continue;
      const u = unitAfter(ctx, t.e, false, false);
      if (u && u.kind === 'measure') pushFigure(ctx, t.s, u.end, 'measure', 1, u.unit);
      else if (c.limiter.test(before(ctx, t.s, 24)) || listedAfterNumber(ctx, t.s)) pushFigure(ctx, t.s, t.e, 'count', 1);
    }
  },
};

/** Does a figure of the same sentence end shortly before `pos`, with a comma or a joiner between ("Two warrants, one …")? */
function listedAfterNumber(ctx: FigureContext, pos: number): boolean {
  const si = ctx.sentences.at(pos);
  const from = Math.max(si >= 0 ? ctx.sentences.starts[si] : 0, pos - LIST_REACH);
  const prev = ctx.out.filter((f) => f.end <= pos && f.end >= from);
  return prev.some((f) => /,|\band\b|\bund\b|\bet\b|\bі\b|\bи\b/u.test(ctx.text.slice(f.end, pos)));
}
