// Pass: the outlet that cites its own source before its verb. Russian and Ukrainian agency style puts the citing
// phrase between the subject and the reporting verb — "Агентство Bloomberg со ссылкой на собеседников, знакомых с
// ситуацией, пишет, что …", "Видання «Економічна правда» з посиланням на джерела в уряді пише, що …" — or after an
// as-clause's verb: "Как передает «Интерфакс» со ссылкой на источник …". The cited phrase is read by the cue pass
// (accordingTo); the subject before the citing phrase (lexicon `citingPreps`) is missed there, as the verb's
// subject reading stops at the cited phrase. Here: the phrase right before a citing phrase is a source when it opens
// its sentence and a reporting verb follows the cited phrase in the same sentence, or when it stands after a
// sentence-opening as-word and its reporting verb ("Как передает X со ссылкой на …").
import { T } from '../text';
import { candidate } from './candidate';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';
import { phraseAt } from './word-phrases';

// The reporting verb follows the citing phrase within this many tokens ("со ссылкой на собеседников, знакомых с
// ситуацией, пишет": the cited phrase with its description).
const MAX_VERB_GAP = 14;

export const citingSubjects: SourcePass = {
  name: 'citing-subjects',
  run(ctx, found) {
    if (!ctx.lex.citingPreps.length) return;
    const { tokens, text } = ctx;
    // (which characters a source found so far covers: a span there is taken; marked once, not searched per match)
    const covered = new Uint8Array(text.length);
    for (const f of found) covered.fill(1, f.start, f.end);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word) continue;
      const len = phraseAt(ctx, ctx.lex.citingPreps, i);
      if (!len || ctx.inQuote(t.s)) continue;
      const read = ctx.np.backward(i - 1);
      if (!read || read.b !== i - 1) continue;
      // (read back, the as-clause's verb joins the name: "передает «Интерфакс»")
      const np = afterAsVerb(ctx, read) ?? read;
      if (np.a > np.b || !ctx.np.valid(np) || ctx.np.isPersonal(tokens[np.a].lc)) continue;
      if (np === read && !(opensSentence(ctx, np) && verbAfter(ctx, i + len))) continue;
      const c = candidate(ctx, np, 'attribution', text.slice(t.s, tokens[i + len - 1].e), t.s);
      if (covered.subarray(c.start, c.end).includes(1)) continue;
      found.push(c);
      covered.fill(1, c.start, c.end);
    }
  },
};

/** Does the phrase open its sentence? */
function opensSentence(ctx: SourceContext, np: NP): boolean {
  return ctx.np.sentenceInitial(np.a);
}

/** Is there a reporting verb within a few tokens after k, in the same sentence and paragraph? */
function verbAfter(ctx: SourceContext, k: number): boolean {
  const { tokens, C } = ctx;
  const si = ctx.sentences.at(tokens[k - 1].s);
  for (let j = k; j < tokens.length && j - k <= MAX_VERB_GAP; j++) {
    const t = tokens[j];
    if (t.block !== tokens[k - 1].block || ctx.sentences.at(t.s) !== si) return false;
    if (t.t !== T.Word || t.cap) continue;
    if (C.set.clause.has(t.lc)) return false;
    // (a verb with its own subject after it reports another clause: "Россия со ссылкой на угрозу ввела ограничения,
    // заявил Песков" — Peskov speaks, not Russia)
    if (C.speechWords.has(t.lc)) return !(tokens[j + 1]?.t === T.Word && tokens[j + 1].cap);
  }
  return false;
}

/** The phrase without the reporting verb of a sentence-opening as-word at its start ("Как | передает «Интерфакс»"), or null. */
function afterAsVerb(ctx: SourceContext, np: NP): NP | null {
  const { tokens, C } = ctx;
  const v = tokens[np.a];
  const as = tokens[np.a - 1];
  if (!as || v.t !== T.Word || as.t !== T.Word || v.cap || as.block !== v.block) return null;
  // (any verb: the citing phrase after the name makes it a report — "Как передает", "Как пишет", "Як інформує")
  return !C.set.stop.has(v.lc) && C.set.asWords.has(as.lc) && ctx.np.sentenceInitial(np.a - 1) ? { a: np.a + 1, b: np.b } : null;
}
