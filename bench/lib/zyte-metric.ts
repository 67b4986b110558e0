// The Zyte/Scrapinghub article-extraction metric, implemented from its published definition:
// tokens are maximal runs of [\p{L}\p{N}_] (case-sensitive), compared as multisets of 4-token
// shingles (a 1–3 token text gives one shorter shingle). Page P = TP/(TP+FP), R = TP/(TP+FN), both 1
// when FP = FN = 0. Corpus P = mean page P over non-empty predictions, R = mean page R (an empty
// prediction counts as recall 0), F1 from the two means; accuracy = share of exact token sequences.

export const tokens = (s: string | null | undefined): string[] => (s || '').match(/[\p{L}\p{N}_]+/gu) || [];

export function shingles(s: string | null | undefined): Map<string, number> {
  const t = tokens(s);
  const out = new Map<string, number>();
  if (t.length === 0) return out;
  const n = Math.min(4, t.length);
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join('\u0001');
    out.set(k, (out.get(k) || 0) + 1);
  }
  return out;
}

export interface PageScore {
  /** null when the prediction has no shingles (left out of corpus precision) */
  p: number | null;
  /** null when the truth has no shingles */
  r: number | null;
  exact: boolean;
}

export function pageScore(truth: string, pred: string): PageScore {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of a) {
    const d = b.get(k) || 0;
    tp += Math.min(c, d);
    fn += Math.max(0, c - d);
  }
  for (const [k, d] of b) fp += Math.max(0, d - (a.get(k) || 0));
  const perfect = fp === 0 && fn === 0;
  const p = tp + fp > 0 ? (perfect ? 1 : tp / (tp + fp)) : null;
  const r = tp + fn > 0 ? (perfect ? 1 : tp / (tp + fn)) : null;
  return { p, r, exact: tokens(truth).join(' ') === tokens(pred).join(' ') };
}

export interface CorpusScore {
  n: number;
  P: number;
  R: number;
  F1: number;
  accuracy: number;
}

export function corpusScore(truthById: Record<string, string>, predById: Record<string, string>): CorpusScore {
  const ps: number[] = [];
  const rs: number[] = [];
  let acc = 0;
  let n = 0;
  for (const [id, t] of Object.entries(truthById)) {
    const s = pageScore(t, predById[id] || '');
    n++;
    if (s.exact) acc++;
    if (s.p !== null) ps.push(s.p);
    rs.push(s.r === null ? 0 : s.r);
  }
  const mean = (x: number[]) => x.reduce((u, v) => u + v, 0) / (x.length || 1);
  const P = mean(ps);
  const R = mean(rs);
  return { n, P, R, F1: P + R ? (2 * P * R) / (P + R) : 0, accuracy: n ? acc / n : 0 };
}
