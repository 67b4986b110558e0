// A common noun opening a sentence as a reporting verb's subject ("Neuroscience tells us that …",
// "Deficit hawks have warned for years that …"). The phrase reader demotes a capitalised word that
// only starts its sentence when the article writes it in lower case elsewhere ("advances in
// neuroscience", "the deficit"): such a word is usually a common noun, not a name. As the subject of
// a verb of saying with its clause right after, the phrase names who reports all the same — the
// sentence alone reads so, and a page should not lose it for using the word again. Plain opening
// words that are not such a subject stay demoted: only the cue's own subject is read again here.
import { T } from '../text';
import type { NP } from './phrases';
import type { SourceContext } from './types';

// The clause word ("that") comes at most this many tokens after the verb ("warned | for years | that").
const MAX_TO_CLAUSE = 6;

/** The phrase `back` before the verb at token ti, read as its subject despite an opening common word, or null. */
export function openingSubject(ctx: SourceContext, back: NP, ti: number): NP | null {
  const { tokens, C } = ctx;
  const S = C.set;
  if (!ctx.np.sentenceInitial(back.a) || ctx.inQuote(tokens[back.a].s)) return null;
  // only auxiliaries between the phrase and its verb ("Deficit hawks | have | warned")
  for (let k = back.b + 1; k < ti; k++) if (!S.auxiliaries.has(tokens[k].lc)) return null;
  // a verb with other senses ("Growth showed signs …") does not make a thing speak
  if (S.weakVerbs.has(tokens[ti].lc)) return null;
  if (!clauseSoon(ctx, ti)) return null;
  if (!namesSpeakers(ctx, back)) return null;
  return ctx.np.valid(back, false, true) ? back : null;
}

/**
 * Whether the phrase's head names people or a body that can speak: a source noun or its plural
 * ("Critics"), a plural after a modifier ("Deficit hawks"), or a field of knowledge ("Neuroscience").
 * Another abstract noun names nobody ("Experience tells us that …", "Tradition says that …").
 */
function namesSpeakers(ctx: SourceContext, back: NP): boolean {
  const head = ctx.tokens[back.b].lc;
  const C = ctx.C;
  const stems = [head, ...C.pluralEndings.filter((e) => head.length > e.length + 2 && head.endsWith(e)).map((e) => head.slice(0, -e.length))];
  if (stems.some((s) => C.sourceNouns.includes(s))) return true;
  if (back.b > back.a && stems.length > 1) return true;
  return ctx.lex.disciplineEndings.some((e) => head.endsWith(e));
}

/** A clause word ("that", not a coordinator) or a colon within MAX_TO_CLAUSE tokens after the verb, in its sentence. */
export function clauseSoon(ctx: SourceContext, ti: number): boolean {
  const { tokens, C } = ctx;
  for (let k = ti + 1; k < tokens.length && k - ti <= MAX_TO_CLAUSE && tokens[k].block === tokens[ti].block; k++) {
    const t = tokens[k];
    if (t.lc === ':') return true;
    if (t.t === T.Punct && t.lc !== ',') return false;
    if (t.t === T.Word && C.set.clause.has(t.lc) && !C.set.coordinators.has(t.lc)) return true;
  }
  return false;
}
