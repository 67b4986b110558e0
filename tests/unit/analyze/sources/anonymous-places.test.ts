// An anonymous source noun with the place or body that qualifies it ("источник в правительстве",
// "джерело в Офісі президента"): the qualifier is part of the source, before the verb (not read as
// a fronted phrase whose object is the subject) and after it (a one-word preposition, when a body or
// place follows — not a time, a listener or a document).
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['uk', 'Джерело в Офісі президента повідомило, що рішення ухвалене.', ['Джерело в Офісі президента']],
  ['uk', 'Джерело в уряді України повідомило, що рішення ухвалене.', ['Джерело в уряді України']],
  ['ru', 'Источник в администрации президента сообщил, что решение принято.', ['Источник в администрации президента']],
  // a fronted phrase before the subject stays out of it
  ['ru', 'Вчера в Москве министр заявил, что решение принято.', ['министр']],
  ['uk', 'Про це повідомило джерело в уряді.', ['джерело в уряді']],
  ['ru', 'Об этом сообщил источник в правительстве.', ['источник в правительстве']],
  ['en', '“It’s over,” said an official in the ministry.', ['an official in the ministry']],
  // a time, a listener, a document after the preposition is no place
  ['ru', 'Об этом сообщил источник в понедельник.', ['источник']],
  ['ru', 'Об этом сообщил источник в интервью.', ['источник']],
  ['uk', 'Про це повідомило джерело в понеділок.', ['джерело']],
  ['en', '“It’s over,” said a spokesman in a statement.', ['a spokesman']],
];

describe('anonymous sources with their place', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
});
