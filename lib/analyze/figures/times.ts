// Pass: clock times ("10:30", "17h30", "7:15 p.m.") are claimed so that no number is read out of
// them.
import { claim, type FigurePass } from './types';

const TIME_RE = /\d{1,2}(?::|h(?=\d\d))\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/giu;

export const times: FigurePass = {
  name: 'times',
  run(ctx) {
    const { text } = ctx;
    TIME_RE.lastIndex = 0;
    for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) {
      if (/\p{N}/u.test(text[m.index - 1] ?? '')) continue;
      claim(ctx, m.index, m.index + m[0].length);
    }
  },
};
