// Cues (./lib/analyze/sources/cues.ts objectFits): a naming verb's object may be a title in single quotation marks with
// punctuation of its own.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['Developer Valve called ‘Half Life: Alyx’ “a flagship VR game.”', ['Developer Valve']],
  ['She called ‘Dave’ yesterday.', []],
];

describe('naming objects', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(texts(sourcesOf(text, 'en'))).toEqual(want);
  });
});
