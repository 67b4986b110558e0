// Pass: the other side of a conversation. "X told Reuters", "confirmed to WIRED", "sagte dem
// Wirtschaftsblatt", "розповіли «Діловому Києву»": the outlet a source spoke to is a source too.
// "WIRED spoke to one mother": the person the article spoke to is the source.
import { T } from '../text';
import { candidate } from './candidate';
import { CLOSE_Q, OPEN_Q, type NP } from './phrases';
import type { SourceContext, SourcePass } from './types';

// How many tokens a quoted outlet's name may have («Діловому Києву»).
const MAX_QUOTED = 6;
// Initials with inner dots, read without their last one ("u.s", "u.n", "u.k").
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

export const told: SourcePass = {
  name: 'told',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    // (read once, only when a told verb has a listener)
    let surnames: Set<string> | undefined;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i];
      if (t.t !== T.Word) continue;
      const tl = C.told.at(tokens, i);
      const il = tl ? 0 : C.interview.at(tokens, i);
      // (the quotation test, a search of all quotations, only where a phrase stands)
      if ((!tl && !il) || ctx.inQuote(t.s)) continue;
      const len = tl || il;
      const cue = text.slice(t.s, tokens[i + len - 1].e);
      const after = i + len;
      if (il) {
        // the person spoken to — not by someone the story tells of ("In 1997, she interviewed Mike for a convention")
        if (narratedTalk(ctx, i)) {
          i += len - 1;
          continue;
        }
        const np = ctx.np.forward(after, false);
        if (np && ctx.np.valid(np)) found.push(candidate(ctx, np, 'attribution', cue, t.s));
      } else {
        const np = outlet(ctx, after);
        if (np && !(np.a === np.b && (surnames ??= surnamesOf(ctx)).has(tokens[np.a].lc))) found.push(candidate(ctx, np, 'attribution', cue, t.s));
      }
      i += len - 1;
    }
  },
};

/**
 * Does a singular third-person pronoun (lexicon `speakerPronouns`: "she", "er", "він") stand right before the verb of
 * talking at i? The article's own interviews are by the outlet, "we" or a named reporter ("WIRED spoke to one
 * mother", "Dempsey talked with the man"); one that "she" held is an act in the story, its listener no source.
 */
function narratedTalk(ctx: SourceContext, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ctx.tokens[k].t === T.Word && ctx.np.isAdverb(ctx.tokens[k])) k--;
  const pv = ctx.tokens[k];
  return !!pv && pv.t === T.Word && pv.block === ctx.tokens[i].block && ctx.lex.speakerPronouns.includes(pv.lc);
}

/** An outlet's name at token i: capitalised words (after a determiner: "dem Wirtschaftsblatt") or a quoted name. */
function outlet(ctx: SourceContext, i: number): NP | null {
  const { tokens, C } = ctx;
  if (ctx.np.audienceAt(i)) return null;
  let a = i;
  if (tokens[a]?.t === T.Word && C.set.determiners.has(tokens[a].lc) && tokens[a + 1]?.cap) {
    // "bestätigte den Einsatz": where the outlet's case shows in its article, another article makes an object
    const articles = ctx.lex.outletArticles;
    if (articles && !articles.includes(tokens[a].lc)) return null;
    a++;
  }
  const first = tokens[a];
  if (!first || first.block !== tokens[i].block) return null;
  // "tells the paper": an outlet's common noun after an article
  const nouns = ctx.lex.outletNouns;
  if (C.set.determiners.has(first.lc) && nouns.length) {
    for (const n of nouns) {
      const words = n.split(' ');
      if (words.every((w, k) => tokens[a + 1 + k]?.t === T.Word && tokens[a + 1 + k].lc === w && tokens[a + 1 + k].block === first.block)) return { a, b: a + words.length };
    }
  }
  if (first.t === T.Punct && OPEN_Q.has(first.lc)) {
    for (let k = a + 1; k < tokens.length && k - a <= MAX_QUOTED; k++) if (CLOSE_Q.has(tokens[k].lc)) return k > a + 1 && tokens[a + 1].cap ? { a: i, b: k } : null;
    return null;
  }
  if (first.t !== T.Word || !first.cap || ctx.np.audienceAt(a)) return null;
  // "told President Jacob Zuma", "told Sen. Ben Sasse": a person's title opens the name of someone told, a listener
  const titles = ctx.lex.personTitles ?? [];
  if (titles.includes(first.lc) || (tokens[a + 1]?.t === T.Word && titles.includes(`${first.lc} ${tokens[a + 1].lc}`))) return null;
  let b = a;
  for (;;) {
    const nx = tokens[b + 1];
    if (nx && nx.t === T.Word && nx.cap && nx.block === first.block) b++;
    // "told the U.S. Senate", "the U.N. General Assembly": a dotted abbreviation's dot goes on into the name
    else if (nx?.lc === '.' && nx.s === tokens[b].e && DOTTED.test(tokens[b].lc) && tokens[b + 2]?.t === T.Word && tokens[b + 2].cap && tokens[b + 2].block === first.block) b += 2;
    else break;
  }
  // "told WeWork executives to look for …", "told Apple employees": the name describes the people told,
  // a group (lexicon anonymousNouns), not an outlet — unless they are its journalists ("told CNN reporters")
  const nx = tokens[b + 1];
  if (nx && nx.t === T.Word && !nx.cap && nx.block === first.block && C.set.anonymous.has(nx.lc) && !ctx.lex.outletNouns.includes(nx.lc)) return null;
  const np = { a: i, b };
  // "told the Intelligence Committee", "sagte dem Untersuchungsausschuss": a body hearing an account is a listener
  if (ctx.np.words(np).some((w) => C.hearingBodies.has(w.lc))) return null;
  return ctx.np.valid(np) ? np : null;
}

/**
 * "Ford’s father told Starner that …", "Cook told Benioff": a listener of one capitalised word that the text
 * writes elsewhere as a person's surname, after a capitalised given name ("Tom Starner", "Marc Benioff"), is a
 * person spoken to, not an outlet. The surnames, lower case: words of mixed case after another such word (an
 * acronym, "CNN", is no surname), not opening a sentence.
 */
function surnamesOf(ctx: SourceContext): Set<string> {
  const { tokens } = ctx;
  const out = new Set<string>();
  const agencies = new Set(ctx.lex.creditAgencies.map((a) => a.toLowerCase()));
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const pv = tokens[k - 1];
    if (t.t !== T.Word || pv.t !== T.Word || !t.cap || !pv.cap || pv.block !== t.block || pv.e + 1 !== t.s) continue;
    if (!mixedCase(ctx.text.slice(t.s, t.e)) || !mixedCase(ctx.text.slice(pv.s, pv.e))) continue;
    // (a given name is no title or source noun: "President Biden"; a news agency stays one, "Thomson Reuters")
    if (ctx.C.set.titles.has(pv.lc) || ctx.np.isNounish(pv) || agencies.has(t.lc)) continue;
    // (the name goes on: "Tim Cook Foundation" names no person)
    const nx = tokens[k + 1];
    if (nx && nx.t === T.Word && nx.cap && nx.block === t.block && nx.s === t.e + 1) continue;
    out.add(t.lc);
  }
  return out;
}

/** A word with a capital and lower-case letters after it ("Starner", not "CNN" or "U.S."). */
const mixedCase = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
