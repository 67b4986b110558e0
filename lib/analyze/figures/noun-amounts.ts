// Where every noun is capitalised (German), a capitalised word before a number is as often the clause's
// subject or object as a name: "Im Mai verdiente der Konzern 1,4 Mrd. Euro", "zahlte die Bank 500 Euro".
// A number that goes on with a scale, a currency, a percent word or a unit is such an amount, no name's
// number ("Konzern 1"); a name's number stands alone ("Windows 2000", "Paragraf 218").
import type { FigureContext } from './types';
import { scaleAfter, unitAfter } from './units';

/** Does the number ending at `ne` go on with its unit or scale, in a language that capitalises every noun? */
export function nounBeforeAmount(ctx: FigureContext, ne: number): boolean {
  if (!ctx.lex.capitalisedNouns) return false;
  // (one space, then the unit or scale: "1,4 Mrd. Euro", "500 Euro", "5,5 Prozent")
  if (ctx.text[ne] !== ' ' && ctx.text[ne] !== '\u00a0') return false;
  return !!(scaleAfter(ctx, ne, false) || unitAfter(ctx, ne, false, false));
}
