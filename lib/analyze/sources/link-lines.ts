// Where a body link stands, read from its line and sentence: the rules that take a link on a name or on other words
// to a deep page need a clause of prose around it. A reference list's entry ("^ "Geography". Statistics New Zealand.
// Archived from <a>the original</a> on 22 May 2010."), a list of external links ("<a>New Zealand</a> from BBC News")
// and a credit line ("Photos by <a>J E Theriot</a>, <a>George Redgrave</a>") have words around the link but no verb:
// their links name or file a page, they back no claim.
import { T, tokenAt } from '../text';
import type { SourceContext } from './types';

/** The link's line, as offsets [start, end). */
function lineAround(text: string, a: number): [number, number] {
  const le = text.indexOf('\n', a);
  return [text.lastIndexOf('\n', a - 1) + 1, le < 0 ? text.length : le];
}

// A reference list's entry opens on a caret, its backlink ("^ a b Smith, J. …"); an entry may share its line with others.
const REFERENCE_MARK = /(?:^|\s)\^(?=\s)/u;

/** Is the link in a reference list's entry: a caret backlink before it on its line? (A bounded read back.) */
export function referenceEntry(text: string, a: number): boolean {
  const [ls] = lineAround(text, a);
  return REFERENCE_MARK.test(text.slice(Math.max(ls, a - MAX_ENTRY_CHARS), a));
}
// A reference entry's caret stands at most this many characters before a link in it (an entry is a few lines of print).
const MAX_ENTRY_CHARS = 600;

/** Is the link's line a credit line: a credit label opening it, then a colon or a grammar word ("Photos by …", "Image: …")? */
export function creditLine(ctx: SourceContext, a: number): boolean {
  const { tokens, C } = ctx;
  const [ls] = lineAround(ctx.text, a);
  const i = tokenAt(tokens, ls);
  const len = i < tokens.length && tokens[i].s < a ? C.credits.at(tokens, i) : 0;
  const next = len ? tokens[i + len] : undefined;
  return !!next && next.s <= a && (next.lc === ':' || (next.t === T.Word && !next.cap && C.set.stop.has(next.lc)));
}

const clauseCache = new WeakMap<SourceContext['tokens'], Map<string, boolean>>();

/**
 * Has the link's sentence, within its line, a verb: an auxiliary, a reporting cue, a past form or a verb after a
 * personal pronoun or a capitalised subject, in lower case ("Assange faces …", "we started using …")? Found once per
 * sentence and line.
 */
export function clauseAround(ctx: SourceContext, a: number): boolean {
  const s = ctx.sentences.at(a);
  if (s < 0) return false;
  const [ls, le] = lineAround(ctx.text, a);
  const from = Math.max(ls, ctx.sentences.starts[s]);
  const to = Math.min(le, ctx.sentences.ends[s]);
  let cache = clauseCache.get(ctx.tokens);
  if (!cache) clauseCache.set(ctx.tokens, (cache = new Map()));
  const key = `${from}:${to}`;
  let has = cache.get(key);
  if (has === undefined) cache.set(key, (has = hasVerb(ctx, from, to)));
  return has;
}

/** Is a lower-case word of text[from, to) a verb form (see clauseAround)? */
function hasVerb(ctx: SourceContext, from: number, to: number): boolean {
  const { tokens, C } = ctx;
  const S = C.set;
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].s < to; i++) {
    const t = tokens[i];
    if (t.t !== T.Word || t.cap) continue;
    if (S.auxiliaries.has(t.lc) || C.cueKind.get(t.lc) === 'verb' || /n[’']t$/u.test(t.lc)) return true;
    if (C.pastEndings.some((e) => t.lc.length > e.length + 2 && t.lc.endsWith(e))) return true;
    const prev = tokens[i - 1];
    if (prev && prev.t === T.Word && prev.s >= from && (S.personal.has(prev.lc) || S.pronouns.has(prev.lc) || (prev.cap && /[^s]s$/u.test(t.lc)))) return true;
  }
  return false;
}
