// A range whose second amount repeats the first's unit: "80% to 90%", "97%–98%", "$24 to $28 a pound",
// "5 % bis 7 %". The numbers pass reads a range only when the unit follows the second number ("15-20%",
// "5 bis 7 Prozent"); written with the unit twice, the two ends were two figures.
import { parseNumber } from './compile';
import type { FigureContext } from './types';
import { scaleAfter, unitAfter } from './units';

// A currency sign before the second amount of a money range.
const CURRENCY_SIGN = /^(?:US\$|\$|€|£|¥|₴|₽)/;
// A year's four digits: "2% in 2019 to 2020" is no range of amounts.
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * After a percentage or an amount with its currency sign ending at `end` (value `lo`, the unit's scale
 * already applied), is there a range's word or dash and a second amount with the same unit, larger? Then
 * its value (scaled) and where it ends. A falling pair ("100% - 56%") is two figures: a change, no range.
 */
export function repeatedUnitRange(ctx: FigureContext, end: number, percent: boolean, lo: number): { hi: number; end: number } | null {
  const { F, text } = ctx;
  F.unitRangeSepAt.lastIndex = end;
  const sep = F.unitRangeSepAt.exec(text);
  if (!sep) return null;
  let p = end + sep[0].length;
  if (!percent) {
    const sign = CURRENCY_SIGN.exec(text.slice(p, p + 3));
    if (!sign) return null;
    p += sign[0].length;
  }
  F.numAt.lastIndex = p;
  const n = F.numAt.exec(text);
  if (!n || YEAR.test(n[0])) return null;
  p += n[0].length;
  let hi = parseNumber(n[0], ctx.lex.numbers);
  const scale = scaleAfter(ctx, p, false);
  if (scale) {
    hi *= scale.scale;
    p = scale.end;
  }
  if (percent) {
    const u = unitAfter(ctx, p, false, false);
    if (!u || u.kind !== 'percent') return null;
    p = u.end;
  } else if (/^[\p{L}%]/u.test(text[p] ?? '')) return null;
  return hi > lo ? { hi, end: p } : null;
}

// How far back a word of change is looked for, in characters of the same clause ("The Fed cut rates 0.25% to 4.5%").
const CHANGE_WINDOW = 40;

/** Is there a word of change (lexicon `changeWords`: "raised", "cut", "by") in the clause before `start`? Then two amounts are a change. */
export function changeBefore(ctx: FigureContext, start: number): boolean {
  const words = ctx.lex.changeWords;
  if (!words?.length) return false;
  const clause = ctx.text.slice(Math.max(0, start - CHANGE_WINDOW), start).split(/[,.;:!?()]/u).pop() ?? '';
  return clause.toLowerCase().split(/[^\p{L}]+/u).some((w) => words.includes(w));
}
