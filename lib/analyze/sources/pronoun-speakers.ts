// A speaker named by a pronoun: "Senator James Lankford, an Oklahoma Republican, played down that
// threat. “I understand it’s a risk …,” he said." — the reporting verb's subject is a singular
// personal pronoun (lexicon `speakerPronouns`: he/she, er/sie, il/elle, он/она, він/вона), before the
// verb or right after it ("sagte er", "заявил он"). Its source is the one person named just before,
// in the pronoun's sentence or the ANTECEDENT_SENTENCES before it, and only when no other person is
// named there: the pronoun itself is never a source, and an unclear antecedent gives none.
// Who counts as a person: ./people.ts.
import { firstAtOrAfter } from '../sorted';
import { T, tokenAt, type Token } from '../text';
import { nameStartTokens, personAt, type Mention } from './people';
import type { NP } from './phrases';
import type { SourceCandidate, SourceContext } from './types';

// Sentences before the pronoun's own searched for its antecedent: a quotation often stands between
// the sentence that introduces a speaker and its "he said".
const ANTECEDENT_SENTENCES = 2;
// The search back stops this many tokens before the pronoun, whatever the sentences: three sentences of news
// hold some 100–150 tokens; a text without sentence ends ("Smith, he said; " repeated) made each pronoun read
// all of it (quadratic).
const MAX_ANTECEDENT_TOKENS = 600;
// Adverbs allowed between the pronoun and its verb ("she later said", "he also told").
const MAX_ADVERBS = 1;

/** The person a singular pronoun subject of the verb at token ti stands for, unless already listed there, or null. */
export function pronounSpeaker(ctx: SourceContext, ti: number, after: number, found: readonly SourceCandidate[]): NP | null {
  const p = speakerPronoun(ctx, ti, after);
  return p < 0 ? null : unlistedAntecedent(ctx, p, found);
}

/** The one person named just before the pronoun at token p, unless a source found before overlaps it, or null. */
export function unlistedAntecedent(ctx: SourceContext, p: number, found: readonly SourceCandidate[]): NP | null {
  const np = antecedent(ctx, p);
  if (!np) return null;
  const s = ctx.tokens[np.a].s;
  const e = ctx.tokens[np.b].e;
  return found.some((f) => f.start < e && s < f.end) ? null : np;
}

/** The token of a singular pronoun that is the subject of the verb at ti (before it or right after it), or -1. */
function speakerPronoun(ctx: SourceContext, ti: number, after: number): number {
  const { tokens, C } = ctx;
  const block = tokens[ti].block;
  let k = ti - 1;
  for (let n = 0; n < MAX_ADVERBS && tokens[k] && ctx.np.isAdverb(tokens[k]); n++) k--;
  const isPronoun = (t: Token | undefined) => !!t && t.t === T.Word && t.block === block && C.set.speakerPronouns.has(t.lc) && !ctx.inQuote(t.s);
  if (isPronoun(tokens[k])) return k;
  return isPronoun(tokens[after]) ? after : -1;
}

/** The one person named before the pronoun at p (same sentence or the few before), or null. */
function antecedent(ctx: SourceContext, p: number): NP | null {
  const { tokens, sentences } = ctx;
  const si = sentences.at(tokens[p].s);
  if (si < 0) return null;
  const from = Math.max(p - MAX_ANTECEDENT_TOKENS, tokenAt(tokens, sentences.starts[Math.max(0, si - ANTECEDENT_SENTENCES)]));
  const people: Mention[] = [];
  const starts = nameStartTokens(ctx);
  const subjects = pronounsBetween(ctx, from, p);
  for (let j = firstAtOrAfter(starts, from); j < starts.length && starts[j] < p; j++) {
    const m = personAt(ctx, starts[j], p);
    if (!m) continue;
    // "He met President Zelensky. … “…,” he told reporters": a person named after a pronoun subject
    // of their own sentence is its object, and the later pronoun goes on with that subject
    if (objectOfPronoun(ctx, subjects, m.np.a)) return null;
    // (two people give no antecedent: stop at the second)
    if (people.length && m.key !== people[0].key) return null;
    people.push(m);
    while (j + 1 < starts.length && starts[j + 1] <= m.np.b) j++; // go on after the name
  }
  if (!people.length) return null;
  const sure = people.filter((m) => m.sure);
  return sure.length ? sure[sure.length - 1].np : null;
}

/** Tokens of singular speaker pronouns (outside quotes) from token `from` up to p: one walk per pronoun, bounded by MAX_ANTECEDENT_TOKENS. */
function pronounsBetween(ctx: SourceContext, from: number, p: number): number[] {
  const { tokens, C } = ctx;
  const out: number[] = [];
  for (let k = from; k < p; k++) {
    const t = tokens[k];
    if (t.t === T.Word && C.set.speakerPronouns.has(t.lc) && !ctx.inQuote(t.s)) out.push(k);
  }
  return out;
}

/**
 * Does one of the pronoun tokens stand before token a in a's own sentence as the subject of the clause the
 * name at a is in? Only when no punctuation and no subordinator (lexicon `subordinators`) stands between them:
 * "After he landed, Senator John Smith met reporters" — the pronoun's clause ended at the comma. The nearest
 * pronoun decides: any farther one has the same tokens between it and the name and more.
 */
function objectOfPronoun(ctx: SourceContext, pronouns: readonly number[], a: number): boolean {
  const { tokens, sentences, C } = ctx;
  const si = sentences.at(tokens[a].s);
  const sentenceStart = si < 0 ? 0 : sentences.starts[si];
  let q = -1;
  for (const k of pronouns) if (k < a && tokens[k].s >= sentenceStart) q = k;
  if (q < 0) return false;
  for (let k = q + 1; k < a; k++) {
    const t = tokens[k];
    if (t.t === T.Punct || (t.t === T.Word && C.set.subordinators.has(t.lc))) return false;
  }
  return true;
}
