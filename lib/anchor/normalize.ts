// Matching-only normalisation of text, with exact maps back to the original offsets.
//
// Why: a re-published article often changes nothing but typography — straight quotes become curly,
// a no-break space becomes a space, a hyphen becomes an en dash, "..." becomes "…", a block break
// moves. Those must not cost an annotation its place, yet the offsets we hand back must be exact in
// the real text (the panel and the content script turn them into DOM ranges). So both the text and
// every stored string are folded the same way for matching, and each folded character remembers
// which original characters it came from.
//
// Folding rules (per UTF-16 code unit; surrogate pairs pass through unchanged):
// - any run of white space (JS \s: ASCII, U+00A0, U+2000–U+200A, U+202F, U+3000, line breaks…) → " "
// - zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphen U+00AD → removed
// - ‘ ’ ‚ ‛ ′ ʼ ‹ › → '      “ ” „ ‟ ″ « » → "
// - ‐ ‑ ‒ – — ― − → -       … → ...

export interface TextIndex {
  /** The original text. */
  text: string;
  /** The folded text used for matching. */
  norm: string;
  /** normStart[i]: offset in `text` where folded character i starts. */
  normStart: Int32Array;
  /** normEnd[i]: offset in `text` right after the original character(s) folded into i. */
  normEnd: Int32Array;
  /** toNorm[o] for o in 0..text.length: offset in `norm` of the first folded character at or after o. */
  toNorm: Int32Array;
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x2039, 0x203a]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const SPACE_RUN = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const FOLD = /[\u200b-\u200d\u2060\ufeff\u00ad\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026]/g;
function foldChar(c: string): string {
  const k = c.charCodeAt(0);
  if (ZERO_WIDTH.has(k)) return '';
  if (SINGLE_QUOTES.has(k)) return "'";
  if (DOUBLE_QUOTES.has(k)) return '"';
  if (DASHES.has(k)) return '-';
  return '...';
}

/** Folded form of `s`: the same rules as `indexText`, without the maps (for stored quotes). */
export function normalize(s: string): string {
  return s.replace(SPACE_RUN, ' ').replace(FOLD, foldChar);
}

/** Folds `text` once and keeps the maps; build it once per text and reuse it for every anchor. */
export function indexText(text: string): TextIndex {
  const n = text.length;
  // worst case: every char is "…" → 3 folded chars
  let cap = n + 16;
  let normStart = new Int32Array(cap);
  let normEnd = new Int32Array(cap);
  const toNorm = new Int32Array(n + 1);
  const out: string[] = [];
  let chunkStart = 0; // start of a run of unchanged characters not yet copied to `out`
  let len = 0;

  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need);
    const s2 = new Int32Array(cap);
    s2.set(normStart);
    normStart = s2;
    const e2 = new Int32Array(cap);
    e2.set(normEnd);
    normEnd = e2;
  };
  const flush = (i: number) => {
    if (i > chunkStart) out.push(text.slice(chunkStart, i));
  };
  const emit = (ch: string, from: number, to: number) => {
    grow(ch.length);
    for (let k = 0; k < ch.length; k++) {
      normStart[len] = from;
      normEnd[len] = to;
      len++;
    }
    out.push(ch);
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    toNorm[i] = len;
    if (isSpace(c)) {
      flush(i);
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) {
        toNorm[j] = len + 1; // inside a collapsed run: the next folded char
        j++;
      }
      // the first char of the run maps to the space itself
      emit(' ', i, j);
      i = j;
      chunkStart = i;
      continue;
    }
    let rep: string | null = null;
    if (c >= 0xab) {
      if (SINGLE_QUOTES.has(c)) rep = "'";
      else if (DOUBLE_QUOTES.has(c)) rep = '"';
      else if (DASHES.has(c)) rep = '-';
      else if (c === 0x2026) rep = '...';
      else if (ZERO_WIDTH.has(c)) rep = '';
    }
    if (rep !== null) {
      flush(i);
      if (rep) emit(rep, i, i + 1);
      i++;
      chunkStart = i;
      continue;
    }
    grow(1);
    normStart[len] = i;
    normEnd[len] = i + 1;
    len++;
    i++;
  }
  flush(n);
  toNorm[n] = len;
  return {
    text,
    norm: out.join(''),
    normStart: normStart.subarray(0, len),
    normEnd: normEnd.subarray(0, len),
    toNorm,
  };
}

/**
 * The original range for the folded range [ns, ne). Widened, never narrowed: a folded character
 * covers all the original characters it came from, and a range never splits a surrogate pair.
 */
export function toOriginal(ix: TextIndex, ns: number, ne: number): { start: number; end: number } {
  const L = ix.norm.length;
  let start = ns >= L ? ix.text.length : ix.normStart[ns];
  let end = ne <= 0 ? 0 : ix.normEnd[Math.min(ne, L) - 1];
  if (end < start) end = start;
  const t = ix.text;
  if (start > 0 && isLowSurrogate(t.charCodeAt(start)) && isHighSurrogate(t.charCodeAt(start - 1))) start--;
  if (end < t.length && isLowSurrogate(t.charCodeAt(end)) && isHighSurrogate(t.charCodeAt(end - 1))) end++;
  return { start, end };
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
