// Pass "doc-agents": the agent of a document's participle ("obtained by Variety", "signed by seven
// physicians") is a source; one who only saw the document ("seen by Reuters") is none.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'The statement, which was obtained by Variety, claimed that the firms had agreed.', ['Variety']],
  ['en', 'Documents obtained by The Associated Press show the plan was dropped.', ['The Associated Press']],
  ['en', '“It is unsafe,” says the letter signed by seven physicians.', ['seven physicians']],
  // the main clause's verb ends the agent
  ['en', 'A study published by the ministry found more cases.', ['the ministry']],
  // a time between the participle and its agent
  ['en', 'The report, released Tuesday by the Pew Research Center, found that 40% of adults use TikTok.', ['the Pew Research Center']],
  // a time after the agent ends it, also after "late" or "early" (passage battery en-p06)
  ['en', 'The statement, released by the Defence Ministry late on Sunday, said 38 drones were downed.', ['the Defence Ministry']],
  ['en', 'A report released last week by the IMF warned that growth slows.', ['the IMF']],
  // a lower-case verb with its object after the agent's name is not the name's head
  ['en', 'A report released by Stanford University calls that into question.', ['Stanford University']],
  // a time opened by a preposition ("on Monday")
  ['en', "But a new report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.", ["Stanford University's Center on Poverty and Inequality"]],
  ['fr', 'Le rapport publié mardi par l’Insee montre une hausse.', ['l’Insee']],
  ['en', 'The suspect was released on bail by police.', []],
  // only seeing a document makes no source; nor does a participle after something that is no document
  ['en', 'Claure said so in the email, which was seen by The Real Deal. A man seen by witnesses ran away. A house sent by mail arrived.', []],
];

describe('doc-agents', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['doc-agents']))).toEqual(want);
  });
});
