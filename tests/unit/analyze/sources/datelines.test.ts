// Pass "datelines": the agency of a dateline is a source.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', '(Reuters) — The New York State Attorney General is investigating WeWork.', ['Reuters']],
  ['en', 'KYIV, Oct 3 (Globe Wire) - Ukraine exported 11.2 million tonnes.', ['Globe Wire']],
  ['en', 'Intro.\n\nWASHINGTON (AP) — The Senate voted.', ['AP']],
  // brackets inside a sentence are no dateline
  ['en', 'The agency (FAA) - which regulates airlines - said so.', []],
];

describe('datelines', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['datelines']))).toEqual(want);
  });
});
