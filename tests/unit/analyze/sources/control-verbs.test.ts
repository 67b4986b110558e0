// Rule "control-verbs" (in pass "cues"): a reporting verb in the infinitive after a verb that makes its subject
// speak ("went on to say that", "beeilte sich zu betonen, dass") credits that verb's subject; verbs that tell
// no report took place ("declined", "plans") credit no one, and the reporting verb must open its report.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Kathleen DelGiorno, now a staff scientist at the Salk Institute, helped to show that tuft cells protect the pancreas.', ['Kathleen DelGiorno']],
  ['en', 'Jones went on to say that prices would rise.', ['Jones']],
  ['en', 'The minister was quick to point out that prices fell.', ['The minister']],
  ['en', 'Researchers were able to show that the drug works.', ['Researchers']],
  // auxiliaries and an adverb before the control verb; a quotation as the report
  ['en', 'Jones would later go on to say: “Prices rose.”', ['Jones']],
  // a pronoun subject stands for the one person named just before (pronoun-speakers)
  ['en', 'Senator James Lankford, an Oklahoma Republican, spoke on the floor. He went on to say that the cuts would pay for themselves.', ['Senator James Lankford']],
  // no report: a verb that says it did not take place, one of plans, or no clause after the reporting verb
  ['en', 'Jones declined to say whether prices rose. The company plans to announce that it will cut jobs.', []],
  ['en', 'Fetter continued to program the computer. The firm helped to report earnings.', []],
  ['de', 'Der Minister beeilte sich zu betonen, dass die Preise steigen.', ['Der Minister']],
  ['de', 'Die Firma plant zu erklären, dass die Preise steigen.', []],
  // no control verbs where the cue lists hold no infinitive after a marker
  ['fr', 'Le ministre a tenu à rappeler que les prix augmentent.', []],
  ['ru', 'Министр поспешил заявить, что цены растут.', []],
  ['uk', 'Міністр поспішив заявити, що ціни зростають.', []],
];

describe('control-verbs', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
