// Re-attach stored selectors to the current text of an article: exact, moved, fuzzy — or not at all.
//
// Why: the page an annotation was made on changes (corrections, re-edits, typography, a paragraph
// dropped). An annotation should follow its passage when the passage is still recognisably there
// and must come back unanchored otherwise: attaching a note to the wrong words is worse than
// showing it as orphaned. The approach follows hypothesis/client's match-quote.ts (candidates
// from approximate search, scored by quote, prefix, suffix and position with weights 50/20/20/2),
// plus an acceptance rule of our own: a match needs enough characters of agreement beyond chance
// ("evidence") — a short quote like "Russian" is only accepted where its context agrees too.
//
// Steps: (1) the position selector still holds the quote and its context; (2) exact occurrences of
// the folded quote (see normalize.ts): near the expected position if one there has its context,
// else the best anywhere; (3) approximate occurrences (approx-string-match, up to 40% edits), first
// in a window around the expected position, then in the whole text; (4) nothing acceptable → null.
//
// Acceptance, for every candidate: quote similarity >= 0.6; evidence >= 32 characters; a quote that
// began/ended at a word boundary must match at one (no "in" inside "grain", no "13" inside "13,5":
// boundary.ts; a fuzzy match whose edge word changed grows to that word's end and is re-scored); a
// fuzzy match must resemble both halves of the quote at its two ends (a block-spanning quote whose
// first half vanished must not attach to its surviving half plus unrelated text), and where its
// first or last third differs, the context beyond that edge must agree; a quote across blocks
// needs its first and last block's part each; a fuzzy match must not be the neighbour the stored
// context recorded ("12 percent" for a cut "14 percent"). Only the few candidates that share the
// most context trigrams are scored in full, which keeps anchorMany fast on frequent short quotes.
//
// Context: all of the above sees the 32 characters of prefix/suffix next to the quote (what every
// record made up to session 15 stores; those anchor exactly as then). New records store 256
// (describe.ts); the rest is used by one more rule, for exact and fuzzy candidates alike: a
// candidate found further along in the stored suffix (or earlier in the prefix) than at the quote's
// own place is text recorded beside the quote, not the quote (recordedNeighbour: a note on a
// deleted sentence does not move into the next sentence that starts with the same words).
import approxSearch from 'approx-string-match';
import { isWordChar, quoteEdges, splitsNumber } from './boundary';
import { indexText, isHighSurrogate, isLowSurrogate, normalize, toOriginal, type TextIndex } from './normalize';
import { commonPrefixLength, commonSuffixLength, levenshtein, pinnedSimilarity } from './similarity';
import type { AnchorOptions, AnchorResult, Selector, TextPositionSelector, TextQuoteSelector } from './types';

const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POS = 2;
const W_SUM = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS;

/** Similarity two unrelated strings reach by chance under `pinnedSimilarity` (measured on news text). */
export const CHANCE_SIMILARITY = 0.4;
const DEFAULT_MIN_QUOTE = 0.6;
/** Lowest similarity of each half of the quote at the match's ends (see halvesAgree). */
const MIN_PART = 0.5;
/** Context similarity that vouches for a match boundary where the quote's edge changed. */
const EDGE_CONTEXT = 0.6;
const DEFAULT_MIN_EVIDENCE = 32;
/**
 * Characters of stored context on each side that scoring sees (what describe stored up to session
 * 15). Context beyond it only serves to recognise the quote's recorded neighbours (recordedNeighbour).
 */
export const SCORED_CONTEXT = 32;
/** Characters of the text after (before) a candidate looked up in the stored long suffix (prefix). */
const PROBE = 24;
/** ... and read further when both places fit it equally well (a phrase repeated in the context). */
const PROBE_TIE = 64;
/** Characters of a long candidate itself in that text (its start, or its end on the prefix side). */
const PROBE_QUOTE = 40;
/** Near-context similarity on both sides that marks a candidate as the quote's own place. */
const HOME_CONTEXT = 0.75;
/** How far into the quote an alignment may start and still count as the quote's own place. */
const START_SLACK = 8;
/** Edits per character allowed when that text is found in the stored context. */
const PROBE_ERRORS = 0.15;
/** Candidates scored in full, after a cheap pre-ranking (see shortlist). */
const MAX_SCORED = 8;
/** Radius (folded chars) of the near-hint search, and the score that ends the search early there. */
const NEAR = 256;
const NEAR_ACCEPT = 0.9;
/** Characters a fuzzy match may grow by to end on word boundaries like the quote did. */
const MAX_SNAP = 24;

