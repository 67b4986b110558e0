// Pass: a possessive author of the wording. "(in libertarian economist Tyler Cowen’s phrase) “markets in
// everything”", "In Dr. Shadlen's words, “…”", "the plan was, in the mayor’s words, “a disaster”": a phrase of a
// preposition (lexicon `wordingPreps`) holding a possessive and a noun of wording (`wordingNouns`), set off from its
// sentence, gives what is said next to it the words of the possessor. The noun alone is no cue ("in other words",
// "in her words" name no one); the possessor, without its "’s", is the source.
import { T } from '../text';
import { quoteNear } from './candidate';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

// The possessor runs at most this many tokens after the preposition ("in | libertarian economist Tyler Cowen’s | phrase").
const MAX_POSSESSOR_TOKENS = 7;

const POSSESSIVE = /\p{L}(?:[’']s|s[’'])$/u;
// Tokens that may stand before the preposition (the phrase is set off: a sentence's start aside) and after the noun.
const OPEN = new Set([',', '(', '—', '–', ':', ';', '“', '"', '”', '«', '»']);
const CLOSE = new Set([',', ')', '—', '–', ':', ';', '.', '“', '"', '”', '«']);

export const wordingPossessives: SourcePass = {
  name: 'wording-possessives',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    const S = C.set;
    if (!S.wordingNouns.size) return;
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || !S.wordingNouns.has(t.lc) || ctx.inQuote(t.s)) continue;
      const nx = tokens[i + 1];
      if (nx && nx.block === t.block && !CLOSE.has(nx.lc)) continue;
      const np = possessor(ctx, i);
      if (!np) continue;
      const start = tokens[np.a].s;
      // the source is the possessor without its "’s" (or the "’" of "the ministers’")
      const last = tokens[np.b];
      const end = last.e - (/s$/u.test(last.lc) && /[’']s$/u.test(last.lc) ? 2 : 1);
      const q = quoteNear(ctx, tokens[np.a - 1].s, t.e);
      found.push({ start, end, text: text.slice(start, end), kind: q ? 'quote' : 'attribution', name: '', cue: text.slice(tokens[np.a - 1].s, t.e), sentence: ctx.sentences.at(t.s) });
    }
  },
};

/** "in | Tyler Cowen’s | words": the possessor between the preposition and the noun at i, set off from its sentence. */
function possessor(ctx: SourceContext, i: number): NP | null {
  const { tokens } = ctx;
  const S = ctx.C.set;
  const pv = tokens[i - 1];
  if (pv.t !== T.Word || !POSSESSIVE.test(pv.lc) || pv.block !== tokens[i].block) return null;
  let p = i - 2;
  while (p >= 0 && i - 1 - p <= MAX_POSSESSOR_TOKENS && tokens[p].block === pv.block && !(tokens[p].t === T.Word && S.wordingPreps.has(tokens[p].lc))) {
    if (tokens[p].t !== T.Word && tokens[p].lc !== '.') return null;
    p--;
  }
  if (p < 0 || tokens[p].block !== pv.block || !S.wordingPreps.has(tokens[p].lc) || p === i - 1) return null;
  const before = tokens[p - 1];
  if (!(ctx.np.sentenceInitial(p) || (before && OPEN.has(before.lc)))) return null;
  const np = { a: p + 1, b: i - 1 };
  // a name ("Tyler Cowen’s") or a source noun ("the mayor’s"), no pronoun ("her words")
  const head = pv.lc.replace(/(?:[’']s|[’'])$/u, '');
  if (!pv.cap && !ctx.np.isNounish(pv) && !ctx.C.sourceNouns.includes(head)) return null;
  return ctx.np.valid(np, true) ? np : null;
}
