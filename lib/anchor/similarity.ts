// Small edit-distance measures used to score anchoring candidates.
//
// Why not only approx-string-match: that library finds where a pattern occurs in a long text; here
// we need "how well does the stored prefix agree with the text that ends right at this candidate"
// (and the suffix with the text that starts right after it), i.e. an alignment pinned at the
// candidate's edge and free at the far end, on strings of a few dozen characters.

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * 1 - (edit distance / pattern length) of the best alignment of `pattern` with `window`, where the
 * alignment is pinned to the start of `window` (or to its end when `fromEnd`) and may stop anywhere
 * at the other side. 1 for an empty pattern. Values below `floor` are not computed exactly: as soon
 * as the similarity is certain to be below it, some value below it is returned.
 */
export function pinnedSimilarity(pattern: string, window: string, fromEnd: boolean, floor = 0): number {
  const m = pattern.length;
  const n = window.length;
  if (m === 0) return 1;
  if (n === 0) return 0;
  if (rowA.length < n + 1) {
    rowA = new Int32Array(n * 2 + 1);
    rowB = new Int32Array(n * 2 + 1);
  }
  // distances above this mean a similarity below `floor`; row minima never decrease, so stop there
  const maxDist = Math.floor((1 - floor) * m);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = fromEnd ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const wc = fromEnd ? window.charCodeAt(n - j) : window.charCodeAt(j - 1);
      const sub = prev[j - 1] + (pc === wc ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxDist) return 1 - rowMin / m;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return 1 - best / m;
}

/** Number of equal characters at the end of `a` and `b` (cheap pre-ranking of exact candidates). */
export function commonSuffixLength(a: string, aEnd: number, b: string): number {
  let k = 0;
  const max = Math.min(aEnd, b.length);
  while (k < max && a.charCodeAt(aEnd - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** Number of equal characters at the start of `a` (from `aStart`) and `b`. */
export function commonPrefixLength(a: string, aStart: number, b: string): number {
  let k = 0;
  const max = Math.min(a.length - aStart, b.length);
  while (k < max && a.charCodeAt(aStart + k) === b.charCodeAt(k)) k++;
  return k;
}

/** Plain Levenshtein distance (two rows). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ac === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
