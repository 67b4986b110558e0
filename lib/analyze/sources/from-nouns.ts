// Pass: the giver of something said, after a noun of speech and a preposition of origin. "despite
// advice from several former royal PR aides not to do so", "the pre-election rhetoric from
// Netanyahu's Likud party, which …", "Kritik von Verbänden", "des critiques de la part de
// l'opposition", "критика со стороны депутатов": no reporting verb names them, yet the advice, the
// warning or the criticism is theirs. Only nouns of speech count (lexicon `fromNouns`): "a call from
// his mother", "a letter from the bank" are other passes' or none. Words come from the lexicon
// (`fromNouns`, `fromPreps`).
import type { Lexicon } from '../lexicons';
import { PhraseMatcher, T } from '../text';
import { candidate } from './candidate';
import { trimVerb } from './doc-agents';
import type { SourceContext, SourcePass } from './types';

// The compiled words, once per lexicon object (keyed on the object, not its language's name, so that a lexicon
// built for a test or a variant of a language never reads another's words).
const cache = new WeakMap<Lexicon, { nouns: Set<string>; preps: PhraseMatcher }>();

function words(lex: Lexicon) {
  let w = cache.get(lex);
  if (!w) {
    w = { nouns: new Set(lex.fromNouns.map((n) => n.toLowerCase())), preps: new PhraseMatcher(lex.fromPreps) };
    cache.set(lex, w);
  }
  return w;
}

export const fromNouns: SourcePass = {
  name: 'from-nouns',
  run(ctx, found) {
    const { tokens } = ctx;
    if (!ctx.lex.fromNouns.length) return;
    const { nouns, preps } = words(ctx.lex);
    for (let i = 0; i < tokens.length - 2; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || !nouns.has(t.lc) || ctx.inQuote(t.s)) continue;
      const n = preps.at(tokens, i + 1);
      if (!n || tokens[i + n].block !== t.block) continue;
      const np = giver(ctx, i + 1 + n);
      if (!np) continue;
      found.push(candidate(ctx, np, 'attribution', ctx.text.slice(t.s, tokens[i + n].e), t.s));
      i = np.b;
    }
  },
};

/** The giver's phrase from token i: a name or a source noun, ended before a verb or a clause. */
function giver(ctx: SourceContext, i: number) {
  const { tokens, C } = ctx;
  const np = ctx.np.forward(i, false);
  if (!np || tokens[np.a].t !== T.Word) return null;
  for (let k = np.a; k <= np.b; k++) {
    const w = tokens[k];
    // "aides | not to do so": a negation or an infinitive marker opens what they advised
    if (w.t === T.Word && !w.cap && (C.set.negations.has(w.lc) || C.set.clause.has(w.lc) || (k > np.a && C.cueKind.get(w.lc) === 'verb'))) {
      np.b = k - 1;
      break;
    }
  }
  trimVerb(ctx, np);
  // a name set off by commas ("advice from one of the study authors, Owen Dempsey, a chest doctor") is
  // an apposition the phrase reader cannot split safely here: none rather than a wrong span
  for (let k = np.a; k <= np.b; k++) if (tokens[k].lc === ',') return null;
  if (np.b < np.a || !ctx.np.valid(np)) return null;
  const ws = ctx.np.words(np);
  const head = ws[ws.length - 1];
  return head && (head.cap || ctx.np.isNounish(head)) ? np : null;
}
