// The match rule of /work/shared/tools/score-gold.mjs, reproduced as a function so the analyzer
// can be scored on an article text directly (unit tests, bench) without the CLI round trip:
// a predicted span is right when it overlaps an occurrence of a gold string and is not much longer
// than it (<= max(3x, +30 chars)); a gold string is found when one of its occurrences is hit.

export interface GoldSpan {
  text: string;
  kind: string;
}
export interface Scored {
  tp: number;
  predicted: number;
  found: number;
  gold: number;
  missed: string[];
  wrong: string[];
}

/** Occurrences of a gold string as a whole token run, any white space matching any other. */
export function occurrences(text: string, s: string): Array<[number, number]> {
  const body = s
    .trim()
    .split(/[\s\u00a0\u202f]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u00a0\\u202f]+');
  if (!body) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${body}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

export function spanScore(text: string, gold: GoldSpan[], pred: Array<{ start: number; end: number }>): Scored {
  const golds = [...new Set(gold.map((g) => g.text))].map((s) => ({ s, occ: occurrences(text, s), hit: false }));
  let right = 0;
  const wrong: string[] = [];
  for (const p of pred) {
    const len = p.end - p.start;
    let ok = false;
    for (const g of golds)
      for (const [a, b] of g.occ) {
        if (p.start < b && a < p.end && len <= Math.max(3 * (b - a), b - a + 30)) {
          ok = true;
          g.hit = true;
        }
      }
    if (ok) right++;
    else wrong.push(text.slice(p.start, p.end));
  }
  const found = golds.filter((g) => g.hit).length;
  return { tp: right, predicted: pred.length, found, gold: golds.length, missed: golds.filter((g) => !g.hit).map((g) => g.s), wrong };
}

export function prf(x: { tp: number; predicted: number; found: number; gold: number }) {
  const P = x.predicted ? x.tp / x.predicted : 0;
  const R = x.gold ? x.found / x.gold : 0;
  return { P: +P.toFixed(3), R: +R.toFixed(3), F1: +(P + R ? (2 * P * R) / (P + R) : 0).toFixed(3) };
}

export function addScore(sum: { tp: number; predicted: number; found: number; gold: number }, s: Scored): void {
  sum.tp += s.tp;
  sum.predicted += s.predicted;
  sum.found += s.found;
  sum.gold += s.gold;
}