/** A stored annotation prepared once: folded quote and context. */
interface Target {
  /** For a quote across blocks ("\n\n"): its first and last block's part, folded; else null. */
  firstPart: string | null;
  lastPart: string | null;
  /** The quote began / ended at a word boundary (so a match must too); null when unknown. */
  wordStart: boolean | null;
  wordEnd: boolean | null;
  exact: string;
  /** The stored prefix/suffix cut to their SCORED_CONTEXT characters next to the quote. */
  prefix: string | undefined;
  suffix: string | undefined;
  qn: string;
  pn: string;
  sn: string;
  /** All of the stored prefix/suffix, raw: longer than prefix/suffix only for records with long context. */
  prefixLong: string;
  suffixLong: string;
  /** Folded quote+suffixLong and reversed prefixLong+quote, made on first use (recordedNeighbour). */
  afterRef?: string;
  beforeRef?: string;
  pos: TextPositionSelector | null;
}

interface Candidate {
  ns: number;
  ne: number;
  errors: number;
  score: number;
  evidence: number;
  /** Prefix and suffix similarity. */
  p: number;
  s: number;
}

function validQuote(s: Selector): s is TextQuoteSelector {
  // prefix/suffix may be missing in selectors imported from other tools (W3C makes them optional)
  const q = s as Partial<TextQuoteSelector> | null;
  return (
    !!q && q.type === 'TextQuoteSelector' && typeof q.exact === 'string' && q.exact.length > 0 &&
    (q.prefix === undefined || typeof q.prefix === 'string') &&
    (q.suffix === undefined || typeof q.suffix === 'string')
  );
}

function validPosition(s: Selector): s is TextPositionSelector {
  return (
    !!s && s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) &&
    s.start >= 0 && s.end > s.start
  );
}

/**
 * The SCORED_CONTEXT characters of a stored prefix (suffix) next to the quote, shortened by one
 * rather than cut through a surrogate pair — what describe() stores with that context length.
 */
function nearContext(context: string, isPrefix: boolean): string {
  if (context.length <= SCORED_CONTEXT) return context;
  if (isPrefix) {
    let from = context.length - SCORED_CONTEXT;
    if (isLowSurrogate(context.charCodeAt(from)) && isHighSurrogate(context.charCodeAt(from - 1))) from++;
    return context.slice(from);
  }
  let to = SCORED_CONTEXT;
  if (isLowSurrogate(context.charCodeAt(to)) && isHighSurrogate(context.charCodeAt(to - 1))) to--;
  return context.slice(0, to);
}

function prepare(selectors: Selector[]): Target | { positionOnly: TextPositionSelector } | null {
  if (!Array.isArray(selectors)) return null;
  const quote = selectors.find(validQuote) ?? null;
  const pos = selectors.find(validPosition) ?? null;
  if (!quote) return pos ? { positionOnly: pos } : null;
  const qn = normalize(quote.exact);
  // Scoring and every rule but the recorded-neighbour one see the context next to the quote only,
  // as much as records made before session 16 stored: those behave exactly as before, and a long
  // context cannot buy a match "evidence" with agreement far from the quote.
  const prefix = quote.prefix === undefined ? undefined : nearContext(quote.prefix, true);
  const suffix = quote.suffix === undefined ? undefined : nearContext(quote.suffix, false);
  const pn = prefix ? normalize(prefix) : '';
  const sn = suffix ? normalize(suffix) : '';
  const parts = quote.exact.split(BLOCK_BREAK);
  const edges = quoteEdges(qn, quote.prefix === undefined ? undefined : pn, quote.suffix === undefined ? undefined : sn);
  return {
    firstPart: parts.length > 1 ? normalize(parts[0]).trimEnd() : null,
    lastPart: parts.length > 1 ? normalize(parts[parts.length - 1]).trimStart() : null,
    wordStart: edges.start,
    wordEnd: edges.end,
    exact: quote.exact,
    prefix,
    suffix,
    qn,
    pn,
    sn,
    prefixLong: quote.prefix ?? '',
    suffixLong: quote.suffix ?? '',
    pos,
  };
}

