// Pass: a publication cited as where findings appeared. "The findings were published today (Nov. 18)
// in the journal BMJ Case Reports", "to be featured in the December 2019 issue of the journal Monthly
// Notices of the Royal Astronomical Society", "papers were featured in Science and Nature",
// "veröffentlicht in der Fachzeitschrift „Nature“", "publiée dans la revue Science": the journal is
// the origin of the claim. With a journal noun ("the journal X") the phrase from its article is the
// source; a bare title ("in Science and Nature") counts only after a document ("papers were
// featured in"), so that a place ("Cases first appeared in West Michigan") is none. Words come from
// the lexicon (`publicationVerbs`, `publicationPreps`, `journalNouns`).
import { T } from '../text';
import { CLOSE_Q, OPEN_Q } from './phrases';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// How far after the participle its preposition may stand ("published today (Nov. 18) in", "published in two articles to be featured in").
const MAX_PREP_GAP = 12;
// How far after the preposition the journal noun may stand ("in the December 2019 issue of the journal").
const MAX_JOURNAL_GAP = 6;
// How far before the participle a document noun may stand ("papers were prominently featured").
const MAX_DOC_GAP = 4;
// Longest journal title, in tokens.
const MAX_TITLE_TOKENS = 10;

export const publishedIn: SourcePass = {
  name: 'published-in',
  run(ctx, found) {
    const { tokens, C } = ctx;
    const S = C.set;
    if (!S.publicationVerbs.size) return;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== T.Word || t.cap || !S.publicationVerbs.has(t.lc) || ctx.inQuote(t.s)) continue;
      const si = ctx.sentences.at(t.s);
      const end = ctx.sentences.ends[si] ?? ctx.text.length;
      let got: Array<[number, number]> = [];
      for (let k = i + 1; k < tokens.length && k - i <= MAX_PREP_GAP && tokens[k].s < end && tokens[k].block === t.block; k++) {
        if (tokens[k].t !== T.Word || !S.publicationPreps.has(tokens[k].lc)) continue;
        got = journalAfter(ctx, k + 1, end) ?? (documentBefore(ctx, i) ? titlesAfter(ctx, k + 1, end) : []);
        if (got.length) break;
      }
      // where the participle ends its clause ("in der Fachzeitschrift „Nature“ veröffentlicht"): the journal before it —
      // unless the clause is a relative one describing a document already named ("Eine Studie …, die im Fachjournal … erschienen ist")
      const start = ctx.sentences.starts[si] ?? 0;
      for (let k = i - 1; !got.length && k >= 0 && i - k <= MAX_PREP_GAP && tokens[k].s >= start && tokens[k].block === t.block; k--) {
        if (tokens[k].t !== T.Word || !S.publicationPreps.has(tokens[k].lc)) continue;
        if (relativeBefore(ctx, k)) break;
        got = journalAfter(ctx, k + 1, t.s) ?? [];
      }
      if (!got.length) continue;
      for (const [a, b] of got) found.push(span(ctx, a, b, t.lc));
      i = Math.max(i, got[got.length - 1][1]);
    }
  },
};

function span(ctx: SourceContext, a: number, b: number, cue: string): SourceCandidate {
  const start = ctx.tokens[a].s;
  const stop = ctx.tokens[b].e;
  return { start, end: stop, text: ctx.text.slice(start, stop), kind: 'attribution', name: '', cue, sentence: ctx.sentences.at(start) };
}

/** "the (December 2019 issue of the) journal X" from token i: [the article or noun, the title's end], or null. */
function journalAfter(ctx: SourceContext, i: number, end: number): Array<[number, number]> | null {
  const { tokens, C } = ctx;
  for (let m = i; m < tokens.length && m - i <= MAX_JOURNAL_GAP && tokens[m].s < end && tokens[m].t !== T.Punct; m++) {
    if (tokens[m].t !== T.Word || !C.set.journalNouns.has(tokens[m].lc)) continue;
    const b = titleEnd(ctx, m + 1, end);
    if (b < 0) return null;
    const a = C.set.determiners.has(tokens[m - 1]?.lc ?? '') && m - 1 >= i ? m - 1 : m;
    return [[a, b]];
  }
  return null;
}

