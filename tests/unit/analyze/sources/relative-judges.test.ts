// Pass "relative-judges": a judging verb with its complement word, or a naming verb, whose object is the
// relative pronoun before its subject ("which astrobiologists regard as", "in what police called a …"):
// the subject judges, a source. A pronoun subject, a passive ("which was described as"), a thing's
// head and a bare term ("what scientists call dark matter": the present names a term) are not.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const PASSES = ['relative-judges'];
const CASES: Array<[string, string, string[]]> = [
  ['en', "They studied Europa, which astrobiologists regard as one of the solar system's best bets to host alien life.", ['astrobiologists']],
  ['en', 'Van Der Beek was eliminated in what host Tom Bergeron described as the hardest verdict so far.', ['host Tom Bergeron']],
  ['en', 'The storm, which forecasters described as the worst in decades, hit Texas.', ['forecasters']],
  ['en', 'The shooting came in what police called a targeted attack.', ['police']],
  ['en', 'The deal, which the European Commission considers as binding, was signed.', ['the European Commission']],
  // no source: a pronoun, a passive, no complement word, a thing, a naming verb before a pronoun or a clause
  ['en', 'The plan, which he described as fair, passed.', []],
  ['en', 'The map, which was described as accurate, sold out.', []],
  ['en', 'The report, which analysts described in detail, was long.', []],
  ['en', 'The river, which the map shows as blue, floods.', []],
  ['en', 'That is what the company called it.', []],
  ['en', 'It is what scientists call dark matter.', []],
];

describe('relative-judges', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, PASSES))).toEqual(want);
  });
});