// Trigram sets as stamp tables over a 16-bit hash: marking and testing are array accesses.
const GRAM_BITS = 16;
const gramStamp = [new Int32Array(1 << GRAM_BITS), new Int32Array(1 << GRAM_BITS)];
let gramEpoch = 0;
const gramHash = (s: string, i: number) =>
  (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca6b) ^ s.charCodeAt(i + 2)) >>> (32 - GRAM_BITS);

/** Mark the trigrams of `s` in table `k` (0 or 1) under a fresh epoch; returns that epoch. */
function markTrigrams(k: number, s: string, epoch: number): void {
  const t = gramStamp[k];
  for (let i = 0; i + 3 <= s.length; i++) t[gramHash(s, i)] = epoch;
}

/** How many trigrams of text[from, to) are marked in table `k` (a cheap stand-in for context similarity). */
function sharedTrigrams(k: number, epoch: number, text: string, from: number, to: number): number {
  const t = gramStamp[k];
  let n = 0;
  const end = Math.min(to, text.length) - 3;
  for (let i = Math.max(0, from); i <= end; i++) if (t[gramHash(text, i)] === epoch) n++;
  return n;
}

/** A break between blocks of Article.text (blank line, possibly with other white space). */
const BLOCK_BREAK = /\n[^\S\n]*\n\s*/;

const beyondChance = (x: number) => (x <= CHANCE_SIMILARITY ? 0 : (x - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));

class Matcher {
  readonly minQuote: number;
  readonly minPart: number;
  readonly minEvidence: number;
  readonly hintN: number | null;

  constructor(
    readonly ix: TextIndex,
    readonly t: Target,
    options: AnchorOptions,
    hint: number | null,
  ) {
    this.minQuote = options.minQuoteSimilarity ?? DEFAULT_MIN_QUOTE;
    this.minPart = Math.max(MIN_PART, this.minQuote - 0.1);
    const full = t.qn.length + t.pn.length + t.sn.length;
    this.minEvidence = Math.min(options.minEvidence ?? DEFAULT_MIN_EVIDENCE, full / 2);
    this.hintN = hint === null ? null : ix.toNorm[Math.max(0, Math.min(hint, ix.text.length))];
  }

  /** Score of the folded range [ns, ne) with `errors` edits against the quote. */
  score(ns: number, ne: number, errors: number): Candidate {
    const { norm } = this.ix;
    const { qn } = this.t;
    let { pn, sn } = this.t;
    // Near an edge of the text only part of the stored context can agree: compare that part.
    if (pn.length > ns) pn = pn.slice(pn.length - ns);
    if (sn.length > norm.length - ne) sn = sn.slice(0, norm.length - ne);
    const q = Math.max(0, 1 - errors / qn.length);
    let p: number;
    if (pn.length > 0) {
      const slack = (pn.length >> 2) + 2;
      p = norm.startsWith(pn, ns - pn.length) ? 1 : pinnedSimilarity(pn, norm.slice(Math.max(0, ns - pn.length - slack), ns), true, CHANCE_SIMILARITY);
    } else p = this.t.prefix === '' && ns !== 0 ? 0.5 : 1;
    let s: number;
    if (sn.length > 0) {
      const slack = (sn.length >> 2) + 2;
      s = norm.startsWith(sn, ne) ? 1 : pinnedSimilarity(sn, norm.slice(ne, ne + sn.length + slack), false, CHANCE_SIMILARITY);
    } else s = this.t.suffix === '' && ne !== norm.length ? 0.5 : 1;
    const pos = this.hintN === null ? 1 : 1 - Math.min(1, Math.abs(ns - this.hintN) / Math.max(1, norm.length));
    const score = (W_QUOTE * q + W_PREFIX * p + W_SUFFIX * s + W_POS * pos) / W_SUM;
    const evidence = beyondChance(q) * qn.length + beyondChance(p) * pn.length + beyondChance(s) * sn.length;
    return { ns, ne, errors, score, evidence, p, s };
  }

