// Pass "claim-links": a link inside the claim a cue opens ("reports that …", "According to …, …") is a
// source of kind link, wherever it points; not a link on a term or a name, not a link in a relative
// clause after an object ("issued a statement that …"), not past a clause joined on, and only the
// claim's first link.
import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../run-passes';

const PASSES = ['cues', 'claim-links'];
// [lang, text, linked anchors, the anchors listed as link sources]
const CASES: Array<[string, string, string[], string[]]> = [
  ['en', 'Deadline reports that Paramount is still working on a second, R-rated Star Trek spin-off from Quentin Tarantino.', ['R-rated Star Trek spin-off from Quentin Tarantino'], ['R-rated Star Trek spin-off from Quentin Tarantino']],
  ['en', 'According to data released by the ministry in August, newly installed capacity reached 1.64 GW.', ['newly installed capacity reached 1.64 GW'], ['newly installed capacity reached 1.64 GW']],
  ['de', 'Der Minister erklärte am Montag, dass die neuen Anlagen im Sommer ans Netz gehen.', ['die neuen Anlagen im Sommer'], ['die neuen Anlagen im Sommer']],
  ['fr', 'Le ministre a déclaré que les nouvelles centrales seront raccordées cet été.', ['les nouvelles centrales seront raccordées'], ['les nouvelles centrales seront raccordées']],
  // only the first link of a claim
  ['en', 'The ministry said that capacity reached 1.64 GW this year and Seoul plans to install 30.8 GW of solar by 2030.', ['capacity reached 1.64 GW this year', 'Seoul plans to install 30.8 GW'], ['capacity reached 1.64 GW this year']],
  // a relative clause after an object, a term, a name, a clause joined on: nothing
  ['en', 'Big Machine Records issued a statement that appeared to make it possible for Swift to perform.', ['appeared to make it possible'], []],
  ['en', 'Studies indicate that adding exercise to your routine could prevent binge eating.', ['exercise'], []],
  ['en', 'According to The Verge’s review, the platform does not run its launch title Destiny 2 in native 4K.', ['Destiny 2'], []],
  ['en', 'Many analysts believe that the deal is small, and leaving more contentious topics, like the subsidies that China gives, for later.', ['the subsidies that China gives'], []],
];

describe('claim-links', () => {
  it.each(CASES)('%s: %s', (lang, text, anchors, want) => {
    const links = anchors.map((a) => {
      const start = text.indexOf(a);
      return { start, end: start + a.length, href: 'https://outlet.example/2019/11/earlier-story' };
    });
    const got = sourcesOf(text, lang, PASSES, links);
    expect(got.filter((s) => s.kind === 'link').map((s) => s.text)).toEqual(want);
  });
});
