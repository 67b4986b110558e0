// Pass "introduced-quotes": a sentence that is one quotation and nothing else, right after a sentence that opens
// with a person named as such (a title, or a description set off after the name) and names no other person,
// holds that person's words.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Charles Schultze, chairman of the Council of Economic Advisers, once summed up the danger with a metaphor. “It’s not so much a question of the wolf at the door, but termites in the woodwork.”', ['Charles Schultze']],
  ['en', 'Dr. Jane Roe looked at the scans again.\n\n“It was the worst case I had seen.”', ['Dr. Jane Roe']],
  // a second person named: unclear; a name without a title or description: no sure person
  ['en', 'Senator James Lankford met Governor Kristi Noem on Monday. “It went well.”', []],
  ['en', 'Jane Roe looked at the scans again. “It was the worst case I had seen.”', []],
  // the quotation is not the whole sentence, or the person does not open the sentence before
  ['en', 'Dr. Jane Roe looked at the scans. “It was bad,” a nurse recalled.', []],
  ['en', 'The hospital hired Dr. Jane Roe in May. “It was the worst case I had seen.”', []],
  ['de', 'Prof. Dr. Anna Lindqvist leitet die Studie seit 2020. „Das Grundwasser sinkt seit Jahren.“', ['Prof. Dr. Anna Lindqvist']],
  ['fr', 'Me Antoine Lefèvre, avocat du prévenu, a quitté la salle. « La peine est disproportionnée. »', ['Me Antoine Lefèvre']],
  ['ru', 'Министр Андрей Белоусов, глава ведомства, посетил завод. «Работа идёт по плану.»', ['Министр Андрей Белоусов']],
  ['uk', 'Міністр Олексій Чернишов, очільник відомства, відвідав завод. «Робота триває за планом.»', ['Міністр Олексій Чернишов']],
];

describe('introduced-quotes', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['introduced-quotes']))).toEqual(want);
  });
});
