// Pass: an outlet spoken to between a told verb and its speaker, where case marks who is who
// (lexicon `outletBeforeSpeaker`: Russian, Ukrainian). "Об этом сообщил ТАСС источник в силовых
// структурах", "Как рассказал РИА Новости собеседник в отрасли", "Як розповів Укрінформу речник
// відомства": the speaker read after the verb starts with the outlet's name ("ТАСС источник").
// The two are two sources, as "X told Reuters" is: the outlet (capitalised words or a quoted name)
// becomes a source of its own and the speaker's span starts at the source noun after it. English
// has no such order ("said Goldman Sachs analyst Jan Hatzius" is one name), so the switch is off there.
import { T, tokenStartingAt } from '../text';
import { normCue } from './compile';
import { CLOSE_Q, OPEN_Q } from './phrases';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// How many tokens an outlet's name may have ("РИА Новости", «Українській правді»).
const MAX_OUTLET_TOKENS = 6;

export const toldSplits: SourcePass = {
  name: 'told-splits',
  run(ctx, found) {
    if (!ctx.lex.outletBeforeSpeaker) return;
    const told = ctx.C.toldCues;
    const added: SourceCandidate[] = [];
    for (const s of found) {
      if (s.kind !== 'attribution' || !s.cue || !told.has(normCue(s.cue))) continue;
      const a = tokenStartingAt(ctx.tokens, s.start);
      // (the speaker right after its verb: "сообщил ТАСС источник")
      if (a < 1 || ctx.tokens[a - 1].lc !== s.cue.split(/\s+/).pop()?.toLowerCase()) continue;
      const b = outletEnd(ctx, a);
      const nx = ctx.tokens[b + 1];
      if (b < 0 || !nx || nx.s >= s.end || !speakerWord(ctx, b + 1)) continue;
      const t = ctx.tokens;
      added.push({ ...s, end: t[b].e, text: ctx.text.slice(s.start, t[b].e) });
      s.start = nx.s;
      s.text = ctx.text.slice(s.start, s.end);
    }
    found.push(...added);
  },
};

/** The last token of an outlet's name at token a: a quoted name, or a run of capitalised words; -1 if none. */
function outletEnd(ctx: SourceContext, a: number): number {
  const { tokens } = ctx;
  const first = tokens[a];
  if (first.t === T.Punct && OPEN_Q.has(first.lc)) {
    for (let k = a + 1; k < tokens.length && k - a <= MAX_OUTLET_TOKENS; k++) if (CLOSE_Q.has(tokens[k].lc)) return k > a + 1 && tokens[a + 1].cap ? k : -1;
    return -1;
  }
  if (first.t !== T.Word || !first.cap) return -1;
  let b = a;
  while (b - a < MAX_OUTLET_TOKENS && tokens[b + 1]?.t === T.Word && tokens[b + 1].cap && tokens[b + 1].block === first.block) b++;
  return b;
}

/** A lower-case source noun or title opening the speaker ("источник", "собеседник", "речник"), not a listener ("журналистам"). */
function speakerWord(ctx: SourceContext, k: number): boolean {
  const S = ctx.C.set;
  const t = ctx.tokens[k];
  if (t.t !== T.Word || t.cap || ctx.np.audienceAt(k)) return false;
  return S.anonymous.has(t.lc) || S.titles.has(t.lc) || ctx.np.isNounish(t);
}

