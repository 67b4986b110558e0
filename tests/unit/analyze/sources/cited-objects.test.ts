import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/analyze';

const sources = (t: string, lang: string) => analyzeText(t, { lang } as never).sources.map((s) => s.text);

// cited-objects.ts: after a verb of citing, the object that names someone is a source, and so is the sentence's subject
describe('cited objects', () => {
  it('reads the people a subject cites', () => {
    expect(sources('Le journal cite plusieurs conseillers du président.', 'fr')).toEqual(['Le journal', 'plusieurs conseillers du président']);
    expect(sources('Агентство посилається на трьох дипломатів.', 'uk')).toEqual(['Агентство', 'трьох дипломатів']);
    expect(sources('Агентство ссылается на трех дипломатов.', 'ru')).toEqual(['Агентство', 'трех дипломатов']);
  });
  it('reads no object that names no one, nor a law', () => {
    expect(sources('He quoted rising costs.', 'en')).toEqual([]);
    expect(sources('The report quoted two officials.', 'en')).toEqual(['The report', 'two officials']);
    expect(sources('Суд ссылается на закон.', 'ru')).toEqual([]);
  });
});