  accepted(c: Candidate): boolean {
    if (1 - c.errors / this.t.qn.length < this.minQuote || c.evidence < this.minEvidence) return false;
    // a whole-word quote does not re-attach to the inside of a word ("in" in "grain") or of a
    // number ("13" in "13,5")
    const { norm } = this.ix;
    if (this.t.wordStart && (isWordChar(norm, c.ns - 1) || splitsNumber(norm, c.ns))) return false;
    if (this.t.wordEnd && (isWordChar(norm, c.ne) || splitsNumber(norm, c.ne))) return false;
    if (c.errors > 0 && !(this.halvesAgree(c) && this.edgesSupported(c) && !this.isNeighbour(c))) return false;
    return !this.recordedNeighbour(c);
  }

  /**
   * With a long stored context (records made since session 16): the candidate, read on with the
   * text that follows it, is found further along in the stored quote+suffix than at its start
   * (or, read back with what precedes it, earlier in prefix+quote than at its end) — it is text the
   * context recorded beside the quote, and fits that place better than the quote's own. So when
   * "If you look at the number of Americans killed … less than 100." is deleted, a note on "look at
   * the number" does not move into the next sentence "If you look at the number that have been
   * killed …": its suffix recorded that sentence. Short (legacy) context never triggers this.
   */
  recordedNeighbour(c: Candidate): boolean {
    const { prefixLong, suffixLong, qn } = this.t;
    if (prefixLong.length <= SCORED_CONTEXT && suffixLong.length <= SCORED_CONTEXT) return false;
    // both near contexts agree (all but a word or two): this is the quote's own place
    if (Math.min(c.p, c.s) >= HOME_CONTEXT) return false;
    const { norm } = this.ix;
    const t = this.t;
    // a long quote is read from its first (last) PROBE_QUOTE characters only: enough to place it
    const head = Math.min(c.ne, c.ns + PROBE_QUOTE);
    const tail = Math.max(c.ns, c.ne - PROBE_QUOTE);
    if (suffixLong.length > SCORED_CONTEXT) {
      const ref = (t.afterRef ??= qn + normalize(suffixLong));
      const v = quoteFitsLater(ref, norm.slice(c.ns, head), qn.length) ? fitsLater(ref, norm.slice(c.ns, head + PROBE), qn.length) : -1;
      if (v > 0 || (v === 0 && fitsLater(ref, norm.slice(c.ns, head + PROBE_TIE), qn.length) > 0)) return true;
    }
    if (prefixLong.length > SCORED_CONTEXT) {
      const ref = (t.beforeRef ??= reverse(normalize(prefixLong) + qn));
      const v = quoteFitsLater(ref, reverse(norm.slice(tail, c.ne)), qn.length) ? fitsLater(ref, reverse(norm.slice(Math.max(0, tail - PROBE), c.ne)), qn.length) : -1;
      if (v > 0 || (v === 0 && fitsLater(ref, reverse(norm.slice(Math.max(0, tail - PROBE_TIE), c.ne)), qn.length) > 0)) return true;
    }
    return false;
  }

  /**
   * A fuzzy match that is the quote's neighbour: the stored prefix fits better when it ends after
   * the match (takes it in) than before it, or the suffix fits better when it starts at the match.
   * Then the match is the text the context recorded next to the quote — "12 percent" of "12
   * percent in March and 14 percent in April" once the April clause was cut — not the quote with a
   * changed figure ("Sales rose 12 percent" → "Sales rose 14 percent" keeps its prefix right there).
   */
  isNeighbour(c: Candidate): boolean {
    const { norm } = this.ix;
    // the same stretch of context `score` compared (cut where the text begins or ends)
    const pn = this.t.pn.slice(Math.max(0, this.t.pn.length - c.ns));
    const sn = this.t.sn.slice(0, norm.length - c.ne);
    if (pn.length > 0) {
      const slack = (pn.length >> 2) + 2;
      if (pinnedSimilarity(pn, norm.slice(Math.max(0, c.ne - pn.length - slack), c.ne), true) > c.p) return true;
    }
    if (sn.length > 0) {
      const slack = (sn.length >> 2) + 2;
      if (pinnedSimilarity(sn, norm.slice(c.ns, c.ns + sn.length + slack), false) > c.s) return true;
    }
    return false;
  }

