// Pass: amounts given without a number, with their unit or currency: a plural scale word ("billions
// of dollars", "Milliarden Euro", "des milliards d’euros", "мільярди доларів") or an approximate
// quantity ("tens of thousands of dollars"), and a vague quantifier before a scale or a unit of
// measure ("several million dollars", "several tons", "mehrere Tonnen", "кілька тонн"). Without a
// unit such words are left to the spelled pass ("millions", "tens of thousands" are counts there);
// a vague quantifier before a unit of time or a multiple ("several days", "a few times") is no figure.
// Words come from the lexicon: `pluralScales`, `vagueQuantifiers`, `quantityLinks` ("of", "de").
import type { Lexicon } from '../lexicons/types';
import { T } from '../text';
import type { FigureKind } from '../types';
import type { VagueWords } from './pass-words';
import { TIME_UNITS, unitAfter } from './units';
import { pushFigure, type FigureContext, type FigurePass } from './types';

// Units after a vague quantifier that make no figure: time spans and multiples ("several weeks", "a few times").
const VAGUE_TIME_UNITS = new Set([...TIME_UNITS, '×']);

export const vagueAmounts: FigurePass = {
  name: 'vague-amounts',
  run(ctx) {
    const { tokens, F } = ctx;
    const c = F.vagueWords;
    if (!c.plural.size && !ctx.lex.vagueQuantifiers.length) return;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok.t !== T.Word || !c.first.has(tok.lc) || ctx.used[tok.s]) continue;
      // "tens of thousands of dollars", "billions of dollars": an amount, a link, a unit
      const alen = F.approx.at(tokens, i);
      const amountEnd = alen ? tokens[i + alen - 1].e : c.plural.has(tok.lc) && !numberOrHalfBefore(ctx, i) ? tok.e : -1;
      if (amountEnd > 0) {
        const said = phrase(ctx, tok.s, amountEnd);
        const value = isVagueAmount(ctx.lex, said) ? undefined : alen ? ctx.lex.approxQuantities[said] : c.plural.get(tok.lc)!;
        const u = unitWithLink(ctx, c, amountEnd, true);
        if (u && pushFigure(ctx, tok.s, u.end, u.kind, value, u.unit)) i = lastToken(ctx, i, u.end);
        continue;
      }
      // "several million dollars", "several tons": a vague quantifier and a scale or a unit of measure
      const vlen = c.vague.at(tokens, i);
      if (!vlen) continue;
      let end = tokens[i + vlen - 1].e;
      F.scaleAt.lastIndex = end;
      const sm = F.scaleAt.exec(ctx.text);
      if (sm) end += sm[0].length;
      const u = unitWithLink(ctx, c, end, !!sm);
      if (sm && pushFigure(ctx, tok.s, u?.end ?? end, u?.kind ?? 'count', undefined, u?.unit)) i = lastToken(ctx, i, u?.end ?? end);
      else if (!sm && u && u.kind === 'measure' && !VAGUE_TIME_UNITS.has(u.unit) && pushFigure(ctx, tok.s, u.end, 'measure', undefined, u.unit)) i = lastToken(ctx, i, u.end);
    }
  },
};

/**
 * An amount that names no number (lexicon words, lower case): a plural scale ("millions", "Tausende",
 * "тисячі") or a phrase with one or opening with a vague quantifier ("tens of thousands", "several
 * hundred"). Listed as a figure with no value: the panel showed "millions of people" as "= 2,000,000",
 * a number the article never gave ("a dozen", "half a million", "a decade" keep theirs).
 */
export function isVagueAmount(lex: Lexicon, said: string): boolean {
  const words = said.split(' ');
  return words.some((w) => Object.hasOwn(lex.pluralScales, w)) || lex.vagueQuantifiers.some((q) => said === q || said.startsWith(`${q} `));
}

/** A unit right after `pos`, or after a quantity link there ("of dollars", "d’euros"). */
function unitWithLink(ctx: FigureContext, c: VagueWords, pos: number, scaled: boolean): { kind: FigureKind; unit: string; end: number } | null {
  const direct = unitAfter(ctx, pos, scaled, false);
  if (direct) return direct;
  if (!c.link) return null;
  c.link.lastIndex = pos;
  const m = c.link.exec(ctx.text);
  return m ? unitAfter(ctx, pos + m[0].length, scaled, false) : null;
}

/** Is a number (digits or a number word) right before token i ("5 billion", "zwei Milliarden"), or a number and its half ("два з половиною мільйони")? Then it is that number's scale. (spelled.ts numberFractionOrFigureBefore asks for a lone scale word: a fraction or a figure read before, no half.) */
function numberOrHalfBefore(ctx: FigureContext, i: number): boolean {
  const pv = ctx.tokens[i - 1];
  if (!pv || pv.block !== ctx.tokens[i].block) return false;
  if (pv.t === T.Num || ctx.F.numberWords.has(pv.lc) || ctx.F.scaleArticles.has(pv.lc)) return true;
  const h = ctx.F.halves?.before;
  return !!h && h.test(ctx.text.slice(Math.max(0, ctx.tokens[i].s - MAX_HALF_LOOKBEHIND), ctx.tokens[i].s));
}

// How far before a scale word a number and its half are looked for ("двадцять п'ять з половиною ").
const MAX_HALF_LOOKBEHIND = 48;

/** The lexicon key of text[a, b): lower case, single spaces. */
function phrase(ctx: FigureContext, a: number, b: number): string {
  return ctx.text.slice(a, b).toLowerCase().replace(/[\s\u00a0]+/g, ' ');
}

/** The index of the last token that ends at or before `end`, from token i. */
function lastToken(ctx: FigureContext, i: number, end: number): number {
  let k = i;
  while (k + 1 < ctx.tokens.length && ctx.tokens[k + 1].e <= end) k++;
  return k;
}
