// People named as such, for the rules that credit a person a pronoun or a quotation stands for: a
// capitalised name after a title ("Dr. Owen Dempsey", "Senator …", "Prof. Dr. …", lexicon
// `personTitles`), or a name of two to four capitalised words set off by a description that holds a
// source noun ("Julie Graham, Washington State Department of Health public information officer,"). A
// name shaped like a person's without either is a person too, but not a sure one (`Mention.sure`).
import { T, type Token } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

// Fewest and most words of a person's name without a title ("Julie Graham", "Chris RuiWen Kuo").
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
// Most tokens of a description set off by a comma after a name (", a pulmonologist at the Aberdeen Royal Infirmary in the UK,").
const MAX_APPOSITION_TOKENS = 16;

export interface Mention {
  np: NP;
  /** Lower-case last word: two mentions of one person share it. */
  key: string;
  /** Named as a person (a title, or a description set off after the name), not only shaped like one. */
  sure: boolean;
}

/** May a person's name open at token k? The tests of personAt that read only the token and the one before. */
function mayOpenName(ctx: SourceContext, k: number): boolean {
  const { tokens, C } = ctx;
  const t = tokens[k];
  if (t.t !== T.Word || !t.cap || ctx.inQuote(t.s)) return false;
  const prev = tokens[k - 1];
  if (prev && prev.t === T.Word && prev.cap && prev.block === t.block) return false;
  // "the Aberdeen Royal Infirmary": a name after an article is no person's
  return !(prev && prev.t === T.Word && C.set.determiners.has(prev.lc));
}

// Per analysis (its tokens), the tokens where a name may open, ascending.
const nameStarts = new WeakMap<Token[], number[]>();

/**
 * The tokens where a person's name may open (personAt is null everywhere else), ascending. A search
 * back for a name visits these only: one that read every token back to the start of the sentence
 * before, once per pronoun, was quadratic in a sentence that never ends ("he said. he said. …").
 */
export function nameStartTokens(ctx: SourceContext): number[] {
  let out = nameStarts.get(ctx.tokens);
  if (!out) {
    out = [];
    for (let k = 0; k < ctx.tokens.length; k++) if (mayOpenName(ctx, k)) out.push(k);
    nameStarts.set(ctx.tokens, out);
  }
  return out;
}

/** A person's name opening at token k (before token `stop`), or null. */
export function personAt(ctx: SourceContext, k: number, stop: number): Mention | null {
  const { tokens, C } = ctx;
  if (!mayOpenName(ctx, k)) return null;
  const b = capitalisedRun(ctx, k, stop);
  let a = k;
  // a sentence's capitalised first word ("But Dr. Owen Dempsey …") is no part of a name
  while (a <= b && C.set.stop.has(tokens[a].lc)) a++;
  const title = titleEnd(ctx, a, b);
  const first = title >= 0 ? title + 1 : a;
  const words = tokens.slice(first, b + 1).filter((w) => w.t === T.Word);
  if (!words.length || !words.every((w) => nameWord(ctx, w))) return null;
  if (title < 0 && (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS)) return null;
  // "le député Jean Martin", "the senator James Lankford": a title in lower case before the name, with its article
  const before = a === k ? lowerTitleStart(ctx, k) : -1;
  const np = { a: before >= 0 ? before : a, b };
  return { np, key: words[words.length - 1].lc, sure: title >= 0 || before >= 0 || described(ctx, b) };
}

/** The first token of a lower-case title (and its article) right before the name at k, or -1. */
function lowerTitleStart(ctx: SourceContext, k: number): number {
  const { tokens, C } = ctx;
  const t = tokens[k - 1];
  if (!t || t.t !== T.Word || t.cap || t.block !== tokens[k].block || !C.set.titles.has(t.lc)) return -1;
  const det = tokens[k - 2];
  return det && det.t === T.Word && det.block === t.block && C.set.determiners.has(det.lc) ? k - 2 : k - 1;
}

/** Last token of the run of capitalised words from k (dots of abbreviations and initials inside), before `stop`. */
function capitalisedRun(ctx: SourceContext, k: number, stop: number): number {
  const { tokens } = ctx;
  let b = k;
  for (;;) {
    const nx = tokens[b + 1];
    if (b + 1 < stop && nx.t === T.Word && nx.cap && nx.block === tokens[k].block) b++;
    // "Dr. Owen", "Struan W. Wilkie": a dot right after a word, before another capitalised word
    else if (b + 2 < stop && nx.lc === '.' && nx.s === tokens[b].e && tokens[b + 2].t === T.Word && tokens[b + 2].cap && tokens[b + 2].block === tokens[k].block) b += 2;
    else return b;
  }
}

/** The last token of the titles opening the run at a ("Dr.", "Prof. Dr.", "Vice President"), or -1. */
function titleEnd(ctx: SourceContext, a: number, b: number): number {
  let end = -1;
  for (let k = a; k < b; ) {
    const next = titleAt(ctx, k);
    if (next < 0) break;
    end = next;
    k = next + 1;
  }
  return end;
}

/** The last token of one title at token k, its dot included, or -1. */
function titleAt(ctx: SourceContext, k: number): number {
  const { tokens, C } = ctx;
  const w = tokens[k];
  const w2 = tokens[k + 1];
  if (w.t !== T.Word) return -1;
  if (w2?.t === T.Word && C.set.titles.has(`${w.lc} ${w2.lc}`)) return k + 1;
  if (!C.set.titles.has(w.lc)) return -1;
  return w2?.lc === '.' ? k + 1 : k;
}

/** A word of a person's name: capitalised, no source noun ("Department"), function word or month. */
function nameWord(ctx: SourceContext, w: Token): boolean {
  const S = ctx.C.set;
  return w.cap && !ctx.np.isNounish(w) && !S.stop.has(w.lc) && !S.months.has(w.lc) && !S.weekdays.has(w.lc) && !S.titles.has(w.lc) && /\p{Ll}/u.test(ctx.text.slice(w.s, w.e));
}

/** Does a comma after token b open a description of a person, with a source noun before its end? */
function described(ctx: SourceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b + 1]?.lc !== ',') return false;
  for (let k = b + 2; k < tokens.length && k - b <= MAX_APPOSITION_TOKENS && tokens[k].block === tokens[b].block; k++) {
    const t = tokens[k];
    if (t.t !== T.Word) return false;
    if (!t.cap && ctx.np.isNounish(t)) return true;
  }
  return false;
}
