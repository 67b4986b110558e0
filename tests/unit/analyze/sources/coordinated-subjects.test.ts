// A subject "A and other Bs" / "A and fire Bs" before a reporting verb is one source, as the sentence-subject reader
// takes it; a lower-case first conjunct must open its phrase (not an object's tail before "and").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['Facebook and other tech companies say they need consent.', ['Facebook and other tech companies']],
  ['Police and fire officials said the man fled.', ['Police and fire officials']],
  ['The outage affected 2.5 million people and outraged local officials and customers who accused the utility of overkill.', ['outraged local officials and customers']],
];

describe('coordinated subjects on the cue path', () => {
  it.each(CASES)('%s', (text, want) => expect(texts(sourcesOf(text, 'en'))).toEqual(want));
});
