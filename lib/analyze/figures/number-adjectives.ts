// Pass: adjectives made of a number and a unit in one word ("двухдневный визит", "п'ятирічний
// термін", "zweitägige Konferenz"): a measure, as "two-day" is in English. The prefixes and the
// unit stems are lexicon data (`numberPrefixes`, `unitStems`); languages that join the two with a
// hyphen ("two-day", "5-year") leave them out, and the spelled and numbers passes read those.
import { T } from '../text';
import { pushFigure, type FigurePass } from './types';

export const numberAdjectives: FigurePass = {
  name: 'number-adjectives',
  run(ctx) {
    const { lex, tokens } = ctx;
    const re = ctx.F.numberAdjective;
    if (!re) return;
    for (const tok of tokens) {
      if (tok.t !== T.Word || ctx.used[tok.s]) continue;
      const m = re.exec(tok.lc);
      if (m) pushFigure(ctx, tok.s, tok.e, 'measure', lex.numberPrefixes![m[1]], lex.unitStems![m[2]]);
    }
  },
};
