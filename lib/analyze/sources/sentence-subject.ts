// The subject a sentence opens with, for a verb that does not stand next to it: a participle
// clause ("…, saying …") or a second verb after a coordinator ("Vietnam is one of … and has accused
// Beijing …"). The name read forward ends at the first lower-case word after its head that is no
// source noun, since a verb is not told by its form in every language ("Mr. Trump | continues",
// "Суд | отклонил"); a quotation, a pronoun and a dateline ("WASHINGTON – …") name no subject here, and a
// fronted phrase set off by its comma — an adverb or a preposition's ("Shortly after, …", "On Tuesday, …") — is
// skipped to the subject after it.
import { T, tokenAt } from '../text';
import { isDocWord } from './compile';
import type { NP } from './phrases';
import type { SourceContext } from './types';

/** The subject opening sentence si, ending before token `before`, or null. */
export function sentenceSubject(ctx: SourceContext, si: number, before: number): NP | null {
  const { tokens } = ctx;
  const st = tokenAt(tokens, ctx.sentences.starts[si]);
  const first = tokens[st];
  if (!first || first.t !== T.Word || first.block !== tokens[before]?.block || ctx.inQuote(first.s)) return null;
  const np = mainSubject(ctx, st);
  return np && np.b < before && ctx.np.valid(np) && !ctx.np.isPersonal(tokens[np.a].lc) ? np : null;
}

/**
 * The phrase opening the sentence at token st, past a dateline ("BUFFALO, N.Y. — …") and a fronted
 * time ("Last week State Department official …") or adverbial set off by a comma ("Hours before the
 * game, Wild coach Bruce Boudreau …", "On Tuesday, the company …").
 */
function mainSubject(ctx: SourceContext, st: number): NP | null {
  const { tokens, C } = ctx;
  let a = afterDateline(ctx, st);
  if (a >= tokens.length || tokens[a].t !== T.Word) return null;
  if (C.set.timeModifiers.has(tokens[a].lc) && C.set.time.has(tokens[a + 1]?.lc ?? '')) a += 2;
  else if (openingAdverb(ctx, a)) {
    // "Shortly after, some of Trump's defenders …", "Separately, the ministry …": an adverb set off by its comma is
    // fronted like "On Tuesday," — the subject comes after the comma (an adverb before a stop word opens no subject)
    const nx = tokens[a + 1];
    a = nx && (nx.lc === ',' || (C.set.stop.has(nx.lc) && !C.set.determiners.has(nx.lc))) ? afterFronted(ctx, a) : -1;
    if (a < 0 || tokens[a].t !== T.Word || C.set.stop.has(tokens[a].lc) || ctx.np.isPersonal(tokens[a].lc)) return null;
  }
  else if (C.set.stop.has(tokens[a].lc) || C.set.time.has(tokens[a].lc)) {
    // where the verb comes second, a fronted phrase is followed by the verb, not the subject
    if (ctx.lex.verbSecond) return null;
    a = afterFronted(ctx, a);
    if (a < 0 || tokens[a].t !== T.Word || C.set.stop.has(tokens[a].lc) || ctx.np.isPersonal(tokens[a].lc)) return null;
  }
  const np = ctx.np.forward(a, false);
  if (!np) return null;
  // "Two federal prison officers were charged": a number alone is no subject's name
  if (tokens[a].t === T.Num || Object.hasOwn(ctx.lex.numberWords, tokens[a].lc)) return null;
  let seenHead = false;
  for (let k = np.a; k <= np.b; k++) {
    const w = tokens[k];
    if (w.t !== T.Word || C.set.determiners.has(w.lc) || C.set.connectors.has(w.lc)) continue;
    const verb = !w.cap && C.cueKind.get(w.lc) === 'verb';
    // "Some of Trump's | defenders": the word after a possessive is the head it qualifies, whatever noun it is
    const pv = tokens[k - 1];
    // (a modifier before the head is not it: "the administration’s | first comments")
    const nx = tokens[k + 1];
    const modifier = !!nx && nx.t === T.Word && !nx.cap && ctx.np.isNounish(nx);
    const possessed = k > np.a && pv.t === T.Word && (POSSESSIVE.test(pv.lc) || C.set.possessives.has(pv.lc)) && !C.set.auxiliaries.has(w.lc) && !modifier;
    // "Research from my6sense, which …": a document's author joined by its link word goes on with the name
    if (seenHead && docAuthorLink(ctx, k)) {
      k++;
      continue;
    }
    if (seenHead && !w.cap && (verb || (!ctx.np.isNounish(w) && !possessed))) {
      // "Facebook and | other tech companies": after a coordinator the second conjunct's modifiers run to its head;
      // a phrase never ends on its coordinator
      if (!C.set.coordinators.has(pv.lc)) return { a: np.a, b: k - 1 };
      const head = conjunctHead(ctx, k, np.b);
      if (head < 0) return k - 2 >= np.a ? { a: np.a, b: k - 2 } : null;
      k = head;
      continue;
    }
    seenHead = true;
  }
  return /^[-–—]$/.test(tokens[np.b + 1]?.lc ?? '') ? null : np;
}

