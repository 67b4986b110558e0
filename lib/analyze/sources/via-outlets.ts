// Pass: the outlet a statement was taken from, credited after its reporting verb. In "“We needed to
// win,” Lynn said, via the Los Angeles Times" and "Smith told reporters, via ESPN" the outlet after
// "via" is where the words were first reported: a source. Only right after a reporting verb (and its
// listeners) and a comma — elsewhere "via" names a channel ("tickets via Live Nation", "shared via
// email"). Words come from the lexicon (`afterCuePreps`, the reporting verbs, `audience`).
import { T } from '../text';
import { candidate } from './candidate';
import { normCue } from './compile';
import type { SourcePass } from './types';

// How many tokens before the comma the reporting verb may start ("told reporters on Monday" is not read).
const MAX_BACK = 4;

export const viaOutlets: SourcePass = {
  name: 'via-outlets',
  run(ctx, found) {
    const preps = ctx.lex.afterCuePreps;
    if (!preps?.length) return;
    const { tokens, C, text } = ctx;
    const set = new Set(preps);
    const starts = new Set(found.map((f) => f.start));
    for (let i = 2; i < tokens.length - 1; i++) {
      const v = tokens[i];
      if (v.t !== T.Word || !set.has(v.lc)) continue;
      const comma = tokens[i - 1];
      if (comma.lc !== ',' || comma.block !== v.block || !afterCue(i - 1)) continue;
      if (ctx.inQuote(v.s)) continue;
      const np = ctx.np.forward(i + 1, false);
      if (!np || !ctx.np.valid(np)) continue;
      // an outlet's name: its last word capitalised ("the Los Angeles Times", "ESPN"), not "via email"
      const words = ctx.np.words(np);
      if (!words.length || !words[words.length - 1].cap) continue;
      const c = candidate(ctx, np, 'attribution', text.slice(v.s, v.e), v.s);
      if (starts.has(c.start)) continue;
      found.push(c);
      starts.add(c.start);
    }

    /** Does a reporting verb, with at most its listeners after it, end right before the comma at token k? */
    function afterCue(k: number): boolean {
      for (let j = k - 1; j >= 0 && k - j <= MAX_BACK; j--) {
        const t = tokens[j];
        if (t.t !== T.Word || t.block !== tokens[k].block) return false;
        const len = C.cue.at(tokens, j);
        if (!len || C.cueKind.get(normCue(text.slice(t.s, tokens[j + len - 1].e))) !== 'verb') continue;
        const end = tokens[j + len - 1].e;
        if (end === tokens[k - 1].e) return true;
        const aud = ctx.np.audienceAt(j + len);
        return aud === tokens[k - 1].e;
      }
      return false;
    }
  },
};
