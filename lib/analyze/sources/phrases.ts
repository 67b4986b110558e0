// Reading a source's name off the token stream around a cue: the noun phrase before a reporting
// verb ("Governor Ivan Fedorov said"), after an inverted verb or a preposition (", said chief
// executive Tom Ridley", "laut DB-Sprecherin Anja Roth"), and whether a run of tokens can name a
// source at all (not a pronoun, a name or a source noun). Every word class comes from the lexicon.
import type { AnalysisContext } from '../context';
import type { SentenceIndex } from '../sentences';
import { T, tokenAt, type Token } from '../text';
import type { SourceLexicon } from './compile';

/** A run of tokens [a, b] (inclusive). */
export interface NP {
  a: number;
  b: number;
}

export const OPEN_Q = new Set(['«', '„', '“', '"', '‹']);
export const CLOSE_Q = new Set(['»', '“', '”', '"', '›']);
// Longest name read from a cue, in tokens: beyond this a "name" is a clause.
const MAX_NAME_TOKENS = 12;
// How far back a participial or relative clause may reach (", analyzing …, suggests").
const MAX_CLAUSE_TOKENS = 25;

export class PhraseReader {
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly C: SourceLexicon;
  private readonly sentences: SentenceIndex;
  private readonly personal: Set<string>;
  private readonly relative: Set<string>;
  private readonly pastEndings: string[];
  private readonly participleEndings: string[];
  private readonly capNouns: boolean;

  constructor(ctx: AnalysisContext, C: SourceLexicon) {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.C = C;
    this.sentences = ctx.sentences;
    const lc = (xs: string[]) => new Set(xs.map((w) => w.toLowerCase()));
    this.personal = lc(ctx.lex.personalPronouns);
    this.relative = lc(ctx.lex.relativeWords);
    this.pastEndings = ctx.lex.pastTenseEndings;
    this.participleEndings = ctx.lex.participleEndings;
    this.capNouns = ctx.lex.capitalisedNouns;
  }

  isWord(t: Token | undefined): t is Token {
    return !!t && t.t === T.Word;
  }

  isPersonal(lc: string): boolean {
    return this.personal.has(lc);
  }

