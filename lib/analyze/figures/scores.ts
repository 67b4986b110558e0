// A game's score written "N-M" with no score noun after it ("a 4-1 win" is caught by the lexicon's
// score words): set scores listed together ("6-4, 7-6 (5)"), a tie-break in parentheses after the
// pair ("6-7 (4)"), or a pair that does not go up ("level the series 1-1", "serving at 5-4") — a
// range runs from low to high, a score need not. The labelling policy lists no score as a figure.
// Written with digits and marks only, so the same in every language. A score written with a colon
// ("ein 2:1", "0:0", "3:2") has a one-digit second side, which no clock time has ("14:30").

// Each side of a score: a whole number of at most two digits ("6", "21"); "2019-20" is a season.
const SIDE = /^\d{1,2}$/;
// The separator of a score: one hyphen or en dash, no space ("6-4", "6–4"; "6 - 4" may be a range).
const SEP = /^[-–]$/;
// A tie-break right after the pair: "7-6 (5)", "7-6(5)".
const TIEBREAK = /^[\s\u00a0]?\(\d{1,2}\)/;
// Another score after the pair in a list: ", 6-3".
const SCORE_AFTER = /^,[\s\u00a0]+\d{1,2}[-–]\d{1,2}(?![\d.,]\d|[-–/%])/;
// Another score (with its tie-break) before the pair in a list: "6-4, ".
const SCORE_BEFORE = /(?<![\d.,])\d{1,2}[-–]\d{1,2}(?:[\s\u00a0]?\(\d{1,2}\))?,[\s\u00a0]+$/;
// How far before the pair the list's previous score may start.
const LOOKBACK = 16;

// How far before the pair a word of voting makes it a tally ("The bill passed 52-48", "a 5-4 ruling").
const TALLY_REACH = 40;

/**
 * Is "lo<sep>hi" at [start, end) a game's score? `lo`, `sep`, `hi` are the two numbers and the
 * separator as written; `tally` matches the lexicon's words of voting, which make the pair a tally
 * of votes to keep ("The bill passed 52-48").
 */
export function isBareScore(text: string, start: number, end: number, lo: string, sep: string, hi: string, tally: RegExp | null): boolean {
  if (!SIDE.test(lo) || !SIDE.test(hi) || !SEP.test(sep)) return false;
  if (tally && tally.test(text.slice(Math.max(0, start - TALLY_REACH), end + TALLY_REACH))) return false;
  if (+lo >= +hi) return true;
  const after = text.slice(end, end + 12);
  return TIEBREAK.test(after) || SCORE_AFTER.test(after) || SCORE_BEFORE.test(text.slice(Math.max(0, start - LOOKBACK), start));
}

// A score with a colon: up to two digits, a colon, one digit, and no more digits or a time word after it.
const COLON_SCORE = /^\d{1,2}:\d(?![\d:.,]\d|\d)/;

/** The length of a colon score ("2:1") at `pos` in `text`, or 0. */
export function colonScoreAt(text: string, pos: number): number {
  return COLON_SCORE.exec(text.slice(pos, pos + 8))?.[0].length ?? 0;
}
