// An age written with its number reads as a noun for the person ("The 56-year-old said", "den
// 42-Jährigen", "56-летний заявил"). Where that noun is a declined form of the year's adjective of
// measure, the lexicon writes the stem once (its `hyphenUnitStems` entry for 'yr') and the endings
// that make the noun (`ageNounEndings`); where it is a word of its own ("year-old"), `ageNouns`
// lists it whole. The sources (a noun, not a name) and the figures (an age, a measure in years)
// read the whole words from here.
import type { Lexicon } from './types';

/** The lexicon's age nouns, lower case: its whole words, then the year's stem with each noun ending. */
export function ageNouns(lex: Lexicon): string[] {
  const stems = lex.hyphenUnitStems ?? {};
  const yearStem = Object.keys(stems).find((s) => stems[s] === 'yr');
  if (lex.ageNounEndings.length && !yearStem) throw new Error('ageNounEndings without a year stem in hyphenUnitStems');
  return [...lex.ageNouns, ...lex.ageNounEndings.map((e) => yearStem + e)];
}
