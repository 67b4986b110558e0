// Cues (./lib/analyze/sources/shared-cues.ts): sharing with a listener reports the clause after the listener
// ("shared with AutoIndustriya.com that …", "поделился с журналистами тем, что …"); sharing a thing reports nothing.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Lexus Project Manager Fumihiko Hazama shared with AutoIndustriya.com that they have improved the engine.', ['Lexus Project Manager Fumihiko Hazama']],
  ['ru', 'Менеджер проекта Фумихико Хазама поделился с журналистами тем, что двигатель улучшили.', ['Менеджер проекта Фумихико Хазама']],
  ['uk', 'Міністр поділився з журналістами, що переговори провалилися.', ['Міністр']],
  // already cues of their own: "teilte … mit, dass", "a confié à … que"
  ['de', 'Der Projektleiter teilte der Zeitung mit, dass der Motor verbessert wurde.', ['Der Projektleiter']],
  // not: sharing a thing
  ['en', 'Smith shared with his brother a love of jazz. Jones shared that data with the police.', []],
];

describe('shared cues', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
