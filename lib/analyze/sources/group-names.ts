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
    for (const s of found) if (s.kind === 'link') s.name = firstOf.get(s.sentence)?.name || host(s.href);
  },
};

function host(href: string | undefined): string {
  if (!href) return '';
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
