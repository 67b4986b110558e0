// Lexicon phrases found at a token by their first word: "со ссылкой на", "посилається на", "a cité". Two passes
// (citing-subjects, cited-objects) look up a lexicon list of such phrases at every word; each list is split into
// words and indexed by its first word once per lexicon list, and a phrase matches only within one block.
import { T } from '../text';
import type { SourceContext } from './types';

const byList = new WeakMap<readonly string[], Map<string, string[][]>>();

/** The phrases of `list` as lower-case words, by their first word; built once per list. */
export function phrasesByFirst(list: readonly string[]): Map<string, string[][]> {
  let m = byList.get(list);
  if (m) return m;
  m = new Map();
  for (const p of list) {
    const words = p.toLowerCase().split(/\s+/);
    m.set(words[0], [...(m.get(words[0]) ?? []), words]);
  }
  byList.set(list, m);
  return m;
}

/** How many tokens the first phrase of `list` that starts at token i covers (0: none does). */
export function phraseAt(ctx: SourceContext, list: readonly string[], i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.t !== T.Word) return 0;
  for (const words of phrasesByFirst(list).get(t.lc) ?? []) {
    const len = wordsAt(ctx, i, words);
    if (len) return len;
  }
  return 0;
}

function wordsAt(ctx: SourceContext, i: number, words: string[]): number {
  const { tokens } = ctx;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.t !== T.Word || t.lc !== words[k] || t.block !== tokens[i].block) return 0;
  }
  return words.length;
}
