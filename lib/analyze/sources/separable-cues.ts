// "Die Staatsanwaltschaft wirft dem Mann Betrug vor", "Der Minister wies darauf hin, dass …": a German verb whose
// particle stands apart at its clause's end reports only with that particle ("wirft einen Ball" throws one). The
// verb is a cue when its particle (lexicon `separableCues`) closes the clause within a few words.
import { T } from '../text';
import type { SourceContext } from './types';

// The particle closes the clause at most this many tokens after its verb ("wirft dem 45-jährigen Mann aus Köln
// schweren Betrug vor").
const MAX_PARTICLE_GAP = 16;

/** The separable verbs by their finite form, lower case → their particles; cached per lexicon. */
const byVerb = new WeakMap<object, Map<string, Set<string>>>();

function verbs(ctx: SourceContext): Map<string, Set<string>> {
  let m = byVerb.get(ctx.lex);
  if (m) return m;
  m = new Map();
  for (const [v, p] of ctx.lex.separableCues) {
    const set = m.get(v) ?? new Set<string>();
    set.add(p);
    m.set(v, set);
  }
  byVerb.set(ctx.lex, m);
  return m;
}

/** Is the word at i a separable reporting verb whose particle closes its clause (before a comma, a stop or a colon)? */
export function separableCueAt(ctx: SourceContext, i: number): boolean {
  const { tokens } = ctx;
  const particles = verbs(ctx).get(tokens[i].lc);
  if (!particles) return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_PARTICLE_GAP; k++) {
    const t = tokens[k];
    if (t.block !== tokens[i].block) return false;
    if (t.t === T.Punct && !'-–'.includes(t.lc)) return false;
    const nx = tokens[k + 1];
    if (t.t === T.Word && particles.has(t.lc)) return !nx || nx.block !== t.block || /^[.,;:!?]$/.test(nx.lc);
  }
  return false;
}
