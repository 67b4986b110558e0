// Groups the mentions of one source under one name, in reading order: "the ministry" after
// "the Ukrainian Ministry of Foreign Affairs" gets that name, "Fedorov" after "Governor Ivan
// Fedorov" too, "the governor" after "Governor Ivan Fedorov" (a role in lower case stands for the
// last source that had it), "ISW" after "Institute for the Study of War (ISW)". Word forms are compared by
// shared prefix, which also folds case endings ("Verbund"/"Verbunds", "Лисенка"/"Лисенко").
import type { Lexicon } from './lexicons';

interface Group {
  name: string;
  words: string[];
  surname: string | null;
  abbr: string | null;
}

// A mention is compared with this many of the most recent groups at most: an article names far
// fewer sources, and a page of thousands of names stays linear.
const MAX_GROUPS_SEARCHED = 300;
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.·-]*/gu;
const POSSESSIVE = /[’']s$/u;
// Longest lower-case description (words) dropped before a proper name: "certified financial planner",
// "CEO and president"; a longer run of words before a name is a clause, not a description of it.
const MAX_DESCRIPTION_WORDS = 4;
/** Words that join two names into one mention of two sources (then the part before is a name too). */
const JOINERS = new Set(['and', 'or', '&', 'und', 'oder', 'et', 'ou', 'і', 'й', 'та', 'або', 'и', 'или']);

/** Same word, up to the language's inflection ("Лисенко"/"Лисенка", "Verbund"/"Verbunds"), not "Martha"/"Martin". */
function stemMatch(a: string, b: string, tail: number): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k >= Math.max(4, n - tail) && Math.max(a.length, b.length) - k <= tail + 1;
}

/** The lexicon's word sets a NameGrouper reads (never changed): built once per lexicon, not per text. */
interface GrouperWords {
  dets: Set<string>;
  conns: Set<string>;
  docs: Set<string>;
  adjectives: Set<string>;
  quantifiers: Set<string>;
  ties: Set<string>;
  pronouns: Set<string>;
}
const grouperWords = new WeakMap<Lexicon, GrouperWords>();

function wordsOf(lex: Lexicon): GrouperWords {
  let g = grouperWords.get(lex);
  if (!g) {
    const lower = (ws: readonly string[]) => new Set(ws.map((w) => w.toLowerCase()));
    g = {
      dets: lower(lex.determiners),
      conns: lower(lex.connectors),
      docs: lower(lex.docNouns),
      adjectives: new Set(lex.stopAdjectives ?? []),
      quantifiers: lower([...(lex.nameQuantifiers ?? []), ...Object.keys(lex.numberWords ?? {})]),
      ties: lower(lex.descriptionTies ?? []),
      // ("Those playing through Stadia": a pronoun heads a phrase that is no description of a name)
      pronouns: lower(lex.pronouns),
    };
    grouperWords.set(lex, g);
  }
  return g;
}

export class NameGrouper {
  private groups: Group[] = [];
  private dets: Set<string>;
  private conns: Set<string>;
  private docs: Set<string>;
  private adjectives: Set<string>;
  private quantifiers: Set<string>;
  private tail: number;
  private ties: Set<string>;
  private pronouns: Set<string>;

  constructor(lex: Lexicon) {
    ({ dets: this.dets, conns: this.conns, docs: this.docs, adjectives: this.adjectives, quantifiers: this.quantifiers, ties: this.ties, pronouns: this.pronouns } = wordsOf(lex));
    this.tail = lex.inflectionTail;
  }

