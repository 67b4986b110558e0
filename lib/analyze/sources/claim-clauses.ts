// Pass: a claim noun with its author, followed by what was claimed. "Van Der Beek’s announcement that
// his wife had suffered a miscarriage", "an earlier declaration by China's health chiefs that the risk
// was minimal", "die Ankündigung von Müller, dass …", "заява Зеленського про те, що …": the noun
// (lexicon `claimNouns`) carries a claim whose author is named — before it as a possessive ("’s",
// with a few adjectives between: "Schiff’s astounding assertion that"),
// after it with an agent preposition (`agentPreps`, `docLinks`), or, where a genitive needs none,
// as a capitalised name right after it — and a clause word (`clauseWords`, after the links of
// `claimLinks`: "про те", "о том") opens the claim. The author with the noun is listed. A noun with
// no author ("the claim that vaccines …", "his announcement that") names no one.
import { T } from '../text';
import { candidate } from './candidate';
import type { NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

/** Does the word open with an elided article ("l’annonce", "d'affirmation")? A character test, no regex: it runs on every word. */
const elided = (lc: string) => lc.length > 3 && (lc[1] === '’' || lc[1] === "'");

export const claimClauses: SourcePass = {
  name: 'claim-clauses',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    const S = C.set;
    if (!S.claimNouns.size) return;
    for (let i = 0; i < tokens.length - 2; i++) {
      const t = tokens[i];
      // (an elided article is part of the word: "l’annonce")
      if (t.t !== T.Word || !(S.claimNouns.has(t.lc) || (elided(t.lc) && S.claimNouns.has(t.lc.slice(2)))) || (t.cap && !C.capNouns && !ctx.np.sentenceInitial(i)) || ctx.inQuote(t.s)) continue;
      const np = possessiveAuthor(ctx, i) ?? authorAfter(ctx, i);
      if (!np) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(t.s, t.e), t.s));
      i = np.b;
    }
  },
};

/** "Van Der Beek’s announcement | that": the noun read back with its possessive author, when a clause follows it. */
function possessiveAuthor(ctx: SourceContext, i: number): NP | null {
  const { tokens } = ctx;
  const S = ctx.C.set;
  // adjectives may stand between the author and the noun ("Schiff’s astounding assertion", "Mueller’s
  // own congressional testimony"): a few lower-case content words, no function word
  let p = i - 1;
  while (p > 0 && i - 1 - p < MAX_CLAIM_MODIFIERS && isModifier(ctx, p)) p--;
  const pv = tokens[p];
  if (!pv || pv.t !== T.Word || !pv.cap || !/[’']s$/u.test(pv.lc) || pv.block !== tokens[i].block || !clauseAt(ctx, i + 1)) return null;
  // the author is the run of capitalised words ending in the possessive ("in light of | Van Der Beek’s");
  // a sentence's first word belongs to it unless it is a function word ("Joe Biden’s", not "But Biden’s")
  // (name particles are connectors too: "Van Der Beek’s" keeps its "Van")
  const particle = (k: number) => S.connectors.has(tokens[k].lc) && !S.coordinators.has(tokens[k].lc) && tokens[k + 1]?.cap === true;
  const opener = (k: number) => ctx.np.sentenceInitial(k) && !particle(k) && (S.stop.has(tokens[k].lc) || S.pronouns.has(tokens[k].lc) || S.determiners.has(tokens[k].lc) || S.connectors.has(tokens[k].lc) || S.adverbs.has(tokens[k].lc));
  let a = p;
  while (a > 0 && tokens[a - 1].t === T.Word && tokens[a - 1].cap && tokens[a - 1].block === pv.block && !opener(a - 1)) a--;
  // "de Miranda’s notion", "van der Berg’s claim": a surname's lower-case particles open it
  a = ctx.np.particlesBefore(a);
  // "Sunday’s statement", "Christmas Day’s announcement": a time's, not an author's
  const bare = (k: number) => tokens[k].lc.replace(/[’']s$/u, '');
  for (let k = a; k <= p; k++) if (S.weekdays.has(bare(k)) || S.months.has(bare(k)) || S.time.has(bare(k))) return null;
  const np = { a, b: i };
  // (nominal: the claim noun may also be a verb, "claim")
  return ctx.np.valid(np, true) ? np : null;
}

// At most this many adjectives between a possessive author and the claim noun ("Schiff’s own doubling-down admission").
const MAX_CLAIM_MODIFIERS = 3;

/** A lower-case content word that may qualify a claim noun ("own", "astounding", "congressional"), not a function word, a time or a number. */
function isModifier(ctx: SourceContext, k: number): boolean {
  const t = ctx.tokens[k];
  const S = ctx.C.set;
  if (t.t !== T.Word || t.cap || /[’']s$/u.test(t.lc) || t.block !== ctx.tokens[k + 1]?.block) return false;
  return !(S.stop.has(t.lc) || S.determiners.has(t.lc) || S.pronouns.has(t.lc) || S.auxiliaries.has(t.lc) || S.connectors.has(t.lc) || S.clause.has(t.lc) || S.time.has(t.lc) || S.claimNouns.has(t.lc) || Object.hasOwn(ctx.lex.numberWords, t.lc));
}

/** "an earlier declaration | by China's health chiefs | that", "заява | Зеленського | про те, що": the author after the noun. */
function authorAfter(ctx: SourceContext, i: number): NP | null {
  const { tokens, C } = ctx;
  const S = C.set;
  const nx = tokens[i + 1];
  if (!nx || nx.t !== T.Word || nx.block !== tokens[i].block) return null;
  const prep = S.agent.has(nx.lc) || (S.docLinks.has(nx.lc) && !S.connectors.has(nx.lc));
  // without a preposition, a genitive name: capitalised, no time ("the statement Monday that")
  if (!prep && (!nx.cap || S.weekdays.has(nx.lc) || S.months.has(nx.lc))) return null;
  const author = ctx.np.forward(prep ? i + 2 : i + 1, false);
  if (!author || !ctx.np.valid(author) || !clauseAt(ctx, author.b + 1)) return null;
  const words = ctx.np.words(author);
  const head = words[words.length - 1];
  if (!head || !(head.cap || ctx.np.isNounish(head)) || words.some((w) => ctx.np.isPersonal(w.lc))) return null;
  // the noun with its article and adjectives ("an earlier declaration")
  const noun = ctx.np.backward(i);
  const a = noun && noun.b === i ? noun.a : i;
  return { a, b: author.b };
}

/** Does a claim's clause open at token k ("that", ", dass", "про те, що")? */
function clauseAt(ctx: SourceContext, k: number): boolean {
  const { tokens, C } = ctx;
  const S = C.set;
  const block = tokens[k - 1]?.block;
  for (const link of C.claimLinks) {
    if (link.every((w, n) => tokens[k + n]?.lc === w)) {
      k += link.length;
      break;
    }
  }
  if (tokens[k]?.lc === ',') k++;
  const t = tokens[k];
  return !!t && t.block === block && t.t === T.Word && S.clause.has(t.lc) && !S.coordinators.has(t.lc) && !S.relative.has(t.lc);
}
