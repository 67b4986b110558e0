import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';

const sources = (t: string, lang: string) => analyzeText(t, { lang } as never).sources.map((s) => s.text);

// the phrase after a cue preposition ends before the clause's verb or a new phrase (prep-verb-ends.ts)
describe('phrase after a cue preposition', () => {
  it('ends before a finite verb (ru, uk)', () => {
    expect(sources('Суд со ссылкой на министерство отклонил иск.', 'ru')).toEqual(['министерство']);
    expect(sources('Суд з посиланням на міністерство відхилив позов.', 'uk')).toEqual(['міністерство']);
  });
  it('gives no source for a law', () => {
    expect(sources('Суд со ссылкой на закон отклонил иск.', 'ru')).toEqual([]);
    expect(sources('Суд з посиланням на закон відхилив позов.', 'uk')).toEqual([]);
  });
  it('gives no source for a law after any cue preposition (ruleNouns)', () => {
    expect(sources('Laut Gesetz soll die Akte alle Arztbriefe aufnehmen.', 'de')).toEqual([]);
    expect(sources('Das Gericht wies unter Berufung auf das Gesetz die Klage ab.', 'de')).toEqual([]);
  });
  it('ends before a new article after a noun (de)', () => {
    expect(sources('Das Gericht wies unter Berufung auf das Ministerium die Klage ab.', 'de')).toEqual(['das Ministerium']);
  });
});
