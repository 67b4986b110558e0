// One language's source lexicon in the shapes the passes look words up in: phrase matchers for cues
// and credit labels, sets for the word classes. Built once per language and cached.
import type { Lexicon } from '../lexicons';
import { PhraseMatcher } from '../text';

export interface SourceLexicon {
  cue: PhraseMatcher;
  credits: PhraseMatcher;
  cueKind: Map<string, 'verb' | 'prep'>;
  told: Set<string>;
  audience: RegExp;
  leadIn: RegExp | null;
  set: Record<'pronouns' | 'determiners' | 'connectors' | 'stop' | 'adverbs' | 'participles' | 'agent' | 'months' | 'docs' | 'impersonalPreps', Set<string>>;
  sourceNouns: string[];
  nounMemo: Map<string, boolean>;
}

const cache = new Map<string, SourceLexicon>();
/** Lower case, one space: the key of a cue in `cueKind`. */
export const normCue = (s: string) => s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');

export function compileSources(lang: string, lex: Lexicon): SourceLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const cueKind = new Map<string, 'verb' | 'prep'>();
  for (const v of lex.speechVerbs) cueKind.set(normCue(v), 'verb');
  for (const v of lex.accordingTo) cueKind.set(normCue(v), 'prep');
  const mk = (a: string[]) => new Set(a.map((w) => w.toLowerCase()));
  const c: SourceLexicon = {
    cue: new PhraseMatcher([...lex.speechVerbs, ...lex.accordingTo]),
    credits: new PhraseMatcher(lex.creditLabels),
    cueKind,
    told: mk(lex.toldVerbs),
    audience: new RegExp(`(?:${[...lex.audience].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}])`, 'iuy'),
    leadIn: lex.quoteLeadIns.length ? new RegExp(`(?:^|(?<=[.!?…]\\s+|\\n))(?:${lex.quoteLeadIns.join('|')})\\s+`, 'giu') : null,
    set: {
      pronouns: mk(lex.pronouns),
      determiners: mk(lex.determiners),
      connectors: mk(lex.connectors),
      stop: mk(lex.stopWords),
      adverbs: mk(lex.adverbs),
      participles: mk(lex.participles),
      agent: mk(lex.agentPreps),
      months: mk(Object.keys(lex.months)),
      docs: mk(lex.docNouns),
      impersonalPreps: mk(lex.impersonalPreps),
    },
    sourceNouns: lex.sourceNouns.map((w) => w.toLowerCase()),
    nounMemo: new Map(),
  };
  cache.set(lang, c);
  return c;
}
