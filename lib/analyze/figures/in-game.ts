// Whether a sentence is about a game: a word of the lexicon's `gameWords` ("overtime", "touchdown")
// or a bare game score ("38-10") in it. Periods of play ("the third quarter") and the game clock
// ("2:55 into overtime") are read differently in such a sentence than in a report of the economy.
import { isBareScore } from './scores';
import type { FigureContext } from './types';

// A pair of numbers that may be a game's score ("38-10"), tested with isBareScore.
const PAIR = /(?<![\d.,])(\d{1,2})([-–])(\d{1,2})(?![\d.,]\d|[-–/%])/g;
// Each analysis's answers by sentence: a sentence is read once, however many clock times or periods
// in it ask (a paragraph of 100,000 "9:00 - " read its whole sentence for each time: quadratic).
const answers = new WeakMap<FigureContext, Map<number, boolean>>();

/** Is the sentence at `pos` about a game: a word of the lexicon's `gameWords` or a bare game score in it? */
export function inGame(ctx: FigureContext, pos: number): boolean {
  const si = ctx.sentences.at(pos);
  if (si < 0) return false;
  let known = answers.get(ctx);
  if (!known) answers.set(ctx, (known = new Map()));
  let answer = known.get(si);
  if (answer === undefined) known.set(si, (answer = sentenceInGame(ctx, si)));
  return answer;
}

function sentenceInGame(ctx: FigureContext, si: number): boolean {
  const { text, sentences } = ctx;
  const a = sentences.starts[si];
  const s = text.slice(a, sentences.ends[si]);
  const re = ctx.F.gameWord;
  if (!re) return false;
  if (re.test(s)) return true;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(s); m; m = PAIR.exec(s)) if (isBareScore(text, a + m.index, a + m.index + m[0].length, m[1], m[2], m[3], null)) return true;
  return false;
}
