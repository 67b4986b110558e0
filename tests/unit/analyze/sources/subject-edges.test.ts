// Pass "subject-edges": a subject read back from its verb starts after a stance adverb and after a clause of
// its own joined by a coordinator.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // a clause with its own past verb and object before the coordinator is no part of the subject
  ['en', 'That was when Apple shipped its first-ever Retina display and Steve Jobs said that it was great.', ['Steve Jobs']],
  ['en', 'The rain stopped and the mayor said the roads were open.', ['the mayor']],
  // a stance adverb opens the clause, not the name
  ['en', 'It was informal—perhaps Arduino and Smart Projects thought that a handshake was enough.', ['Arduino and Smart Projects']],
  ['en', 'Perhaps the minister said that prices rose.', ['the minister']],
  // … and a stance adverb before a predicate ends a clause, as a past verb does
  ['en', 'South Africa said he was confined to his home but was otherwise fine and the military said it was keeping him safe.', ['South Africa', 'the military']],
  // an adjective in -ed after an article or an adverb, and a joined source with its own people, stay whole
  ['en', 'The newly elected mayor and her staff said the roads were open.', ['The newly elected mayor and her staff']],
  ['en', 'Outraged local officials and customers accused the firm of lying.', ['Outraged local officials and customers']],
];

describe('subject-edges', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });
});
