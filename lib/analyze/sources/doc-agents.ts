// Pass: the agent of a document's participle. "The statement, which was obtained by Variety,
// claimed …", "documents obtained by The Associated Press show …", "the letter signed by seven
// physicians", "data published in October 2018 by the DEA" (a time may stand before the agent):
// the one who obtained, signed or issued the document is an origin of what it says,
// next to the document itself (which its own verb finds). One who only saw it ("seen by Reuters",
// lexicon `witnessParticiples`) is none. Participles and agent prepositions come from the lexicon.
import { T } from '../text';
import { candidate } from './candidate';
import type { SourcePass } from './types';

// How many tokens may stand between the document and its participle (", which was", "that were").
const MAX_DOC_GAP = 3;

export const docAgents: SourcePass = {
  name: 'doc-agents',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    const S = C.set;
    const witness = new Set(ctx.lex.witnessParticiples ?? []);
    // words that open a time before its connector ("late | on Sunday", "early | on Monday")
    const datePreps = new Set(ctx.lex.datePreps);
    for (let i = 1; i < tokens.length - 2; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || t.cap || !S.participles.has(t.lc) || witness.has(t.lc) || ctx.inQuote(t.s)) continue;
      const by = agentAfter(ctx, i);
      if (by < 0 || !documentBefore(ctx, i)) continue;
      const np = ctx.np.forward(by + 1, false);
      if (!np) continue;
      // the main clause's verb ends the agent ("a memo seen by Reuters | said the plan …"), and so does
      // an adverb or a date word before a time ("released by the Defence Ministry | late on Sunday": passage battery en-p06)
      for (let k = np.a + 1; k <= np.b; k++) {
        const w = tokens[k];
        const verb = w.t === T.Word && !w.cap && C.cueKind.get(w.lc) === 'verb';
        if (verb || (w.t === T.Word && !w.cap && (ctx.np.isAdverb(w) || datePreps.has(w.lc)) && ctx.np.connectorBeforeTime(k + 1))) {
          np.b = k - 1;
          break;
        }
      }
      trimVerb(ctx, np);
      if (!ctx.np.valid(np)) continue;
      // the agent names someone: its last word capitalised or a source noun ("by the ministry")
      const words = ctx.np.words(np);
      const head = words[words.length - 1];
      if (!head || !(head.cap || ctx.np.isNounish(head))) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(t.s, tokens[by].e), t.s));
      i = np.b;
    }
  },
};

// A time between a participle and its agent runs at most this many tokens ("released | last Tuesday | by").
const MAX_TIME_TOKENS = 5;

/**
 * The agent preposition after the participle at i, right after it or after a time ("published in
 * October 2018 by the DEA", "released Tuesday by the Pew Research Center"), or -1.
 */
function agentAfter(ctx: Parameters<SourcePass['run']>[0], i: number): number {
  const { tokens, C } = ctx;
  const S = C.set;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_TIME_TOKENS + 1 && tokens[k].block === tokens[i].block; k++) {
    const w = tokens[k];
    if (S.agent.has(w.lc)) return k;
    // a preposition that opens a time counts with it ("released | on | Monday | by": tune rtp-cnn)
    const time = ctx.np.connectorBeforeTime(k) || w.t === T.Num || S.weekdays.has(w.lc) || S.months.has(w.lc) || S.time.has(w.lc) || S.timeModifiers.has(w.lc) || (w.t === T.Word && !w.cap && S.stop.has(w.lc) && !S.determiners.has(w.lc) && !S.agent.has(w.lc));
    if (!time) return -1;
  }
  return -1;
}

/** Is there a document noun right before the participle at i, or before a relative and a passive auxiliary (", which was")? */
function documentBefore(ctx: Parameters<SourcePass['run']>[0], i: number): boolean {
  const { tokens, C } = ctx;
  const S = C.set;
  for (let k = i - 1; k >= 0 && i - k <= MAX_DOC_GAP + 1; k--) {
    const w = tokens[k];
    if (w.block !== tokens[i].block) return false;
    if (w.t === T.Word && S.docs.has(w.lc) && !(C.cueKind.get(w.lc) === 'verb' && !S.nounVerbs.has(w.lc))) return true;
    // only a comma, a relative word and a passive auxiliary may stand between
    if (!(w.lc === ',' || S.relative.has(w.lc) || S.clause.has(w.lc) || S.passive.has(w.lc))) return false;
  }
  return false;
}

/**
 * A lower-case last word after a capitalised name, with an object after it, is the main clause's
 * verb, not the name's head: "by Stanford University's Center on Poverty and Inequality | calls that
 * into question" (tune rtp-cnn).
 */
export function trimVerb(ctx: Parameters<SourcePass['run']>[0], np: { a: number; b: number }): void {
  const { tokens, C } = ctx;
  const S = C.set;
  const last = tokens[np.b];
  const before = tokens[np.b - 1];
  const after = tokens[np.b + 1];
  if (np.b - 1 < np.a || last.t !== T.Word || last.cap || before.t !== T.Word || !before.cap || !after || after.t !== T.Word) return;
  if (S.determiners.has(after.lc) || S.pronouns.has(after.lc) || S.complement.has(after.lc)) np.b--;
}
