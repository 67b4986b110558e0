// Pass "content-objects": a verb of giving reports when its object is something said ("Analysts
// provided a few theories", "these studies provided the first explanation"); with any other object
// ("provided buses", "offered support"), a negated object or a pronoun subject it is none.
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../../lib/analyze';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Analysts provided a few theories: Amazon could be willing to accept losses.', ['Analysts']],
  ['en', 'Earlier work was done in mice. And these studies provided the first explanation for what tuft cells do.', ['these studies']],
  ['en', 'Prosecutors have also offered evidence that the defendant lied.', ['Prosecutors']],
  ['en', 'Other social media users have offered differing estimates of her net worth.', ['Other social media users']],
  ['de', 'Die Forscher lieferten eine Erklärung für das Phänomen.', ['Die Forscher']],
  ['fr', 'Les chercheurs ont avancé une hypothèse sur l’origine du virus.', ['Les chercheurs']],
  ['ru', 'Аналитики дали оценку ситуации.', ['Аналитики']],
  ['uk', 'Слідчі надали пояснення щодо затримання.', ['Слідчі']],
  // raising and voicing a doubt
  ['en', 'Some economists have raised concerns about the plan. Critics voiced doubts.', ['Some economists', 'Critics']],
  ['en', 'The company raised prices. The incident raised questions about safety.', []],
  ['ru', 'Эксперты выразили обеспокоенность ростом цен.', ['Эксперты']],
  ['fr', 'Les syndicats ont exprimé des inquiétudes.', ['Les syndicats']],
  ['uk', 'Експерти висловили занепокоєння.', ['Експерти']],
  // an estimate: an amount noun, its preposition and an amount
  ['en', 'The ministry put the death toll at 40. The UN puts the number of Syrian refugees at 6 million.', ['The ministry', 'The UN']],
  ['en', 'Officials put the cost at $1bn. The agency put the figure at about 300.', ['Officials', 'The agency']],
  ['en', 'The company put a number of products on sale. The company put the project on hold.', []],
  // acts: giving a thing, support, money; a negated object; a pronoun subject
  // an amount noun after its modifier ("the price tag": lexicon nouns are single words, the object's head)
  ['en', 'Officials put the price tag at $1bn.', ['Officials']],
  ['en', 'The city provided buses to the stadium. Officials offered support to the families.', []],
  ['en', 'Police gave no details. They offered an explanation.', []],
  ['en', 'The company did not provide an estimate.', []],
  // a future giving has given nothing yet
  ['en', 'Police will give details later. The agency will provide an estimate.', []],
  ['fr', 'La mairie a fourni des bus.', []],
  ['ru', 'Власти дали деньги.', []],
  ['uk', 'Уряд надав кошти.', []],
];

describe('content-objects', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['content-objects']))).toEqual(want);
  });
});

describe('content-objects lexicon', () => {
  // the pass reads one word at a time: a word list entry with a space could never match
  it.each(Object.entries(LEXICONS))('%s: single words only', (_lang, lex) => {
    const co = lex.contentObjects;
    for (const w of [...co.verbs, ...co.nouns, ...co.estimates.verbs, ...co.estimates.nouns, ...co.estimates.preps]) expect(w, w).not.toMatch(/\s/);
  });
});
