// Pass: the left edge of a subject read back from its verb. The walk back over a name takes lower-case words
// (titles, roles: "chief executive Tom Ridley"), so it can run past where the noun phrase starts:
// - over a sentence adverb of stance or linking ("—perhaps Arduino and Smart Projects thought", "Perhaps the
//   minister said"): such an adverb opens a clause, never a name (lexicon `stanceAdverbs`);
// - over a clause joined by a coordinator ("when Apple shipped its first Retina display and Steve Jobs said",
//   "The rain stopped and the mayor said", "he was otherwise fine and the military said"): a past verb right
//   after its own subject, with its object (a determiner or possessive after it) or with a new subject after the
//   coordinator, ends a clause of its own, and so does a predicate a stance adverb qualifies; the speaker is the
//   one after the coordinator.
// Both edits move a found attribution's start forward; its end (the word before the verb) stays.
import { T, tokenAt, type Token } from '../text';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// A stance adverb has at most this many words ("тем не менее").
const MAX_ADVERB_WORDS = 3;

export const subjectEdges: SourcePass = {
  name: 'subject-edges',
  run(ctx, found) {
    for (const s of found) {
      if (s.kind !== 'attribution' && s.kind !== 'quote') continue;
      const a = tokenAt(ctx.tokens, s.start);
      let b = a;
      while (b + 1 < ctx.tokens.length && ctx.tokens[b + 1].e <= s.end) b++;
      if (a >= ctx.tokens.length || ctx.tokens[a].s !== s.start) continue;
      const from = afterJoinedClause(ctx, afterStanceAdverb(ctx, a, b), b);
      if (from === a || from > b) continue;
      s.start = ctx.tokens[from].s;
      s.text = ctx.text.slice(s.start, s.end);
    }
  },
};

const isWord = (t: Token | undefined): t is Token => !!t && t.t === T.Word;

/** Token a, or the first token after a stance adverb (and its comma) opening the phrase, if words are left. */
function afterStanceAdverb(ctx: SourceContext, a: number, b: number): number {
  const tk = ctx.tokens;
  let words = '';
  for (let n = 0; n < MAX_ADVERB_WORDS && a + n < b; n++) {
    if (!isWord(tk[a + n])) break;
    words = n ? `${words} ${tk[a + n].lc}` : tk[a + n].lc;
    if (!ctx.C.stanceAdverbs.has(words)) continue;
    let k = a + n + 1;
    if (tk[k]?.lc === ',') k++;
    // (before a word that opens no subject the adverb qualifies a predicate: "was otherwise fine and the military said")
    return k <= b && (opensSubject(ctx, tk[k]) || (isWord(tk[k]) && ctx.np.isNounish(tk[k]))) ? k : a;
  }
  return a;
}

/**
 * Token a, or the token after the last coordinator in [a, b] that follows a stance adverb or a clause's past verb: a lower-case past
 * form right after a name or a noun (its subject), with a determiner or possessive after it (its object, the
 * coordinator later) or the coordinator right after it and a new subject's first word (a determiner, a possessive
 * or a capital) after that.
 */
function afterJoinedClause(ctx: SourceContext, a: number, b: number): number {
  const tk = ctx.tokens;
  const S = ctx.C.set;
  let cut = a;
  let verb = false;
  for (let k = a; k < b; k++) {
    const t = tk[k];
    if (!isWord(t)) continue;
    if (verb && S.coordinators.has(t.lc) && opensSubject(ctx, tk[k + 1])) cut = k + 1;
    // a stance adverb left in the phrase qualifies a predicate: a clause ("but was otherwise fine and the military")
    if (ctx.C.stanceAdverbs.has(t.lc)) verb = true;
    if (t.cap || !pastForm(ctx, t.lc)) continue;
    const prev = tk[k - 1];
    // (its subject: a name or a noun, not an article, a possessive, a grammar word or an adverb: "the newly elected")
    if (!isWord(prev) || S.determiners.has(prev.lc) || S.possessives.has(prev.lc) || S.stop.has(prev.lc) || ctx.np.isAdverb(prev)) continue;
    const next = tk[k + 1];
    if (isWord(next) && (S.determiners.has(next.lc) || S.possessives.has(next.lc) || (S.coordinators.has(next.lc) && opensSubject(ctx, tk[k + 2])))) verb = true;
  }
  return cut;
}

/** Can the word open a subject: a determiner, a possessive or a capitalised word? */
function opensSubject(ctx: SourceContext, t: Token | undefined): boolean {
  return isWord(t) && (t.cap || ctx.C.set.determiners.has(t.lc) || ctx.C.set.possessives.has(t.lc));
}

/** A past tense by its ending ("shipped", "stopped"), longer than the ending by more than two letters. */
function pastForm(ctx: SourceContext, lc: string): boolean {
  return ctx.C.pastEndings.some((e) => lc.length > e.length + 2 && lc.endsWith(e));
}
