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

// A team's record of wins, losses and ties (or overtime losses) written as three or more small
// numbers joined by hyphens: "improved to 14-0-1", "a 1-6-2 skid", "(3-0-2)". A record is no
// quantity (the labelling policy lists no score or record); without this its pieces were read as
// a range "1-6" and lone counts. Each part has at most two digits (a date's year has four; a
// date written "20-11-19" is taken by the dates pass, which runs first).
const RECORD = /^\d{1,2}(?:[-–]\d{1,2}){2,}(?![\p{L}\p{N}%]|[-–/.,]\d)/u;
// How far a record may run: four parts of two digits and their hyphens.
const RECORD_SPAN = 16;

/** The length of a win-loss-tie record ("14-0-1") at `pos` in `text`, or 0. */
export function recordAt(text: string, pos: number): number {
  return RECORD.exec(text.slice(pos, pos + RECORD_SPAN))?.[0].length ?? 0;
}

// A line of a results round-up that opens with a game's score: "Wild 4, Sabres 1: Zach Parise
// scored twice", "Red Wings 3, Blue Jackets 2". Each side is a name of one to four capitalised
// words and a number of up to three digits; the line goes on with a colon or ends. The first
// side's number read as a count ("4") was half a score; the second was already taken as part of
// a name ("Sabres 1").
const TEAM = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,3}`;
const SCORE_LINE = new RegExp(String.raw`(?<=^|\n)${TEAM}[ \u00a0](\d{1,3}),[ \u00a0]${TEAM}[ \u00a0](\d{1,3})(?=[ \u00a0\u202f]*(?::|\n|$))`, 'gud');

// The two marks of a score line a plain search can find: a number, a comma and a capital ("4, S")...
const PAIR_OPEN = /\d, \p{Lu}/gu;
// ...and later on the same line, a number at the line's end or before a colon ("1:", "1\n").
const LINE_END = /\d[ \u00a0\u202f]*(?::|$)/gmu;

/**
 * Has `text` a line with both marks of a score line, in order? Most texts have none, which spares
 * the full scan. One pass: a single pattern for both ("\d, \p{Lu}[^\n]*\d…") went back over the
 * rest of the line from every pair, quadratic on a line of many ("November 1, November 1, …").
 */
function mayHoldScoreLine(text: string): boolean {
  PAIR_OPEN.lastIndex = 0;
  let end = -1; // the first line end mark at or after the last place searched from
  for (let m = PAIR_OPEN.exec(text); m; m = PAIR_OPEN.exec(text)) {
    const from = m.index + m[0].length; // after the capital
    if (end < from) {
      LINE_END.lastIndex = from;
      const e = LINE_END.exec(text);
      if (!e) return false;
      end = e.index;
    }
    const nl = text.indexOf('\n', m.index);
    if (nl < 0 || end < nl) return true;
    PAIR_OPEN.lastIndex = nl + 1; // this line has no mark after its first pair: go on to the next
  }
  return false;
}

/** The numbers of the score lines in `text`, as [start, end) pairs. */
export function scoreLineNumbers(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!mayHoldScoreLine(text)) return out;
  SCORE_LINE.lastIndex = 0;
  for (let m = SCORE_LINE.exec(text); m; m = SCORE_LINE.exec(text)) out.push(m.indices![1]!, m.indices![2]!);
  return out;
}
