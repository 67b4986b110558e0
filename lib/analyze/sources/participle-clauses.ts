// Pass: reporting participle clauses. "The commission is frustrated with the companies, saying they
// failed to share information", "Суд отклонил иск, пояснив, что …": a reporting participle after a
// comma reports for the subject of the main clause — the sentence's first phrase, when it names
// someone (a pronoun, a quotation or a fronted adverbial names no one here); so does one after a subordinator
// ("…, while claiming they …", "… after saying that …"), the participial adjunct of the same subject. A participle of naming
// ("Fans responded with anger, calling it a betrayal") reports so only with the name it gives.
import { T } from '../text';
import { OPEN_Q } from './phrases';
import { candidate } from './candidate';
import { sentenceSubject } from './sentence-subject';
import type { SourceContext, SourcePass } from './types';

export const participleClauses: SourcePass = {
  name: 'participle-clauses',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    // a sentence whose main clause already has its source ("X said …, adding …") needs none
    const attributed = new Set(found.map((f) => f.sentence));
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      // (or after a preposition of means: "inserted himself into the race by warning candidates that …")
      const means = C.set.gerundPreps.has(tokens[i - 1].lc);
      // (or after a subordinator: "slashes drivers' rates, while claiming they …", "resigned after saying that …")
      const adjunct = C.set.subordinators.has(tokens[i - 1].lc);
      if (t.t !== T.Word || (tokens[i - 1].lc !== ',' && !means && !adjunct) || tokens[i - 1].block !== t.block) continue;
      const len = C.participle.at(tokens, i) || (means ? 0 : namingAt(ctx, i));
      if (!len || ctx.inQuote(t.s)) continue;
      // "…, adding to losses": a preposition after it makes the participle no speech ("that" does)
      const nx = tokens[i + len];
      if (nx && nx.t === T.Word && C.set.stop.has(nx.lc) && !C.set.clause.has(nx.lc)) continue;
      const si = ctx.sentences.at(t.s);
      if (si < 0 || attributed.has(si)) continue;
      const np = sentenceSubject(ctx, si, i - 1);
      if (!np) continue;
      // ("by warning candidates that …": only with its clause; "by saying so", "by telling stories" report nothing here)
      if (means && (!clauseAfter(ctx, i + len) || relativeBetween(ctx, np.b, i) || passiveAgent(ctx, i - 1))) continue;
      // ("while saying goodbye": after a subordinator only with what is said, a clause or a quotation)
      const said = clauseAfter(ctx, i + len) || C.set.personal.has(tokens[i + len]?.lc ?? '') || OPEN_Q.has(tokens[i + len]?.lc ?? '');
      if (adjunct && (!said || relativeBetween(ctx, np.b, i))) continue;
      found.push(candidate(ctx, np, 'attribution', text.slice(t.s, tokens[i + len - 1].e), t.s));
      i += len - 1;
    }
  },
};

// The name a naming participle gives starts within this many tokens of it ("calling | the company's latest move | a …").
const MAX_NAMING_OBJECT = 6;

/** The length of a naming participle at i that gives a name (a quotation, a complement word, a word after an object pronoun), or 0. */
function namingAt(ctx: SourceContext, i: number): number {
  const { tokens, C } = ctx;
  const len = C.naming?.at(tokens, i) ?? 0;
  if (!len) return 0;
  // "…, calling it a day": an idiom that names nothing
  if (C.namingIdioms?.at(tokens, i)) return 0;
  const v = i + len;
  const obj = tokens[v];
  if (!obj || obj.block !== tokens[i].block) return 0;
  const named = obj.t === T.Word && ctx.lex.namedObjects.includes(obj.lc);
  // "calling for a ceasefire", "calling on the government": a preposition after it makes a call, no name
  // (unless a quotation follows it: "la qualifiant de « provocation »")
  if (obj.t === T.Word && !named && isPreposition(ctx, obj.lc) && !OPEN_Q.has(tokens[v + 1]?.lc ?? '')) return 0;
  // "calling them liars", "назвав його зрадником": an object pronoun, then the name, a word that is no
  // stop word, ending the clause ("calling them together for a talk", "calling it twice before noon" call)
  const nx = tokens[v + 1];
  const nx2 = tokens[v + 2];
  const clauseEnds = !nx2 || nx2.block !== obj.block || nx2.t === T.Punct || C.set.coordinators.has(nx2.lc);
  if (named && nx?.t === T.Word && nx.block === obj.block && !C.set.stop.has(nx.lc) && !ctx.np.isAdverb(nx) && clauseEnds) return len;
  for (let k = v; k < tokens.length && k - v <= MAX_NAMING_OBJECT && tokens[k].block === obj.block; k++) {
    const w = tokens[k];
    if (OPEN_Q.has(w.lc)) return len;
    if (w.t === T.Punct) return 0;
    // "describing the plan as reckless"; "calling the move a mistake": an indefinite article after the object
    if (k > v && (C.set.complement.has(w.lc) || C.set.indefinite.has(w.lc))) return len;
    // "calling them together for a talk": a preposition before any name ends the object: a call
    if (k > v && isPreposition(ctx, w.lc)) return 0;
  }
  return 0;
}

