// Making a source candidate from a token run, and the test that turns an attribution into a quote
// source (a quotation right before or after the name or its cue, in the same sentence).
import type { SourceKind } from '../types';
import type { NP } from './phrases';
import type { SourceCandidate, SourceContext } from './types';

export function candidate(ctx: SourceContext, np: NP, kind: SourceKind, cue: string | undefined, cueStart: number): SourceCandidate {
  const start = ctx.tokens[np.a].s;
  const end = ctx.tokens[np.b].e;
  return { start, end, text: ctx.text.slice(start, end), kind, name: '', cue, sentence: ctx.sentences.at(cueStart) };
}

/** A quotation in the same sentence, ending just before or starting just after [a, b). */
export function quoteNear(ctx: SourceContext, a: number, b: number): boolean {
  const { text } = ctx;
  const si = ctx.sentences.at(a);
  const s0 = si >= 0 ? ctx.sentences.starts[si] : 0;
  // before: a closing quotation mark, then only spaces, commas, dots or dashes
  for (let i = a - 1; i >= Math.max(s0, a - 6); i--) {
    const c = text[i];
    if (CLOSING.has(c)) return true;
    if (!BETWEEN.has(c)) break;
  }
  // after: spaces, an optional colon or comma, spaces, an opening quotation mark
  let i = b;
  const stop = Math.min(text.length, b + 60);
  while (i < stop && SPACE.has(text[i])) i++;
  if (text[i] === ':' || text[i] === ',') i++;
  while (i < stop && SPACE.has(text[i])) i++;
  return i < stop && OPENING.has(text[i]);
}

const CLOSING = new Set(['”', '»', '“', '"']);
const OPENING = new Set(['“', '«', '„', '"']);
const SPACE = new Set([' ', '\u00a0', '\n', '\t']);
const BETWEEN = new Set([' ', '\u00a0', ',', '.', '—', '–', '-']);
