// Pass "from-nouns": the giver after a noun of speech and a preposition of origin ("advice from X",
// "rhetoric from X", "Kritik von X") is a source; a noun of no speech ("a call from") names none.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // tune zyte-1f765c48: a negation ends the giver ("not to do so" is what they advised)
  ['en', 'The prince went ahead with the interview despite advice from several former royal PR aides not to do so.', ['several former royal PR aides']],
  // tune rtp-wapo-2: a relative clause after a comma ends it
  ['en', "It came with a warning about the rhetoric from Netanyahu's Likud party, which tried to rally support.", ["Netanyahu's Likud party"]],
  ['en', 'The move drew criticism from human rights groups.', ['human rights groups']],
  ['de', 'Der Plan stieß auf Kritik von Verbänden der Landwirte.', ['Verbänden der Landwirte']],
  ['fr', 'Le projet a suscité des critiques de la part de l’opposition.', ['l’opposition']],
  ['ru', 'Закон вызвал критику со стороны депутатов.', ['депутатов']],
  ['uk', 'Закон викликав критику з боку депутатів.', ['депутатів']],
  // no noun of speech; an apposition after a comma is left alone
  ['en', 'He got a call from his mother.', []],
  ['en', 'He sought advice from one of the study authors, Owen Dempsey, a chest doctor.', []],
];

describe('from-nouns', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['from-nouns']))).toEqual(want);
  });
});
