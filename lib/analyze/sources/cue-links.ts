// Pass: a link on a reporting cue is a source of its own. "the Chinese CDC <a>said</a> …",
// "the U.S. Attorney’s Office <a>announced</a> Monday": the name is the attribution and the linked
// verb is the document it cites (the statement, the release) — the labelling policy lists both.
// The links pass has already put the href on the name; this pass adds the link itself, only when
// the linked words are the cue of a source found in the same sentence, alone or with the claim it
// opens ("Wall Street <a>predicted $2.52 a share</a>", a link to the site's own data page). A link to a post on
// a social network ("Fedorov <a href=t.me/…>said</a>") is the speaker's own channel: the statement
// is the named source's own words, not a second document, so it stays an href on the name.
import { siteOf } from '../context';
import { firstAtOrAfter } from '../sorted';
import type { SourceCandidate, SourcePass } from './types';

// Social networks and messengers whose posts are a speaker's own channel (matched on the link's site).
const OWN_CHANNEL = /(?:^|\.)(?:t\.me|telegram\.(?:me|org)|twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|threads\.net|vk\.com|bsky\.app|linkedin\.com|youtube\.com|tiktok\.com)$/;

export const cueLinks: SourcePass = {
  name: 'cue-links',
  run(ctx, found) {
    if (!ctx.links.length) return;
    // the cues of this sentence's sources, lower-cased: "sentence\0cue"
    const cues = new Set<string>();
    const byCue = new Map<number, string[]>();
    for (const s of found) {
      if (!s.cue || s.kind === 'credit') continue;
      cues.add(`${s.sentence}\u0000${s.cue.toLowerCase()}`);
      const list = byCue.get(s.sentence);
      if (list) list.push(s.cue.toLowerCase());
      else byCue.set(s.sentence, [s.cue.toLowerCase()]);
    }
    const overlapsFound = overlapTest(found);
    const add: SourceCandidate[] = [];
    for (const l of ctx.links) {
      const anchor = ctx.text.slice(l.start, l.end);
      const sentence = ctx.sentences.at(l.start);
      const lc = anchor.toLowerCase();
      if (!cues.has(`${sentence}\u0000${lc}`) && !(byCue.get(sentence) ?? []).some((c) => opensWith(lc, c))) continue;
      const site = siteOf(l.href);
      if (site && OWN_CHANNEL.test(site)) continue;
      if (overlapsFound(l.start, l.end)) continue;
      add.push({ start: l.start, end: l.end, text: anchor, kind: 'link', name: '', href: l.href, sentence });
    }
    found.push(...add);
  },
};

/** Do the linked words open with the cue, then the claim ("predicted $2.52 a share")? */
function opensWith(anchor: string, cue: string): boolean {
  return anchor.length > cue.length + 1 && anchor.startsWith(cue) && /[\s\u00a0]/u.test(anchor[cue.length]);
}

/**
 * Whether [start, end) overlaps a found source, in O(log n) a link: the sources sorted by start,
 * with the furthest end reached so far, so the last source starting before `end` tells. (A scan of
 * every source for every link made 16k links quadratic.)
 */
export function overlapTest(found: readonly SourceCandidate[]): (start: number, end: number) => boolean {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
  return (start, end) => {
    const k = firstAtOrAfter(starts, end); // the sources before k start before `end`
    return k > 0 && reach[k - 1] > start;
  };
}
