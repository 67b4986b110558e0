// A verb of saying in the counterfactual perfect ("might have suggested", "would then have claimed") tells what
// was not said, and reports nothing; a plain modal's perfect ("may have suggested") and a counterfactual inside
// the reported clause ("said that the plan would have worked") still report.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['For its part, Uber might have suggested that it would use its drivers for a rescue mission.', []],
  ['The whistleblower, a protégé of John Bolton, would then have claimed that he was told by a leaker.', []],
  ['Uber may have suggested that it would use its drivers.', ['Uber']],
  ['The minister said that the plan would have worked.', ['The minister']],
];

describe('counterfactual perfects', () => {
  it.each(CASES)('%s', (text, want) => expect(texts(sourcesOf(text, 'en'))).toEqual(want));
});
