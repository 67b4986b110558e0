// Pass: figures in tables. A table row is a block whose cells are separated by tabs (see
// lib/extract/text.ts); consecutive rows form one table. Each figure in one gets the table's
// number, so the Figures list can group them and the reader can leave them unmarked by default.
import type { FigurePass } from './types';

export const tables: FigurePass = {
  name: 'tables',
  run(ctx) {
    const { text, out } = ctx;
    if (!text.includes('\t') || !out.length) return;
    out.sort((a, b) => a.start - b.start);
    let table = 0;
    let inTable = false;
    let k = 0;
    const BLOCK = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
    for (let m = BLOCK.exec(text); m && k < out.length; m = BLOCK.exec(text)) {
      const end = m.index + m[0].length;
      const row = m[0].includes('\t');
      if (row && !inTable) table++;
      inTable = row;
      while (k < out.length && out[k].start < end) {
        if (row && out[k].start >= m.index) out[k].table = table;
        k++;
      }
    }
  },
};
