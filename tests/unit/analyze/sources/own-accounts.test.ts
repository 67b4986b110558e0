// Pass own-accounts (lib/analyze/sources/own-accounts.ts): a phrase of one's own account ("nach eigenen Angaben",
// "eigenen Angaben zufolge", "за власними даними") makes the sentence's own subject its source, whatever the verb. Not a
// pronoun, not a subject of another clause, not after a fronted phrase (no subject opens the sentence).
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['de', 'Die Kinderklinik in Buchholz verzeichnet nach eigenen Angaben ebenfalls mehr Patienten.', ['Die Kinderklinik']],
  ['de', 'Das Unternehmen beschäftigt eigenen Angaben zufolge rund 500 Menschen.', ['Das Unternehmen']],
  ['de', 'Der Verein hat nach eigener Darstellung keine Gelder erhalten.', ['Der Verein']],
  ['uk', 'Компанія, за власними даними, експортувала 2 млн тонн зерна.', ['Компанія']],
  // no source: a pronoun, the subject of another clause, a fronted phrase
  ['de', 'Er sei nach eigenen Angaben unschuldig.', []],
  ['de', 'Der Mann wurde festgenommen, die Polizei war nach eigenen Angaben vor Ort.', []],
  ['de', 'Im Jahr 2023 beschäftigte die Firma nach eigenen Angaben 500 Menschen.', []],
];

describe('own-accounts', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['own-accounts']))).toEqual(want);
  });

  it('adds nothing where the lexicon lists no phrase (en)', () => {
    expect(texts(sourcesOf('The company employs 500 people by its own account.', 'en', ['own-accounts']))).toEqual([]);
  });
});
