// Pass: names. Mentions of one source share one listed name ("Fedorov" after "Governor Ivan
// Fedorov", "the ministry" after "the Ukrainian Ministry of Foreign Affairs"); a credit is listed as
// written; a link source takes the name of its sentence's source, or its host.
import { NameGrouper } from '../names';
import type { SourceCandidate, SourcePass } from './types';

export const groupNames: SourcePass = {
  name: 'names',
  run(ctx, found) {
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const grouper = new NameGrouper(ctx.lex);
    const firstOf = new Map<number, SourceCandidate>();
    for (const s of found) {
      if (s.kind === 'link') continue;
      s.name = s.kind === 'credit' ? s.text : grouper.name(s.text);
      if (s.kind !== 'credit' && !firstOf.has(s.sentence)) firstOf.set(s.sentence, s);
    }
    surnamesBeforeFullNames(found);
    for (const s of found) if (s.kind === 'link') s.name = firstOf.get(s.sentence)?.name || host(s.href);
  },
};

// A full name is two to this many capitalised words ("Taylor Swift", "Jean-Claude Van Damme" aside).
const MAX_FULL_NAME_WORDS = 4;

/**
 * "According to Swift, her former label …" read before "Taylor Swift is ready to …": the grouper goes
 * in reading order, so a surname met first got a group of its own. A lone capitalised word that is the
 * last word of exactly one full name listed anywhere in the text joins that name.
 */
function surnamesBeforeFullNames(found: SourceCandidate[]): void {
  const full = new Map<string, string | null>();
  for (const s of found) {
    if (s.kind === 'link' || s.kind === 'credit') continue;
    const words = s.name.split(/\s+/u);
    if (words.length < 2 || words.length > MAX_FULL_NAME_WORDS || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const key = words[words.length - 1].toLowerCase();
    const seen = full.get(key);
    full.set(key, seen === undefined || seen === s.name ? s.name : null); // two full names with it: leave the surname alone
  }
  for (const s of found) {
    if (s.kind === 'link' || s.kind === 'credit' || !/^\p{Lu}\p{Ll}+$/u.test(s.name)) continue;
    const name = full.get(s.name.toLowerCase());
    if (name) s.name = name;
  }
}

function host(href: string | undefined): string {
  if (!href) return '';
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
