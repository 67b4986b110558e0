// Pass "credits": a credit label and a colon credit what follows.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // an initial's or an abbreviation's dot does not end a credit; a sentence's does
  ['en', 'Photo: Gene J. Puskar\n\n(Image: © NASA/ESA/K. Retherford/SWRI)', ['Gene J. Puskar', 'NASA/ESA/K. Retherford/SWRI']],
  ['en', 'Photo: Dr. Jane Smith. Then it rained.', ['Dr. Jane Smith']],
  // an archive's mark ending a credit is no part of its name (lexicon archiveMarks); a photographer named File keeps his
  ['en', 'A bar in Delhi. (Photo Credit : PTI File Photo )', ['PTI']],
  ['en', 'A bar in Delhi. Photo: Reuters file\n\nA pub. Photo: John File', ['Reuters', 'John File']],
  ['de', 'Der Bau beginnt. Foto: dpa/Archiv', ['dpa']],
  ['fr', 'Le chantier débute. Photo : AFP/Archives', ['AFP']],
  ['ru', 'Стройка началась. Фото: ТАСС/архив', ['ТАСС']],
  ['uk', 'Будівництво почалося. Фото: УНІАН, архів', ['УНІАН']],
  ['en', 'President Trump speaks. Photographer: Andrew Harrer/Bloomberg', ['Andrew Harrer/Bloomberg']],
  ['en', 'Illegal conscription in occupied Crimea. Photo: rk.gov.ru', ['rk.gov.ru']],
  ['en', 'A bulk carrier leaves Chornomorsk. Photo: Serhiy Petrenko/Globe Wire', ['Serhiy Petrenko/Globe Wire']],
  ['en', 'A rescue in Homs (Image: © Shutterstock)', ['Shutterstock']],
  ['en', 'Plague marmots in Mongolia. Credit: The Siberian Times', ['The Siberian Times']],
  ['de', 'Volle Bahnsteige am Hauptbahnhof. Foto: Lena Kraus/dpa', ['Lena Kraus/dpa']],
  ['fr', 'Un marché à Marseille. Photo : Louis Garnier / AFP', ['Louis Garnier / AFP']],
  ['uk', 'Ремонт лінії на Одещині. Фото: Укренерго', ['Укренерго']],
  ['ru', 'Здание министерства. Фото: Минфин России', ['Минфин России']],
  ['en', 'Roughly 13,000 US troops remain in Afghanistan [File: Reuters]', ['Reuters']],
  ['ru', 'Здание суда. Архивное фото: РИА Новости', ['РИА Новости']],
  // not credits: a label without a colon, a colon after a common word, a graphic's title with a year
  ['en', 'The photo shows a crowd. Source code: none.', []],
  ['en', '(Graphic: Global assets in 2019 - here)', []],
];

describe('credits', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['credits']))).toEqual(want);
  });
  it('keeps the label as the cue', () => {
    expect(sourcesOf('Crimea. Photo: rk.gov.ru', 'en', ['credits'])[0]).toMatchObject({ kind: 'credit', cue: 'Photo' });
  });
});
