// The stored context an orphaned note shows around its quote, cut to the words next to it. New
// annotations store 256 characters each side (lib/anchor/describe.ts: enough to tell a deleted
// sentence from a look-alike next one) — a paragraph's worth, more than a reader needs to recognise
// where the note was.

/** Characters of context shown on each side, at most. */
export const ORPHAN_CONTEXT_CHARS = 60;

/** The end of `text`, at most ORPHAN_CONTEXT_CHARS, starting at a word. */
export function nearEnd(text: string): string {
  if (text.length <= ORPHAN_CONTEXT_CHARS) return text;
  const tail = text.slice(-ORPHAN_CONTEXT_CHARS);
  const space = tail.search(/\s/);
  // (a cut that would leave nothing — the only space ends the context — keeps the characters)
  return space >= 0 && space < tail.length - 1 ? tail.slice(space + 1) : tail;
}

/** The start of `text`, at most ORPHAN_CONTEXT_CHARS, ending at a word. */
export function nearStart(text: string): string {
  if (text.length <= ORPHAN_CONTEXT_CHARS) return text;
  const head = text.slice(0, ORPHAN_CONTEXT_CHARS);
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space) : head;
}
