// Word and number edges: where a whole-word quote may begin and end in the current text.
//
// Why a module of its own: a quote that began and ended at word boundaries must re-attach only at
// word boundaries ("in" is not inside "grain"), and a number is one word even with its decimal or
// group separator: "13" is not inside "13,5", "1.200" is not inside "1.200.000". The stored quote's
// own edges are read with the same rules, so a quote that was part of a number keeps no constraint.

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Letter, mark, digit or underscore at s[i] (false outside the string). */
export function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(s[i]);
}

const isDigit = (s: string, i: number) => i >= 0 && i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
const isSeparator = (s: string, i: number) => s[i] === '.' || s[i] === ',';

/** The position between s[i-1] and s[i] lies inside a number such as "13,5" or "1.200" (either side of its separator). */
export function splitsNumber(s: string, i: number): boolean {
  if (isDigit(s, i - 1) && isSeparator(s, i) && isDigit(s, i + 1)) return true;
  return isSeparator(s, i - 1) && isDigit(s, i - 2) && isDigit(s, i);
}

/** The position between s[i-1] and s[i] cuts a word or a number. */
export function cutsWord(s: string, i: number): boolean {
  return (isWordChar(s, i - 1) && isWordChar(s, i)) || splitsNumber(s, i);
}

/** Whether the quote `q` began (ended) at a word edge given its context; null when it does not start (end) with a word character. */
export function quoteEdges(q: string, prefix: string | undefined, suffix: string | undefined): { start: boolean | null; end: boolean | null } {
  const head = prefix === undefined || !isWordChar(q, 0) ? null : !cutsWord(prefix.slice(-2) + q.slice(0, 2), Math.min(2, prefix.length));
  const tail = suffix === undefined || !isWordChar(q, q.length - 1) ? null : !cutsWord(q.slice(-2) + suffix.slice(0, 2), Math.min(2, q.length));
  return { start: head, end: tail };
}
