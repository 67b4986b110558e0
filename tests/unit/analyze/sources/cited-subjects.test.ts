// Cues (./lib/analyze/sources/cited-subjects.ts and cues.ts inverted): an outlet citing others before or after its
// verb is the verb's source, and so are the cited ("Агентство Bloomberg со ссылкой на источники сообщило",
// "повідомляє «Суспільне» з посиланням на джерела").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['ru', 'Агентство Bloomberg со ссылкой на источники сообщило, что сделка близка.', ['Агентство Bloomberg', 'источники']],
  ['uk', 'Про це повідомляє «Суспільне» з посиланням на джерела в уряді.', ['«Суспільне»', 'джерела в уряді']],
  // a quoted outlet spoken to before the speaker stays a listener
  ['uk', 'Як розповіла «Українській правді» джерело в уряді, переговори тривають.', ['«Українській правді»', 'джерело в уряді']],
];

describe('cited subjects', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang))).toEqual(want);
  });
});
