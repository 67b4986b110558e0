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

// A printable, non-space ASCII character (what a run is made of).
const isRunChar = (c: number) => c >= 0x21 && c <= 0x7e;

/**
 * `text` with every over-long ASCII run replaced by spaces of the same length (same string if none).
 * A loop over the character codes rather than a regex: the regex search retried at every character
 * of every word (2–4 % of the analysis of an ordinary article, which has no such run at all).
 */
export function blankNonProse(text: string): string {
  let out = '';
  let copied = 0; // text[0, copied) is in `out`
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isRunChar(text.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > MAX_PROSE_RUN) {
      out += text.slice(copied, runStart) + ' '.repeat(i - runStart);
      copied = i;
    }
    runStart = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
