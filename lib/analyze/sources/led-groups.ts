// Pass: a group named by its leader. In "Paganini and his team wrote", "Smith and colleagues found",
// "Müller und sein Team", "Dupont et son équipe", "Петренко та його колеги" the verb's subject is the
// whole coordination, but the phrase reader stops at the coordinator and keeps only "his team" — a
// source that names no one. The found span is widened to the name before it. Words come from the
// lexicon (`companionNouns`, `possessives`, `coordinators`).
import { T, tokenAt } from '../text';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// Capitalised words a leader's name may have ("Goddard planetary scientist" is not read: only names).
const MAX_NAME_WORDS = 4;

export const ledGroups: SourcePass = {
  name: 'led-groups',
  run(ctx, found) {
    if (!ctx.C.set.companionNouns.size) return;
    for (const c of found) if (c.kind !== 'credit' && c.kind !== 'link' && isCompanions(ctx, c)) widenToLeader(ctx, c);
  },
};

/** Is the span "his team", "colleagues", "seine Kollegen": a possessive at most, then a companion noun? */
function isCompanions(ctx: SourceContext, c: SourceCandidate): boolean {
  const { tokens, C } = ctx;
  let i = tokenAt(tokens, c.start);
  if (tokens[i]?.t === T.Word && C.set.possessives.has(tokens[i].lc)) i++;
  const noun = tokens[i];
  return !!noun && noun.t === T.Word && C.set.companionNouns.has(noun.lc) && noun.e === c.end;
}

/** "Paganini and" right before the span: the span starts at the name. */
function widenToLeader(ctx: SourceContext, c: SourceCandidate): void {
  const { tokens, C } = ctx;
  const k = tokenAt(tokens, c.start) - 1;
  const and = tokens[k];
  if (!and || and.t !== T.Word || !C.set.coordinators.has(and.lc)) return;
  let first = -1;
  for (let j = k - 1; j >= 0 && k - j <= MAX_NAME_WORDS; j--) {
    const w = tokens[j];
    if (w.t !== T.Word || !w.cap || w.block !== and.block) break;
    first = j;
  }
  // a name, not a sentence's capitalised first word ("Researchers and colleagues", "The team and …")
  if (first >= 0 && ctx.sentences.starts[ctx.sentences.at(tokens[first].s)] === tokens[first].s && isCommon(ctx, tokens[first].lc)) first++;
  if (first < 0 || first >= k) return;
  c.start = tokens[first].s;
  c.text = ctx.text.slice(c.start, c.end);
}

/** A word that starts sentences but names no one: an article, a pronoun, a common role noun. */
const isCommon = (ctx: SourceContext, lc: string) => {
  const S = ctx.C.set;
  return S.determiners.has(lc) || S.pronouns.has(lc) || S.personal.has(lc) || S.possessives.has(lc) || S.stop.has(lc) || S.anonymous.has(lc);
};