  /** The listed form of a mention: no leading article, no "’s statement", no guillemets. */
  display(mention: string): string {
    let words: string[] = [...(mention.replace(/[«»“”„"]/g, '').match(WORD) ?? [])];
    const lc = (w: string) => w.toLowerCase();
    // "The ministry’s statement" → "ministry"; "agriculture ministry data" → "agriculture ministry"
    const pos = words.findIndex((w) => POSSESSIVE.test(w));
    // ("The Verge’s Stadia review" → "Verge": a document named after the possessive is its owner's, whatever its topic words)
    if (pos >= 0 && (words.slice(pos + 1).every((w) => this.docs.has(lc(w)) || this.dets.has(lc(w))) || this.docs.has(lc(words[words.length - 1])))) {
      words = [...words.slice(0, pos), words[pos].replace(POSSESSIVE, '')];
    }
    const content = (ws: string[]) => ws.filter((w) => !this.dets.has(lc(w)) && !this.conns.has(lc(w)));
    // (what is left must name an owner: "Another large study" is no "Another large", "One review of 14 studies" no "One review of 14")
    const owner = (ws: string[]) => {
      const named = content(ws).filter((w) => !this.quantifiers.has(lc(w)) && !/^\p{N}/u.test(w));
      return !/^\p{N}/u.test(ws[ws.length - 1]) && !this.conns.has(lc(ws[ws.length - 1])) && named.some((w) => /^\p{Lu}/u.test(w) || named.length > 1);
    };
    while (words.length > 1 && this.docs.has(lc(words[words.length - 1])) && owner(words.slice(0, -1))) words.pop();
    // "les relevés du ministère …", "einer Umfrage des Verbunds" → the owner
    let k = 0;
    while (k < words.length && this.dets.has(lc(words[k]))) k++;
    // (but "an analysis of the data" names no owner: what follows is another document)
    if (k < words.length - 2 && this.docs.has(lc(words[k])) && this.conns.has(lc(words[k + 1])) && !content(words.slice(k + 2)).every((w) => this.docs.has(lc(w)))) {
      words = words.slice(k + 2);
      k = 0;
    }
    // "a new ABC News poll" → "ABC News": a lower-case "new", "earlier" before a name is no part of it
    const adjective = (i: number) => this.adjectives.has(words[i]) && /^\p{Lu}/u.test(words[i + 1] ?? '');
    while (k < words.length - 1 && (this.dets.has(lc(words[k])) || this.conns.has(lc(words[k])) || adjective(k))) k++;
    words = words.slice(k);
    if (!words.length) return mention.trim();
    const first = words[0];
    // keep the original spacing/punctuation between the kept words
    const start = mention.indexOf(first);
    const lastW = words[words.length - 1];
    let end = mention.lastIndexOf(lastW) + lastW.length;
    if (mention[end] === ')') end++;
    let out = start >= 0 && end > start ? mention.slice(start, end) : words.join(' ');
    out = out.replace(POSSESSIVE, '').replace(/[\s\u00a0]+/g, ' ').replace(/^(?:[ldjmnstc]|qu)[’'](?=\p{L})/iu, '');
    return /^\p{Ll}/u.test(out) && /\p{Lu}/u.test(mention[0] ?? '') ? out : out;
  }

  /**
   * A lower-case description before a proper name is no part of the listed name: "CEO and president
   * Craig Menear", "self-made millionaire Grant Sabatier", "Chargers coach Anthony Lynn", "his wife
   * Kali" → the name. Kept when a word ties the description to the name ("people close to Putin",
   * "the mother of victim Jane Doe", "Ministry of Defence") or a pronoun heads it ("Those playing
   * through Stadia"), when two names are joined ("Dale and Martha"), when it is longer than a description
   * (MAX_DESCRIPTION_WORDS), and in languages with no list of such words.
   */
  private withoutDescription(words: string[]): string[] {
    if (!this.ties.size || words.length < 2) return words;
    let r = words.length;
    while (r > 0 && /^\p{Lu}/u.test(words[r - 1])) r--;
    // (two roles joined, "Early retiree and self-made millionaire Grant Sabatier", may each be that long)
    const joined = words.slice(0, r).findIndex((w) => JOINERS.has(w.toLowerCase()));
    const tooLong = joined < 0 ? r > MAX_DESCRIPTION_WORDS : joined > MAX_DESCRIPTION_WORDS || r - joined - 1 > MAX_DESCRIPTION_WORDS;
    if (r === 0 || r === words.length || tooLong || !/^\p{Ll}/u.test(words[r - 1])) return words;
    // two sources joined ("Dale and Martha", "Trump and US Trade Representative Robert Lighthizer"),
    // or a role written as an acronym ("one neo-bank CEO"): no description to drop
    if (JOINERS.has(words[r - 1].toLowerCase()) || !words.slice(r).some((w) => /\p{Ll}/u.test(w))) return words;
    if (words.slice(0, r).some((w) => this.ties.has(w.toLowerCase()) || this.pronouns.has(w.toLowerCase()))) return words;
    // (a document's owner stays whole: "the annual report Vital Signs" names a report, not a source)
    if (words.slice(0, r).some((w) => this.docs.has(w.toLowerCase()))) return words;
    return words.slice(r);
  }

  /** `disp` without a description before its proper name, with its own spacing. */
  private listedName(disp: string): string {
    const matches = [...disp.matchAll(WORD)];
    const kept = this.withoutDescription(matches.map((m) => m[0]));
    if (kept.length === matches.length || !kept.length) return disp;
    return disp.slice(matches[matches.length - kept.length].index);
  }

  private memo = new Map<string, string>();

  name(mention: string): string {
    const hit = this.memo.get(mention);
    if (hit !== undefined) return hit;
    const out = this.lookup(mention);
    this.memo.set(mention, out);
    return out;
  }

  private lookup(mention: string): string {
    const disp = this.display(mention);
    const words = (disp.match(WORD) ?? []).map((w) => w.toLowerCase().replace(POSSESSIVE, '')).filter((w) => !this.dets.has(w) && !this.conns.has(w));
    if (!words.length) return disp;
    const raw = disp.match(WORD) ?? [];
    // "the governor", "the ministry": a role in lower case stands for the last source that had it
    const role = raw.every((w) => !/^\p{Lu}/u.test(w) || this.dets.has(w.toLowerCase())) && /^\p{Ll}/u.test(raw[raw.length - 1] ?? '');
    for (let i = this.groups.length - 1; i >= Math.max(0, this.groups.length - MAX_GROUPS_SEARCHED); i--) {
      const g = this.groups[i];
      if (words.length === 1 && (g.abbr === words[0] || (g.surname && stemMatch(g.surname, words[0], this.tail)))) return g.name;
      const subset = words.every((w) => g.words.some((gw) => stemMatch(gw, w, this.tail)));
      if (subset && (!g.surname || role || words.some((w) => stemMatch(g.surname!, w, this.tail)))) return g.name;
    }
    const abbr = /\(([\p{Lu}][\p{L}\p{N}&]{1,11})\)/u.exec(disp)?.[1]?.toLowerCase() ?? null;
    const caps = raw.filter((w) => /^\p{Lu}/u.test(w));
    const lastTwoCap = raw.length >= 2 && /^\p{Lu}\p{Ll}/u.test(raw[raw.length - 1]) && /^\p{Lu}\p{Ll}/u.test(raw[raw.length - 2]);
    const hasConn = (disp.match(WORD) ?? []).some((w) => this.conns.has(w.toLowerCase()));
    const surname = lastTwoCap && !hasConn && caps.length >= 2 && !abbr ? words[words.length - 1] : null;
    // (the group keeps the description's words: "analyst" later stands for "Jefferies analyst Jonathan
    // Matuszewski", who is listed as "Jonathan Matuszewski")
    this.groups.push({ name: this.listedName(disp.replace(/\s*\([^()]{2,12}\)$/u, '').trim() || disp), words, surname, abbr });
    return this.groups[this.groups.length - 1].name;
  }
}
