// "The Master Builder Series sets emphasizes playability": a verb of emphasis (lexicon `focusVerbs`) with a plain
// object and no clause describes what a thing is made for; only a subject that names someone or a document ("the
// minister emphasized the need …", "the report stresses the risks") reports with it. Kept apart from ./cues.ts.
import { T } from '../text';
import { isDocWord } from './compile';
import { OPEN_Q, type NP } from './phrases';
import type { SourceContext } from './types';

// A clause after the verb is looked for at most this many tokens on ("emphasized in a statement that …").
const MAX_CLAUSE_LOOKAHEAD = 10;

/** Is the cue a verb of emphasis whose subject np names no one, with no clause, colon or quotation after it? */
export function focusWithoutSpeaker(ctx: SourceContext, cue: string, np: NP, after: number): boolean {
  const { tokens, C } = ctx;
  if (!ctx.lex.focusVerbs.includes(cue.toLowerCase())) return false;
  const head = tokens[np.b];
  if (!head || head.t !== T.Word || head.cap || ctx.np.isNounish(head) || isDocWord(C, head.lc)) return false;
  for (let k = after; k < tokens.length && k - after <= MAX_CLAUSE_LOOKAHEAD && tokens[k].block === head.block; k++) {
    const t = tokens[k];
    if (t.lc === ':' || OPEN_Q.has(t.lc) || (t.t === T.Word && C.set.clause.has(t.lc) && !C.set.coordinators.has(t.lc))) return false;
    if (t.t === T.Punct && t.lc !== ',') break;
  }
  return true;
}
