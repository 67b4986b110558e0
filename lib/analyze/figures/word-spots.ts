// Where a lexicon's street and reference words stand in the text, found by one scan. For every
// number, numbers.ts asks whether a reference word ends the 16 characters before it ("Section 230"),
// a street word the 40 before it ("rue 12") or starts the 40 after it ("520 Third Street"); years.ts
// asks the last. Each question is a regex anchored at one end of its window, tried at every position
// of the window: on 50k numbers (bench:hostile quotes-50k) the most expensive line of readNumber.
// The regexes still decide; they are asked only when their window holds one of their words at all
// (anywhere in it, in a word or not: the regex cannot match without one).
import { firstAtOrAfter } from '../sorted';
import { reEscape } from '../text';
import { bothCases } from './compile';
import type { FigureContext } from './types';

/** Where the words occur: for each start, the end of the shortest word starting there, ascending. */
export class WordSpots {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string, words: readonly string[]) {
    // shortest first: at each start the first word that matches is the shortest match there (a
    // longer match there has the shorter one as its prefix, so more of the word's characters)
    const list = [...new Set(words.map((w) => w.trim()))].filter(Boolean).sort((a, b) => a.length - b.length);
    if (!list.length) return;
    const re = new RegExp(list.map(reEscape).join('|'), 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      re.lastIndex = m.index + 1; // overlapping spots too ("way" inside "parkway")
    }
  }

  /** Does a word lie wholly inside text[a, b)? */
  within(a: number, b: number): boolean {
    const { starts, ends } = this;
    for (let j = firstAtOrAfter(starts, a); j < starts.length && starts[j] < b; j++) if (ends[j] <= b) return true;
    return false;
  }
}

/**
 * Questions asked before the words are indexed: an article asks a few dozen, for which the one
 * scan per word list would cost more than it saves; a page of thousands of numbers pays it once.
 */
const INDEX_AFTER = 200;

interface Spots {
  asked: number;
  street?: WordSpots;
  reference?: WordSpots;
}
const spotsOf = new WeakMap<FigureContext, Spots>();

/** The spots of `ctx`'s street and reference words, once enough questions were asked; else null. */
function spots(ctx: FigureContext): Spots | null {
  let s = spotsOf.get(ctx);
  if (!s) spotsOf.set(ctx, (s = { asked: 0 }));
  if (++s.asked <= INDEX_AFTER) return null;
  s.street ??= new WordSpots(ctx.text, bothCases(ctx.F.lex.streetWords));
  s.reference ??= new WordSpots(ctx.text, ctx.F.lex.referenceWords);
  return s;
}

/** `F.referenceBefore` on the 16 characters before `pos` ("Section 230"). */
export function referenceBefore(ctx: FigureContext, pos: number): boolean {
  const a = Math.max(0, pos - 16);
  const s = spots(ctx);
  return (!s || s.reference!.within(a, pos)) && ctx.F.referenceBefore.test(ctx.text.slice(a, pos));
}

/** `F.streetBefore` on the 40 characters before `pos` ("rue 12"). */
export function streetBefore(ctx: FigureContext, pos: number): boolean {
  const a = Math.max(0, pos - 40);
  const s = spots(ctx);
  if (s && !s.street!.within(a, pos)) return false;
  const m = ctx.F.streetBefore.exec(ctx.text.slice(a, pos));
  // after a comma ("corso Monforte, 15") the number ends the address: a comma, a line's end or a capitalised word
  // follows ("corso Monforte, 15, Milan"); "on Via Roma, 15 people were hurt" is a count
  if (!m) return false;
  if (!m[1]) return true;
  ADDRESS_END.lastIndex = pos;
  return ADDRESS_END.test(ctx.text);
}
// What follows a house number that ends an address, sticky: its digits (a letter may follow: "15a"), then a comma, a
// semicolon, a sentence's full stop ("на вулиці Хрещатик, 22."; no decimal: "Via Roma, 15.5 km"), a line's end, the
// text's end or a capitalised word.
const ADDRESS_END = /\d{1,6}\p{L}?(?:[,;]|\.(?![\p{N}])|[ \u00a0]*(?:\n|$)|[ \u00a0]+\p{Lu})/uy;

/** `F.streetAfter` on the 40 characters from `pos` ("520 Third Street"). */
export function streetAfter(ctx: FigureContext, pos: number): boolean {
  const b = Math.min(ctx.text.length, pos + 40);
  const s = spots(ctx);
  return (!s || s.street!.within(pos, b)) && ctx.F.streetAfter.test(ctx.text.slice(pos, b));
}
