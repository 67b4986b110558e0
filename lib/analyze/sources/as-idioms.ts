// Pass: idioms of wording in an as-clause. "As Gaiman put it, …", "Wie Müller es formulierte, …",
// "Comme le formule Macron, …", "Как выразился Путин, …": the one named in a clause opened by an
// as-word (lexicon `asWords`) and closed by an idiom of wording (lexicon `asIdioms`) is the origin of
// what the sentence says. The idioms are no reporting verbs elsewhere ("put it on the table"), so the
// cue pass does not know them: only the as-clause around them makes them report.
import { T } from '../text';
import { candidate, quoteNear } from './candidate';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

// The as-word stands at most this many tokens before the idiom ("As | the late novelist Terry Pratchett | put it").
const MAX_AS_GAP = 8;

export const asIdioms: SourcePass = {
  name: 'as-idioms',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    if (!C.asIdiom) return;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].t !== T.Word) continue;
      const len = C.asIdiom.at(tokens, i);
      if (!len || ctx.inQuote(tokens[i].s)) continue;
      const as = asWordBefore(ctx, i);
      if (as < 0) continue;
      // the idiom closes its clause ("As Smith put it down, …" puts something down)
      const nx = tokens[i + len];
      const closes = !nx || nx.block !== tokens[i].block || nx.t === T.Punct;
      const np = (closes ? nameBetween(ctx, as, i) : null) ?? nameAfter(ctx, i + len);
      if (!np) continue;
      const cs = tokens[i].s;
      const cue = text.slice(cs, tokens[i + len - 1].e);
      const q = quoteNear(ctx, tokens[np.a].s, tokens[np.b].e) || quoteNear(ctx, cs, tokens[i + len - 1].e);
      found.push(candidate(ctx, np, q ? 'quote' : 'attribution', cue, cs));
      i += len - 1;
    }
  },
};

/** The as-word opening the clause of the idiom at i (at a sentence's start or after a comma, a dash or a parenthesis), or -1. */
function asWordBefore(ctx: SourceContext, i: number): number {
  const { tokens, C } = ctx;
  for (let k = i - 1; k >= 0 && i - k <= MAX_AS_GAP && tokens[k].block === tokens[i].block && tokens[k].t !== T.Punct; k--) {
    if (!C.set.asWords.has(tokens[k].lc)) continue;
    const pv = tokens[k - 1];
    return !pv || pv.block !== tokens[k].block || ctx.np.sentenceInitial(k) || OPENERS.has(pv.lc) ? k : -1;
  }
  return -1;
}
const OPENERS = new Set([',', '—', '–', '(', ';', ':']);

/** "As | Gaiman | put it": the name between the as-word and the idiom, the idiom closing the clause. */
function nameBetween(ctx: SourceContext, as: number, i: number): NP | null {
  if (as === i - 1) return null;
  // (the reader may run on into the idiom, "Gaiman put": the phrase ends before it)
  const read = ctx.np.forward(as + 1, false);
  if (!read || read.b < i - 1) return null;
  const np = { a: as + 1, b: i - 1 };
  return ctx.np.valid(np) && namesSomeone(ctx, np) ? np : null;
}

/** "Как выразился | Путин |,", "comme le formule | Macron": the name right after the idiom, closing the clause. */
function nameAfter(ctx: SourceContext, after: number): NP | null {
  const { tokens } = ctx;
  const np = ctx.np.forward(after, false);
  if (!np || np.a !== after || !ctx.np.valid(np)) return null;
  const end = tokens[np.b + 1];
  if (end && end.block === tokens[np.b].block && end.t !== T.Punct) return null;
  return namesSomeone(ctx, np) ? np : null;
}

/**
 * The phrase holds a name or a source noun ("министр | финансов": the head may come first) and no pronoun
 * ("as he put it" names no one here).
 */
function namesSomeone(ctx: SourceContext, np: NP): boolean {
  const words = ctx.np.words(np);
  if (words.some((w) => ctx.np.isPersonal(w.lc)) || (words.length === 1 && ctx.C.set.pronouns.has(words[0].lc))) return false;
  return words.some((w) => (w.cap && !ctx.C.set.asWords.has(w.lc)) || ctx.np.isNounish(w));
}
