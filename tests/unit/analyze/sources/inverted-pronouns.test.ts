// Pass "inverted-pronouns": a reporting verb with its subject pronoun joined to it in an incise ("explique-t-elle",
// "a-t-il déclaré") credits the one person named just before it; elsewhere the inversion asks a question, and the
// languages that write the pronoun as a word of its own leave this to pronoun-speakers.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['fr', 'Me Antoine Lefèvre, avocat du prévenu, a quitté la salle. « La peine est lourde », explique-t-il.', ['Me Antoine Lefèvre']],
  ['fr', 'Marie Dupont, directrice de l’institut, a quitté la salle. « Les prix vont augmenter », a-t-elle déclaré.', ['Marie Dupont']],
  ['fr', 'Le député Jean Martin a visité l’usine. La situation, estime-t-il, reste fragile.', ['Le député Jean Martin']],
  // two people named: unclear; a question; a verb that reports nothing
  ['fr', 'Marie Dupont a rencontré le député Jean Martin. « Tout va bien », a-t-il déclaré.', []],
  ['fr', 'Le député Jean Martin a visité l’usine. Dit-il vrai ?', []],
  ['fr', 'Le député Jean Martin a visité l’usine. « Enfin », soupire-t-il.', []],
  ['en', 'Senator James Lankford spoke on the floor. “It is a risk,” said-he.', []],
  ['de', 'Prof. Dr. Anna Lindqvist leitet die Studie. „Das Grundwasser sinkt“, sagte-sie.', []],
  ['ru', 'Министр Андрей Белоусов посетил завод. «Работа идёт», — сказал-он.', []],
  ['uk', 'Міністр Олексій Чернишов відвідав завод. «Робота триває», — сказав-він.', []],
];

describe('inverted-pronouns', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['inverted-pronouns']))).toEqual(want);
  });
});
