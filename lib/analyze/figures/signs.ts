// Pass: a temperature below zero said with a word ("minus 3 degrees", "minus drei Grad", "moins trois degrés",
// "минус три градуса", "мінус три градуси") is one negative figure, as "-3 °C" in digits is; before, the word was
// left out and the value read as above zero. Only degrees: elsewhere the word is an operation ("the price minus 20%").
// After an approximator it is no sign ("au moins trois degrés": at least three), nor in a tolerance ("plus or minus 3
// degrees", lexicon plusMinusWords). Runs after the passes that read
// the measure, in digits or words, and widens it over the word.
import { before } from './context-words';
import { claim, isFree, type FigurePass } from './types';

// The units of a temperature (lexicon units): a sign word before one of these is the sign of the value.
const DEGREES = new Set(['°', '°C', '°F']);

export const signs: FigurePass = {
  name: 'signs',
  run(ctx) {
    const re = ctx.F.minusBefore;
    if (!re) return;
    for (const f of ctx.out) {
      if (f.kind !== 'measure' || !f.unit || !DEGREES.has(f.unit) || typeof f.value !== 'number' || f.value <= 0) continue;
      const b = before(ctx, f.start, 24);
      const m = re.exec(b);
      if (!m) continue;
      const start = f.start - m[0].length;
      if (!isFree(ctx, start, f.start) || ctx.F.approxBefore.test(before(ctx, f.start))) continue;
      // "plus or minus 3 degrees": a tolerance, no sign
      if (ctx.F.toleranceBefore?.test(before(ctx, start, 24))) continue;
      claim(ctx, start, f.start);
      f.start = start;
      f.text = ctx.text.slice(start, f.end);
      f.value = -f.value;
    }
  },
};
