// A reporting verb in the counterfactual perfect ("Uber might have suggested that …", "officials could have
// warned that …", "he should have said so") tells what someone did not say: the modal and the perfect put the
// act in an unreal past, like a negation. Such a verb reports nothing. The modals of the counterfactual are a
// language's own (lexicon `counterfactualPerfects`, a modal and its perfect auxiliary); a plain modal ("may
// have said": perhaps said) is left alone, and so is a language whose conditional reports hearsay (French
// "aurait déclaré").
import { T } from '../text';
import type { SourceContext } from './types';

/** Is the verb at token ti in the counterfactual perfect (adverbs may stand between: "might well have suggested")? */
export function counterfactual(ctx: SourceContext, ti: number): boolean {
  const phrases = ctx.lex.counterfactualPerfects;
  if (!phrases.length) return false;
  const { tokens } = ctx;
  for (const phrase of phrases) {
    let words = phrase.split(' ');
    // ("Voters could | have shown": a cue that opens with the perfect's auxiliary holds the phrase's last word)
    if (words.length > 1 && tokens[ti]?.lc === words[words.length - 1]) words = words.slice(0, -1);
    let k = ti - 1;
    let ok = true;
    for (let w = words.length - 1; w >= 0 && ok; w--) {
      while (k >= 0 && tokens[k].t === T.Word && ctx.np.isAdverb(tokens[k]) && tokens[k].lc !== words[w]) k--;
      ok = k >= 0 && tokens[k].t === T.Word && tokens[k].lc === words[w];
      k--;
    }
    if (ok) return true;
  }
  return false;
}
