// Pass "told": the outlet a source spoke to is a source too; so is the person an article spoke to.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', '“The corridor is working,” Deputy Minister Oleh Marchuk told Reuters in an interview.', ['Reuters']],
  ['en', 'Johnston told Billboard the band is back.', ['Billboard']],
  // the plural present too ("sources tell CNN"); an instruction is no report
  ['en', 'The deal is off, sources tell CNN. Doctors tell patients to rest.', ['CNN']],
  // an outlet's common noun after an article
  ['en', 'Employee Steve Castro tells the paper that he fought back. An insider told the outlet on Monday that it was over. She told the committee no.', ['the paper', 'the outlet']],
  ['en', 'A researcher told Polygraph.info the Russian allegations are false.', ['Polygraph.info']],
  // a body that hears an account is a listener, not an outlet
  ['en', 'Morrison told the Intelligence Committee that he feared a leak. Powell told the Senate Banking Committee no.', []],
  ['de', 'Der Zeuge sagte dem Untersuchungsausschuss, er habe nichts gewusst.', []],
  // a person the text names elsewhere with a given name is a listener ("Jane Starner"), not an outlet; a news agency stays one
  ['en', 'Jane Starner kept the letters. His father told Starner that he was alive.', []],
  ['en', 'Thomson Reuters owns the agency. A source told Reuters that the talks stalled.', ['Reuters']],
  ['de', 'Tim Cook kam zu Besuch. Der Chef sagte Cook, dass es gut laufe.', []],
  ['de', 'Der Fahrer sagte der Polizei, er habe nichts gesehen.', []],
  // a name describing the group told is no outlet; its journalists are
  ['en', 'Son has told WeWork executives he wants a profit. The CEO told Apple employees he would stay. He told CNN reporters he would stay.', ['CNN']],
  // listeners and pronouns are not outlets
  ['en', 'She told reporters it was over. He told them so. Mayer told Benioff nothing.', ['Benioff']],
  ['de', 'Ein Beamter sagte dem Wirtschaftsblatt, Hilfen seien kein Thema.', ['dem Wirtschaftsblatt']],
  // where the outlet's case shows in its article, another article makes an object, not an outlet
  ['de', 'Ein Sprecher der Polizei bestätigte den Einsatz. Die Sprecherin erklärte den Plan. Sie sagte der Süddeutschen Zeitung, es gehe voran.', ['der Süddeutschen Zeitung']],
  ['en', 'Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies people.', ['WIRED']],
  ['uk', 'Джерела розповіли «Діловому Києву», що двоє голосували проти.', ['«Діловому Києву»']],
  ['uk', 'Як розповіла «Українській правді» джерело в уряді, рішення ухвалено.', ['«Українській правді»']],
  // batch 9: a person's title opens the name of someone told, a listener; a dotted abbreviation goes on into the name told
  ['en', 'South Africa said Mr Mugabe had told President Jacob Zuma by telephone that he was confined.', []],
  ['en', 'President Obama told the U.N. General Assembly 18 months ago that he would seek breakthroughs. He told the U.S. Senate no.', []],
  ['en', 'Jones told U.S. News that he quit.', ['U.S. News']],
  // the person spoken to is the source
  ['en', 'WIRED spoke to one mother, who knew her daughter had an account.', ['one mother']],
  // a connector and an indefinite article after the name open a phrase of their own ("Mike for a convention" was listed)
  ['en', 'In 1997 Elise interviewed Mike for a convention, and spoke with the Centers for Disease Control.', ['Mike', 'the Centers for Disease Control']],
  // a talk held by "she" or "he" is an act in the story: the one spoken to is no source
  ['en', 'In 1997, Elise wrote, she interviewed Mike for a convention. He spoke with the mayor.', []],
  ['de', 'Er sprach mit dem Minister über das Wetter.', []],
];

describe('told', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['told']))).toEqual(want);
  });
});
