// Pass: a size that is part of a product's name. A product line is often named with its size joined
// by a hyphen ("the 16-inch MacBook Pro", "a 65-inch Samsung TV", "the 11-inch Smart Keyboard"): the
// size names which model is meant, like the number of a "Boeing 737", and a review saying it forty
// times does not state forty quantities. Before a capitalised word, such a size is claimed (no
// figure); before a common noun it stays a measure ("a 15.6-inch touchscreen", "22-inch wheels").
// The units come from the lexicon (`nameSizeUnits`); languages where every noun is capitalised
// (German) or where the size follows the name have none.
import type { Lexicon } from '../lexicons/types';
import { alternation } from '../text';
import { claim, isFree, type FigurePass } from './types';

const compiled = new WeakMap<Lexicon, RegExp | null>();

/** "<number>-<unit>" followed on the same line by a capitalised word, as one regex (or null: no units). */
function sizeBeforeName(lex: Lexicon): RegExp | null {
  if (!compiled.has(lex)) {
    compiled.set(
      lex,
      lex.nameSizeUnits.length
        ? new RegExp(`(?<![\\p{L}\\p{N}.,-])\\d{1,3}(?:[.,]\\d{1,2})?-(?:${alternation(lex.nameSizeUnits)})(?=[ \\u00a0]+\\p{Lu})`, 'gu')
        : null,
    );
  }
  return compiled.get(lex)!;
}

export const nameSizes: FigurePass = {
  name: 'name-sizes',
  run(ctx) {
    const re = sizeBeforeName(ctx.lex);
    // most texts hold no such unit: a plain search spares the regex its scan
    if (!re || !ctx.lex.nameSizeUnits.some((u) => ctx.text.includes(`-${u}`))) return;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (isFree(ctx, m.index, m.index + m[0].length)) claim(ctx, m.index, m.index + m[0].length);
    }
  },
};