  /**
   * Where the first (last) third of the quote does not match at the candidate's start (end), the
   * context beyond that edge must agree instead; otherwise nothing supports that boundary. Stops a
   * block-spanning quote whose last paragraph was removed from swallowing unrelated words there,
   * while a changed last word inside an intact context still re-attaches.
   */
  edgesSupported(c: Candidate): boolean {
    const { qn, firstPart, lastPart } = this.t;
    if (firstPart !== null && lastPart !== null) {
      // a quote across blocks: its first and last block must each still be there at their end
      // (a removed paragraph takes the annotation with it, even if only its last words were there)
      // (a short part such as one word gets fewer edits than half: chance agreement is high there;
      // the allowance grows from ~1 edit for 4 characters to half of a long part)
      const region = this.ix.norm.slice(c.ns, c.ne);
      const slack = 2;
      const bar = (part: string) => {
        const n = Math.max(1, part.length);
        return 1 - Math.ceil((n * (1 - this.minPart) * n) / (n + 8)) / n;
      };
      if (pinnedSimilarity(firstPart, region.slice(0, firstPart.length + (firstPart.length >> 2) + slack), false) < bar(firstPart)) return false;
      if (pinnedSimilarity(lastPart, region.slice(Math.max(0, region.length - lastPart.length - (lastPart.length >> 2) - slack)), true) < bar(lastPart)) return false;
    }
    if (qn.length < 12) return true;
    const k = Math.floor(qn.length / 3);
    const region = this.ix.norm.slice(c.ns, c.ne);
    const slack = (k >> 2) + 2;
    const head = pinnedSimilarity(qn.slice(0, k), region.slice(0, k + slack), false);
    if (head < this.minPart && c.p < EDGE_CONTEXT) return false;
    const tail = pinnedSimilarity(qn.slice(qn.length - k), region.slice(Math.max(0, region.length - k - slack)), true);
    return tail >= this.minPart || c.s >= EDGE_CONTEXT;
  }

  /**
   * A fuzzy match must resemble the quote at both ends: the first half of the quote aligned from
   * the match's start, the second half from its end. Edit distance alone lets a quote whose first
   * half was replaced by unrelated words pass (random text shares many characters by chance).
   */
  halvesAgree(c: Candidate): boolean {
    const { qn } = this.t;
    if (qn.length < 8) return true;
    const region = this.ix.norm.slice(c.ns, c.ne);
    const mid = qn.length >> 1;
    const first = qn.slice(0, mid);
    const second = qn.slice(mid);
    const slack = (mid >> 2) + 2;
    return (
      pinnedSimilarity(first, region.slice(0, first.length + slack), false) >= this.minPart &&
      pinnedSimilarity(second, region.slice(Math.max(0, region.length - second.length - slack)), true) >= this.minPart
    );
  }

  /** The highest-scoring accepted candidate (the first of equals): tried best first, so the costlier rules run on few. */
  best(cands: Candidate[]): Candidate | null {
    const order = cands.map((c, i) => i).sort((a, b) => cands[b].score - cands[a].score || a - b);
    for (const i of order) if (this.accepted(cands[i])) return cands[i];
    return null;
  }

  /**
   * Step 2, fast path: an exact occurrence close to the expected position whose context agrees
   * almost entirely. No occurrence elsewhere could beat it by more than the position tie-breaker.
   */
  exactNearHint(): Candidate | null {
    if (this.hintN === null) return null;
    const { norm } = this.ix;
    const { qn } = this.t;
    const from = Math.max(0, this.hintN - NEAR);
    const to = Math.min(norm.length, this.hintN + NEAR + qn.length);
    let best: Candidate | null = null;
    for (let i = norm.indexOf(qn, from); i !== -1 && i + qn.length <= to; i = norm.indexOf(qn, i + 1)) {
      const c = this.score(i, i + qn.length, 0);
      if (c.score >= NEAR_ACCEPT && this.accepted(c) && (!best || c.score > best.score)) best = c;
    }
    return best;
  }

