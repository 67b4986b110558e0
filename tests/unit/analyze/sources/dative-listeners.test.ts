// Names (lib/analyze/sources/phrases.ts forward): where case marks the one spoken to (Russian, Ukrainian), a listener
// in the dative after the speaker read from an inverted verb is no part of the source ("Как рассказал Песков | журналистам").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['ru', 'Как рассказал Песков журналистам, переговоры продолжатся.', ['Песков']],
  ['ru', 'Как сообщил Дмитрий Песков репортерам, решение не принято.', ['Дмитрий Песков']],
  ['uk', 'Як розповів Пєсков журналістам, переговори тривають.', ['Пєсков']],
  // not: a listener before the speaker, or a language without case ("said Labour members" is one name)
  ['ru', 'Об этом сообщил журналистам Песков.', ['Песков']],
  ['en', 'The talks will go on, said Labour members.', ['Labour members']],
];

describe('dative listeners', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
