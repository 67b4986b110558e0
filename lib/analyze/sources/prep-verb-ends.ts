// The phrase read after a cue preposition is the source; it never runs on into the clause's verb and object:
// "Суд со ссылкой на закон отклонил иск" reads "закон", not "закон отклонил иск" (a finite past verb after a noun,
// lexicon `prepPhraseVerbEndings`), "unter Berufung auf das Gesetz die Klage ab" reads "das Gesetz" (a new article
// right after a capitalised noun, lexicon `prepPhraseNewArticles`). The cut phrase is then judged like any other;
// a law it names is applied, not cited as a claim's origin (lexicon `ruleNouns`).
import { T } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

// a verb ending is read only on a word at least this long: short nouns share the endings ("сила", "пил")
const MIN_VERB_LENGTH = 5;

/** The phrase cut before the first verb or new article inside it (never before its first word). */
export function endBeforeVerb(ctx: SourceContext, np: NP): NP {
  const { tokens, lex } = ctx;
  const verbs = lex.prepPhraseVerbEndings;
  const arts = lex.prepPhraseNewArticles;
  if (!verbs.length && !arts.length) return np;
  for (let k = np.a + 1; k <= np.b; k++) {
    const t = tokens[k];
    const pv = tokens[k - 1];
    if (t.t !== T.Word || pv.t !== T.Word || t.cap === undefined) continue;
    if (arts.includes(t.lc) && pv.cap && !ctx.np.sentenceInitial(k - 1) && !arts.includes(pv.lc)) return { a: np.a, b: k - 1 };
    if (t.cap || t.lc.length < MIN_VERB_LENGTH || !verbs.some((e) => t.lc.endsWith(e))) continue;
    if (ctx.np.isNounish(t) || ctx.C.set.determiners.has(pv.lc) || ctx.C.set.connectors.has(pv.lc)) continue;
    if (lex.prepPhraseAdjectiveEndings.some((e) => pv.lc.endsWith(e))) continue;
    return { a: np.a, b: k - 1 };
  }
  return np;
}

/** "laut Gesetz", "unter Berufung auf das Gesetz": the phrase's head is a law (lexicon `ruleNouns`). */
export function namesRule(ctx: SourceContext, np: NP): boolean {
  return ctx.lex.ruleNouns.includes(ctx.tokens[np.b].lc);
}
