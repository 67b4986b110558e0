// Names (./lib/analyze/sources/phrases.ts backward, complementBeforeName): a title's lower-case complement after a
// preposition, right before the name, is part of the title ("le chef de projet Fumihiko Hazama", not "de projet …").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['fr', 'Le chef de projet Fumihiko Hazama a déclaré que le moteur était meilleur.', ['Le chef de projet Fumihiko Hazama']],
  ['fr', 'Le directeur de recherche Jean Dupont a déclaré que le moteur était meilleur.', ['Le directeur de recherche Jean Dupont']],
  ['fr', 'Le ministre de la Santé Jean Dupont a déclaré que c’était fini.', ['Le ministre de la Santé Jean Dupont']],
];

describe('title complements', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });
});
