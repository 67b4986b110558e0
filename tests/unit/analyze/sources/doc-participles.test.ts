// Pass "doc-participles": a document right before a reporting participle is the origin of the claim
// that follows ("data pointing to a slowdown", "a study showing", "une étude montrant").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'The index has been rallying, with macroeconomic data pointing to a slowdown.', ['macroeconomic data']],
  ['en', 'McCormick has cited a study showing Indiana as the state with the lowest raises.', ['a study']],
  ['en', 'The toll may be higher, with some reports suggesting as many as 200 dead.', ['some reports']],
  ['fr', 'Il cite une étude montrant que les enfants dorment moins.', ['une étude']],
  ['fr', 'Il cite des documents montrant que la société a payé.', ['des documents']],
  // not: a participle after a word that is no document, a participle inside a quotation
  ['en', 'Officials showing the plant to visitors said nothing. Students pointing to the map laughed.', []],
  ['en', 'He said “the data showing growth is wrong” and left.', []],
];

describe('doc-participles', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['doc-participles']))).toEqual(want);
  });
});
