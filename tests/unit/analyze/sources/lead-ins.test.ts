// Pass "lead-ins": a sentence-initial lead-in names the speaker of a quotation in the sentence.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['fr', 'Pour Marie Dupuis, présidente de l’association, « les loyers ont augmenté ».', ['Marie Dupuis']],
  ['fr', 'Selon l’Insee, « la hausse ralentit ».', ['l’Insee']],
  // no quotation in the sentence: no lead-in
  ['fr', 'Pour Marie Dupuis, les loyers ont augmenté.', []],
  // a language without lead-ins
  ['en', 'For Marie Dupuis, “rents went up”.', []],
];

describe('lead-ins', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['lead-ins']))).toEqual(want);
  });
});