  /** Step 2: every exact occurrence of the folded quote. */
  exactOccurrences(): Candidate | null {
    const { norm } = this.ix;
    const { qn, pn, sn } = this.t;
    const starts: number[] = [];
    for (let i = norm.indexOf(qn); i !== -1; i = norm.indexOf(qn, i + 1)) starts.push(i);
    if (starts.length === 0) return null;
    const chosen = this.shortlist(starts.map((ns) => ({ start: ns, end: ns + qn.length, errors: 0 })));
    return this.best(chosen.map((m) => this.score(m.start, m.end, 0)));
  }

  /**
   * At most MAX_SCORED of `matches` (folded offsets), chosen by a cheap measure: characters of
   * context that agree exactly right next to them, fewer errors, then closeness to the hint.
   */
  shortlist<M extends { start: number; end: number; errors: number }>(matches: M[]): M[] {
    if (matches.length <= MAX_SCORED) return matches;
    const { norm } = this.ix;
    const { pn, sn } = this.t;
    const h = this.hintN ?? 0;
    const L = Math.max(1, norm.length);
    const epoch = ++gramEpoch;
    markTrigrams(0, pn, epoch);
    markTrigrams(1, sn, epoch);
    const ranked = matches.map((m) => ({
      m,
      r:
        sharedTrigrams(0, epoch, norm, m.start - pn.length - 2, m.start) +
        sharedTrigrams(1, epoch, norm, m.end, m.end + sn.length + 2) +
        commonSuffixLength(norm, m.start, pn) +
        commonPrefixLength(norm, m.end, sn) -
        2 * m.errors +
        (1 - Math.abs(m.start - h) / L),
    }));
    ranked.sort((a, b) => b.r - a.r);
    return ranked.slice(0, MAX_SCORED).map((x) => x.m);
  }

  /** Step 3: approximate occurrences within [from, to) of the folded text. */
  approximate(from: number, to: number): Candidate | null {
    const { norm } = this.ix;
    const { qn } = this.t;
    const maxErrors = Math.min(256, Math.floor(qn.length * (1 - this.minQuote)));
    if (maxErrors < 1) return null;
    const hay = from === 0 && to === norm.length ? norm : norm.slice(from, to);
    const found = approxSearch(hay, qn, maxErrors);
    if (found.length === 0) return null;
    const matches = this.shortlist(from === 0 ? found : found.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors })));
    const cands: Candidate[] = [];
    const seen = new Set<number>();
    for (const m of matches) {
      let ns = m.start;
      let ne = m.end;
      let errors = m.errors;
      // no white space at the edges unless the quote has it there
      if (qn[0] !== ' ') while (ns < ne && norm[ns] === ' ') ns++;
      if (qn[qn.length - 1] !== ' ') while (ne > ns && norm[ne - 1] === ' ') ne--;
      if (ne <= ns) continue;
      // A whole-word quote whose edge word changed: the cheapest alignment may cut the new word;
      // take all of it (and count the edits again) rather than drop or split it.
      let grown = 0;
      if (this.t.wordStart) while (grown <= MAX_SNAP && isWordChar(norm, ns - 1) && isWordChar(norm, ns)) ns--, grown++;
      if (this.t.wordEnd) while (grown <= MAX_SNAP && isWordChar(norm, ne) && isWordChar(norm, ne - 1)) ne++, grown++;
      if (grown > MAX_SNAP) continue;
      if (grown > 0) {
        errors = qn.length * (ne - ns) <= 250_000 ? levenshtein(norm.slice(ns, ne), qn) : errors + grown;
      }
      const key = ns * 65536 + (ne - ns);
      if (seen.has(key)) continue;
      seen.add(key);
      cands.push(this.score(ns, ne, errors));
    }
    return this.best(cands);
  }

  result(c: Candidate): AnchorResult {
    const { start, end } = toOriginal(this.ix, c.ns, c.ne);
    const exact = this.ix.text.slice(start, end);
    const pos = this.t.pos;
    let quality: AnchorResult['quality'];
    if (c.errors > 0) quality = 'fuzzy';
    else if (pos && pos.start === start && pos.end === end && exact === this.t.exact) quality = 'exact';
    else quality = 'moved';
    return { start, end, exact, quality, score: c.score };
  }
}

const reverse = (s: string) => s.split('').reverse().join('');

