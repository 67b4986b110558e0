// The word sets passes verb-tails and told-splits read are compiled once with the sources lexicon
// (lib/analyze/sources/compile.ts), not rebuilt per analysis or cached in a module keyed on the lexicon.
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../../lib/analyze/lexicons';
import { compileSources, normCue } from '../../../../lib/analyze/sources/compile';

describe('compiled pass words', () => {
  it.each(Object.keys(LEXICONS))('%s: one-word reporting verbs and told cues', (lang) => {
    const lex = LEXICONS[lang];
    const C = compileSources(lang, lex);
    expect(C.speechWords).toEqual(new Set(lex.speechVerbs.filter((v) => !/\s/.test(v)).map((v) => v.toLowerCase())));
    expect(C.toldCues).toEqual(new Set(lex.toldVerbs.map(normCue)));
    // built once: the same sets on the next look-up
    expect(compileSources(lang, lex).speechWords).toBe(C.speechWords);
  });
  it('reads "сообщает" as a one-word reporting verb in Russian', () => {
    expect(compileSources('ru', LEXICONS.ru).speechWords.has('сообщает')).toBe(true);
  });
});