/** A preposition (lexicon `descriptionTies`, or a stop word that is no determiner or possessive): "for", "on", "from". */
function isPreposition(ctx: SourceContext, lc: string): boolean {
  const S = ctx.C.set;
  // ("qualifiant de « … »", "describing it as …": the complement's own word gives the name)
  if (S.complement.has(lc) || S.indefinite.has(lc)) return false;
  return (ctx.lex.descriptionTies ?? []).includes(lc) || (S.stop.has(lc) && !S.determiners.has(lc) && !S.possessives.has(lc));
}

// A gerund's clause word stands at most this many tokens after it ("warning | the party's candidates | that").
const MAX_GERUND_OBJECT = 6;

/**
 * A clause word soon after a gerund at `after`, before any punctuation (a quotation is none). Not a relative word
 * after a noun, its verb right after it ("by announcing dates that were later changed": the gerund's object and
 * its relative clause, nothing said).
 */
function clauseAfter(ctx: SourceContext, after: number): boolean {
  const { tokens, C } = ctx;
  const S = C.set;
  for (let k = after; k < tokens.length && k - after <= MAX_GERUND_OBJECT && tokens[k].block === tokens[after].block; k++) {
    const t = tokens[k];
    // (a quotation is as often a title announced: "by announcing “Super Mario Run”")
    if (t.t === T.Punct) return false;
    if (!S.clause.has(t.lc) || S.coordinators.has(t.lc)) continue;
    // (the object's last word: a lower-case word that is no function word)
    const pv = tokens[k - 1];
    const nx = tokens[k + 1];
    const afterNoun = k > after && pv.t === T.Word && !pv.cap && !S.stop.has(pv.lc) && !S.pronouns.has(pv.lc) && !S.objectPronouns.has(pv.lc) && !S.determiners.has(pv.lc);
    if (afterNoun && nx?.t === T.Word && !nx.cap && (S.auxiliaries.has(nx.lc) || C.pastEndings.some((e) => nx.lc.endsWith(e)))) return false;
    return true;
  }
  return false;
}

/**
 * "Markets were rattled | by warning signs that …": after a passive's participle (a passive auxiliary, perhaps an
 * adverb, then a past form) the agent preposition names who acted, it is no preposition of means.
 */
function passiveAgent(ctx: SourceContext, by: number): boolean {
  const { tokens, C } = ctx;
  if (!C.set.agent.has(tokens[by].lc)) return false;
  const part = tokens[by - 1];
  if (!part || part.t !== T.Word || !(C.pastEndings.some((e) => part.lc.endsWith(e)) || C.set.participles.has(part.lc))) return false;
  let k = by - 2;
  if (tokens[k] && !C.set.passive.has(tokens[k].lc) && ctx.np.isAdverb(tokens[k])) k--;
  return !!tokens[k] && C.set.passive.has(tokens[k].lc);
}

// A relative word stands at most this many tokens before its gerund ("which | tried to rally support | by saying"):
// the walk back is bounded so that a long sentence of many gerunds is read in linear time, not once per gerund.
const MAX_RELATIVE_BACK = 12;

/**
 * A relative word between the subject and the gerund: the gerund is the relative clause's ("Likud, which tried … by
 * saying that"). Read back from the gerund to the first punctuation (the relative clause opens after it).
 */
function relativeBetween(ctx: SourceContext, a: number, b: number): boolean {
  for (let k = b - 1; k > a && b - k <= MAX_RELATIVE_BACK; k--) {
    const t = ctx.tokens[k];
    if (t.t !== T.Word) return false;
    if (ctx.C.set.relative.has(t.lc)) return true;
  }
  return false;
}
