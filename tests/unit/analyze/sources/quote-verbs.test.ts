// Pass "quote-verbs": verbs of voice and command report only beside a quotation; elsewhere they are acts.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // inverted after the quotation, the subject after it, the subject before an opening quotation
  ['en', '“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor for Queens.', ['Milton Velez']],
  ['en', '“Get out,” ordered the officer. “Run!” a witness shouted. Velez whispered: “It’s over.”', ['the officer', 'a witness', 'Velez']],
  // pronouns are no sources; without a quotation the verb is an act
  ['en', '“Please help,” she pleaded. He shouted: “Run!”', []],
  // a crowd's chant is a slogan, no claim
  ['en', 'Teachers chanted, “Fund our schools,” as hundreds lined the entrances.', []],
  ['en', 'The judge ordered an inquiry into the matter. She pleaded guilty. Protesters begged for food and shouted at the police.', []],
  ['de', '„Raus hier!“, rief der Polizist. Die Ministerin flüsterte: „Es ist vorbei.“', ['der Polizist', 'Die Ministerin']],
  ['de', 'Sie rief die Polizei. Der Richter befahl eine Untersuchung.', []],
  ['fr', '« Sortez ! », a crié Jean Dupont. Le ministre a murmuré : « C’est fini. »', ['Jean Dupont', 'Le ministre']],
  ['fr', 'Il a ordonné une enquête. Le ministre a crié au scandale.', []],
  ['uk', '«Геть!», — вигукнув Петренко. Міністр прошепотів: «Усе скінчено».', ['Петренко', 'Міністр']],
  ['uk', 'Президент наказав провести розслідування.', []],
  ['ru', '«Вон!» — крикнул Петренко. Министр прошептал: «Всё кончено».', ['Петренко', 'Министр']],
  ['ru', 'Президент приказал провести проверку.', []],
];

describe('quote-verbs', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['quote-verbs']))).toEqual(want);
  });
});
