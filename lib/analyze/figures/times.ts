// Pass: clock times are figures of kind date ("9 a.m.", "7:15 p.m.", "14.30 Uhr", "18h30",
// "10:30") and times of day named by a word ("midnight", "minuit"), with the time as "HH:MM"; a
// number in a time is never read as a count. In a sentence about a game, "M:SS" without a clock
// word is the game clock ("2:55 into overtime", "with 1:24 left"): an elapsed time, a measure in
// seconds, not a time of day.
import { alternation, anyOf, type WordTest } from '../text';
import type { Lexicon } from '../lexicons';
import { inGame } from './in-game';
import { eachAtDigitRuns, pushFigure, type FigurePass } from './types';

const cache = new Map<Lexicon, RegExp>();
const wordCache = new Map<Lexicon, RegExp | null>();
const hintCache = new Map<Lexicon, WordTest>();

/** Whether a text holds one of the named times at all: one plain search before the bounded regex's scan. */
function clockWordHint(lex: Lexicon): WordTest {
  let hint = hintCache.get(lex);
  if (!hint) hintCache.set(lex, (hint = anyOf(Object.keys(lex.clockWords))));
  return hint;
}

/** The lexicon's named times of day ("midnight", "minuit"), as written; not inside a word ("après-midi"). */
function clockWordRegex(lex: Lexicon): RegExp | null {
  if (!wordCache.has(lex)) {
    const words = Object.keys(lex.clockWords);
    wordCache.set(lex, words.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, 'gu') : null);
  }
  return wordCache.get(lex)!;
}

/** H[sep MM][ suffix]: a suffix or a ":" separator makes it a time; "14.30" alone is a number. Sticky, tried where digits start. */
function timeRegex(lex: Lexicon): RegExp {
  let re = cache.get(lex);
  if (re) return re;
  const seps = alternation(lex.clockSeparators.length ? lex.clockSeparators : [':']);
  const suffix = lex.clockSuffixes.length ? `(?:[\\s\\u00a0]?(${alternation(lex.clockSuffixes)})(?![\\p{L}]))` : '()';
  re = new RegExp(`(?<![\\p{L}\\p{N}.,:])([01]?\\d|2[0-3])(?:[\\s\\u00a0]?(${seps})[\\s\\u00a0]?([0-5]\\d))?(?::[0-5]\\d)?${suffix}?(?![\\p{N}])`, 'iuy');
  cache.set(lex, re);
  return re;
}

export const times: FigurePass = {
  name: 'times',
  run(ctx) {
    const { text, lex } = ctx;
    // a time starts on a digit after no digit: where a run of digits starts
    eachAtDigitRuns(ctx, timeRegex(lex), (m) => {
      const [, h, sep, min, suffix] = m;
      // a time needs minutes after ":" (10:30) or a clock word (9 a.m., 14.30 Uhr, 18h30)
      if (!suffix && sep !== ':' && !(sep && /^\p{L}$/u.test(sep))) return;
      if (!min && !suffix) return;
      let hour = Number(h);
      const pm = suffix && /^p/i.test(suffix);
      if (pm && hour < 12) hour += 12;
      if (suffix && /^a/i.test(suffix) && hour === 12) hour = 0;
      const end = m.index + m[0].length;
      // the game clock: minutes and seconds only, no clock word, in a sentence about a game
      if (sep === ':' && !suffix && /^\d{1,2}:\d\d$/.test(m[0]) && inGame(ctx, m.index)) {
        pushFigure(ctx, m.index, end, 'measure', Number(h) * 60 + Number(min), 's');
        return;
      }
      pushFigure(ctx, m.index, end, 'date', `${String(hour).padStart(2, '0')}:${min ?? '00'}`);
    });
    // "around midnight", "à midi", "опівночі": a time of day named by a word
    const words = clockWordRegex(lex);
    // most texts name no time of day: a plain search spares the regex its scan
    if (!words || !clockWordHint(lex).test(text)) return;
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) pushFigure(ctx, m.index, m.index + m[0].length, 'date', lex.clockWords[m[0]]);
  },
};
