// Synthetic input for bench/anchor.ts: a seeded news-like article of N words, random annotations
// on it, and random word-level edits with the offsets of every untouched annotation carried along
// (so the bench can count wrong attachments, not only time them).

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Zipf-like: a few very common words, many rarer ones (repeated words are the hard case).
const COMMON = 'the of and to in a that for on said is was with by as at from it its has have be were are an this which will not but after their also over more than'.split(' ');
const CONTENT = (
  'government ministry official officials minister president council budget troops army forces region city ' +
  'statement report reports percent million billion thousand people citizens residents war conflict border ' +
  'agency court law decree vote election party leader leaders analysts experts data figures week month year ' +
  'Tuesday Monday October September March Kyiv Moscow Brussels Berlin Paris Washington ceasefire talks sanctions ' +
  'energy gas prices inflation bank rates market shares company deal investors exports grain harbour ports ' +
  'ukrainian russian european american german french national regional local military civilian economic'
).split(' ');
const NAMES = 'Fedorov Umerov Kovalenko Schmidt Dubois Novak Petrenko Martin Weber Moreau Hansen Rossi'.split(' ');

export function makeArticle(words: number, seed = 1): string {
  const r = rng(seed);
  const word = () => {
    const x = r();
    if (x < 0.45) return COMMON[Math.floor(r() * r() * COMMON.length)];
    if (x < 0.9) return CONTENT[Math.floor(r() * CONTENT.length)];
    if (x < 0.95) return NAMES[Math.floor(r() * NAMES.length)];
    return String(Math.floor(r() * 100000)).replace(/\B(?=(\d{3})+$)/, ',');
  };
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const sentences: string[] = [];
    const plen = 40 + Math.floor(r() * 80);
    let p = 0;
    while (p < plen && n < words) {
      const slen = Math.min(8 + Math.floor(r() * 20), words - n);
      const ws = Array.from({ length: slen }, word);
      ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
      let s = ws.join(' ') + (r() < 0.1 ? '?' : '.');
      if (r() < 0.15) s = `“${s}” ${word()} said.`;
      sentences.push(s);
      p += slen;
      n += slen;
    }
    paras.push(sentences.join(' '));
  }
  return paras.join('\n\n');
}

/** Word boundaries of `text`: [start, end) of each run of non-space characters. */
export function wordSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** `count` annotations of 1–25 words (most short), sorted by start. */
export function makeAnnotations(text: string, count: number, seed = 2): Array<{ start: number; end: number }> {
  const r = rng(seed);
  const ws = wordSpans(text);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < count; i++) {
    const x = r();
    const len = x < 0.3 ? 1 + Math.floor(r() * 2) : x < 0.8 ? 3 + Math.floor(r() * 6) : 10 + Math.floor(r() * 16);
    const w = Math.floor(r() * (ws.length - len));
    out.push({ start: ws[w][0], end: ws[w + len - 1][1] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** `count` non-overlapping word edits spread over the text: insert, delete or change a few words. */
export function makeEdits(text: string, count: number, seed = 3): Edit[] {
  const r = rng(seed);
  const ws = wordSpans(text);
  const used = new Set<number>();
  const edits: Edit[] = [];
  const filler = 'reportedly newly officially according to sources cited by the agency'.split(' ');
  while (edits.length < count) {
    const w = 1 + Math.floor(r() * (ws.length - 3));
    if (used.has(w) || used.has(w - 1) || used.has(w + 1)) continue;
    used.add(w);
    const kind = r();
    const [s, e] = ws[w];
    if (kind < 0.34) edits.push({ start: s, end: s, insert: filler[Math.floor(r() * filler.length)] + ' ' });
    else if (kind < 0.67) edits.push({ start: s, end: ws[w + 1][0], insert: '' });
    else edits.push({ start: s, end: e, insert: text.slice(s, e).split('').reverse().join('') });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** The edited text, and each range carried through the edits (null when an edit touches it). */
export function applyEdits(text: string, edits: Edit[], ranges: Array<{ start: number; end: number }>) {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.insert;
    last = e.end;
  }
  out += text.slice(last);
  const carried = ranges.map(({ start, end }) => {
    let d = 0;
    let touched = false;
    for (const e of edits) {
      if (e.end <= start) {
        d += e.insert.length - (e.end - e.start); // before the annotation (an insertion at its start too)
        continue;
      }
      if (e.start >= end) break;
      touched = true; // the wording under the annotation changed
      break;
    }
    return { start: start + d, end: end + d, touched };
  });
  return { text: out, carried };
}

/**
 * The text without `count` random paragraphs; each range carried to its new place, or `removed`
 * when its paragraph went (ranges spanning paragraphs count as removed when any of them went).
 */
export function removeParagraphs(text: string, count: number, ranges: Array<{ start: number; end: number }>, seed = 4) {
  const r = rng(seed);
  const paras = text.split('\n\n');
  const starts: number[] = [];
  let o = 0;
  for (const p of paras) {
    starts.push(o);
    o += p.length + 2;
  }
  const gone = new Set<number>();
  while (gone.size < Math.min(count, paras.length - 1)) gone.add(Math.floor(r() * paras.length));
  const newStart: number[] = [];
  let n = 0;
  paras.forEach((p, i) => {
    if (!gone.has(i)) {
      newStart[i] = n;
      n += p.length + 2;
    }
  });
  const blockOf = (x: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= x) i++;
    return i;
  };
  const carried = ranges.map(({ start, end }) => {
    const b0 = blockOf(start);
    const b1 = blockOf(end - 1);
    for (let b = b0; b <= b1; b++) if (gone.has(b)) return { start: -1, end: -1, removed: true };
    return { start: start - starts[b0] + newStart[b0], end: end - starts[b0] + newStart[b0], removed: false };
  });
  return { text: paras.filter((_, i) => !gone.has(i)).join('\n\n'), carried };
}
