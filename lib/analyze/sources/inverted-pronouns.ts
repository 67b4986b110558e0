// Pass: a reporting verb with its subject pronoun joined to it, in an incise after a quotation or a
// comma: "« Les prix vont augmenter », explique-t-elle", "…, a-t-il déclaré", "…, estime-t-il." (lexicon
// `invertedPronounSuffixes`: "-t-il", "-il", …). The verb's stem (with the word after it for a compound
// past: "a-t-il déclaré" → "a déclaré") must be a reporting verb; the source is the one person named
// just before, as for "he said" (./pronoun-speakers.ts), and the pronoun itself is never one. Only
// after a comma, a closing quotation mark or a dash: elsewhere the inversion asks a question ("Dit-il vrai ?").
import { T, type Token } from '../text';
import { candidate, quoteNear } from './candidate';
import { normCue } from './compile';
import { CLOSE_Q } from './phrases';
import { unlistedAntecedent } from './pronoun-speakers';
import type { SourceContext, SourcePass } from './types';

// What an incise's verb may follow.
const INCISE_BEFORE = new Set([',', '—', '–', '-', ...CLOSE_Q]);

export const invertedPronouns: SourcePass = {
  name: 'inverted-pronouns',
  run(ctx, found) {
    const suffixes = ctx.lex.invertedPronounSuffixes;
    if (!suffixes.length) return;
    const { tokens } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || !INCISE_BEFORE.has(tokens[i - 1].lc) || ctx.inQuote(t.s)) continue;
      const suffix = suffixes.find((x) => t.lc.length > x.length && t.lc.endsWith(x));
      const cueEnd = suffix ? inverseCueEnd(ctx, i, t.lc.slice(0, -suffix.length)) : -1;
      if (cueEnd < 0) continue;
      const np = unlistedAntecedent(ctx, i, found);
      if (!np) continue;
      const quoted = quoteNear(ctx, t.s, tokens[cueEnd].e);
      found.push(candidate(ctx, np, quoted ? 'quote' : 'attribution', ctx.text.slice(t.s, tokens[cueEnd].e), t.s));
    }
  },
};

/** The last token of the reporting verb whose inverted form is at token i with stem `stem` ("explique", "a" + "déclaré"), or -1. */
function inverseCueEnd(ctx: SourceContext, i: number, stem: string): number {
  const kind = (s: string) => ctx.C.cueKind.get(normCue(s));
  if (kind(stem) === 'verb') return i;
  const nx: Token | undefined = ctx.tokens[i + 1];
  return nx && nx.t === T.Word && nx.block === ctx.tokens[i].block && kind(`${stem} ${nx.lc}`) === 'verb' ? i + 1 : -1;
}
