// Pass: the agent of a claim's passive participle. "a preliminary diagnosis that was later confirmed
// by lab testing", "recommended as a key 'enabling technology' for space by the Agency's Future
// Technology Advisory Panel", "confirmé par le ministère": whoever confirmed, recommended or
// estimated it is the claim's origin, though no active reporting verb names them. And the author of
// a document after its topic, "findings of overcrowded conditions at detention facilities by the DHS
// Office of Inspector General". A document's own participles ("obtained by", "released by") are
// pass doc-agents'. Words come from the lexicon (`claimParticiples`, `agentPreps`, `docNouns`).
import { T } from '../text';
import { candidate } from './candidate';
import { trimVerb } from './doc-agents';
import type { SourceContext, SourcePass } from './types';

// Tokens between the participle and its agent preposition: a time ("later | confirmed | on Monday |
// by") or an as-phrase ("recommended | as a key "enabling technology" for space | by").
const MAX_AGENT_GAP = 10;
// Tokens of a document's topic before its author ("findings | of overcrowded and unsanitary conditions at detention facilities | by").
const MAX_TOPIC_TOKENS = 10;

export const passiveAgents: SourcePass = {
  name: 'passive-agents',
  run(ctx, found) {
    const { tokens, C } = ctx;
    const parts = new Set((ctx.lex.claimParticiples ?? []).map((w) => w.toLowerCase()));
    if (!C.set.agent.size) return;
    for (let i = 0; i < tokens.length - 2; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || t.cap || ctx.inQuote(t.s)) continue;
      const claim = parts.has(t.lc);
      if (!claim && !(isDoc(ctx, t.lc) && C.set.topicPreps.has(tokens[i + 1].lc))) continue;
      const by = claim ? agentAfter(ctx, i, MAX_AGENT_GAP, true) : agentAfter(ctx, i + 1, MAX_TOPIC_TOKENS, false);
      if (by < 0) continue;
      const np = agent(ctx, by + 1);
      if (!np) continue;
      // the cue is the participle (or the document) and the preposition, without what stands between
      found.push(candidate(ctx, np, 'attribution', `${t.lc} ${tokens[by].lc}`, t.s));
      i = np.b;
    }
  },
};

/**
 * The agent preposition within `max` tokens after token i, in the same clause, or -1. Between them
 * only words and quotation marks stand: no comma or full stop, no clause word ("that"), no reporting
 * verb. After a participle that is a time ("on Monday") or an as-phrase ("as a key … for space"); after
 * a document its topic, opened by a topic preposition ("findings | of …") and holding no name.
 */
function agentAfter(ctx: SourceContext, i: number, max: number, participle: boolean): number {
  const { tokens, C } = ctx;
  const S = C.set;
  const asPhrase = participle && S.complement.has(tokens[i + 1]?.lc ?? '');
  for (let k = i + 1; k < tokens.length && k - i <= max && tokens[k].block === tokens[i].block; k++) {
    const w = tokens[k];
    if (S.agent.has(w.lc)) return k > i + 1 || participle ? k : -1;
    const quote = w.t === T.Punct && /^["“”«»„]$/.test(w.lc);
    // a coordinator may join the topic's modifiers ("overcrowded and unsanitary conditions")
    if ((w.t === T.Punct && !quote) || (S.clause.has(w.lc) && !S.coordinators.has(w.lc)) || S.auxiliaries.has(w.lc) || S.passive.has(w.lc)) return -1;
    if (w.t === T.Word && C.cueKind.get(w.lc) === 'verb') return -1;
    if (!participle && w.cap) return -1;
    if (participle && !asPhrase && !(ctx.np.connectorBeforeTime(k) || isTime(ctx, k) || S.determiners.has(w.lc))) return -1;
  }
  return -1;
}

const isTime = (ctx: SourceContext, k: number) => {
  const w = ctx.tokens[k];
  const S = ctx.C.set;
  return w.t === T.Num || S.weekdays.has(w.lc) || S.months.has(w.lc) || S.time.has(w.lc) || S.timeModifiers.has(w.lc) || ctx.np.isAdverb(w);
};

/** The agent's phrase from token i, ended before a main clause's verb; its last word a name or a noun. */
function agent(ctx: SourceContext, i: number) {
  const { tokens, C } = ctx;
  const np = ctx.np.forward(i, false);
  if (!np || tokens[np.a].t !== T.Word) return null;
  for (let k = np.a; k <= np.b; k++) {
    const w = tokens[k];
    // a clause word, also elided onto its subject ("par avance | qu'il saisirait …"), ends the agent
    if (clauseWord(ctx, w.lc)) {
      np.b = k - 1;
      break;
    }
    if (k > np.a && w.t === T.Word && !w.cap && C.cueKind.get(w.lc) === 'verb') {
      np.b = k - 1;
      break;
    }
  }
  trimVerb(ctx, np);
  trimPhrase(ctx, np);
  if (np.b < np.a) return null;
  const words = ctx.np.words(np);
  const head = words[words.length - 1];
  if (!head || !(head.cap || ctx.np.isNounish(head) || evidence(ctx, words))) return null;
  // the one who confirmed or estimated need not be someone: evidence too ("confirmed by lab testing"),
  // but not a pronoun or a time
  return ctx.np.valid(np) || evidence(ctx, words) ? np : null;
}

/** A phrase of lower-case content words ("lab testing", "DNA tests"), no pronoun, time or number. */
function evidence(ctx: SourceContext, words: ReturnType<SourceContext['np']['words']>): boolean {
  const S = ctx.C.set;
  return words.length > 1 && words.every((w) => !S.stop.has(w.lc) && !S.pronouns.has(w.lc) && !S.time.has(w.lc) && !S.weekdays.has(w.lc) && !S.months.has(w.lc));
}

/** A trailing lower-case prepositional phrase with no name in it is not the agent's ("by his party | for the vote"). */
function trimPhrase(ctx: SourceContext, np: { a: number; b: number }): void {
  const { tokens, C } = ctx;
  for (let k = np.a + 1; k <= np.b; k++) {
    const w = tokens[k];
    if (w.t !== T.Word || w.cap || !C.set.stop.has(w.lc) || C.set.connectors.has(w.lc) || C.set.determiners.has(w.lc)) continue;
    let named = false;
    for (let m = k + 1; m <= np.b; m++) if (tokens[m].cap) named = true;
    if (!named) np.b = k - 1;
    return;
  }
}

/** A document noun that is not a reporting verb's form ("said", "told" are listed for other passes). */
function isDoc(ctx: SourceContext, lc: string): boolean {
  const { C } = ctx;
  return C.set.docs.has(lc) && !(C.cueKind.get(lc) === 'verb' && !C.set.nounVerbs.has(lc));
}

/** A clause word, or one elided onto the next word ("qu'il"). */
function clauseWord(ctx: SourceContext, lc: string): boolean {
  const S = ctx.C.set;
  if (S.clause.has(lc) && !S.coordinators.has(lc)) return true;
  for (const c of S.clause) if ((c.endsWith("'") || c.endsWith('’')) && lc.startsWith(c)) return true;
  return false;
}
