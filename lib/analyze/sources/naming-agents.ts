// Pass: the agent of a participle of naming or describing. "Called a “violent rhythm game” by its creators, the
// title …", "described as “a masterpiece” by critics", "Qualifié de « jeu violent » par ses créateurs": the one
// who called the thing what the quotation (or an as-phrase) says is its source, though no active reporting verb
// names them. The participle (lexicon `namedParticiples`) reports only with the words it names: without a
// quotation or an as-phrase ("called by phone", "billed by the hour") it is no cue. Agent words: `agentPreps`.
import { T } from '../text';
import { candidate } from './candidate';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

// Tokens between the participle and its agent preposition: what the thing was called ("called | a “violent rhythm game” | by").
const MAX_NAMED_TOKENS = 16;
const QUOTES = /^["“”«»„]$/u;
// A quotation naming a claim has at least this many words ("a “violent rhythm game”"); one word is a nickname.
const MIN_QUOTED_WORDS = 2;

export const namingAgents: SourcePass = {
  name: 'naming-agents',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    const S = C.set;
    if (!S.namedParticiples.size || !S.agent.size) return;
    for (let i = 0; i < tokens.length - 3; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || !S.namedParticiples.has(t.lc) || ctx.inQuote(t.s)) continue;
      const by = agentAfterNamed(ctx, i);
      if (by < 0) continue;
      const np = agentPhrase(ctx, by + 1);
      if (!np) continue;
      found.push(candidate(ctx, np, 'attribution', `${t.lc} ${tokens[by].lc}`, t.s));
      i = np.b;
    }
  },
};

/**
 * The agent preposition right after the quotation that follows the participle at i ("called a “violent rhythm game”
 * | by", "described as “a masterpiece” | by"); -1 when a punctuation mark, a clause word or a verb comes first, or the
 * quotation holds a single word (a nickname, no claim: "Called “Bob” by friends").
 */
function agentAfterNamed(ctx: SourceContext, i: number): number {
  const { tokens, C } = ctx;
  const S = C.set;
  let quoted = 0;
  let open = false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_NAMED_TOKENS && tokens[k].block === tokens[i].block; k++) {
    const w = tokens[k];
    if (QUOTES.test(w.lc)) {
      open = !open;
      // the agent follows the quotation right away ("called “feather duvet lung,” a type of inflammation caused by" names no one)
      if (!open) return quoted >= MIN_QUOTED_WORDS && S.agent.has(tokens[k + 1]?.lc ?? '') && tokens[k + 1].block === w.block ? k + 1 : -1;
      continue;
    }
    if (open) {
      if (w.t === T.Word) quoted++;
      continue;
    }
    // a comma may close the quotation before its mark ("“a masterpiece,” by"): only inside the quotation
    if (w.t === T.Punct || (S.clause.has(w.lc) && !S.coordinators.has(w.lc)) || S.auxiliaries.has(w.lc)) return -1;
    if (w.t === T.Word && !w.cap && C.cueKind.get(w.lc) === 'verb') return -1;
  }
  return -1;
}

/** The agent's phrase from token i up to a comma or the sentence's end: a name or a source noun ("its creators"). */
function agentPhrase(ctx: SourceContext, i: number): NP | null {
  const { tokens } = ctx;
  const np = ctx.np.forward(i, false);
  if (!np || tokens[np.a].t !== T.Word) return null;
  const head = tokens[np.b];
  // ("by its creators": a plural after a possessive names people who made the thing, though no source noun lists it)
  const made = np.b === np.a + 1 && ctx.C.set.possessives.has(tokens[np.a].lc) && !head.cap && head.lc.endsWith('s');
  if (!head || head.t !== T.Word || !(head.cap || ctx.np.isNounish(head) || made)) return null;
  return made || ctx.np.valid(np) ? np : null;
}
