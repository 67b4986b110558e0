// Pass: a telling inside a report. "South Africa said Mr Mugabe had told President Jacob Zuma …
// that …", "Our sources say Lupita told cops it was …": the clause after a found source's reporting
// verb has a teller of its own, the subject right before that clause's verb of telling (lexicon
// `toldVerbs`). Only the subject that opens the clause is read
// (after "that" and a time at most), so a topic deeper in the clause is never taken for it.
import { T, tokenAt } from '../text';
import { candidate } from './candidate';
import { normCue } from './compile';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// Tokens between a found source and its reporting verb ("Smith, 45, | said").
const MAX_CUE_GAP = 4;
// Tokens between the outer verb and the clause's subject: a time and "that" ("said | on Monday that | Mr Mugabe").
const MAX_OPENING = 4;
// Auxiliaries and adverbs between the clause's subject and its verb ("Mr Mugabe | had earlier | told").
const MAX_AUX = 3;

export const nestedCues: SourcePass = {
  name: 'nested-cues',
  run(ctx, found) {
    const starts = new Set(found.map((f) => f.start));
    const add: SourceCandidate[] = [];
    for (const c of found) {
      if ((c.kind !== 'attribution' && c.kind !== 'quote') || !c.cue || ctx.C.cueKind.get(normCue(c.cue)) !== 'verb') continue;
      const j = cueAfter(ctx, c);
      if (j < 0) continue;
      const inner = innerSource(ctx, j + 1);
      if (inner && !starts.has(inner.c.start)) {
        add.push(inner.c);
        starts.add(inner.c.start);
      }
    }
    found.push(...add);
  },
};

/** The length of a reporting or told verb at token k, or 0. */
function verbAt(ctx: SourceContext, k: number): number {
  const { tokens, C } = ctx;
  const t = tokens[k];
  if (!t || t.t !== T.Word || t.cap) return 0;
  const told = C.told.at(tokens, k);
  if (told) return told;
  const n = C.cue.at(tokens, k);
  return n && C.cueKind.get(normCue(ctx.text.slice(t.s, tokens[k + n - 1].e))) === 'verb' ? n : 0;
}

/**
 * A verb of telling at token k, its length or 0. Only these: the lexicon's verbs of saying include
 * those of thinking ("Usov says the family thought …" reports a belief, and the gold labels none),
 * and a telling names its teller plainly.
 */
function speechAt(ctx: SourceContext, k: number): number {
  const { tokens, C } = ctx;
  const t = tokens[k];
  if (!t || t.t !== T.Word || t.cap) return 0;
  return C.told.at(tokens, k);
}

/** The last token of the source's cue right after it ("Officials | said"), or -1. */
function cueAfter(ctx: SourceContext, c: SourceCandidate): number {
  const { tokens, text } = ctx;
  const want = normCue(c.cue ?? '');
  const after = tokenAt(tokens, c.end);
  for (let k = after; k < tokens.length && k - after < MAX_CUE_GAP; k++) {
    const n = verbAt(ctx, k);
    if (n && normCue(text.slice(tokens[k].s, tokens[k + n - 1].e)) === want) return k + n - 1;
  }
  return -1;
}

/** The subject opening the clause from token i, with its own reporting verb, as a candidate; or null. */
function innerSource(ctx: SourceContext, i: number): { c: SourceCandidate } | null {
  const { tokens, C } = ctx;
  const S = C.set;
  let k = i;
  // "said on Wednesday that", "said Monday that": a time, then the clause word
  while (k < tokens.length && k - i < MAX_OPENING && tokens[k].t === T.Word && (isTime(ctx, k) || S.nounRelative.has(tokens[k].lc) || (S.clause.has(tokens[k].lc) && !S.coordinators.has(tokens[k].lc)))) k++;
  const first = tokens[k];
  if (!first || first.t !== T.Word || first.block !== tokens[i].block || ctx.inQuote(first.s)) return null;
  // a pronoun opens many clauses ("said he had told …"): only a phrase that names someone or something
  const np = ctx.np.forward(k, false);
  if (!np || np.a !== k) return null;
  // the phrase reader may run over the verb and its object ("Lupita told cops"): the verb ends the subject
  for (let m = np.a + 1; m <= np.b; m++) {
    if (verbAt(ctx, m)) {
      np.b = m - 1;
      break;
    }
  }
  let v = np.b + 1;
  while (v < tokens.length && v - np.b <= MAX_AUX && tokens[v].t === T.Word && !tokens[v].cap && (S.auxiliaries.has(tokens[v].lc) || ctx.np.isAdverb(tokens[v]))) v++;
  const n = speechAt(ctx, v);
  if (!n) return null;
  // "Swift’s claims", "his team’s playoff hopes", "two highly critical reports": a noun after a possessive
  // or an adjective, no verb
  const words = ctx.np.words(np);
  const head = words[words.length - 1];
  if (!head || /['’]s$/.test(head.lc) || !(head.cap || ctx.np.isNounish(head)) || words.some((w) => !w.cap && ctx.np.isAdverb(w))) return null;
  const clause = tokens[v + n];
  const thatClause = !!clause && (S.nounRelative.has(clause.lc) || (S.clause.has(clause.lc) && !S.coordinators.has(clause.lc)));
  // a phrase naming no one reports only with its clause right after the verb ("a scan … revealed that")
  if (!ctx.np.valid(np) && !(thatClause && ctx.np.words(np).some((w) => ctx.np.isNounish(w)))) return null;
  return { c: candidate(ctx, np, 'attribution', ctx.text.slice(tokens[v].s, tokens[v + n - 1].e), tokens[v].s) };
}

const isTime = (ctx: SourceContext, k: number) => {
  const w = ctx.tokens[k];
  const S = ctx.C.set;
  return S.weekdays.has(w.lc) || S.time.has(w.lc) || S.timeModifiers.has(w.lc) || ctx.np.connectorBeforeTime(k);
};
