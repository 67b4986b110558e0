// Pass: the part of a decade or century a period word names stays with it, as with a year (labelling
// policy: "the end of 2021", "начала 2024 года"): "Mitte der 1990er-Jahre", "the mid-1990s", "au début
// des années 2000", "в середине 2000-х годов", "у середині 2000-х", "Ende des 19. Jahrhunderts". The
// periods pass finds the decade or century; this one takes in the period word before it (lexicon
// yearPeriodPreps) and an article or link between ("der", "des", "of the"), leaving the plain
// preposition out ("Au", "В", "У").
import type { Lexicon } from '../lexicons';
import { alternation } from '../text';
import { before } from './context-words';
import { SP } from './compile';
import { claim, isFree, type FigureContext, type FigurePass } from './types';

const cache = new WeakMap<Lexicon, RegExp | null>();

/** The period word and its link, ending the text before a decade or century; null where the language lists none. */
function periodWordBefore(lex: Lexicon): RegExp | null {
  let re = cache.get(lex);
  if (re !== undefined) return re;
  const links = [...lex.determiners, ...lex.periodLinks];
  // ("of the", "des"): up to two link words between the period word and the era
  const link = links.length ? `(?:${SP}+(?:${alternation(links)})(?![\\p{L}])){0,2}` : '';
  re = lex.yearPeriodPreps.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.yearPeriodPreps)})${link}(?:${SP}+|(?<=-))$`, 'iu') : null;
  cache.set(lex, re);
  return re;
}

// A decade's or a century's value as the periods pass writes it ("1990s", "C19").
const ERA_VALUE = /^(?:\d{4}s|C\d{1,2})$/;
// How far before an era its period word and links may start ("at the beginning of the").
const LOOK_BACK = 32;

export const eraPeriods: FigurePass = {
  name: 'eraPeriods',
  run(ctx: FigureContext) {
    const re = periodWordBefore(ctx.lex);
    if (!re) return;
    for (const f of ctx.out) {
      if (f.kind !== 'date' || !ERA_VALUE.test(String(f.value))) continue;
      const m = re.exec(before(ctx, f.start, LOOK_BACK));
      if (!m) continue;
      const start = f.start - m[0].length;
      if (!isFree(ctx, start, f.start)) continue;
      claim(ctx, start, f.start);
      f.start = start;
      f.text = ctx.text.slice(start, f.end);
    }
  },
};
