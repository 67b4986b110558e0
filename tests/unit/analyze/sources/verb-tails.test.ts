// Pass "verb-tails": a reporting verb is never part of a source; a citing phrase read as a noun
// phrase ran on into the main clause's verb ("источники сообщило", "источники сообщает Bloomberg").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['ru', 'Об этом со ссылкой на источники сообщает Bloomberg.', ['источники', 'Bloomberg']],
  // (the outlet citing before the verb is its subject: cited-subjects.ts)
  ['uk', 'Reuters з посиланням на джерела повідомило, що угоду підписано.', ['Reuters', 'джерела']],
  // a verb that is also a noun stays ("estimates")
  ['en', 'According to estimates, the toll rose.', ['estimates']],
];

describe('verb-tails', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
  it('without the pass the citing phrase runs on into the verb', () => {
    expect(texts(sourcesOf('Reuters з посиланням на джерела повідомило, що угоду підписано.', 'uk', ['cues']))).toEqual(['Reuters', 'джерела повідомило']);
  });
});
