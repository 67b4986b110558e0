// Cues (./lib/analyze/sources/reduced-relatives.ts): a reporting verb's past participle right after an object's noun
// describes that noun ("cancelled its project first announced in 2017"); only an agent after it speaks. The subject of
// the same verb with its clause or a source noun before it still reports.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'This is also the year that Apple cancelled its failed AirPower charging mat project first announced in 2017.', []],
  ['en', 'The company dropped the plan unveiled last week. The cost of the project announced in 2017 rose.', []],
  ['fr', 'Apple a annulé son projet AirPower annoncé en 2017.', []],
  // an agent after the participle is its speaker
  ['en', 'The firm cancelled its project announced in 2017 by Apple.', ['Apple']],
  // not: the subject with its clause, a source noun, a bare verb after a subject
  ['en', 'Apple announced in 2017 that it would build a mat. The company announced in 2017 that it would build a mat.', ['Apple', 'The company']],
  ['en', 'The ministry announced on Monday. Critics of the plan announced on Monday that it would fail.', ['The ministry', 'Critics of the plan']],
];

describe('reduced relatives', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
