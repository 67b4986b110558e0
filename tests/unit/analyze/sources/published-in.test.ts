// Pass "published-in": a journal cited as where findings appeared is a source — with its journal
// noun ("the journal X"), or as a bare title after a document ("papers were featured in Science");
// a place after "appeared in" is none, nor a journal in a relative clause of a document already named.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Their results are published in two articles to be featured in the December 2019 issue of the journal Monthly Notices of the Royal Astronomical Society.', ['the journal Monthly Notices of the Royal Astronomical Society']],
  ['en', 'The findings were published today (Nov. 18) in the journal BMJ Case Reports.', ['the journal BMJ Case Reports']],
  // a day or month after the title dates the publication: not part of the name
  ['en', 'According to a paper published in the journal Nature Astronomy on Monday, the team found water.', ['the journal Nature Astronomy']],
  ['en', 'The study was published in the journal Science in November.', ['the journal Science']],
  ['en', 'The Howitt and Locksley papers were prominently featured in Science and Nature, respectively.', ['Science', 'Nature']],
  // a bare title only after a document: a place is none
  ['en', 'Cases of the virus first appeared in West Michigan. The singer appeared in London on Monday.', []],
  ['de', 'Die Studie wurde in der Fachzeitschrift „Nature“ veröffentlicht.', ['der Fachzeitschrift „Nature“']],
  ['de', 'Eine Studie der Universität Würzburg, die im Fachjournal „Hydrology“ erschienen ist, kommt zu einem ähnlichen Befund.', []],
  ['fr', 'L’étude, publiée dans la revue Science, montre que la glace fond.', ['la revue Science']],
  ['uk', 'Дослідження опубліковане в журналі Nature.', ['журналі Nature']],
  ['ru', 'Исследование опубликовано в журнале «Вестник науки».', ['журнале «Вестник науки»']],
];

describe('published-in', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['published-in']))).toEqual(want);
  });
});
