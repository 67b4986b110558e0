// An article in a language the analysis has no lexicon for: the analysis says which language it
// could not read, and the panel says so above the Sources and Figures lists instead of "No sources
// found" (a Korean article quotes people too; Gloss just cannot read its verbs of saying).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { analyzeText } from '../../lib/analyze';
import { AnalysisLanguageNote } from '../../components/AnalysisLanguageNote';
import { useCatalogue } from '../support/catalogue';

const KOREAN = '엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. '.repeat(20);
const PORTUGUESE = 'O piloto venceu a corrida no domingo e disse que a equipe trabalhou muito para chegar ao título em 10 de março. '.repeat(10);
const ENGLISH = 'The ministry said on Tuesday that 1,240 passengers used the late ferry, up 18% on the year before, and that the service would continue. '.repeat(5);
// Italian, with the name particles English names borrow ("di", "del", "da", "al"), which alone made it read as English.
const ITALIAN = 'La serie animata di Toei Animation, prodotta sulla base del manga originale di Masami Kurumada, arriva su Netflix: i fan sono già sul piede di guerra dopo il primo esperimento del 2014 e sperano in un adattamento fedele al manga, da vedere in 12 episodi. '.repeat(4);
// Spanish shares "que", "en", "y" and "un" with French: without its own words it read as French.
const SPANISH = 'Los pueblos indígenas reclaman por derechos que permanecen incumplidos, y el líder dijo en una entrevista que la protesta es más eficiente que la represión, según el diario. '.repeat(5);
const FRENCH = 'Le ministre a déclaré que les négociations avec les syndicats reprendront la semaine prochaine, selon un communiqué publié par le gouvernement, et que la réforme restera en vigueur. '.repeat(5);
const ENGLISH_WITH_NO_AND_COME = 'No decision will come before May, the ministry said, and officials said there was no plan to come back to the talks per se, although more than 40 delegates said they would come. '.repeat(5);
const BOX_SCORE = 'Palm Bay 18 22 13 17 — 70. Rockledge 14 11 6 15 — 44. Tolivert 25 points. Davis 17 points. Burgher 10 points. '.repeat(6);

describe('analyzeText: languageUnread', () => {
  const cases: Array<[string, string, string | null | undefined, string | undefined]> = [
    ['a Korean article declared "ko"', KOREAN, 'ko', 'ko'],
    ['a Portuguese article declared "pt-BR"', PORTUGUESE, 'pt-BR', 'pt'],
    ['a Korean article declaring no language', KOREAN, null, 'und'],
    ['an Italian article declared "it-IT"', ITALIAN, 'it-IT', 'it'],
    ['a Spanish article declaring no language', SPANISH, null, 'es'],
    ['a Spanish article declared French', SPANISH, 'fr', 'es'],
    ['a French article declaring no language', FRENCH, null, undefined],
    ['an English article with "no", "come" and "per"', ENGLISH_WITH_NO_AND_COME, 'en', undefined],
    ['an English article', ENGLISH, 'en', undefined],
    ['an English article declared "pt" (plainly English)', ENGLISH, 'pt', undefined],
    ['a box score declared English: too few function words, yet not another language', BOX_SCORE, 'en', undefined],
  ];
  it.each(cases)('%s', (_why, text, lang, expected) => {
    expect(analyzeText(text, { lang }).languageUnread).toBe(expected);
  });

  it('no source is read off an unread language, and its numbers are still listed', () => {
    const a = analyzeText(PORTUGUESE, { lang: 'pt' });
    expect(a.sources).toEqual([]);
    expect(a.figures.length).toBeGreaterThan(0);
  });
});

describe('AnalysisLanguageNote', () => {
  it('names the language in the panel language above each list, and says nothing for a read one', () => {
    useCatalogue('en');
    const sources = renderToStaticMarkup(<AnalysisLanguageNote language="ko" view="sources" />);
    expect(sources).toContain('data-testid="analysis-language"');
    expect(sources).toContain('This article is in Korean, so no sources are listed.');
    expect(renderToStaticMarkup(<AnalysisLanguageNote language="pt" view="figures" />)).toContain('This article is in Portuguese: its numbers are listed');
    expect(renderToStaticMarkup(<AnalysisLanguageNote language="und" view="sources" />)).toContain('in another language');
    expect(renderToStaticMarkup(<AnalysisLanguageNote view="sources" />)).toBe('');
    useCatalogue('de');
    expect(renderToStaticMarkup(<AnalysisLanguageNote language="ko" view="sources" />)).toContain('Dieser Artikel ist auf Koreanisch');
  });
});
