// Pass citing-subjects (lib/analyze/sources/citing-subjects.ts): the outlet before a citing phrase ("со ссылкой на",
// "з посиланням на", "unter Berufung auf") is a source when it opens its sentence and a reporting verb follows the
// cited phrase, or when a sentence-opening as-word and its verb stand before it. Not before a verb of acting alone.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['ru', 'Агентство Bloomberg со ссылкой на собеседников, знакомых с ситуацией, пишет, что ОПЕК+ может отложить добычу.', ['Агентство Bloomberg', 'собеседников']],
  ['ru', 'Как передает «Интерфакс» со ссылкой на источник, задержанный дал показания.', ['«Интерфакс»', 'источник']],
  ['de', 'Die Zeitung unter Berufung auf Insider berichtete, dass die Lage ernst sei.', ['Die Zeitung', 'Insider']],
];

describe('citing-subjects', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });

  it('not before a verb of acting: the court that rules with a law reports nothing', () => {
    expect(texts(sourcesOf('Суд со ссылкой на закон отклонил иск.', 'ru'))).not.toContain('Суд');
  });

  it('not with a later clause\'s verb that has its own subject: the speaker after it reports (review of session 25)', () => {
    expect(texts(sourcesOf('Россия со ссылкой на угрозу терроризма ввела ограничения, заявил Песков.', 'ru'))).toEqual(['Песков']);
    expect(texts(sourcesOf('Уряд з посиланням на воєнний стан продовжив заборону, повідомляє Укрінформ.', 'uk'))).toEqual(['Укрінформ']);
  });
});
