// One link split into several anchors is one link. Pages (often pasted from a word processor) break
// a linked word where its formatting changes: `<a href=X>expand</a><span><a href=X>ed</a></span>`.
// The reader sees one linked word "expanded"; the link map had two links, "expand" and "ed", and
// the analysis listed both as sources. Links to the same address that touch (no character between
// them in the text), or that only a space or tab parts inside one line ("<a>D</a><a>ata</a> <a>M</a><a>odel</a>",
// a phrase styled word by word), are joined into one.
import type { TextLink } from './types';

/** Is text[a, b) empty or spaces and tabs only (no line break)? */
function spaceOnly(text: string | undefined, a: number, b: number): boolean {
  if (a === b) return true;
  return text !== undefined && b > a && /^[ \t\u00a0]+$/u.test(text.slice(a, b));
}

/** `links` sorted by start, with touching (or, given the text, space-parted) links of the same href joined (a new array). */
export function joinSplitLinks(links: readonly TextLink[], text?: string): TextLink[] {
  const out: TextLink[] = [];
  for (const l of links) {
    const last = out[out.length - 1];
    if (last && last.href === l.href && last.end <= l.start && spaceOnly(text, last.end, l.start)) last.end = Math.max(last.end, l.end);
    else out.push({ ...l });
  }
  return out;
}
