// Pass "tweet-signatures": the display name in an embedded post's signature is a source.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'No one is taking your slogan. https://t.co/XP — Robert Maguire (@RobertMaguire_) November 18, 2019 The latest initiative', ['Robert Maguire']],
  // emoji after the display name are no part of it
  ['en', 'So real. pic.twitter.com/3B — Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019', ['Dianna E. Anderson']],
  ['de', 'Wir sind bereit. — Deutsche Bahn (@DB_Bahn) 3. Oktober 2024', ['Deutsche Bahn']],
  ['uk', 'Ми працюємо. — НБУ (@NBUkraine) 24 жовтня 2024', ['НБУ']],
  // a handle alone, or a dash before a bracket that holds no handle, is no signature
  ['en', 'Follow @RobertMaguire_ for more — the account (RM) posted it.', []],
];

describe('tweet-signatures', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['tweet-signatures']))).toEqual(want);
  });
});
