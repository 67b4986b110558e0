// Pass "told-splits": an outlet spoken to between a told verb and its speaker, in languages whose
// case marks the two (ru, uk): two sources, not one name "ТАСС источник".
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['ru', 'Об этом сообщил ТАСС источник в силовых структурах.', ['ТАСС', 'источник в силовых структурах']],
  ['ru', 'Как рассказал РИА Новости собеседник в отрасли, поставки возобновятся.', ['РИА Новости', 'собеседник в отрасли']],
  ['ru', 'Как сообщил ТАСС представитель ведомства, решение принято.', ['ТАСС', 'представитель ведомства']],
  ['ru', 'Об этом сообщил «Интерфаксу» источник в отрасли.', ['«Интерфаксу»', 'источник в отрасли']],
  ['uk', 'Як розповів Укрінформу речник відомства, рішення ухвалено.', ['Укрінформу', 'речник відомства']],
  // a name alone after the verb is one source
  ['ru', 'Как сообщил Минфин России, дефицит вырос.', ['Минфин России']],
];

describe('told-splits', () => {
  for (const [lang, text, want] of CASES) it(`${lang}: ${text}`, () => expect(texts(sourcesOf(text, lang))).toEqual(want));
  it('without the pass the speaker read after the verb swallows the outlet', () => {
    expect(texts(sourcesOf('Об этом сообщил ТАСС источник в силовых структурах.', 'ru', ['cues']))).toEqual(['ТАСС источник в силовых структурах']);
  });
});
