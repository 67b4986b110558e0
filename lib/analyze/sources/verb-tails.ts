// Pass: a reporting verb is never part of a source. After a citing phrase read as a noun
// phrase ("со ссылкой на источники сообщило", "з посиланням на джерела повідомило") the reading ran on
// into the main clause's verb, and on past it ("источники сообщает Bloomberg"): the source ends before
// the verb ("источники"). Verbs that are also nouns
// (lexicon `nounVerbs`: "estimates", "claims") and capitalised words stay.
import { T, tokenStartingAt } from '../text';
import type { SourcePass } from './types';

export const verbTails: SourcePass = {
  name: 'verb-tails',
  run(ctx, found) {
    const { tokens, C, text } = ctx;
    const verbs = C.speechWords;
    for (const s of found) {
      if (s.kind !== 'attribution' && s.kind !== 'quote') continue;
      const a = tokenStartingAt(tokens, s.start);
      if (a < 0) continue;
      // the first reporting verb after the first word ("источники | сообщает Bloomberg")
      let k = a + 1;
      while (k < tokens.length && tokens[k].e <= s.end && !(tokens[k].t === T.Word && !tokens[k].cap && (C.cueKind.get(tokens[k].lc) === 'verb' || verbs.has(tokens[k].lc)) && !C.set.nounVerbs.has(tokens[k].lc))) k++;
      if (k >= tokens.length || tokens[k].e > s.end) continue;
      let p = k - 1;
      while (p > a && tokens[p].t !== T.Word) p--;
      s.end = tokens[p].e;
      s.text = text.slice(s.start, s.end);
    }
  },
};

