// Pass: numbers and fractions spelled out ("two former engineers", "fünf Monate", "ein Viertel",
// "la moitié"). A capitalised number word counts only at the start of a sentence (German number
// words are not capitalised).
import { T } from '../text';
import type { FigureKind } from '../types';
import { isSentenceStart } from './context-words';
import { pushFigure, type FigurePass } from './types';

export const spelled: FigurePass = {
  name: 'spelled',
  run(ctx) {
    const { F, text, tokens, lex } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok.t !== T.Word) continue;
      const flen = F.fraction.at(tokens, i);
      if (flen) {
        const end = tokens[i + flen - 1].e;
        const pct = lex.fractions[text.slice(tok.s, end).toLowerCase().replace(/[\s\u00a0]+/g, ' ')];
        if (pct != null) pushFigure(ctx, tok.s, end, 'percent', pct, '%');
        continue;
      }
      const val = F.numberWords.get(tok.lc);
      if (val == null || !F.wordNum) continue;
      const prevCh = text[tok.s - 1] ?? ' ';
      if (prevCh === '-' || /[\p{L}\p{N}]/u.test(prevCh)) continue;
      F.wordNum.lastIndex = tok.s;
      const m = F.wordNum.exec(text);
      if (!m) continue;
      if (tok.cap && (lex.capitalisedNouns || !isSentenceStart(ctx, tok.s))) continue;
      let end = tok.s + m[1].length;
      let kind: FigureKind = 'count';
      let unit: string | undefined;
      F.unitAt.lastIndex = end;
      const um = F.unitAt.exec(text);
      const u = um ? F.unitMap.get(um[1].toLowerCase()) : undefined;
      if (um && u?.kind === 'measure') {
        kind = 'measure';
        unit = u.unit;
        end += um[0].length;
      }
      pushFigure(ctx, tok.s, end, kind, val, unit);
    }
  },
};
