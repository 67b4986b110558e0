// lib/analyze/figures/word-spots.ts lets the street and reference regexes run only where their window
// holds one of their words. Pinned: the index finds a word wherever a plain search of every word at
// every start does, and whenever a regex matches a window, the index has a word inside that window
// (so skipping the regex never changes an answer) — on random texts in every lexicon's words.
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../../lib/analyze/lexicons';
import { bothCases, compileFigures } from '../../../../lib/analyze/figures/compile';
import { WordSpots } from '../../../../lib/analyze/figures/word-spots';

/** A pseudo-random sequence (fixed seed): the same texts on every run. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
}

const FILLER = [' ', '  ', '\u00a0', ' 12 ', '520', 'Third', 'Main', 'the', 'x', '.', ',', 'Minister', 'park', 'a', 'ROAD', '\n'];

/** Every word occurrence as a plain search finds it: is one wholly inside [a, b)? */
function bruteWithin(text: string, words: string[], a: number, b: number): boolean {
  const slice = text.slice(a, b);
  return words.some((w) => new RegExp(w.trim().split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0\\u202f]+')).test(slice));
}

describe('WordSpots', () => {
  for (const [lang, lex] of Object.entries(LEXICONS)) {
    it(`never misses a window a ${lang} regex matches`, () => {
      const F = compileFigures(lang, lex);
      const street = bothCases(lex.streetWords);
      const pieces = [...FILLER, ...street, ...lex.referenceWords];
      const rand = rng(lang.length * 97 + 5);
      for (let k = 0; k < 150; k++) {
        const text = Array.from({ length: 5 + Math.floor(rand() * 30) }, () => pieces[Math.floor(rand() * pieces.length)]).join(rand() < 0.5 ? ' ' : '');
        const streets = new WordSpots(text, street);
        const refs = new WordSpots(text, lex.referenceWords);
        for (let pos = 0; pos <= text.length; pos++) {
          const b40 = Math.max(0, pos - 40);
          const b16 = Math.max(0, pos - 16);
          const e40 = Math.min(text.length, pos + 40);
          expect(streets.within(b40, pos)).toBe(bruteWithin(text, street, b40, pos));
          expect(refs.within(b16, pos)).toBe(bruteWithin(text, lex.referenceWords, b16, pos));
          if (F.streetBefore.test(text.slice(b40, pos))) expect(streets.within(b40, pos)).toBe(true);
          if (F.streetAfter.test(text.slice(pos, e40))) expect(streets.within(pos, e40)).toBe(true);
          if (F.referenceBefore.test(text.slice(b16, pos))) expect(refs.within(b16, pos)).toBe(true);
        }
      }
    });
  }
});
