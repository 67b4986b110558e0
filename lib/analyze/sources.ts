// Sources: who a claim is attributed to. Cue lexicons (reporting verbs, "according to", credit
// labels) are matched with one regex per language; around each cue, the name is read off the
// token stream: the subject before the verb ("Governor Ivan Fedorov said"), or the phrase after an
// inverted verb or a preposition (", said chief executive Tom Ridley", "laut DB-Sprecherin Anja
// Roth", "за даними Міністерства енергетики"). Pronouns are not sources. Body links on a document
// ("statement", "звіт") are sources of kind link; links on a name or cue add their href to it.
import type { SourceSpan, SourceKind } from './types';
import type { Lexicon } from './lexicons';
import type { TextLink } from '../extract/types';
import { T, tokenAt, PhraseMatcher, type Token } from './text';
import { NameGrouper } from './names';

interface Compiled {
  cue: PhraseMatcher;
  credits: PhraseMatcher;
  cueKind: Map<string, 'verb' | 'prep'>;
  told: Set<string>;
  audience: RegExp;
  leadIn: RegExp | null;
  set: Record<'pronouns' | 'determiners' | 'connectors' | 'stop' | 'adverbs' | 'participles' | 'agent' | 'months' | 'docs' | 'impersonalPreps', Set<string>>;
  sourceNouns: string[];
  nounMemo: Map<string, boolean>;
}
const cache = new Map<string, Compiled>();

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'er', 'sie', 'wir', 'ich', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'він', 'вона', 'вони', 'ми', 'я', 'он', 'она', 'они', 'мы']);
// Verbs that are speech only when they close the clause ("…, he added." vs "added 40% to costs").
const AMBIGUOUS = new Set(['added', 'adds', 'add', 'ergänzte', 'fügte', 'ajoute', 'a ajouté', 'додав', 'додала', 'добавил', 'добавила']);
const CLAUSE = new Set(['that', 'dass', 'que', 'qu’', "qu'", 'що', 'что', 'and', 'und', 'et', 'і', 'и', 'та', 'але', 'но', 'but', 'mais', 'aber']);
const RELATIVE = new Set(['who', 'which', 'whose', 'der', 'die', 'das', 'qui', 'который', 'которая', 'которые', 'який', 'яка', 'які']);
const norm = (s: string) => s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');

function compile(lang: string, lex: Lexicon): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const cueKind = new Map<string, 'verb' | 'prep'>();
  for (const v of lex.speechVerbs) cueKind.set(norm(v), 'verb');
  for (const v of lex.accordingTo) cueKind.set(norm(v), 'prep');
  const mk = (a: string[]) => new Set(a.map((w) => w.toLowerCase()));
  const c: Compiled = {
    cue: new PhraseMatcher([...lex.speechVerbs, ...lex.accordingTo]),
    credits: new PhraseMatcher(lex.creditLabels),
    cueKind,
    told: mk(lex.toldVerbs),
    audience: new RegExp(`(?:${[...lex.audience].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}])`, 'iuy'),
    leadIn: lex.quoteLeadIns.length ? new RegExp(`(?:^|(?<=[.!?…]\\s+|\\n))(?:${lex.quoteLeadIns.join('|')})\\s+`, 'giu') : null,
    set: {
      pronouns: mk(lex.pronouns),
      determiners: mk(lex.determiners),
      connectors: mk(lex.connectors),
      stop: mk(lex.stopWords),
      adverbs: mk(lex.adverbs),
      participles: mk(lex.participles),
      agent: mk(lex.agentPreps),
      months: mk(Object.keys(lex.months)),
      docs: mk(lex.docNouns),
      impersonalPreps: mk(lex.impersonalPreps),
    },
    sourceNouns: lex.sourceNouns.map((w) => w.toLowerCase()),
    nounMemo: new Map(),
  };
  cache.set(lang, c);
  return c;
}

interface NP {
  a: number; // first token index
  b: number; // last token index (inclusive)
}

