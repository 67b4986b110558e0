// Tokens (lib/analyze/text.ts camelName): a name written in camel case ("iFixit", "eBay") is capitalised for the
// passes, so it can be a subject or an as-clause's name; units and abbreviations ("kWh", "mRNA", "iOS") are not.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../lib/analyze/text';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'But the new design isn’t all that new. As iFixit points out in its teardown, the keyboard is identical.', ['iFixit']],
  ['en', 'The keyboard, eBay said, is popular. According to eBay, sales rose.', ['eBay', 'eBay']],
  // not: a function word glued to the next word by extraction ("theMinister", "anOfficial", "theGuardian")
  ['en', 'Earlier, theMinister said the plan had failed. The plan, anOfficial said, was dead. Officials told theGuardian that it was over.', ['Officials']],
];

describe('camel-case names', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });

  it('reads camel case as capitalised, not units or abbreviations', () => {
    const caps = (s: string) => tokenize(s).map((t) => t.cap);
    expect(caps('iFixit eBay iPhone')).toEqual([true, true, true]);
    expect(caps('kWh mAh mRNA iOS pH words')).toEqual([false, false, false, false, false, false]);
    expect(caps('eToro theMinister anOfficial derMinister leMinistre')).toEqual([true, false, false, false, false]);
  });
});
