// Pass: body links. A link on a document ("statement", "звіт", "Pressemitteilung") is a source of
// kind link; a link on a found name or on its cue adds its href to that source; a proper name
// linked inside a longer found phrase narrows the mark to the name.
// Linear in links and sources: both are walked in order, and the sentence lookups are maps.
import type { SourceCandidate, SourcePass } from './types';

export const links: SourcePass = {
  name: 'links',
  run(ctx, found) {
    const { text, C } = ctx;
    const docs = C.set.docs;
    const dets = C.set.determiners;
    const spans = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
    // maxEnd[k]: the furthest end among spans[0..k], to find the first span overlapping a link
    const maxEnd: number[] = [];
    spans.forEach((s, k) => maxEnd.push(Math.max(s.end, k ? maxEnd[k - 1] : -1)));
    const byCue = new Map<string, SourceCandidate>();
    for (const s of spans) {
      const key = `${s.sentence}\u0000${s.cue?.toLowerCase()}`;
      if (s.cue && !byCue.has(key)) byCue.set(key, s);
    }
    const edits: Array<() => void> = [];
    const touched = new Set<SourceCandidate>();
    for (const l of ctx.links) {
      const anchor = text.slice(l.start, l.end);
      const over = firstOverlap(spans, maxEnd, l.start, l.end);
      if (over) {
        if (!over.href) over.href = l.href;
        if (touched.has(over) || over.kind === 'credit') continue;
        if (l.start >= over.start && l.end <= over.end && /^[\p{Lu}«"“]/u.test(anchor)) {
          // a proper name linked inside a longer phrase: highlight the name itself
          touched.add(over);
          edits.push(() => Object.assign(over, { start: l.start, end: l.end, text: anchor }));
        } else if (isDocPhrase(anchor, docs, dets) && isDocPhrase(over.text, docs, dets)) {
          // "according to a <statement>": the link is the source
          touched.add(over);
          edits.push(() => Object.assign(over, { start: l.start, end: l.end, text: anchor, kind: 'link' }));
        }
        continue;
      }
      const sentence = ctx.sentences.at(l.start);
      const cueLinked = byCue.get(`${sentence}\u0000${anchor.toLowerCase()}`);
      if (cueLinked) {
        if (!cueLinked.href) cueLinked.href = l.href;
        continue;
      }
      if (isDocPhrase(anchor, docs, dets)) found.push({ start: l.start, end: l.end, text: anchor, kind: 'link', name: '', href: l.href, sentence });
    }
    for (const e of edits) e();
  },
};

/** The first span (in start order) that overlaps [a, b), by binary search on the running maximum of ends. */
function firstOverlap(spans: SourceCandidate[], maxEnd: number[], a: number, b: number): SourceCandidate | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid] > a) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo; k < spans.length && spans[k].start < b; k++) if (spans[k].end > a) return spans[k];
  return undefined;
}

/** A short phrase headed by a document noun ("the statement", "research note", "Fahrgaststatistik"). */
export function isDocPhrase(s: string, docs: Set<string>, dets: Set<string>): boolean {
  const words = s.toLowerCase().split(/[\s\u00a0]+/).filter((w) => w && !dets.has(w));
  if (!words.length || words.length > 4) return false;
  const last = words[words.length - 1];
  if (docs.has(words.join(' ')) || docs.has(last) || docs.has(words[0])) return true;
  // German compounds: "Fahrgaststatistik", "Pressemitteilung"
  for (const d of docs) if (d.length >= 5 && last.endsWith(d)) return true;
  return false;
}
