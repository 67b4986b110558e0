// Disagreeing states the opposite view and reports as "objected" and "disputed" do ("(The Teamsters
// disagreed.)", "when Dr. Owen Dempsey … took a look, he disagreed"); German and French list their verbs
// ("widersprach", "conteste") already.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['Uber says drivers need no union. (The Teamsters disagreed.)', ['Uber', 'The Teamsters']],
  // not the bare form: it closes relative clauses more often than it reports (review of session 25)
  ['We follow leadership from those whose views we fundamentally disagree.', []],
  ['Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary, disagreed and ordered a scan.', ['Dr. Owen Dempsey']],
];

describe('verbs of disagreeing', () => {
  it.each(CASES)('%s', (text, want) => expect(texts(sourcesOf(text, 'en'))).toEqual(want));
});
