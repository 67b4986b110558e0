// Cues (./lib/analyze/sources/focus-verbs.ts): a verb of emphasis with a plain object and no clause reports only for
// a subject that names someone or a document ("the Master Builder Series sets emphasizes playability" describes a product).
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'The primary difference is that the Master Builder Series sets emphasizes playability whereas the UCS sets focus on authenticity.', []],
  ['en', 'The design stresses comfort over speed.', []],
  // a person, a name or a document: reports
  ['en', 'The minister emphasized the need for calm. Smith stressed the risks. The report highlighted the costs.', ['The minister', 'Smith', 'The report']],
];

describe('focus verbs', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
