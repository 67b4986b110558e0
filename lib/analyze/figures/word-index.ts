// Where each word of a text stands, read once per text. The bracket age's person-name check
// (context-words.ts) asks of each "First Surname (34)" whether the text writes the first name in lower
// case and the surname without that first name: one regex scan of the whole text per name was
// quadratic on a page of many different names in brackets. With the index each question reads the
// places of its own word only.

/** The text's words (maximal runs of letters), in order, and the runs of each word as written. */
export interface WordIndex {
  starts: number[];
  ends: number[];
  /** The indices (in starts/ends) of each word's runs, ascending. */
  byWord: Map<string, number[]>;
}

const LETTERS = /\p{L}+/gu;
const FIRST_RUN = /^\p{L}+/u;
const LETTER = /\p{L}/u;
// The separators between a word and the next that make it "the word before" it: spaces inside a line.
const INLINE_SPACE = /^[ \u00a0]+$/;

export function wordIndex(text: string): WordIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const byWord = new Map<string, number[]>();
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(text); m; m = LETTERS.exec(text)) {
    const k = starts.length;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    const list = byWord.get(m[0]);
    if (list) list.push(k);
    else byWord.set(m[0], [k]);
  }
  return { starts, ends, byWord };
}

/** The code point at `i` (one or two code units). */
const codePointAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);

/**
 * Each place where `s` (opening on a letter) stands as a whole in the text: at a word's start and with
 * no letter right after it, as `(?<!\p{L})s(?!\p{L})` would find it; `f` gets the index of the word it
 * opens on and stops the walk by returning true. Returns whether it was stopped.
 */
export function someOccurrence(idx: WordIndex, text: string, s: string, f: (k: number) => boolean): boolean {
  const head = FIRST_RUN.exec(s)?.[0];
  if (!head) return false;
  for (const k of idx.byWord.get(head) ?? []) {
    const p = idx.starts[k];
    if (head.length < s.length && !text.startsWith(s, p)) continue;
    const after = p + s.length;
    if (after < text.length && LETTER.test(codePointAt(text, after))) continue;
    if (f(k)) return true;
  }
  return false;
}

/** The word right before word k on its line, set off by spaces only ("Anna" of "Anna Müller"), or null. */
export function wordBefore(idx: WordIndex, text: string, k: number): string | null {
  if (k === 0) return null;
  const gap = text.slice(idx.ends[k - 1], idx.starts[k]);
  return INLINE_SPACE.test(gap) ? text.slice(idx.starts[k - 1], idx.ends[k - 1]) : null;
}