/**
 * Is token k a document's link word ("from", "von", "par"; lexicon `docLinks`) after a document noun and before a
 * capitalised author ("Research | from | Nielsen", "a report | by | the IMF", "my6sense" — a lower-case brand with a digit
 * in it too)?
 */
function docAuthorLink(ctx: SourceContext, k: number): boolean {
  const { tokens, C } = ctx;
  const w = tokens[k];
  const pv = tokens[k - 1];
  const nx = tokens[k + 1];
  if (!C.set.docLinks.has(w.lc) || !pv || !nx || nx.t !== T.Word || nx.block !== w.block || !isDocWord(C, pv.lc)) return false;
  const name = (t: typeof nx | undefined) => !!t && t.t === T.Word && t.block === w.block && (t.cap || /\p{L}\p{N}+\p{L}/u.test(t.lc));
  // ("a report by | the IMF": the author's article)
  return name(nx) || (C.set.determiners.has(nx.lc) && name(tokens[k + 2]));
}

/** The head (a source noun or a capitalised word) of a conjunct whose modifiers start at k, up to b, or -1 (a verb first). */
function conjunctHead(ctx: SourceContext, k: number, b: number): number {
  const { tokens, C } = ctx;
  for (let j = k; j <= b; j++) {
    const w = tokens[j];
    if (w.t !== T.Word || (!w.cap && C.cueKind.get(w.lc) === 'verb')) return -1;
    if (w.cap || ctx.np.isNounish(w)) return j;
  }
  return -1;
}

// A possessive noun ("Trump's", "the ministers’").
const POSSESSIVE = /\p{L}(?:[’']s|s[’'])$/u;

/** "Shortly after, …", "Separately, …": a capitalised adverb that opens the sentence, before a stop word or a comma. */
function openingAdverb(ctx: SourceContext, a: number): boolean {
  const { tokens, C } = ctx;
  const t = tokens[a];
  const nx = tokens[a + 1];
  const adverb = !C.set.adverbExceptions.has(t.lc) && C.adverbEndings.some((e) => t.lc.length > e.length + 2 && t.lc.endsWith(e));
  return adverb && (!nx || nx.t === T.Punct || C.set.stop.has(nx.lc));
}

// A dateline's place is at most this many tokens before its dash ("BUFFALO, N.Y. —").
const MAX_DATELINE_TOKENS = 8;
// A fronted adverbial runs at most this many tokens to its comma ("Hours before Zach Parise’s two-goal performance Tuesday,").
const MAX_FRONTED_TOKENS = 12;

/** The token after a dateline opening the sentence at st (a place in capitals, a dash), else st. */
function afterDateline(ctx: SourceContext, st: number): number {
  const { tokens } = ctx;
  const t = tokens[st];
  if (t.t !== T.Word || t.lc.length < 2 || t.lc === t.lc.toUpperCase() || tokens[st].s === undefined) return st;
  const word = ctx.text.slice(t.s, t.e);
  if (word !== word.toUpperCase()) return st;
  for (let k = st + 1; k < tokens.length && k - st <= MAX_DATELINE_TOKENS && tokens[k].block === t.block; k++) {
    if (/^[—–-]$/.test(tokens[k].lc)) return k + 1;
    if (tokens[k].t === T.Word && !tokens[k].cap) return st;
  }
  return st;
}

/** The token after the comma that ends a fronted adverbial starting at a, or -1 (no comma soon, or a clause in it). */
function afterFronted(ctx: SourceContext, a: number): number {
  const { tokens } = ctx;
  for (let k = a + 1; k < tokens.length && k - a <= MAX_FRONTED_TOKENS && tokens[k].block === tokens[a].block; k++) {
    if (tokens[k].lc === ',') return k + 1 < tokens.length && tokens[k + 1].block === tokens[a].block ? k + 1 : -1;
    if (tokens[k].t === T.Punct && !/^[’'().-]$/.test(tokens[k].lc)) return -1;
    // a verb of saying opens a clause in it ("After he said …,"), unless an article or a possessive makes it a noun
    // ("In the midst of the fear,", "After his statement,")
    if (ctx.C.cueKind.has(tokens[k].lc) && !nounAfterDeterminer(ctx, k)) return -1;
  }
  return -1;
}

/** Is token k a noun by the determiner or possessive right before it ("the | fear", "his | report")? */
function nounAfterDeterminer(ctx: SourceContext, k: number): boolean {
  const pv = ctx.tokens[k - 1];
  const S = ctx.C.set;
  return !!pv && pv.t === T.Word && (S.determiners.has(pv.lc) || S.possessives.has(pv.lc));
}
