// German sentences opened by a pronominal or sentence adverb before an inverted subject ("Dazu sagte
// der Minister", "Darüber berichtete zuerst der „Spiegel“"): the adverb is capitalised there, and
// German capitalises its nouns, so it was listed as the source and the speaker missed.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['de', 'Dazu sagte der Minister, die Lage sei ernst.', ['der Minister']],
  ['de', 'Hierzu erklärte die Ministerin, es gebe keine Pläne.', ['die Ministerin']],
  ['de', 'Damals sagte der Minister, die Lage sei ernst.', ['der Minister']],
  ['de', 'Außerdem warnte die Bundesbank vor Risiken.', ['die Bundesbank']],
  // "zuerst" stands between the verb and its subject as an adverb
  ['de', 'Darüber berichtete zuerst der „Spiegel“.', ['der „Spiegel“']],
];

describe('sentence-opening adverbs', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
});
