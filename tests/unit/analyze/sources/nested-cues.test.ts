// Pass "nested-cues": the teller opening the clause of a found source's reporting verb ("South Africa
// said Mr Mugabe had told Zuma …") is a source too; a noun phrase before a noun ("Swift's claims"), a
// pronoun or a verb of thinking is none.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // tune rtp-telegraph: auxiliary between the inner subject and its verb
  ['en', 'South Africa said Mr Mugabe had told President Jacob Zuma by telephone on Wednesday that he was confined to his home.', ['South Africa', 'Mr Mugabe']],
  // tune rtp-tmz-1: the phrase reader's run over "told cops" is cut at the verb
  ['en', 'Our sources say Lupita told cops it was taken from her room.', ['Our sources', 'Lupita']],
  ['en', 'Police said on Monday that the driver had told officers he was lost.', ['Police', 'the driver']],
  // a pronoun; an adjective phrase before a noun
  ['en', 'She said he had told her nothing.', []],
  ['en', 'NASA said two highly critical reports told a different story.', ['NASA']],
];

describe('nested-cues', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues', 'nested-cues']))).toEqual(want);
  });
});
