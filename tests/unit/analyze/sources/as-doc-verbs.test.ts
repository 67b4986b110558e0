// Cues (lib/analyze/sources/cues.ts asObject, documentBeforeParticiple): in an as-clause a verb that reports only with
// a document object needs none (its object is the clause the as-word stands for), and a document described by a
// participle clause is found over the verb's auxiliary ("documents leaked to the New York Times | have | unveiled").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'As government documents leaked to the New York Times have unveiled, the mass detention originated in directives from Xi.', ['government documents']],
  ['en', 'As Apple has unveiled, the phone is thin.', ['Apple']],
  // not: the verb outside an as-clause without a document object
  ['en', 'Apple has unveiled a phone. The company released the footage.', []],
];

describe('as-clauses with document verbs', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
