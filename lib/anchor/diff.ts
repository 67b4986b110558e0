// Word-level before/after of a quote whose wording changed (AnchorResult quality 'fuzzy').
//
// Why: an annotation that re-attached fuzzily should show the reader what changed under it
// ("500,000" → "550,000") instead of silently pointing at different words. A plain LCS on word
// tokens is enough for quotes of a few sentences; white space and punctuation are tokens too, so
// joining 'same'+'del' gives `before` and 'same'+'ins' gives `after` exactly.

export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

const TOKEN = /\s+|\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*(?![\p{L}\p{M}\p{N}_])|[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/gu;
/** Above this many token pairs the LCS table is skipped: common head and tail, the rest replaced. */
const MAX_CELLS = 4_000_000;

function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

function push(out: DiffPart[], op: DiffPart['op'], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Word-granular diff of `before` → `after`; adjacent parts of one kind are merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: DiffPart[] = [];
  push(out, 'same', a.slice(0, head).join(''));
  const A = a.slice(head, a.length - tail);
  const B = b.slice(head, b.length - tail);
  const n = A.length;
  const m = B.length;
  if (n * m > MAX_CELLS) {
    push(out, 'del', A.join(''));
    push(out, 'ins', B.join(''));
  } else if (n > 0 || m > 0) {
    // lcs[i][j] = LCS length of A[i..] and B[j..]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = A[i] === B[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && A[i] === B[j]) {
        push(out, 'same', A[i]);
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        push(out, 'del', A[i]);
        i++;
      } else {
        push(out, 'ins', B[j]);
        j++;
      }
    }
  }
  push(out, 'same', a.slice(a.length - tail).join(''));
  return out;
}
