// Pass: clock times are figures of kind date ("9 a.m.", "7:15 p.m.", "14.30 Uhr", "18h30",
// "10:30"), with the time as "HH:MM"; a number in a time is never read as a count.
import { alternation } from '../text';
import type { Lexicon } from '../lexicons';
import { pushFigure, type FigurePass } from './types';

const cache = new Map<Lexicon, RegExp>();

/** H[sep MM][ suffix]: a suffix or a ":" separator makes it a time; "14.30" alone is a number. */
function timeRegex(lex: Lexicon): RegExp {
  let re = cache.get(lex);
  if (re) return re;
  const seps = alternation(lex.clockSeparators.length ? lex.clockSeparators : [':']);
  const suffix = lex.clockSuffixes.length ? `(?:[\\s\\u00a0]?(${alternation(lex.clockSuffixes)})(?![\\p{L}]))` : '()';
  re = new RegExp(`(?<![\\p{L}\\p{N}.,:])([01]?\\d|2[0-3])(?:[\\s\\u00a0]?(${seps})[\\s\\u00a0]?([0-5]\\d))?(?::[0-5]\\d)?${suffix}?(?![\\p{N}])`, 'giu');
  cache.set(lex, re);
  return re;
}

export const times: FigurePass = {
  name: 'times',
  run(ctx) {
    const { text, lex } = ctx;
    const re = timeRegex(lex);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [, h, sep, min, suffix] = m;
      // a time needs minutes after ":" (10:30) or a clock word (9 a.m., 14.30 Uhr, 18h30)
      if (!suffix && sep !== ':' && !(sep && /^\p{L}$/u.test(sep))) continue;
      if (!min && !suffix) continue;
      let hour = Number(h);
      const pm = suffix && /^p/i.test(suffix);
      if (pm && hour < 12) hour += 12;
      if (suffix && /^a/i.test(suffix) && hour === 12) hour = 0;
      const end = m.index + m[0].length;
      pushFigure(ctx, m.index, end, 'date', `${String(hour).padStart(2, '0')}:${min ?? '00'}`);
    }
  },
};