/**
 * Where `probe` (text read from a candidate's start on) fits in `ref` (the stored quote of `own`
 * characters, then what followed it), at most PROBE_ERRORS edits per character: 1 when it fits
 * better wholly after the quote than at the quote's place, 0 when as well, -1 otherwise. (An
 * alignment starting up to START_SLACK characters into the quote is the quote's place: edits at
 * its start move where the cheapest alignment begins. Reversed strings test the prefix side.)
 */
function fitsLater(ref: string, probe: string, own: number): -1 | 0 | 1 {
  if (probe.length === 0 || ref.length <= own) return -1;
  const maxErrors = Math.floor(probe.length * PROBE_ERRORS);
  // Cheap exit: with at most maxErrors edits, one of more than maxErrors disjoint 5-character
  // pieces of the probe is intact, and it lies after the quote in ref.
  const pieces = Math.floor(probe.length / 5);
  if (pieces > maxErrors) {
    let any = false;
    for (let i = 0; i < pieces && !any; i++) any = ref.indexOf(probe.slice(5 * i, 5 * i + 5), own) !== -1;
    if (!any) return -1;
  }
  const later = fitCost(probe, ref, own, ref.length, ref.length, maxErrors);
  if (later > maxErrors) return -1;
  const lastStart = Math.min(own - 1, START_SLACK);
  const atQuote = fitCost(probe, ref, 0, lastStart, Math.min(ref.length, lastStart + probe.length + maxErrors), later);
  return later < atQuote ? 1 : later === atQuote ? 0 : -1;
}

/**
 * Whether the candidate's own text (`part`: its first or last PROBE_QUOTE characters) is found in
 * the context recorded beside the quote, within the quote's own edit budget. A neighbour the
 * context recorded reads there; a short quote at its own, unchanged place does not — without this,
 * "Friday." whose next sentence was deleted was read as the end of the sentence after it ("…
 * prices. The central bank", within the probe's edits) and orphaned.
 */
function quoteFitsLater(ref: string, part: string, own: number): boolean {
  if (part.length === 0 || ref.length <= own) return false;
  const budget = Math.floor(part.length * PROBE_ERRORS);
  return fitCost(part, ref, own, ref.length, ref.length, budget) <= budget;
}

// Rows of fitCost's edit-distance table, grown on demand.
let fitPrev = new Int32Array(512);
let fitCur = new Int32Array(512);

/**
 * Fewest edits turning `pattern` into some text[a, b) with from <= a <= lastStart and b <= to
 * (Sellers' semi-global edit distance, with the start restricted); cap + 1 once it must exceed cap.
 */