/** Bare titles from token i, joined by coordinators ("Science and Nature"). */
function titlesAfter(ctx: SourceContext, i: number, end: number): Array<[number, number]> {
  const { tokens, C } = ctx;
  const out: Array<[number, number]> = [];
  let k = i;
  while (k < tokens.length && tokens[k].s < end) {
    const t = tokens[k];
    if (t.t !== T.Word || !t.cap || C.set.months.has(t.lc) || C.set.weekdays.has(t.lc)) break;
    const b = titleEnd(ctx, k, end, true);
    if (b < 0) break;
    out.push([k, b]);
    const and = tokens[b + 1];
    if (!and || and.t !== T.Word || !C.set.coordinators.has(and.lc)) break;
    k = b + 2;
  }
  return out;
}

/** The last token of a title starting at i (capitalised words, inner connectors, or a quoted title), or -1. */
function titleEnd(ctx: SourceContext, i: number, end: number, stopAtCoordinator = false): number {
  const { tokens, C } = ctx;
  const first = tokens[i];
  if (!first || first.s >= end) return -1;
  if (OPEN_Q.has(first.lc)) {
    for (let k = i + 1; k < tokens.length && k - i <= MAX_TITLE_TOKENS && tokens[k].s < end; k++) if (CLOSE_Q.has(tokens[k].lc)) return k > i + 1 ? k : -1;
    return -1;
  }
  if (first.t !== T.Word || !first.cap) return -1;
  let b = i;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_TITLE_TOKENS && tokens[k].s < end; k++) {
    const t = tokens[k];
    // a day or month after the title dates the publication ("in the journal Nature Astronomy on Monday")
    if (t.t === T.Word && isDateWord(ctx, t.lc)) break;
    if (t.t === T.Word && t.cap) {
      b = k;
      continue;
    }
    // "Monthly Notices of the Royal Astronomical Society": a connector (and an article) before a capitalised word
    const connector = t.t === T.Word && C.set.connectors.has(t.lc) && !(stopAtCoordinator && C.set.coordinators.has(t.lc));
    if (connector || t.lc === '&') {
      const nx = tokens[k + 1];
      const nn = tokens[k + 2];
      if (nx?.t === T.Word && nx.cap && !isDateWord(ctx, nx.lc)) continue;
      if (nx?.t === T.Word && C.set.determiners.has(nx.lc) && nn?.t === T.Word && nn.cap) {
        k++;
        continue;
      }
    }
    break;
  }
  return b;
}

/** Is a document noun ("papers", "the study", "findings") the participle's subject, a few words before it? */
function documentBefore(ctx: SourceContext, i: number): boolean {
  const { tokens, C } = ctx;
  for (let k = i - 1; k >= 0 && i - k <= MAX_DOC_GAP && tokens[k].t === T.Word && tokens[k].block === tokens[i].block; k--) {
    const w = tokens[k].lc;
    if (C.set.docs.has(w) || C.docStems.some((n) => w.startsWith(n))) return true;
  }
  return false;
}

/** Is the preposition at k in a relative clause (a relative word right after the comma before it)? */
function relativeBefore(ctx: SourceContext, k: number): boolean {
  const { tokens, C } = ctx;
  for (let m = k - 1; m >= 0 && k - m <= MAX_DOC_GAP && tokens[m].block === tokens[k].block; m--) {
    if (tokens[m].t === T.Punct) return tokens[m].lc === ',' && C.set.relative.has(tokens[m + 1]?.lc ?? '');
  }
  return false;
}

const isDateWord = (ctx: SourceContext, lc: string) => ctx.C.set.months.has(lc) || ctx.C.set.weekdays.has(lc);
