// Pass: verbs of voice and command beside a quotation. '“Don’t get nervous,” instructed Milton Velez',
// '“Run!” a witness shouted', 'Velez whispered: “…”', '«…», — вигукнув Петренко': such verbs (lexicon
// `quoteVerbs`) tell how words were spoken, so beside a quotation their subject is its speaker (not
// a crowd's chant: a slogan is no claim, so "chanted" is none).
// Elsewhere they are acts ("ordered an inquiry", "begged for food") and report nothing.
import { T } from '../text';
import { candidate } from './candidate';
import { CLOSE_Q, OPEN_Q, type NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

// Punctuation that may stand between a quotation's end and its verb (",", "—" in «…», — вигукнув).
const BETWEEN = new Set([',', '—', '–', '-']);

export const quoteVerbs: SourcePass = {
  name: 'quote-verbs',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    if (!C.quoteVerb) return;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].t !== T.Word) continue;
      const len = C.quoteVerb.at(tokens, i);
      if (!len || ctx.inQuote(tokens[i].s)) continue;
      const after = i + len;
      const np = quoteEndsAt(ctx, i - 1) ? speakerAfter(ctx, after) : quoteOpensAt(ctx, after) || quoteEndsBefore(ctx, i) ? speakerBefore(ctx, i) : null;
      if (np) found.push(candidate(ctx, np, 'quote', text.slice(tokens[i].s, tokens[after - 1].e), tokens[i].s));
      i = after - 1;
    }
  },
};

/** Does a quotation close at token j, with at most a comma or a dash after it ('“…,” shouted', '«…», — вигукнув')? */
function quoteEndsAt(ctx: SourceContext, j: number): boolean {
  const { tokens } = ctx;
  let k = j;
  while (k >= 0 && k > j - 2 && BETWEEN.has(tokens[k].lc)) k--;
  const q = tokens[k];
  return !!q && CLOSE_Q.has(q.lc) && k > 0 && !!ctx.inQuote(tokens[k - 1].s) && q.block === tokens[j + 1]?.block;
}

/** Does a quotation open at token i, after an optional colon or comma ('shouted: “…”')? */
function quoteOpensAt(ctx: SourceContext, i: number): boolean {
  const { tokens } = ctx;
  const k = tokens[i]?.lc === ':' || tokens[i]?.lc === ',' ? i + 1 : i;
  return !!tokens[k] && OPEN_Q.has(tokens[k].lc) && !!ctx.inQuote(tokens[k].e) && tokens[k].block === tokens[i].block;
}

/** '“Run!” a witness shouted': the subject right before the verb follows a quotation's end. */
function quoteEndsBefore(ctx: SourceContext, i: number): boolean {
  const np = ctx.np.backward(i - 1);
  return !!np && np.b === i - 1 && quoteEndsAt(ctx, np.a - 1);
}

/** The inverted speaker after the verb: a name or a role with its article, closing its clause. */
function speakerAfter(ctx: SourceContext, after: number): NP | null {
  const fw = ctx.np.forward(after, false);
  if (!fw || !ctx.np.valid(fw)) return null;
  const next = ctx.tokens[fw.b + 1];
  return !next || next.t === T.Punct ? fw : null;
}

/** The subject right before the verb, outside the quotation. */
function speakerBefore(ctx: SourceContext, i: number): NP | null {
  const np = ctx.np.backward(i - 1);
  if (!np || np.b !== i - 1 || !ctx.np.valid(np) || ctx.inQuote(ctx.tokens[np.a].s)) return null;
  return np;
}