  /** A source noun ("ministry", "analysts") or a document noun ("report"), by stem. */
  isNounish(t: Token): boolean {
    const C = this.C;
    let v = C.nounMemo.get(t.lc);
    if (v === undefined) {
      const w = t.lc.replace(/^(?:[ldjmnstc]|qu)[’'](?=\p{L})/u, '');
      v = C.sourceNouns.some((n) => w.startsWith(n)) || C.set.docs.has(w);
      if (C.nounMemo.size > 20000) C.nounMemo.clear();
      C.nounMemo.set(t.lc, v);
    }
    return v;
  }

  sentenceInitial(i: number): boolean {
    const tk = this.tokens;
    return i === 0 || tk[i - 1].block !== tk[i].block || /^[.!?…]$/.test(tk[i - 1].lc) || (OPEN_Q.has(tk[i - 1].lc) && (i < 2 || tk[i - 2].block !== tk[i].block));
  }

  words(np: NP): Token[] {
    return this.tokens.slice(np.a, np.b + 1).filter((t) => t.t === T.Word);
  }

  /** Is the token run a plausible source name (not a pronoun, has a name or a source noun)? */
  valid(np: NP): boolean {
    const S = this.C.set;
    const toks = this.words(np);
    if (!toks.length) return false;
    if (toks.every((t) => S.pronouns.has(t.lc) || S.determiners.has(t.lc) || S.connectors.has(t.lc))) return false;
    if (toks.length === 1 && (this.personal.has(toks[0].lc) || S.pronouns.has(toks[0].lc))) return false;
    if (S.months.has(toks[toks.length - 1].lc)) return false;
    return toks.some((t, k) => (t.cap && !(k === 0 && this.sentenceInitial(np.a) && toks.length > 1 && S.determiners.has(t.lc))) || this.isNounish(t));
  }

  /** Name before a verb: walk back from token i over words of a noun phrase. */
  backward(i: number): NP | null {
    const tk = this.tokens;
    const S = this.C.set;
    while (i >= 0 && this.isWord(tk[i]) && S.adverbs.has(tk[i].lc)) i--;
    if (i < 0) return null;
    const block = tk[i].block;
    const b = i;
    let j = i;
    for (; j >= 0 && b - j < MAX_NAME_TOKENS; j--) {
      const t = tk[j];
      if (t.block !== block) break;
      if (t.t === T.Num) break;
      if (t.t === T.Punct) {
        if (t.lc === ')' && tk[j - 2]?.lc === '(') {
          j -= 2;
          continue;
        }
        if (t.lc === '&' || t.lc === '/') continue;
        break;
      }
      if (S.months.has(t.lc) && t.cap === false) break;
      if (S.stop.has(t.lc) && !S.determiners.has(t.lc)) {
        // a connector inside a name ("Institute for the Study", "Analysts at Jefferies")
        if (S.connectors.has(t.lc) && j < b && (tk[j + 1].cap || S.determiners.has(tk[j + 1].lc)) && this.isWord(tk[j - 1])) continue;
        break;
      }
      if (S.determiners.has(t.lc)) {
        j--;
        // "the" after a connector continues the name ("Institute for the Study")
        if (this.isWord(tk[j]) && S.connectors.has(tk[j].lc) && !S.determiners.has(tk[j].lc) && this.isWord(tk[j - 1])) continue;
        break;
      }
      if (this.personal.has(t.lc) && !t.cap && j < b) break;
    }
    const np = { a: j + 1, b };
    return np.a > np.b ? null : np;
  }

  /** Skip listeners ("reporters", "журналистам") and adverbs after a cue, from token i. */
  private skipAudience(i: number): number {
    const tk = this.tokens;
    for (let guard = 0; guard < 3 && i < tk.length; guard++) {
      const am = this.audienceAt(i);
      if (am) {
        i = tokenAt(tk, am);
        continue;
      }
      if (this.isWord(tk[i]) && this.C.set.adverbs.has(tk[i].lc)) {
        i++;
        continue;
      }
      break;
    }
    return i;
  }

  /** End offset of a listener phrase starting at token i, or 0. */
  audienceAt(i: number): number {
    const t = this.tokens[i];
    if (!t) return 0;
    this.C.audience.lastIndex = t.s;
    const am = this.C.audience.exec(this.text);
    return am && am.index === t.s ? am.index + am[0].length : 0;
  }

  /** Name after a preposition or an inverted verb, from token i. */
  forward(i: number, allowAgent: boolean): NP | null {
    const tk = this.tokens;
    const S = this.C.set;
    i = this.skipAudience(i);
    if (i >= tk.length) return null;
    if (this.isWord(tk[i]) && S.impersonalPreps.has(tk[i].lc)) i++;
    const a = i;
    const block = tk[a]?.block;
    let j = a;
    let seenCap = false;
    let seenHead = false;
    for (; j < tk.length && j - a < MAX_NAME_TOKENS; j++) {
      const t = tk[j];
      if (t.block !== block) break;
      if (t.t === T.Num) break;
      if (t.t === T.Punct) {
        if (OPEN_Q.has(t.lc) && j === a) {
          // «Укренерго»: a quoted name
          let k = j + 1;
          while (k < tk.length && k - j < 6 && !CLOSE_Q.has(tk[k].lc)) k++;
          if (k < tk.length && CLOSE_Q.has(tk[k].lc) && k > j + 1) {
            j = k;
            seenCap = true;
            continue;
          }
          break;
        }
        if (t.lc === '(' && tk[j + 2]?.lc === ')' && /^\p{Lu}/u.test(this.text.slice(tk[j + 1].s, tk[j + 1].e))) {
          j += 3; // "(ISGlobal)" closes the name
          break;
        }
        if (t.lc === ',' && j > a && seenHead) {
          // apposition: "le ministre de l’Économie, Julien Morel, sur…"
          let k = j + 1;
          while (k < tk.length && tk[k].cap && k - j <= 3) k++;
          const titled = tk.slice(a, j).some((x) => this.isWord(x) && !x.cap && !S.determiners.has(x.lc) && !S.connectors.has(x.lc));
          if (k - j >= 3 && (tk[k]?.t === T.Punct || !tk[k]) && titled) {
            j = k - 1;
            continue;
          }
        }
        if (t.lc === '&' || t.lc === '/') continue;
        break;
      }
      if (S.months.has(t.lc)) break;
      if (S.participles.has(t.lc) && j > a) {
        if (allowAgent) {
          const ag = this.agentAfter(j);
          if (ag) return ag;
        }
        break;
      }
      const firstDet = j === a && S.determiners.has(t.lc);
      if (!firstDet && S.stop.has(t.lc)) {
        if (S.connectors.has(t.lc) && j > a && this.isWord(tk[j + 1]) && !S.stop.has(tk[j + 1].lc || '') && !(this.capNouns && !seenHead)) continue;
        if (S.connectors.has(t.lc) && j > a && this.isWord(tk[j + 1]) && (tk[j + 1].cap || S.determiners.has(tk[j + 1].lc))) continue;
        break;
      }
      // in a language that capitalises nouns, a lower-case word after the name ends it
      if (this.capNouns && !t.cap && seenCap && !S.determiners.has(t.lc) && !S.connectors.has(t.lc)) break;
      // a past tense after the name ends it ("Researchers at … analysed")
      if (!t.cap && seenHead && this.pastEndings.some((e) => t.lc.endsWith(e)) && !this.isNounish(t)) break;
      if (this.personal.has(t.lc) && j === a) return null;
      if (t.cap) seenCap = true;
      if (!S.determiners.has(t.lc)) seenHead = true;
    }
    const np = { a, b: j - 1 };
    // trailing connectors/determiners are not part of the name
    while (np.b >= np.a && this.isWord(tk[np.b]) && (S.connectors.has(tk[np.b].lc) || S.determiners.has(tk[np.b].lc))) np.b--;
    return np.b >= np.a ? np : null;
  }

  /** "a study published … by X": the agent after a participle at token j. */
  private agentAfter(j: number): NP | null {
    const tk = this.tokens;
    const block = tk[j].block;
    for (let k = j + 1; k < tk.length && k - j <= 8 && tk[k].block === block; k++) {
      if (tk[k].t === T.Punct && tk[k].lc !== '’') break;
      if (this.C.set.agent.has(tk[k].lc)) {
        const ag = this.forward(k + 1, false);
        return ag && this.valid(ag) ? ag : null;
      }
    }
    return null;
  }

  /** Before ", analyzing …," or ", who …,": the name before the clause that ends at the comma. */
  skipClause(comma: number): NP | null {
    const tk = this.tokens;
    const S = this.C.set;
    let k = comma - 1;
    const block = tk[comma].block;
    while (k >= 0 && tk[k].block === block && tk[k].lc !== ',' && !/^[.!?;:]$/.test(tk[k].lc) && comma - k < MAX_CLAUSE_TOKENS) k--;
    if (k < 0 || tk[k].lc !== ',' || tk[k].block !== block) return null;
    const firstW = tk[k + 1];
    if (!this.isWord(firstW)) return null;
    const isClause = this.participleEndings.some((e) => firstW.lc.endsWith(e)) || this.relative.has(firstW.lc) || S.determiners.has(firstW.lc) || S.participles.has(firstW.lc);
    if (!isClause) return null;
    const np = this.backward(k - 1);
    return np && this.valid(np) ? np : null;
  }

  /** The subject of the previous sentence (same block), if it names a source with a source noun. */
  previousSubject(ti: number): NP | null {
    const tk = this.tokens;
    const si = this.sentences.at(tk[ti].s);
    if (si < 1) return null;
    const st = tokenAt(tk, this.sentences.starts[si - 1]);
    if (!this.isWord(tk[st]) || tk[st].block !== tk[ti].block) return null;
    const np = this.forward(st, false);
    if (!np || !this.valid(np)) return null;
    return this.tokens.slice(np.a, np.b + 1).some((t) => this.isNounish(t)) ? np : null;
  }
}
