// Pass: a sentence's full stop after a scale or currency the language writes without a dot ("млн",
// "млрд", "грн"; lexicon dotlessAbbreviations) is no part of the figure: "4,2 млрд грн." is "4,2 млрд
// грн", "на 4 млн." is "4 млн". The dotted forms stay in the lexicon for outlets that write "грн." inside
// a sentence ("41,5 грн. за долар"), so a figure may end on one; at a sentence's end the dot is the stop.
import type { Lexicon } from '../lexicons';
import { alternation } from '../text';
import type { FigureContext, FigurePass } from './types';

const cache = new WeakMap<Lexicon, RegExp | null>();

function dottedEnd(lex: Lexicon): RegExp | null {
  let re = cache.get(lex);
  if (re === undefined) cache.set(lex, (re = lex.dotlessAbbreviations.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.dotlessAbbreviations)})\\.$`, 'iu') : null));
  return re;
}

// What follows a full stop: the text's or the line's end, or a space and a new sentence (a capital, a digit, a quotation mark, a dash).
const SENTENCE_AFTER = /^(?:$|\n|[\s\u00a0]+(?:$|[\p{Lu}\p{N}"«„“‘'—–-]))/u;

export const abbreviationStops: FigurePass = {
  name: 'abbreviationStops',
  run(ctx: FigureContext) {
    const re = dottedEnd(ctx.lex);
    if (!re) return;
    for (const f of ctx.out) {
      if (f.text.charCodeAt(f.text.length - 1) !== 0x2e || !re.test(f.text)) continue;
      if (!SENTENCE_AFTER.test(ctx.text.slice(f.end, f.end + 3))) continue;
      f.end -= 1;
      f.text = f.text.slice(0, -1);
    }
  },
};
