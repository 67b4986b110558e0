// Pass: a credit label after a modifier. "Main image credit: Getty", "Top photo: Reuters", "Lead
// image: AFP": a caption line may put a word or two before the label, so the label itself is not
// capitalised and the credits pass (which reads labels that start a phrase) does not see it. The
// words before it must be the whole start of the paragraph: a capitalised word, then lower-case
// words — never a sentence ("The photo: …" is still read; "He took the photo: …" is not a line start).
import { T } from '../text';
import { creditAfterLabel } from './credits';
import type { SourcePass } from './types';

// At most this many words before the label ("Main image", "Our top photo").
const MAX_MODIFIER_WORDS = 2;

export const creditLabelModifiers: SourcePass = {
  name: 'credit-label-modifiers',
  run(ctx, found) {
    const { tokens } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || t.cap) continue;
      // the paragraph's first token, MAX_MODIFIER_WORDS or fewer words back, all words
      let first = i - 1;
      while (first > 0 && tokens[first - 1].block === t.block && i - first < MAX_MODIFIER_WORDS) first--;
      if (first > 0 && tokens[first - 1].block === t.block) continue;
      if (tokens[first].block !== t.block || !tokens[first].cap) continue;
      let words = true;
      for (let k = first; k < i; k++) if (tokens[k].t !== T.Word || (k > first && tokens[k].cap)) words = false;
      if (!words) continue;
      const c = creditAfterLabel(ctx, i);
      if (c) found.push(c);
    }
  },
};
