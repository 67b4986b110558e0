// lib/analyze/lexicons/age-nouns.ts: an age's noun is written once per lexicon, whole ("year-old") or
// as endings of the year's stem of measure ("jährig" + "en"), and read whole by sources and figures.
import { describe, expect, it } from 'vitest';
import { LEXICONS, type Lexicon } from '../../../lib/analyze/lexicons';
import { ageNouns } from '../../../lib/analyze/lexicons/age-nouns';

describe('ageNouns', () => {
  it('joins the year stem and its endings, after the whole words', () => {
    expect(ageNouns(LEXICONS.en)).toEqual(['year-old', 'years-old']);
    expect(ageNouns(LEXICONS.de)).toEqual(['jährige', 'jähriger', 'jährigen']);
    expect(ageNouns(LEXICONS.ru)).toEqual(['летний', 'летняя', 'летнего', 'летней']);
    expect(ageNouns(LEXICONS.uk)).toEqual(['річний', 'річна', 'річного', 'річної']);
    expect(ageNouns(LEXICONS.fr)).toEqual([]);
  });

  it('refuses endings without a year stem to put them on', () => {
    const lex = { ...LEXICONS.en, ageNouns: [], ageNounEndings: ['e'], hyphenUnitStems: { monatig: 'mo' } } as Lexicon;
    expect(() => ageNouns(lex)).toThrow(/year stem/);
  });
});
