// A plural noun naming people by what they do ("advertisers", "programmers", "économistes", "жители"), no source
// noun in the lexicon, is read as a reporting verb's subject by its ending — only before the verb's clause, so that
// a thing with such an ending ("numbers", "factors") is not made to speak without one.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Some advertisers claim that you can opt out of their targeted advertising.', ['Some advertisers']],
  ['en', 'The advertisers claim that you can opt out.', ['The advertisers']],
  ['en', 'Many users say they are unhappy with the change.', ['Many users']],
  // the noun's own phrase: a quantifier's "of" stays, a plural noun whose relative clause it opens does not
  ['en', 'Some of the advertisers claim that you can opt out.', ['Some of the advertisers']],
  ['en', 'Aren’t those the kinds of things libertarians say they hate about government?', ['libertarians']],
  // a pronoun with such an ending is no agent noun ("others")
  ['en', 'For some it is worth it, while others may argue that the money would pale in comparison.', []],
  // no clause after the verb: an act or a noun, nobody reports
  ['en', 'Some advertisers claim the prize every year.', []],
  ['en', 'The sensors show a rise in temperature.', []],
  // verbs things do as often as people (lexicon agentThingVerbs): "-ers" fits "numbers" (review of session 25)
  ['en', 'Some numbers suggest that the economy is slowing.', []],
];

describe('plural agent nouns as the subject of a verb of saying', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });
});
