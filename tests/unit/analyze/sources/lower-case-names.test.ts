// French institution names go on in lower case after their capitalised head (lexicon
// `lowerCaseNameWords`): the name before a verb is read whole, not cut to its last words
// ("la santé (OMS)") nor lost ("La Cour des comptes a critiqué la gestion…" listed the object).
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['fr', "L'Organisation mondiale de la santé (OMS) a averti que l'épidémie progressait.", ["L'Organisation mondiale de la santé (OMS)"]],
  ['fr', "L'Institut national de la statistique a indiqué que les prix ont baissé.", ["L'Institut national de la statistique"]],
  ['fr', "L'Agence internationale de l'énergie (AIE) estime que la demande va baisser.", ["L'Agence internationale de l'énergie (AIE)"]],
  ['fr', 'La Fédération nationale des syndicats a estimé que la réforme était injuste.', ['La Fédération nationale des syndicats']],
  ['fr', 'La Cour des comptes a critiqué la gestion du ministère.', ['La Cour des comptes']],
  ['fr', 'La Caisse des dépôts a annoncé que le fonds serait doublé.', ['La Caisse des dépôts']],
  // a possessive after "de" opens an adverbial, not a name's words
  ['fr', 'Emmanuel Macron de son côté a estimé que la réforme était juste.', []],
];

describe('lower-case institution names', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
});
