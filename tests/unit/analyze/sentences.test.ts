// The project's sentence segmenter (lib/analyze/sentences.ts): where sentences start and end, per
// language, with the abbreviations that must not end one.
import { describe, expect, it } from 'vitest';
import { sentenceIndex } from '../../../lib/analyze/sentences';

const split = (text: string, lang?: string) => {
  const x = sentenceIndex(text, lang);
  return x.starts.map((s, i) => text.slice(s, x.ends[i]));
};

describe('sentenceIndex', () => {
  it.each([
    ['en', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['en', 'It opened on Oct. 3. Sen. Warren and Gov. Newsom came.', ['It opened on Oct. 3.', 'Sen. Warren and Gov. Newsom came.']],
    ['en', 'The U.S. Army left. Prices rose in the U.S. The end.', ['The U.S. Army left.', 'Prices rose in the U.S.', 'The end.']],
    ['en', '“Why?” he asked. John F. Kennedy Jr. answered.', ['“Why?” he asked.', 'John F. Kennedy Jr. answered.']],
    ['en', 'A caption line\nPhoto: Jane Doe/AFP\n\nNext block. Done.', ['A caption line', 'Photo: Jane Doe/AFP', 'Next block.', 'Done.']],
    ['de', 'Das ist z. B. gut. Am 3. Oktober kam Prof. Lange. Ende.', ['Das ist z. B. gut.', 'Am 3. Oktober kam Prof. Lange.', 'Ende.']],
    ['fr', 'Selon M. Dupont et Mme Roux, c’est fini. Voilà.', ['Selon M. Dupont et Mme Roux, c’est fini.', 'Voilà.']],
    ['uk', 'У 2024 р. Київ виріс. Так званий т. зв. ефект. Все.', ['У 2024 р. Київ виріс.', 'Так званий т. зв. ефект.', 'Все.']],
    ['ru', 'В г. Москва, т. е. в столице, холодно. Всё.', ['В г. Москва, т. е. в столице, холодно.', 'Всё.']],
    // an abbreviation the norm writes without a dot (lexicon dotlessAbbreviations) ends the sentence with its full stop
    ['uk', 'Платник сплатив 40 млрд грн. Видання посилається на дані ДПС.', ['Платник сплатив 40 млрд грн.', 'Видання посилається на дані ДПС.']],
    ['uk', 'Бюджет становить 5 млн. грн на рік. Все.', ['Бюджет становить 5 млн. грн на рік.', 'Все.']],
  ])('%s: %s', (lang, text, want) => {
    expect(split(text, lang)).toEqual(want);
  });

  it('finds the sentence of an offset, also in the gaps between sentences', () => {
    const text = 'One. Two three.\n\nFour.';
    const x = sentenceIndex(text, 'en');
    expect(x.at(0)).toBe(0);
    expect(x.at(text.indexOf('three'))).toBe(1);
    expect(x.at(text.indexOf('Four'))).toBe(2);
    expect(x.at(text.indexOf('\n'))).toBe(1);
  });

  it('segments a very long line (no blank lines) into the same sentences as short ones', () => {
    const sentence = 'Mr. Smith said the U.S. Army paid $5 on Oct. 3 for 12.5 tonnes. ';
    const text = sentence.repeat(3000).trim();
    const got = split(text, 'en');
    expect(got.length).toBe(3000);
    expect(new Set(got)).toEqual(new Set([sentence.trim()]));
  });
});
