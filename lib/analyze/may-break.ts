// Where a line may hold a sentence break: its first sentence terminal or paragraph separator, as
// `line.search(MAY_BREAK)` finds it, without running a Unicode-property regex over the whole line.
// The sentence index asks it of every line, and a line without any (a 1 MB paragraph of
// "“Minister N said", a poem) was scanned by that regex to its end: the largest single cost of the
// sentence index on bench:hostile's quotes page. A character of the Basic Multilingual Plane is
// asked of the regex once and remembered; a surrogate (half of an astral character) is asked in place.

/** A character after which ICU may break a sentence: a terminal, or a paragraph separator. */
export const MAY_BREAK = /[\p{Sentence_Terminal}\r\u0085\u2028\u2029]/u;
/** The same class, sticky: asked at one position. */
const MAY_BREAK_AT = /[\p{Sentence_Terminal}\r\u0085\u2028\u2029]/uy;

/** Per BMP code unit: 0 not asked yet, 1 may break, 2 does not (a surrogate is never kept: it may be half of a pair). */
const BMP = new Uint8Array(0x10000);

/** Does the code unit `c` at `line[i]` start a MAY_BREAK character? */
function breaksAt(line: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) {
    MAY_BREAK_AT.lastIndex = i;
    return MAY_BREAK_AT.test(line);
  }
  if (!BMP[c]) BMP[c] = MAY_BREAK.test(String.fromCharCode(c)) ? 1 : 2;
  return BMP[c] === 1;
}

/** `line.search(MAY_BREAK)`: the offset of the first character that may break a sentence, or -1. */
export function firstMayBreak(line: string): number {
  for (let i = 0; i < line.length; i++) if (breaksAt(line, i, line.charCodeAt(i))) return i;
  return -1;
}
