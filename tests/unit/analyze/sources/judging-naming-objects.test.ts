// Cues (lexicon complementVerbs, ./lib/analyze/sources/cues.ts objectFits): "regard … as" judges with its complement,
// and a naming verb's object may be a title in single quotation marks with punctuation of its own.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['Whale experts regard New Zealand as the whale stranding capital of the world.', ['Whale experts']],
  ['She regards him with suspicion.', []],
  ['Developer Valve called ‘Half Life: Alyx’ “a flagship VR game.”', ['Developer Valve']],
  ['She called ‘Dave’ yesterday.', []],
];

describe('judging and naming objects', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(texts(sourcesOf(text, 'en'))).toEqual(want);
  });
});
