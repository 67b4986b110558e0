// Rule "pronoun-speakers" (in pass "cues"): a reporting verb whose subject is a singular personal pronoun
// ("“…,” she said", "sagte er", "заявил он") credits the one person named just before it; the pronoun is
// never a source, and two people named there leave the antecedent unclear (no source).
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // a person with a title, then a quotation and "he said" in the next paragraph
  ['en', 'Senator James Lankford, an Oklahoma Republican, played down that threat.\n\n“I understand it’s a risk,” he said.', ['Senator James Lankford']],
  // a name set off by a description with a source noun, then the pronoun in the same sentence
  ['en', 'The campaign did not appeal to Julie Graham, a public information officer, but she said it could still work.', ['Julie Graham']],
  ['en', 'Dr. Owen Dempsey took a look at the scan. It was worse than thought, he added.', ['Dr. Owen Dempsey']],
  // two people named: unclear, no source; a name without a title or a description: no person
  ['en', 'Senator James Lankford met Governor Kristi Noem on Monday. “It went well,” he said.', []],
  ['en', 'Julie Graham ran the campaign. “It went well,” she said.', []],
  // already a source: listed once
  ['en', 'Dr. Owen Dempsey said the scan was clear. “It was a relief,” he added.', ['Dr. Owen Dempsey']],
  // one person named twice (the second time without the title) before the pronoun, far back in a long sentence
  ['en', `Dr. Owen Dempsey looked at the scan and ${'then at the chart and '.repeat(30)}Owen Dempsey went home; it was a relief, he said.`, ['Dr. Owen Dempsey']],
  // too far back: more than two sentences before the pronoun's
  ['en', 'Dr. Owen Dempsey took a look. The scan was clear. The man went home. He was tired. “It was a relief,” he said.', []],
  // a person named after a pronoun subject of their own sentence is its object: the later pronoun
  // goes on with that subject, not with them (passage battery en-p52); in German and Ukrainian too
  ['en', 'The minister arrived in Kyiv on Monday. He met President Volodymyr Zelensky and visited a hospital.\n\n“We stand with Ukraine,” he told reporters.', []],
  ['de', 'Der Minister kam am Montag an. Er traf Präsident Wolodymyr Selenskyj. „Wir stehen zu Ihnen“, sagte er.', []],
  ['uk', 'Міністр прибув до Києва. Він зустрівся з президентом Володимиром Зеленським. «Ми з Україною», — сказав він.', []],
  // a pronoun in a clause of its own before the name (a comma or a subordinator between) is not the name's subject
  ['en', 'After he landed, Senator John Smith met reporters. “It was hard,” he said.', ['Senator John Smith']],
  ['en', 'He waited while Senator John Smith spoke to the crowd. “It was hard,” he said.', ['Senator John Smith']],
  ['de', 'Prof. Dr. Anna Lindqvist leitet die Studie seit 2020. „Das Grundwasser sinkt“, sagte sie.', ['Prof. Dr. Anna Lindqvist']],
  ['fr', 'Me Antoine Lefèvre, avocat du prévenu, a quitté la salle. Il a déclaré que la peine était disproportionnée.', ['Me Antoine Lefèvre']],
  ['ru', 'Министр Андрей Белоусов, глава ведомства, посетил завод. «Работа идёт», — сказал он.', ['Министр Андрей Белоусов']],
  ['uk', 'Міністр Олексій Чернишов, очільник відомства, відвідав завод. «Робота триває», — сказав він.', ['Міністр Олексій Чернишов']],
];

describe('pronoun-speakers', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
