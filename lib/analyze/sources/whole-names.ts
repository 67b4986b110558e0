// Pass: every source is a whole name. A caption label read with a name is cut off ("Image caption
// Eva-Marie Persson" → "Eva-Marie Persson"); a name that starts inside a longer capitalised name is
// widened to it ("York Times" → "New York Times"); a span that still ends inside one ("the
// United" before "States") is dropped; so is an editorial label opening a sentence ("Correction added
// Nov. 18: …", "Update:", "Anmerkung der Redaktion"), which names the outlet's note, not a source.
// Credits and links are left as they are.
import { T, tokenAt } from '../text';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// How many capitalised words a name may be widened by to the left.
const MAX_WIDEN = 4;

export const wholeNames: SourcePass = {
  name: 'whole-names',
  run(ctx, found) {
    let w = 0;
    for (const c of found) {
      if (c.kind === 'credit' || c.kind === 'link' || (!editorialLabel(ctx, c) && cutLabel(ctx, c) && widen(ctx, c) && !endsInsideName(ctx, c))) found[w++] = c;
    }
    found.length = w;
  },
};

function setSpan(ctx: SourceContext, c: SourceCandidate, start: number, end: number): void {
  c.start = start;
  c.end = end;
  c.text = ctx.text.slice(start, end);
}

/** Cut a caption label off the front; false when nothing is left. */
function cutLabel(ctx: SourceContext, c: SourceCandidate): boolean {
  const { tokens } = ctx;
  const i = tokenAt(tokens, c.start);
  for (const label of ctx.C.captionLabels) {
    if (!label.every((w, k) => tokens[i + k]?.lc === w && tokens[i + k].e <= c.end)) continue;
    const next = tokens[i + label.length];
    if (!next || next.s >= c.end) return false;
    setSpan(ctx, c, next.s, c.end);
    return true;
  }
  // a box's editorial label run into its first sentence ("Summary Studies show that …"): the label is no part of the name
  if (tokens[i]?.cap && ctx.C.editorialFirst.has(tokens[i].lc) && ctx.np.sentenceInitial(i)) {
    for (const label of ctx.C.editorialLabels) {
      if (!label.every((w, k) => tokens[i + k]?.lc === w)) continue;
      const next = tokens[i + label.length];
      if (next && next.s < c.end && next.cap && next.t === T.Word && next.block === tokens[i].block) setSpan(ctx, c, next.s, c.end);
      break;
    }
  }
  return true;
}

/** Is the span only an editorial label, capitalised at its sentence's start ("Correction", "Editor’s note")? */
function editorialLabel(ctx: SourceContext, c: SourceCandidate): boolean {
  const { tokens } = ctx;
  const i = tokenAt(tokens, c.start);
  if (!tokens[i]?.cap || !ctx.C.editorialFirst.has(tokens[i].lc) || !ctx.np.sentenceInitial(i)) return false;
  return ctx.C.editorialLabels.some((label) => label.every((w, k) => tokens[i + k]?.lc === w) && tokens[i + label.length - 1].e === c.end);
}

/** Widen a name to the capitalised words right before it ("York Times" → "New York Times"). */
function widen(ctx: SourceContext, c: SourceCandidate): boolean {
  const { tokens } = ctx;
  const i = tokenAt(tokens, c.start);
  if (!tokens[i]?.cap) return true;
  let a = i;
  while (a > 0 && i - a < MAX_WIDEN) {
    const p = tokens[a - 1];
    if (p.t !== T.Word || !p.cap || p.block !== tokens[a].block || tokens[a].s - p.e !== 1 || ctx.np.sentenceInitial(a - 1)) break;
    if (ctx.C.cueKind.has(p.lc)) break;
    a--;
  }
  if (a < i) setSpan(ctx, c, tokens[a].s, c.end);
  return true;
}

/** Does the span end on a capitalised word followed, after one space, by another in the same sentence? */
function endsInsideName(ctx: SourceContext, c: SourceCandidate): boolean {
  const { tokens, C } = ctx;
  const last = tokenAt(tokens, c.end) - 1;
  const next = tokens[last + 1];
  if (last < 0 || !tokens[last].cap || !next || next.t !== T.Word || !next.cap || next.s - c.end !== 1) return false;
  if (next.block !== tokens[last].block || ctx.np.sentenceInitial(last + 1)) return false;
  // "told Reuters Monday", "said Smith Tuesday": a day or a month is not part of the name
  return !(C.set.weekdays.has(next.lc) || C.set.months.has(next.lc) || C.set.time.has(next.lc));
}
