// Pass "with-participles": the name between "with" and a reporting participle is the origin of the
// claim that follows ("…, with Audi suggesting that …").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'There will be fast charging, with Audi suggesting that the car tops up in 30 minutes.', ['Audi']],
  ['en', 'The air quality has plunged to alarming levels with the monitoring agency announcing an emergency.', ['the monitoring agency']],
  ['en', 'Sales fell, with analysts at Barclays warning that a recession looms.', ['analysts at Barclays']],
  ['fr', 'Les prix ont baissé, avec la ministre affirmant que la crise est finie.', ['la ministre']],
  // not: a pronoun, a participle followed by a preposition (no speech), a word that names no one, a quotation
  ['en', 'Prices rose, with them saying it was fine. Stocks fell, with prices adding to losses.', []],
  ['en', 'He left with the crowd saying goodbye.', []],
  ['en', 'He wrote: “with Audi suggesting that, who knows”.', []],
  // no such construction in German, Russian, Ukrainian (empty withWords)
  ['de', 'Die Preise fielen, mit Analysten sagend, dass es schlimmer wird.', []],
];

describe('with-participles', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['with-participles']))).toEqual(want);
  });
});
