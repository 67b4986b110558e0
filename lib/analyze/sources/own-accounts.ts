// Pass: the subject that is its own source. "Die Kinderklinik verzeichnet nach eigenen Angaben mehr Patienten",
// "Das Unternehmen beschäftigt eigenen Angaben zufolge 500 Menschen", "Компанія, за власними даними, експортувала …":
// a phrase of one's own account (lexicon `ownAccounts`) attributes the clause to its own subject, whatever the verb
// (an act: "verzeichnet", "beschäftigt"), so no reporting verb marks the source and the cue pass finds none. Here the
// subject opening the sentence is the source when it ends before the phrase, with no comma or clause word between
// them (a relative or a second clause has a subject of its own: "…, die nach eigenen Angaben …"). A pronoun or a
// fronted phrase ("Im Jahr 2023 beschäftigte …") gives no subject (sentence-subject.ts).
import { T } from '../text';
import { candidate } from './candidate';
import { sentenceSubject } from './sentence-subject';
import type { SourceContext, SourcePass } from './types';
import { phraseAt } from './word-phrases';

export const ownAccounts: SourcePass = {
  name: 'own-accounts',
  run(ctx, found) {
    const list = ctx.lex.ownAccounts;
    if (!list.length) return;
    const { tokens, text } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const len = phraseAt(ctx, list, i);
      if (!len || ctx.inQuote(tokens[i].s)) continue;
      const si = ctx.sentences.at(tokens[i].s);
      const np = si >= 0 ? sentenceSubject(ctx, si, i) : null;
      if (!np || !sameClause(ctx, np.b, i)) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(tokens[i].s, tokens[i + len - 1].e), tokens[i].s));
      i += len - 1;
    }
  },
};

/** No clause boundary (a clause word, or a comma other than the one opening the phrase) between token b and token i. */
function sameClause(ctx: SourceContext, b: number, i: number): boolean {
  const { tokens, C } = ctx;
  for (let k = b + 1; k < i; k++) {
    const t = tokens[k];
    if (t.block !== tokens[i].block) return false;
    // ("Компанія, за власними даними, …": the comma right before the phrase sets it off)
    if (t.t === T.Punct && !(t.lc === ',' && k === i - 1)) return false;
    if (t.t === T.Word && C.set.clause.has(t.lc)) return false;
  }
  return true;
}
