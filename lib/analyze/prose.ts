// What of an article's text is prose. A long run of printable ASCII without a space is never a
// sentence: it is a URL, a hash, base64, a minified blob or a "word" made to stall the analyser (a
// 2 MB one took 0.6 s to tokenise and 0.45 s of figure regexes, and yielded "figures" such as the
// digits of a URL). Such runs are blanked (each character becomes a space, so every offset into
// the text stays valid) before the analysis passes read it; nothing is found inside them.
//
// Only ASCII runs: Chinese, Japanese, Thai… write whole sentences without spaces, and those must
// be read.

/**
 * Longest run of printable non-space ASCII that can still be prose. Real words and figures are far
 * shorter; the longest ordinary URLs in the benchmark's article texts are under 200 characters, and
 * a figure inside a URL is not a figure anyway. Chosen well above both so that no prose is blanked.
 */
export const MAX_PROSE_RUN = 256;

// The lookbehind makes a match start only where a run starts: without it, the engine retried from
// every character inside every word (each retry rescanning the rest of the word), 4 % of the
// analysis of an ordinary article. The matches are the same: a run long enough from inside also is
// from its start, which comes first.
const LONG_RUN = new RegExp(`(?<![\\x21-\\x7e])[\\x21-\\x7e]{${MAX_PROSE_RUN + 1},}`, 'g');

/** `text` with every over-long ASCII run replaced by spaces of the same length (same string if none). */
export function blankNonProse(text: string): string {
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  return text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
}
