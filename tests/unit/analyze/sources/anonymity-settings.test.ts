// Cues (lexicon settingPhrases, ./lib/analyze/sources/phrases.ts clauseStart): anonymity granted between a subject and
// its verb, bare or in a clause set off by commas, is a setting; the subject stands before it.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['uk', 'Посадовець на умовах анонімності розповів, що переговори зайшли в глухий кут.', ['Посадовець']],
  ['ru', 'Чиновник на условиях анонимности рассказал, что переговоры зашли в тупик.', ['Чиновник']],
  ['fr', 'Un responsable américain, s’exprimant sous couvert d’anonymat, a affirmé que les frappes continueraient.', ['Un responsable américain']],
  ['fr', 'Un responsable américain sous couvert d’anonymat a affirmé que les frappes continueraient.', ['Un responsable américain']],
  ['en', 'A US official on condition of anonymity said the strikes would go on.', ['A US official']],
];

describe('anonymity settings', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });
});
