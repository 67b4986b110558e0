// Pass: a size that is part of a product's name. A product line is often named with its size joined
// by a hyphen ("the 16-inch MacBook Pro", "a 65-inch Samsung TV", "the 11-inch Smart Keyboard"): the
// size names which model is meant, like the number of a "Boeing 737", and a review saying it forty
// times does not state forty quantities. Before a capitalised word that recurs after the same size, such
// a size is claimed (no figure); before a common noun, an acronym ("a 6-inch OLED screen"), a day or a
// month, or once only ("a 10-inch Chicago snowstorm"), it stays a measure ("a 15.6-inch touchscreen").
// The units come from the lexicon (`nameSizeUnits`); languages where every noun is capitalised
// (German) or where the size follows the name have none.
import { claim, isFree, type FigurePass } from './types';

// A size is part of a name only when the same size and name occur at least this often in the text.
const MIN_NAME_REPEATS = 2;

export const nameSizes: FigurePass = {
  name: 'name-sizes',
  run(ctx) {
    // ("<number>-<unit>" followed on the same line by a capitalised word: pass-words.ts nameSize)
    const re = ctx.F.nameSize;
    // most texts hold no such unit: a plain search spares the regex its scan
    if (!re || !ctx.lex.nameSizeUnits.some((u) => ctx.text.includes(`-${u}`) || ctx.text.includes(`-${u.charAt(0).toLocaleUpperCase()}${u.slice(1)}`))) return;
    re.lastIndex = 0;
    const found: Array<{ at: number; end: number; key: string }> = [];
    const seen = new Map<string, number>();
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const word = m[1];
      // "a 6-inch OLED screen", "reached 12-inch Tuesday", "a 10-inch Chicago snowstorm": an acronym, a day or a month is no model's name
      if (word.length > 1 && word === word.toUpperCase()) continue;
      const lc = word.toLowerCase();
      if (ctx.lex.weekdays.includes(lc) || Object.hasOwn(ctx.lex.months, lc)) continue;
      const key = `${m[0].toLowerCase()} ${word}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      found.push({ at: m.index, end: m.index + m[0].length, key });
    }
    // a model's name recurs ("the 16-inch MacBook Pro" … "the 16-inch MacBook Pro"); once, the size may be a measure
    for (const f of found) if ((seen.get(f.key) ?? 0) >= MIN_NAME_REPEATS && isFree(ctx, f.at, f.end)) claim(ctx, f.at, f.end);
  },
};
