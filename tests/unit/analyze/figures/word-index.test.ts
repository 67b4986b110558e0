// lib/analyze/figures/word-index.ts: the text's words, read once, answer the person-name check's two
// questions as the whole-text regex scans they replaced (one per name: quadratic on a page of many names).
import { describe, expect, it } from 'vitest';
import { someOccurrence, wordBefore, wordIndex } from '../../../../lib/analyze/figures/word-index';

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The scans the index replaced: the word whole anywhere; the surname once without `first` right before it. */
const byRegex = {
  occurs: (text: string, s: string) => new RegExp(`(?<![\\p{L}])${esc(s)}(?![\\p{L}])`, 'u').test(text),
  alone: (text: string, first: string, surname: string) => {
    for (const r of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{L}+[ \\u00a0]+)?${esc(surname)}(?![\\p{L}])`, 'gu'))) if (!r[1] || r[1].trimEnd() !== first) return true;
    return false;
  },
};
const byIndex = {
  occurs: (text: string, s: string) => someOccurrence(wordIndex(text), text, s, () => true),
  alone: (text: string, first: string, surname: string) => {
    const idx = wordIndex(text);
    return someOccurrence(idx, text, surname, (k) => wordBefore(idx, text, k) !== first);
  },
};

const TEXTS = [
  'Anna Müller (34) sagte, es sei kalt. Müller ging.',
  'Anna Müller (34) sagte es. Anna\u00a0Müller ging.\nMüller kam.',
  'Jean-Luc Picard (59) said so. Picard-Smith left; anna came.',
  "O'Brien Doe (34) said. Doe's car, Doe-Ray and Does.",
  'Anna Müllerin und Anna Müller (34). Emma Müller ging.',
  'Ärzte Ömer (40) sagte. ärzte kamen. 𝐀nna Ömer.',
  'J. Doe (34) said. Doe left. J Doe.',
];

describe('wordIndex', () => {
  it('finds a word whole as the regex did', () => {
    for (const text of TEXTS)
      for (const s of ['anna', 'müller', 'Müller', 'jean-luc', 'picard', "o'brien", 'doe', 'ärzte', 'j.', 'Doe-Ray', 'Does', 'mülleri'])
        expect(byIndex.occurs(text, s), `${s} in ${text}`).toBe(byRegex.occurs(text, s));
  });
  it('finds the surname without its first name as the regex did', () => {
    for (const text of TEXTS)
      for (const [first, surname] of [['Anna', 'Müller'], ['Jean-Luc', 'Picard'], ["O'Brien", 'Doe'], ['Ärzte', 'Ömer'], ['J.', 'Doe'], ['J', 'Doe'], ['Emma', 'Müller'], ['Anna', 'Müllerin']])
        expect(byIndex.alone(text, first, surname), `${first} ${surname} in ${text}`).toBe(byRegex.alone(text, first, surname));
  });
  it('gives the word before on its line only', () => {
    const text = 'Anna  Müller\nDoe, Jane Roe';
    const idx = wordIndex(text);
    expect(idx.starts.map((_, k) => wordBefore(idx, text, k))).toEqual([null, 'Anna', null, null, 'Jane']);
  });
});
