// Pass "via-outlets": "Lynn said, via the Los Angeles Times" credits the outlet the words were taken
// from — only right after a reporting verb (and its listeners) and a comma; "via" elsewhere is a channel.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const PASSES = ['via-outlets'];
const CASES: Array<[string, string, string[]]> = [
  ['en', '“We talked all along about it,” Lynn said, via the Los Angeles Times. “Yes, we needed to win.”', ['the Los Angeles Times']],
  ['en', '“We won,” the coach told reporters, via ESPN.', ['ESPN']],
  ['en', 'The quarterback said, via The Athletic, that he would play.', ['The Athletic']],
  // a channel, not an outlet: no reporting verb before the comma, or no name after "via"
  ['en', 'Tickets go on sale Friday via Live Nation.', []],
  ['en', 'Fans bought tickets, via Live Nation, within minutes.', []],
  ['en', 'He said, via email, that the deal was off.', []],
  ['de', 'Er sagte, via Twitter, dass er geht.', []],
];

describe('via-outlets', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, PASSES))).toEqual(want);
  });
});
