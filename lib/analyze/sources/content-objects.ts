// Pass: a verb of giving whose object is something said. "Analysts provided a few theories: …",
// "these studies provided the first explanation for …", "Les chercheurs ont avancé une hypothèse",
// "Аналітики дали пояснення": the subject reports, though "provide", "offer" and "give" are no
// reporting verbs — "The city provided buses", "Officials offered support" are acts. So the verb
// reports only when the head of its object is a word of content (an explanation, a theory, an
// estimate, details), read right after the verb over its determiners and adjectives; a negated
// object ("offered no explanation", "gave no details") reports nothing. A verb of estimating ("The
// ministry put the death toll at 40") reports with an amount noun, its preposition and an amount.
// Words come from the lexicon (`contentObjects`, compiled to sets in compile.ts).
import { T, type Token } from '../text';
import { candidate } from './candidate';
import type { NP } from './phrases';
import type { ContentObjectWords } from './compile';
import type { SourceContext, SourcePass } from './types';

// Determiners and adjectives before the object's head run at most this many tokens ("a few", "the first", "several plausible").
const MAX_OBJECT_LEAD = 3;
// The amount noun's preposition stands at most this many tokens after it ("the number | of Syrian refugees | at").
const MAX_AMOUNT_GAP = 5;
// Auxiliaries and adverbs between the subject and its verb run at most this many tokens ("have also", "ont déjà").
const MAX_VERB_LEAD = 3;

export const contentObjects: SourcePass = {
  name: 'content-objects',
  run(ctx, found) {
    const W = ctx.C.contentObjects;
    if (!W) return;
    const { tokens } = ctx;
    const { verbs, nouns, estimating } = W;
    const starts = new Set(found.map((f) => f.start));
    for (let i = 1; i < tokens.length - 1; i++) {
      const v = tokens[i];
      if (v.t !== T.Word || v.cap || !(verbs.has(v.lc) || estimating.has(v.lc)) || ctx.inQuote(v.s)) continue;
      const reports = verbs.has(v.lc) ? contentObjectAfter(ctx, i, nouns) >= 0 : estimateAfter(ctx, i, W);
      if (!reports) continue;
      const np = subjectBefore(ctx, i);
      if (!np) continue;
      const c = candidate(ctx, np, 'attribution', v.lc, v.s);
      if (starts.has(c.start)) continue;
      found.push(c);
      starts.add(c.start);
    }
  },
};

/** The index of the object's head after the verb at i when it is one of `nouns` ("a few theories", "the first explanation"), or -1. */
function contentObjectAfter(ctx: SourceContext, i: number, nouns: Set<string>): number {
  const { tokens, C } = ctx;
  const S = C.set;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_OBJECT_LEAD + 1; k++) {
    const t = tokens[k];
    // (where nouns are capitalised, the head is: "eine Erklärung")
    if (t.t !== T.Word || t.block !== tokens[i].block || (t.cap && !C.capNouns)) return -1;
    if (nouns.has(t.lc)) return k;
    // "no explanation", "not any details": a negated object reports nothing
    if (S.negativeDeterminers.has(t.lc) || S.negations.has(t.lc)) return -1;
    // only determiners, quantifiers, possessives and adjectives (words that are no stop words) may lead
    if (S.stop.has(t.lc) && !S.determiners.has(t.lc) && !S.quantifiers.has(t.lc) && !S.possessives.has(t.lc) && !S.stopAdjectives.has(t.lc)) return -1;
  }
  return -1;
}

/** "put the death toll at 40", "puts the number of refugees at 6 million": an amount noun, then its preposition, then an amount. */
function estimateAfter(ctx: SourceContext, i: number, W: ContentObjectWords): boolean {
  const { tokens, lex } = ctx;
  const head = contentObjectAfter(ctx, i, W.amounts);
  if (head < 0) return false;
  const { preps } = W;
  for (let k = head + 1; k < tokens.length && k - head <= MAX_AMOUNT_GAP && tokens[k].block === tokens[i].block; k++) {
    const t = tokens[k];
    if (t.t !== T.Word) return false;
    if (!preps.has(t.lc)) continue;
    const n = tokens[k + 1];
    // the amount: a number, a currency sign, a number word or an approximation ("at about 40", "at $1bn", "at several hundred")
    return !!n && (n.t !== T.Word || Object.hasOwn(lex.numberWords, n.lc) || lex.approximators.some((a) => a.split(' ')[0] === n.lc) || lex.vagueQuantifiers.includes(n.lc));
  }
  return false;
}

/** The subject right before the verb at i, over auxiliaries and adverbs; a name or a source noun, no pronoun and no negated verb. */
function subjectBefore(ctx: SourceContext, i: number): NP | null {
  const { tokens, C } = ctx;
  const S = C.set;
  let k = i - 1;
  while (k > 0 && i - k <= MAX_VERB_LEAD && isVerbLead(ctx, tokens[k])) {
    // "did not give details"; "Police will give details": a negated or future giving has given nothing yet
    if (S.negations.has(tokens[k].lc) || (ctx.lex.futureMarkers ?? []).includes(tokens[k].lc)) return null;
    k--;
  }
  const t = tokens[k];
  if (!t || t.t !== T.Word || t.block !== tokens[i].block) return null;
  const np = ctx.np.backward(k);
  if (!np || np.b !== k || !ctx.np.valid(np) || ctx.inQuote(tokens[np.a].s)) return null;
  // the head names someone or a document: capitalised or a source noun ("Analysts", "these studies", "the ministry")
  const words = ctx.np.words(np);
  const head = words[words.length - 1];
  if (!head || !(head.cap || ctx.np.isNounish(head)) || ctx.np.isPersonal(head.lc)) return null;
  return np;
}

/** An auxiliary, a negation or an adverb between a subject and its verb ("have", "also", "not"). */
function isVerbLead(ctx: SourceContext, t: Token): boolean {
  const S = ctx.C.set;
  return t.t === T.Word && !t.cap && (S.auxiliaries.has(t.lc) || S.negations.has(t.lc) || ctx.np.isAdverb(t));
}