export interface SourceContext {
  text: string;
  tokens: Token[];
  lang: string;
  lex: Lexicon;
  links: TextLink[];
  inQuote: (pos: number) => [number, number] | null;
}

const OPEN_Q = new Set(['«', '„', '“', '"', '‹']);
const CLOSE_Q = new Set(['»', '“', '”', '"', '›']);

export function findSources(ctx: SourceContext): SourceSpan[] {
  const { text, tokens, lang, lex, links, inQuote } = ctx;
  const C = compile(lang, lex);
  const S = C.set;
  const de = lang === 'de';
  const found: Array<SourceSpan & { sentence: number }> = [];
  const sentenceOf = (pos: number) => {
    // start offset of the sentence containing pos (cheap backward scan)
    let i = pos;
    while (i > 0) {
      const ch = text[i - 1];
      if (ch === '\n') break;
      if ((ch === ' ' || ch === '\u00a0') && /[.!?…]/.test(text[i - 2] ?? '') && /[\p{Lu}\p{N}“«„"]/u.test(text[i] ?? '')) break;
      i--;
    }
    return i;
  };
  const bare = (lc: string) => lc.replace(/^(?:[ldjmnstc]|qu)[’'](?=\p{L})/u, '');
  const isNounish = (t: Token) => {
    let v = C.nounMemo.get(t.lc);
    if (v === undefined) {
      const w = bare(t.lc);
      v = C.sourceNouns.some((n) => w.startsWith(n)) || S.docs.has(w);
      if (C.nounMemo.size > 20000) C.nounMemo.clear();
      C.nounMemo.set(t.lc, v);
    }
    return v;
  };
  const isWord = (t: Token | undefined): t is Token => !!t && t.t === T.Word;
  const sentenceInitial = (i: number) => i === 0 || tokens[i - 1].block !== tokens[i].block || /^[.!?…]$/.test(tokens[i - 1].lc) || (OPEN_Q.has(tokens[i - 1].lc) && (i < 2 || tokens[i - 2].block !== tokens[i].block));

  /** Is the token run a plausible source name (not a pronoun, has a name or a source noun)? */
  const valid = (np: NP): boolean => {
    const toks = tokens.slice(np.a, np.b + 1).filter((t) => t.t === T.Word);
    if (!toks.length) return false;
    if (toks.every((t) => S.pronouns.has(t.lc) || S.determiners.has(t.lc) || S.connectors.has(t.lc))) return false;
    if (toks.length === 1 && (PERSONAL.has(toks[0].lc) || S.pronouns.has(toks[0].lc))) return false;
    if (S.months.has(toks[toks.length - 1].lc)) return false;
    return toks.some((t, k) => (t.cap && !(k === 0 && sentenceInitial(np.a) && toks.length > 1 && S.determiners.has(t.lc))) || isNounish(t));
  };

  /** Name before a verb: walk back from token i over words of a noun phrase. */
  const backward = (i: number): NP | null => {
    while (i >= 0 && isWord(tokens[i]) && S.adverbs.has(tokens[i].lc)) i--;
    if (i < 0) return null;
    const block = tokens[i].block;
    const b = i;
    let j = i;
    for (; j >= 0 && b - j < 12; j--) {
      const t = tokens[j];
      if (t.block !== block) break;
      if (t.t === T.Num) break;
      if (t.t === T.Punct) {
        if (t.lc === ')' && tokens[j - 2]?.lc === '(') {
          j -= 2;
          continue;
        }
        if (t.lc === '&' || t.lc === '/') continue;
        break;
      }
      if (S.months.has(t.lc) && t.cap === false) break;
      if (S.stop.has(t.lc) && !S.determiners.has(t.lc)) {
        // a connector inside a name ("Institute for the Study", "Analysts at Jefferies")
        if (S.connectors.has(t.lc) && j < b && (tokens[j + 1].cap || S.determiners.has(tokens[j + 1].lc)) && isWord(tokens[j - 1])) continue;
        break;
      }
      if (S.determiners.has(t.lc)) {
        j--;
        // "the" after a connector continues the name ("Institute for the Study")
        if (isWord(tokens[j]) && S.connectors.has(tokens[j].lc) && !S.determiners.has(tokens[j].lc) && isWord(tokens[j - 1])) continue;
        break;
      }
      if (PERSONAL.has(t.lc) && !t.cap && j < b) break;
    }
    const np = { a: j + 1, b };
    if (np.a > np.b) return null;
    // German/Russian/Ukrainian: a lower-case verb form before the name is not part of it
    return np;
  };

  /** Name after a preposition or an inverted verb, from token i. */
  const forward = (i: number, allowAgent: boolean): NP | null => {
    // listeners ("журналистам", "reporters") and adverbs are skipped
    for (let guard = 0; guard < 3 && i < tokens.length; guard++) {
      C.audience.lastIndex = tokens[i].s;
      const am = C.audience.exec(text);
      if (am && am.index === tokens[i].s) {
        i = tokenAt(tokens, am.index + am[0].length);
        continue;
      }
      if (isWord(tokens[i]) && S.adverbs.has(tokens[i].lc)) {
        i++;
        continue;
      }
      break;
    }
    if (i >= tokens.length) return null;
    if (isWord(tokens[i]) && S.impersonalPreps.has(tokens[i].lc)) i++;
    const a = i;
    const block = tokens[a]?.block;
    let j = a;
    let seenCap = false;
    let seenHead = false;
    for (; j < tokens.length && j - a < 12; j++) {
      const t = tokens[j];
      if (t.block !== block) break;
      if (t.t === T.Num) break;
      if (t.t === T.Punct) {
        if (OPEN_Q.has(t.lc) && j === a) {
          // «Укренерго»: a quoted name
          let k = j + 1;
          while (k < tokens.length && k - j < 6 && !CLOSE_Q.has(tokens[k].lc)) k++;
          if (k < tokens.length && CLOSE_Q.has(tokens[k].lc) && k > j + 1) {
            j = k;
            seenCap = true;
            continue;
          }
          break;
        }
        if (t.lc === '(' && tokens[j + 2]?.lc === ')' && /^\p{Lu}/u.test(text.slice(tokens[j + 1].s, tokens[j + 1].e))) {
          j += 3; // "(ISGlobal)" closes the name
          break;
        }
        if (t.lc === ',' && j > a && seenHead) {
          // apposition: "le ministre de l’Économie, Julien Morel, sur…"
          let k = j + 1;
          while (k < tokens.length && tokens[k].cap && k - j <= 3) k++;
          const titled = tokens.slice(a, j).some((x) => isWord(x) && !x.cap && !S.determiners.has(x.lc) && !S.connectors.has(x.lc));
          if (k - j >= 3 && (tokens[k]?.t === T.Punct || !tokens[k]) && titled) {
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
          for (let k = j + 1; k < tokens.length && k - j <= 8 && tokens[k].block === block; k++) {
            if (tokens[k].t === T.Punct && tokens[k].lc !== '’') break;
            if (S.agent.has(tokens[k].lc)) {
              const ag = forward(k + 1, false);
              if (ag && valid(ag)) return ag;
              break;
            }
          }
        }
        break;
      }
      const firstDet = j === a && S.determiners.has(t.lc);
      if (!firstDet && S.stop.has(t.lc)) {
        if (S.connectors.has(t.lc) && j > a && isWord(tokens[j + 1]) && !S.stop.has(tokens[j + 1].lc || '') && !(de && !seenHead)) continue;
        if (S.connectors.has(t.lc) && j > a && isWord(tokens[j + 1]) && (tokens[j + 1].cap || S.determiners.has(tokens[j + 1].lc))) continue;
        break;
      }
      if (de && !t.cap && seenCap && !S.determiners.has(t.lc) && !S.connectors.has(t.lc)) break;
      // an English past tense after the name ends it ("Researchers at … analysed")
      if (lang === 'en' && !t.cap && seenHead && /ed$/.test(t.lc) && !isNounish(t)) break;
      if (PERSONAL.has(t.lc) && j === a) return null;
      if (t.cap) seenCap = true;
      if (!S.determiners.has(t.lc)) seenHead = true;
    }
    const np = { a, b: j - 1 };
    // trailing connectors/determiners are not part of the name
    while (np.b >= np.a && isWord(tokens[np.b]) && (S.connectors.has(tokens[np.b].lc) || S.determiners.has(tokens[np.b].lc))) np.b--;
    return np.b >= np.a ? np : null;
  };

  /** Before ", analyzing …," or ", who …,": the name before the clause. */
  const skipClause = (comma: number): NP | null => {
    let k = comma - 1;
    const block = tokens[comma].block;
    while (k >= 0 && tokens[k].block === block && tokens[k].lc !== ',' && !/^[.!?;:]$/.test(tokens[k].lc) && comma - k < 25) k--;
    if (k < 0 || tokens[k].lc !== ',' || tokens[k].block !== block) return null;
    const firstW = tokens[k + 1];
    if (!isWord(firstW)) return null;
    const isClause = /ing$|ed$/.test(firstW.lc) || RELATIVE.has(firstW.lc) || S.determiners.has(firstW.lc) || S.participles.has(firstW.lc);
    if (!isClause) return null;
    const np = backward(k - 1);
    return np && valid(np) ? np : null;
  };
  /** The subject of the previous sentence (same block) for a pronoun at token ti. */
  const antecedent = (ti: number, pron: Token): NP | null => {
    if (!['they', 'вони', 'они', 'ils', 'elles', 'sie'].includes(pron.lc)) return null;
    let k = ti - 2;
    const block = tokens[ti].block;
    while (k >= 0 && tokens[k].block === block && !/^[.!?]$/.test(tokens[k].lc)) k--;
    if (k < 0 || tokens[k].block !== block) return null;
    let st = k - 1;
    while (st >= 0 && tokens[st].block === block && !/^[.!?]$/.test(tokens[st].lc)) st--;
    st++;
    if (!isWord(tokens[st])) return null;
    const np = forward(st, false);
    if (!np || !valid(np)) return null;
    const toks = tokens.slice(np.a, np.b + 1);
    if (!toks.some((t) => isNounish(t))) return null;
    if (found.some((f) => f.start === tokens[np.a].s)) return null;
    return np;
  };
  const afterQuote = (ti: number) => {
    const p = tokens[ti - 1];
    const pp = tokens[ti - 2];
    return !!p && (CLOSE_Q.has(p.lc) || ((p.lc === ',' || p.lc === '—' || p.lc === '–') && !!pp && CLOSE_Q.has(pp.lc)));
  };

  const emit = (np: NP, kind: SourceKind, cue: string | undefined, cueStart: number) => {
    const start = tokens[np.a].s;
    const end = tokens[np.b].e;
    found.push({ start, end, text: text.slice(start, end), kind, name: '', cue, sentence: sentenceOf(cueStart) });
  };
  const quoteNear = (a: number, b: number) => {
    // a quotation in the same sentence, ending just before or starting just after [a, b)
    const s0 = sentenceOf(a);
    const before = text.slice(Math.max(s0, a - 4), a);
    const after = text.slice(b, b + 60);
    return /[”»“"][\s,.—–-]*$/u.test(before) || /^[\s\u00a0]*[:,]?[\s\u00a0]*[“«„"]/u.test(after) || /[”»"][,.]?\s*[—–-]\s*$/u.test(text.slice(Math.max(s0, a - 6), a));
  };

  // 1. Credits: "Photo: rk.gov.ru", "Фото: Укренерго", "Foto: Lena Kraus/dpa".
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    const len = C.credits.at(tokens, i);
    const colon = tokens[i + len];
    if (!len || !colon || colon.lc !== ':' || colon.block !== tokens[i].block) continue;
    let start = colon.e;
    while (start < text.length && (text[start] === ' ' || text[start] === '\u00a0')) start++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cut = /\.[\s\u00a0]+\p{Lu}|[;|]/u.exec(text.slice(start, end));
    if (cut) end = start + cut.index;
    while (end > start && /[\s.,\u00a0]/.test(text[end - 1])) end--;
    if (end - start < 2 || end - start > 80 || !/\p{L}/u.test(text.slice(start, end))) continue;
    const t = text.slice(start, end);
    found.push({ start, end, text: t, kind: 'credit', name: t, cue: text.slice(tokens[i].s, tokens[i + len - 1].e), sentence: sentenceOf(start) });
  }

  // 2. Cues.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].t !== T.Word) continue;
    const len = C.cue.at(tokens, i);
    if (!len) continue;
    const cs = tokens[i].s;
    const ce = tokens[i + len - 1].e;
    const cue = text.slice(cs, ce);
    i += len - 1;
    if (inQuote(cs)) continue;
    const kind = C.cueKind.get(norm(cue)) ?? 'verb';
    const ti = tokenAt(tokens, cs);
    const after = tokenAt(tokens, ce);
    let np: NP | null = null;
    if (kind === 'prep') {
      np = forward(after, true);
      if (np && !valid(np)) np = null;
    } else {
      if (AMBIGUOUS.has(cue.toLowerCase())) {
        // "added 40% to costs" is not speech: the verb must close the clause or follow a quote/comma
        const nx = tokens[after];
        const pv = tokens[ti - 1];
        const closes = !nx || nx.t === T.Punct || nx.block !== tokens[ti].block || CLAUSE.has(nx.lc);
        if (!closes && !(pv && pv.t === T.Punct)) continue;
      }
      let back = backward(ti - 1);
      // "British intelligence, analyzing …, suggests": skip a participial or relative clause
      if (!back && tokens[ti - 1]?.lc === ',') back = skipClause(ti - 1);
      const backToks = back ? tokens.slice(back.a, back.b + 1).filter((t) => t.t === T.Word) : [];
      const personal = backToks.length === 1 && PERSONAL.has(backToks[0].lc);
      if (back && valid(back)) np = back;
      else if (personal) {
        // "They found …": the source is the subject of the previous sentence, if it names one
        const ante = antecedent(ti, backToks[0]);
        if (ante) np = ante;
      } else {
        // inverted: ", said chief executive Tom Ridley", "Das teilte der Verbund mit", "заявив міністр …"
        const prevTok = tokens[ti - 1];
        const first = !prevTok || prevTok.block !== tokens[ti].block;
        const afterPunct = first || prevTok.t === T.Punct;
        const v2 = lang !== 'en' && !!prevTok && !CLAUSE.has(prevTok.lc) && (prevTok.t === T.Num || S.pronouns.has(prevTok.lc) || S.months.has(prevTok.lc) || !back || backToks.length <= 6);
        const sent = sentenceOf(cs);
        const already = found.some((f) => f.kind !== 'credit' && f.sentence === sent && f.start < cs);
        if (afterPunct || v2) {
          const fw = forward(after, false);
          // "kritisierte aber die Zuverlässigkeit: …" names an object, not a speaker
          const next = fw ? tokens[fw.b + 1] : undefined;
          const objectLike = !!next && next.lc === ':' && !already;
          if (fw && valid(fw) && tokens[fw.a].s - ce < 40 && !objectLike && !(already && next?.lc === ':')) np = fw;
        }
      }
    }
    if (np) {
      const quotedName = OPEN_Q.has(tokens[np.a].lc);
      const q = !quotedName && (quoteNear(tokens[np.a].s, tokens[np.b].e) || quoteNear(cs, ce));
      emit(np, q ? 'quote' : 'attribution', cue, cs);
    }
    // "X told Reuters": the outlet is a source too
    if (kind === 'verb' && C.told.has(cue.toLowerCase()) && tokens[after]?.cap) {
      C.audience.lastIndex = tokens[after].s;
      const am = C.audience.exec(text);
      if (!(am && am.index === tokens[after].s)) {
        const fw = forward(after, false);
        if (fw && tokens.slice(fw.a, fw.b + 1).every((t) => t.cap || S.determiners.has(t.lc) || t.t === T.Punct)) emit(fw, 'attribution', cue, cs);
      }
    }
  }

  // 3. Lead-ins of a quote: "Pour Marie Dupuis, présidente …, « … »".
  if (C.leadIn) {
    C.leadIn.lastIndex = 0;
    for (let m = C.leadIn.exec(text); m; m = C.leadIn.exec(text)) {
      const end = m.index + m[0].length;
      const sentEnd = text.slice(end, end + 300).search(/[.!?](?:\s|$)/);
      const rest = text.slice(end, sentEnd < 0 ? end + 300 : end + sentEnd);
      if (!/[«“„"]/.test(rest)) continue;
      const np = forward(tokenAt(tokens, end), false);
      if (np && valid(np) && tokens[np.a].cap) emit(np, 'quote', m[0].trim(), m.index);
    }
  }

  // 4. Links: on a document → a link source; on a name or cue → its href.
  const byStart = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const extra: Array<SourceSpan & { sentence: number }> = [];
  for (const l of links) {
    if (l.start < 0 || l.end > text.length || l.end <= l.start) continue;
    const anchor = text.slice(l.start, l.end);
    const over = byStart.find((s) => s.start < l.end && l.start < s.end);
    if (over) {
      if (!over.href) over.href = l.href;
      // a proper name linked inside a longer phrase: highlight the name itself
      if (over.kind !== 'credit' && l.start >= over.start && l.end <= over.end && /^[\p{Lu}«"“]/u.test(anchor)) {
        over.start = l.start;
        over.end = l.end;
        over.text = anchor;
      } else if (over.kind !== 'credit' && isDocPhrase(anchor, S.docs, S.determiners) && isDocPhrase(over.text, S.docs, S.determiners)) {
        // "according to a <statement>": the link is the source
        over.start = l.start;
        over.end = l.end;
        over.text = anchor;
        over.kind = 'link';
      }
      continue;
    }
    const sent = sentenceOf(l.start);
    const cueLinked = byStart.find((s) => s.sentence === sent && s.cue && s.cue.toLowerCase() === anchor.toLowerCase());
    if (cueLinked) {
      if (!cueLinked.href) cueLinked.href = l.href;
      continue;
    }
    if (isDocPhrase(anchor, S.docs, S.determiners)) {
      extra.push({ start: l.start, end: l.end, text: anchor, kind: 'link', name: '', href: l.href, sentence: sent });
    }
  }

  // 5. Names: group mentions of one source; links take the name of the sentence's source or their host.
  const all = [...byStart, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
  const grouper = new NameGrouper(lex);
  for (const s of all) {
    if (s.kind === 'link') continue;
    s.name = s.kind === 'credit' ? s.text : grouper.name(s.text);
  }
  for (const s of all) {
    if (s.kind !== 'link') continue;
    const mate = all.find((o) => o !== s && o.kind !== 'link' && o.kind !== 'credit' && o.sentence === s.sentence);
    s.name = mate?.name || host(s.href);
  }
  // 6. Sorted, non-overlapping (first and longest wins).
  const out: SourceSpan[] = [];
  let lastEnd = -1;
  for (const s of all) {
    if (s.start < lastEnd) continue;
    const { sentence: _s, ...span } = s;
    if (!span.cue) delete span.cue;
    if (!span.href) delete span.href;
    out.push(span);
    lastEnd = s.end;
  }
  return out;
}

function isDocPhrase(s: string, docs: Set<string>, dets: Set<string>): boolean {
  const words = s.toLowerCase().split(/[\s\u00a0]+/).filter((w) => w && !dets.has(w));
  if (!words.length || words.length > 4) return false;
  const last = words[words.length - 1];
  if (docs.has(words.join(' ')) || docs.has(last) || docs.has(words[0])) return true;
  // German compounds: "Fahrgaststatistik", "Pressemitteilung"
  for (const d of docs) if (d.length >= 5 && last.endsWith(d)) return true;
  return false;
}

function host(href: string | undefined): string {
  if (!href) return '';
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
