// Cues (./lib/analyze/sources/cues.ts objectFits): "fait état de" ends in "de", spelt like the partitive article, but
// reports a noun or a clause, no document; its plural and elided forms, and rescuers as a source noun.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['Le ministre a fait état de tensions.', ['Le ministre']],
  ['Les pompiers ont fait état de trois blessés.', ['Les pompiers']],
  ['Les pompiers ont fait état d’un incendie.', ['Les pompiers']],
];

describe('French "fait état de"', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(texts(sourcesOf(text, 'fr'))).toEqual(want);
  });
});
