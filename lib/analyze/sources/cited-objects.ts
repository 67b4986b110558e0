// Pass: the source a subject cites. "Le journal cite plusieurs conseillers du président", "Агентство посилається на
// трьох дипломатів": after a verb of citing (lexicon `citingVerbs`) the object is where the claim comes from, so it is a
// source like the subject; the cue pass reads the subject of a reporting verb but not this object, and Russian and
// Ukrainian "ссылается на"/"посилається на" are no reporting verb there, so their sentence-opening subject is read here.
import { T } from '../text';
import { candidate } from './candidate';
import { endBeforeVerb, namesRule } from './prep-verb-ends';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';
import { phraseAt } from './word-phrases';

export const citedObjects: SourcePass = {
  name: 'cited-objects',
  run(ctx, found) {
    if (!ctx.lex.citingVerbs.length) return;
    const { tokens, text } = ctx;
    // (which characters a source found so far covers: marked once, not searched per match)
    const covered = new Uint8Array(text.length);
    for (const f of found) covered.fill(1, f.start, f.end);
    const add = (np: NP, cue: string, at: number) => {
      const c = candidate(ctx, np, 'attribution', cue, at);
      if (covered.subarray(c.start, c.end).includes(1)) return;
      found.push(c);
      covered.fill(1, c.start, c.end);
    };
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || t.cap) continue;
      const len = phraseAt(ctx, ctx.lex.citingVerbs, i);
      if (!len || ctx.inQuote(t.s)) continue;
      const cue = text.slice(t.s, tokens[i + len - 1].e);
      const obj = citedObject(ctx, i + len);
      if (!obj) continue;
      add(obj, cue, t.s);
      const subj = ctx.np.backward(i - 1);
      if (subj && subj.b === i - 1 && ctx.np.sentenceInitial(subj.a) && ctx.np.valid(subj) && namesSomeone(ctx, subj)) add(subj, cue, t.s);
    }
  },
};

/** The object after the verb when it names someone ("plusieurs conseillers du président"; not "cited concerns"). */
function citedObject(ctx: SourceContext, k: number): NP | null {
  const nx = ctx.tokens[k];
  if (!nx || nx.t !== T.Word) return null;
  let np = ctx.np.forward(k, true, false);
  if (!np || np.a !== k) return null;
  np = endBeforeVerb(ctx, np);
  // (the head names someone, not a name tied to it: "cite l’exemple de la Suède" cites an example)
  if (!ctx.np.valid(np, true) || namesRule(ctx, np) || !namesSomeone(ctx, { a: np.a, b: headEnd(ctx, np) })) return null;
  return np;
}

/** The last token of the phrase's head: before the first connector after its first content word ("des conseillers | du président"). */
function headEnd(ctx: SourceContext, np: NP): number {
  const S = ctx.C.set;
  let content = false;
  for (let k = np.a; k <= np.b; k++) {
    const w = ctx.tokens[k];
    if (w.t !== T.Word) continue;
    const fn = S.connectors.has(w.lc) || S.determiners.has(w.lc) || S.quantifiers.has(w.lc);
    if (content && S.connectors.has(w.lc)) return k - 1;
    if (!fn) content = true;
  }
  return np.b;
}

/** A phrase with a source noun or a name in it, and no pronoun. */
function namesSomeone(ctx: SourceContext, np: NP): boolean {
  let named = false;
  for (let k = np.a; k <= np.b; k++) {
    const w = ctx.tokens[k];
    if (w.t !== T.Word) continue;
    if (ctx.np.isPersonal(w.lc) || (np.a === np.b && ctx.C.set.pronouns.has(w.lc))) return false;
    // (an outlet noun names the outlet that cites: "Агентство посилається на …")
    if (ctx.np.isNounish(w) || ctx.C.outletNouns.includes(w.lc) || (w.cap && !ctx.C.capNouns && !ctx.np.sentenceInitial(k))) named = true;
  }
  return named;
}