function fitCost(pattern: string, text: string, from: number, lastStart: number, to: number, cap: number): number {
  const n = to - from;
  if (n <= 0) return pattern.length;
  if (fitPrev.length < n + 1) {
    fitPrev = new Int32Array(2 * n + 2);
    fitCur = new Int32Array(2 * n + 2);
  }
  let prev = fitPrev;
  let cur = fitCur;
  // the empty pattern ends at column j for free while a start is allowed there, else skips text
  for (let j = 0; j <= n; j++) prev[j] = Math.max(0, j - (lastStart - from));
  for (let i = 1; i <= pattern.length; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1] + (text.charCodeAt(from + j - 1) === pc ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    // a row's minimum never decreases further down
    if (rowMin > cap) return cap + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = pattern.length;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return Math.min(best, cap + 1);
}

/** The quote at `at` in the original text with its context checked; null when it is not there. */
function atPosition(m: Matcher, at: number): Candidate | null {
  const { text, toNorm } = m.ix;
  const t = m.t;
  const end = at + t.exact.length;
  if (at < 0 || end > text.length || !text.startsWith(t.exact, at)) return null;
  const ns = toNorm[at];
  return m.score(ns, ns + t.qn.length, 0);
}

/** The folded text, built on first use: the all-unchanged case never needs it. */
type LazyIndex = { text: string; get: () => TextIndex };

function lazyIndex(text: string | TextIndex): LazyIndex {
  if (typeof text !== 'string') return { text: text.text, get: () => text };
  let ix: TextIndex | null = null;
  return { text, get: () => (ix ??= indexText(text)) };
}

function anchorTarget(lazy: LazyIndex, t: Target, options: AnchorOptions): AnchorResult | null {
  if (t.qn.length === 0) return null; // a quote of zero-width characters only: nothing to find
  const pos = t.pos;
  const text = lazy.text;

  // (1) the stored position still holds the quote: with its whole context, that is the answer
  const atStored = !!pos && pos.end <= text.length && pos.end - pos.start === t.exact.length && text.startsWith(t.exact, pos.start);
  if (atStored) {
    const p = t.prefix ?? '';
    const s = t.suffix ?? '';
    if (pos.start >= p.length && text.startsWith(p, pos.start - p.length) && text.startsWith(s, pos.end)) {
      return { start: pos.start, end: pos.end, exact: t.exact, quality: 'exact', score: 1 };
    }
  }
  const ix = lazy.get();
  const hint = options.hint ?? pos?.start ?? null;
  const m = new Matcher(ix, t, options, hint);
  // ... or with a context that still agrees almost entirely (otherwise it competes in step 2)
  if (atStored) {
    const c = atPosition(m, pos.start);
    if (c && c.score >= NEAR_ACCEPT && m.accepted(c)) return m.result(c);
  }

  // (2) exact occurrences of the folded quote: near the expected place with its context, or anywhere
  const exact = m.exactNearHint() ?? m.exactOccurrences();
  if (exact) return m.result(exact);

  // (3) approximate occurrences: near the expected place first, then everywhere
  const L = ix.norm.length;
  if (m.hintN !== null) {
    const radius = Math.max(512, 2 * t.qn.length);
    const from = Math.max(0, m.hintN - radius);
    const to = Math.min(L, m.hintN + t.qn.length + radius);
    const near = m.approximate(from, to);
    if (near) return m.result(near);
    if (from === 0 && to === L) return null;
  }
  const anywhere = m.approximate(0, L);
  return anywhere ? m.result(anywhere) : null;
}

function positionOnly(text: string, pos: TextPositionSelector): AnchorResult | null {
  // Nothing to verify it with: a bare position is trusted when it fits the text (W3C semantics).
  if (pos.end > text.length) return null;
  return { start: pos.start, end: pos.end, exact: text.slice(pos.start, pos.end), quality: 'exact', score: 1 };
}

/**
 * Where the selectors point in `text` now, or null when the passage is gone (or the selectors are
 * unusable). Pass a `TextIndex` from `indexText` to reuse the folding across calls.
 */
export function anchor(text: string | TextIndex, selectors: Selector[], options: AnchorOptions = {}): AnchorResult | null {
  const lazy = lazyIndex(text);
  const t = prepare(selectors);
  if (!t) return null;
  if ('positionOnly' in t) return positionOnly(lazy.text, t.positionOnly);
  return anchorTarget(lazy, t, options);
}

/**
 * Anchor many annotations on one text: the text is folded once, and annotations are visited in
 * stored order so the drift seen on one (text inserted or removed before it) becomes the expected
 * position of the next.
 */
export function anchorMany<Id>(
  text: string | TextIndex,
  list: ReadonlyArray<{ id: Id; selectors: Selector[] }>,
  options: Omit<AnchorOptions, 'hint'> = {},
): Map<Id, AnchorResult | null> {
  const lazy = lazyIndex(text);
  const prepared = list.map((item, i) => ({ item, i, t: prepare(item.selectors) }));
  const startOf = (t: ReturnType<typeof prepare>) =>
    t && !('positionOnly' in t) && t.pos ? t.pos.start : t && 'positionOnly' in t ? t.positionOnly.start : Infinity;
  prepared.sort((a, b) => startOf(a.t) - startOf(b.t) || a.i - b.i);
  const out = new Map<Id, AnchorResult | null>();
  let drift = 0;
  for (const { item, t } of prepared) {
    if (!t) {
      out.set(item.id, null);
      continue;
    }
    if ('positionOnly' in t) {
      out.set(item.id, positionOnly(lazy.text, t.positionOnly));
      continue;
    }
    const hint = t.pos ? t.pos.start + drift : undefined;
    const r = anchorTarget(lazy, t, { ...options, hint });
    if (r && t.pos) drift = r.start - t.pos.start;
    out.set(item.id, r);
  }
  // keep the caller's order in the Map
  const ordered = new Map<Id, AnchorResult | null>();
  for (const item of list) ordered.set(item.id, out.get(item.id) ?? null);
  return ordered;
}
