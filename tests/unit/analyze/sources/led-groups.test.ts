// Pass "led-groups": "Paganini and his team wrote" is a group led by the name, not "his team"; a
// sentence's common first word is no leader, and a group with no name before it stays as it is.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const PASSES = ['cues', 'led-groups'];
const CASES: Array<[string, string, string[]]> = [
  ['en', '"It is rare," Paganini and his team wrote in the paper.', ['Paganini and his team']],
  ['en', 'Smith and her colleagues found that the drug worked.', ['Smith and her colleagues']],
  ['en', 'Dr. Jane Smith and colleagues reported that the drug worked.', ['Jane Smith and colleagues']],
  // no name before it: the pass leaves it (the phrase reader joins a source noun and its own people, session 18)
  ['en', 'The researchers and their colleagues said the drug worked.', ['The researchers and their colleagues']],
  ['en', 'His team said the drug worked.', ['His team']],
  ['de', 'Müller und sein Team berichten, dass das Grundwasser sinkt.', ['Müller und sein Team']],
  // with the verb first, the cue already reads the leader: unchanged
  ['uk', '«Лід тане», — заявили Петренко та його колеги.', ['Петренко']],
];

describe('led-groups', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, PASSES))).toEqual(want);
  });
});
