// Pass: a link inside the claim a cue opens is a source of kind link. "Deadline reports that Paramount
// is also still working on a second, <a>R-rated Star Trek spin-off …</a>", "According to data released
// by MOTIE in August, <a>newly installed capacity … reached 1.64 GW</a>": the linked page backs the
// reported claim, wherever it points (the labelling policy: a link "on the claim right after a cue";
// a link to the outlet's own story on a fact it states is background, and the links pass leaves it).
// The claim is what follows a verb cue and its clause word ("reports that", "erklärte, dass",
// "a déclaré que", "заявив, що") after the source's name, or what follows the comma after a
// prepositional cue that opens the sentence ("According to …,", "Laut …,", "За даними …,").
import { T, tokenAt } from '../text';
import { normCue } from './compile';
import { overlapTest } from './cue-links';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// A linked claim has at least this many words; fewer are a term ("weight loss", "leptin").
const MIN_CLAIM_WORDS = 4;
// Between a name and its cue, and between the cue and its clause word, at most this many tokens ("has also said", "said on Monday that").
const MAX_CUE_GAP = 4;

export const claimLinks: SourcePass = {
  name: 'claim-links',
  run(ctx, found) {
    if (!ctx.links.length) return;
    // where each sentence's claim opens: the offset after its clause word or comma (only sentences with a link)
    const linked = new Set(ctx.links.map((l) => ctx.sentences.at(l.start)));
    const opens = new Map<number, number>();
    for (const s of found) {
      if (!s.cue || s.kind === 'credit' || s.kind === 'link' || !linked.has(s.sentence) || opens.has(s.sentence)) continue;
      const at = claimStart(ctx, s);
      if (at >= 0) opens.set(s.sentence, at);
    }
    if (!opens.size) return;
    const overlapsFound = overlapTest(found);
    const add: SourceCandidate[] = [];
    const used = new Set<number>();
    for (const l of ctx.links) {
      const sentence = ctx.sentences.at(l.start);
      const at = opens.get(sentence);
      if (at === undefined || l.start < at || l.end > ctx.sentences.ends[sentence] || used.has(sentence)) continue;
      // the claim's first link only, before a clause joined on (", and leaving …")
      used.add(sentence);
      if (overlapsFound(l.start, l.end) || joinedClauseBetween(ctx, at, l.start)) continue;
      const anchor = ctx.text.slice(l.start, l.end);
      // a link on a term ("leptin", "weight loss": a glossary page) or a name ("title Destiny 2": a
      // product page, a profile) backs nothing the reader can see; a claim has some words, one in lower case
      const words = anchor.split(/[\s\u00a0]+/).filter(Boolean);
      // (a claim has a lower-case word of three letters or more that is not a function word: a
      // run of names or of "of the" is a term, not a claim)
      if (words.length < MIN_CLAIM_WORDS || !words.some((w) => /^\p{Ll}\p{L}{2}/u.test(w) && !ctx.C.set.connectors.has(w) && !ctx.C.set.pronouns.has(w) && !ctx.C.set.personal.has(w))) continue;
      add.push({ start: l.start, end: l.end, text: anchor, kind: 'link', name: '', href: l.href, sentence });
    }
    found.push(...add);
  },
};

/** The offset where the claim of a source's cue opens, or -1. */
function claimStart(ctx: SourceContext, s: SourceCandidate): number {
  const { tokens, C } = ctx;
  const S = C.set;
  const kind = C.cueKind.get(normCue(s.cue!));
  const first = tokenAt(tokens, s.end);
  if (kind === 'prep') {
    // "According to data released by MOTIE in August, …": the cue opens the sentence, a comma ends its phrase
    const st = tokenAt(tokens, ctx.sentences.starts[s.sentence]);
    if (ctx.text.slice(tokens[st].s, tokens[st].s + s.cue!.length).toLowerCase() !== s.cue!.toLowerCase()) return -1;
    const end = ctx.sentences.ends[s.sentence];
    for (let k = first; k < tokens.length && tokens[k].s < end; k++) {
      if (tokens[k].lc === ',') return tokens[k + 1]?.s ?? -1;
      if (tokens[k].t === T.Punct && tokens[k].lc !== '.' && tokens[k].lc !== '(' && tokens[k].lc !== ')') return -1;
    }
    return -1;
  }
  // "Deadline reports that …": the cue after the name, then its clause word
  const cueWords = s.cue!.toLowerCase().split(/[\s\u00a0]+/);
  for (let k = first; k < tokens.length && k - first <= MAX_CUE_GAP; k++) {
    if (tokens[k].t !== T.Word) {
      if (tokens[k].lc === ',') continue;
      return -1;
    }
    if (tokens[k].lc !== cueWords[0]) continue;
    const after = k + cueWords.length;
    for (let j = after; j < tokens.length && j - after <= MAX_CUE_GAP; j++) {
      const t = tokens[j];
      if (t.t === T.Word && S.clause.has(t.lc) && !S.coordinators.has(t.lc) && !S.relative.has(t.lc)) return tokens[j + 1]?.s ?? -1;
      // only adverbs and times between the cue and its clause word ("said on Monday that"); an object
      // ("issued a statement that") makes the clause a relative one
      const between = t.lc === ',' || (t.t === T.Word && (ctx.np.isAdverb(t) || S.adverbs.has(t.lc) || S.weekdays.has(t.lc) || S.time.has(t.lc) || S.timeModifiers.has(t.lc) || (S.stop.has(t.lc) && !S.determiners.has(t.lc))));
      if (!between) return -1;
    }
    return -1;
  }
  return -1;
}

/** Is a clause joined on between a and b (a comma, then a coordinator: ", and leaving …")? */
function joinedClauseBetween(ctx: SourceContext, a: number, b: number): boolean {
  const { tokens, C } = ctx;
  for (let k = tokenAt(tokens, a); k < tokens.length - 1 && tokens[k].s < b; k++) {
    if (tokens[k].lc === ',' && C.set.coordinators.has(tokens[k + 1].lc)) return true;
  }
  return false;
}
