// What a user reads for every message that carries a count, in every locale, at 0, 1, 2, 5 and 21
// (the numbers where English, German and Ukrainian plural forms part ways: Ukrainian says
// 1 and 21 "one", 2 "few", 0 and 5 "many"). Rendered by tn() over the real catalogues with
// Chrome's substitution rules. A new count message fails here until its row is written.
// Messages with a second number get the same number twice (e.g. "5 of 5 articles"); the view with
// a count in the narrow panel's view select is shown for the Notes view.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, tn, type PluralKey } from '../../components/i18n';
import { useCatalogue } from '../support/catalogue';

const LOCALES = ['en', 'de', 'uk'] as const;
const COUNTS = [0, 1, 2, 5, 21];

const EXPECTED: Record<string, Record<(typeof LOCALES)[number], string[]>> = {
  readingTime: {
    en: ['0 min read','1 min read','2 min read','5 min read','21 min read'],
    de: ['0 Min. Lesezeit','1 Min. Lesezeit','2 Min. Lesezeit','5 Min. Lesezeit','21 Min. Lesezeit'],
    uk: ['0 хв читання','1 хв читання','2 хв читання','5 хв читання','21 хв читання'],
  },
  mentionCount: {
    en: ['0 mentions','1 mention','2 mentions','5 mentions','21 mentions'],
    de: ['0 Erwähnungen','1 Erwähnung','2 Erwähnungen','5 Erwähnungen','21 Erwähnungen'],
    uk: ['0 згадок','1 згадка','2 згадки','5 згадок','21 згадка'],
  },
  unanchoredTitle: {
    en: ['0 highlights could not be placed','1 highlight could not be placed','2 highlights could not be placed','5 highlights could not be placed','21 highlights could not be placed'],
    de: ['0 Markierungen konnten nicht zugeordnet werden','1 Markierung konnte nicht zugeordnet werden','2 Markierungen konnten nicht zugeordnet werden','5 Markierungen konnten nicht zugeordnet werden','21 Markierungen konnten nicht zugeordnet werden'],
    uk: ['0 виділень не вдалося розмістити','1 виділення не вдалося розмістити','2 виділення не вдалося розмістити','5 виділень не вдалося розмістити','21 виділення не вдалося розмістити'],
  },
  articleChanged: {
    en: ['This page changed since you annotated it: 0 of 0 highlights re-attached.','This page changed since you annotated it: 1 of 1 highlight re-attached.','This page changed since you annotated it: 2 of 2 highlights re-attached.','This page changed since you annotated it: 5 of 5 highlights re-attached.','This page changed since you annotated it: 21 of 21 highlights re-attached.'],
    de: ['Diese Seite hat sich seit Ihren Anmerkungen geändert: 0 von 0 Markierungen neu zugeordnet.','Diese Seite hat sich seit Ihren Anmerkungen geändert: 1 von 1 Markierung neu zugeordnet.','Diese Seite hat sich seit Ihren Anmerkungen geändert: 2 von 2 Markierungen neu zugeordnet.','Diese Seite hat sich seit Ihren Anmerkungen geändert: 5 von 5 Markierungen neu zugeordnet.','Diese Seite hat sich seit Ihren Anmerkungen geändert: 21 von 21 Markierungen neu zugeordnet.'],
    uk: ['Сторінка змінилася відтоді, як ви її анотували: знову прикріплено 0 з 0 виділень.','Сторінка змінилася відтоді, як ви її анотували: знову прикріплено 1 з 1 виділення.','Сторінка змінилася відтоді, як ви її анотували: знову прикріплено 2 з 2 виділень.','Сторінка змінилася відтоді, як ви її анотували: знову прикріплено 5 з 5 виділень.','Сторінка змінилася відтоді, як ви її анотували: знову прикріплено 21 з 21 виділення.'],
  },
  articleChangedOrphans: {
    en: ['0 could not be placed — review them','1 could not be placed — review it','2 could not be placed — review them','5 could not be placed — review them','21 could not be placed — review them'],
    de: ['0 Markierungen nicht zugeordnet – ansehen','1 Markierung nicht zugeordnet – ansehen','2 Markierungen nicht zugeordnet – ansehen','5 Markierungen nicht zugeordnet – ansehen','21 Markierungen nicht zugeordnet – ansehen'],
    uk: ['0 виділень не розміщено — перегляньте','1 виділення не розміщено — перегляньте','2 виділення не розміщено — перегляньте','5 виділень не розміщено — перегляньте','21 виділення не розміщено — перегляньте'],
  },
  articleRemoved: {
    en: ['Removed from the library, with its 0 highlights.','Removed from the library, with its 1 highlight.','Removed from the library, with its 2 highlights.','Removed from the library, with its 5 highlights.','Removed from the library, with its 21 highlights.'],
    de: ['Aus der Bibliothek entfernt, samt 0 Markierungen.','Aus der Bibliothek entfernt, samt 1 Markierung.','Aus der Bibliothek entfernt, samt 2 Markierungen.','Aus der Bibliothek entfernt, samt 5 Markierungen.','Aus der Bibliothek entfernt, samt 21 Markierungen.'],
    uk: ['Вилучено з бібліотеки разом із 0 виділеннями.','Вилучено з бібліотеки разом із 1 виділенням.','Вилучено з бібліотеки разом із 2 виділеннями.','Вилучено з бібліотеки разом із 5 виділеннями.','Вилучено з бібліотеки разом із 21 виділенням.'],
  },
  syncWaiting: {
    en: ['0 changes waiting','1 change waiting','2 changes waiting','5 changes waiting','21 changes waiting'],
    de: ['0 Änderungen warten','1 Änderung wartet','2 Änderungen warten','5 Änderungen warten','21 Änderungen warten'],
    uk: ['0 змін очікують','1 зміна очікує','2 зміни очікують','5 змін очікують','21 зміна очікує'],
  },
  syncReceivedOf: {
    en: ['received 0 of 0 documents','received 1 of 1 document','received 2 of 2 documents','received 5 of 5 documents','received 21 of 21 documents'],
    de: ['0 von 0 Dokumenten empfangen','1 von 1 Dokument empfangen','2 von 2 Dokumenten empfangen','5 von 5 Dokumenten empfangen','21 von 21 Dokumenten empfangen'],
    uk: ['отримано 0 з 0 документів','отримано 1 з 1 документа','отримано 2 з 2 документів','отримано 5 з 5 документів','отримано 21 з 21 документа'],
  },
  syncReceived: {
    en: ['received 0 documents','received 1 document','received 2 documents','received 5 documents','received 21 documents'],
    de: ['0 Dokumente empfangen','1 Dokument empfangen','2 Dokumente empfangen','5 Dokumente empfangen','21 Dokumente empfangen'],
    uk: ['отримано 0 документів','отримано 1 документ','отримано 2 документи','отримано 5 документів','отримано 21 документ'],
  },
  syncSent: {
    en: ['sent 0 documents','sent 1 document','sent 2 documents','sent 5 documents','sent 21 documents'],
    de: ['0 Dokumente gesendet','1 Dokument gesendet','2 Dokumente gesendet','5 Dokumente gesendet','21 Dokumente gesendet'],
    uk: ['надіслано 0 документів','надіслано 1 документ','надіслано 2 документи','надіслано 5 документів','надіслано 21 документ'],
  },
  libraryCount: {
    en: ['0 of 0 articles','1 of 1 article','2 of 2 articles','5 of 5 articles','21 of 21 articles'],
    de: ['0 von 0 Artikeln','1 von 1 Artikel','2 von 2 Artikeln','5 von 5 Artikeln','21 von 21 Artikeln'],
    uk: ['0 з 0 статей','1 з 1 статті','2 з 2 статей','5 з 5 статей','21 з 21 статті'],
  },
  indexing: {
    en: ['indexing sources and figures 0/0','indexing sources and figures 1/1','indexing sources and figures 2/2','indexing sources and figures 5/5','indexing sources and figures 21/21'],
    de: ['Quellen und Zahlen werden indiziert 0/0','Quellen und Zahlen werden indiziert 1/1','Quellen und Zahlen werden indiziert 2/2','Quellen und Zahlen werden indiziert 5/5','Quellen und Zahlen werden indiziert 21/21'],
    uk: ['індексую джерела й числа 0/0','індексую джерела й числа 1/1','індексую джерела й числа 2/2','індексую джерела й числа 5/5','індексую джерела й числа 21/21'],
  },
  countHighlights: {
    en: ['0 highlights','1 highlight','2 highlights','5 highlights','21 highlights'],
    de: ['0 Markierungen','1 Markierung','2 Markierungen','5 Markierungen','21 Markierungen'],
    uk: ['0 виділень','1 виділення','2 виділення','5 виділень','21 виділення'],
  },
  countSources: {
    en: ['0 sources','1 source','2 sources','5 sources','21 sources'],
    de: ['0 Quellen','1 Quelle','2 Quellen','5 Quellen','21 Quellen'],
    uk: ['0 джерел','1 джерело','2 джерела','5 джерел','21 джерело'],
  },
  countFigures: {
    en: ['0 figures','1 figure','2 figures','5 figures','21 figures'],
    de: ['0 Zahlen','1 Zahl','2 Zahlen','5 Zahlen','21 Zahlen'],
    uk: ['0 чисел','1 число','2 числа','5 чисел','21 число'],
  },
  figuresTable: {
    en: ['Table 0 · 0 figures','Table 1 · 1 figure','Table 2 · 2 figures','Table 5 · 5 figures','Table 21 · 21 figures'],
    de: ['Tabelle 0 · 0 Zahlen','Tabelle 1 · 1 Zahl','Tabelle 2 · 2 Zahlen','Tabelle 5 · 5 Zahlen','Tabelle 21 · 21 Zahlen'],
    uk: ['Таблиця 0 · 0 чисел','Таблиця 1 · 1 число','Таблиця 2 · 2 числа','Таблиця 5 · 5 чисел','Таблиця 21 · 21 число'],
  },
  showMore: {
    en: ['Show 0 more articles','Show 1 more article','Show 2 more articles','Show 5 more articles','Show 21 more articles'],
    de: ['0 weitere Artikel anzeigen','1 weiteren Artikel anzeigen','2 weitere Artikel anzeigen','5 weitere Artikel anzeigen','21 weitere Artikel anzeigen'],
    uk: ['Показати ще 0 статей','Показати ще 1 статтю','Показати ще 2 статті','Показати ще 5 статей','Показати ще 21 статтю'],
  },
  folderDone: {
    en: ['Saved 0 notes to the folder.','Saved 1 note to the folder.','Saved 2 notes to the folder.','Saved 5 notes to the folder.','Saved 21 notes to the folder.'],
    de: ['0 Notizen im Ordner gespeichert.','1 Notiz im Ordner gespeichert.','2 Notizen im Ordner gespeichert.','5 Notizen im Ordner gespeichert.','21 Notizen im Ordner gespeichert.'],
    uk: ['Збережено 0 нотаток у теку.','Збережено 1 нотатку в теку.','Збережено 2 нотатки в теку.','Збережено 5 нотаток у теку.','Збережено 21 нотатку в теку.'],
  },
  moreArticles: {
    en: ['and 0 more articles','and 1 more article','and 2 more articles','and 5 more articles','and 21 more articles'],
    de: ['und 0 weitere Artikel','und 1 weiterer Artikel','und 2 weitere Artikel','und 5 weitere Artikel','und 21 weitere Artikel'],
    uk: ['і ще 0 статей','і ще 1 стаття','і ще 2 статті','і ще 5 статей','і ще 21 стаття'],
  },
  showMoreFigures: {
    en: ['Show 0 more figures','Show 1 more figure','Show 2 more figures','Show 5 more figures','Show 21 more figures'],
    de: ['0 weitere Zahlen anzeigen','1 weitere Zahl anzeigen','2 weitere Zahlen anzeigen','5 weitere Zahlen anzeigen','21 weitere Zahlen anzeigen'],
    uk: ['Показати ще 0 чисел','Показати ще 1 число','Показати ще 2 числа','Показати ще 5 чисел','Показати ще 21 число'],
  },
  exportSelection: {
    en: ['The 0 articles shown','The 1 article shown','The 2 articles shown','The 5 articles shown','The 21 articles shown'],
    de: ['0 angezeigte Artikel','1 angezeigter Artikel','2 angezeigte Artikel','5 angezeigte Artikel','21 angezeigte Artikel'],
    uk: ['0 показаних статей','1 показана стаття','2 показані статті','5 показаних статей','21 показана стаття'],
  },
  exportAll: {
    en: ['Whole library (0 articles)','Whole library (1 article)','Whole library (2 articles)','Whole library (5 articles)','Whole library (21 articles)'],
    de: ['Ganze Bibliothek (0 Artikel)','Ganze Bibliothek (1 Artikel)','Ganze Bibliothek (2 Artikel)','Ganze Bibliothek (5 Artikel)','Ganze Bibliothek (21 Artikel)'],
    uk: ['Уся бібліотека (0 статей)','Уся бібліотека (1 стаття)','Уся бібліотека (2 статті)','Уся бібліотека (5 статей)','Уся бібліотека (21 стаття)'],
  },
  tabWithCount: {
    en: ['Notes (0)', 'Notes (1)', 'Notes (2)', 'Notes (5)', 'Notes (21)'],
    de: ['Notizen (0)', 'Notizen (1)', 'Notizen (2)', 'Notizen (5)', 'Notizen (21)'],
    uk: ['Нотатки (0)', 'Нотатки (1)', 'Нотатки (2)', 'Нотатки (5)', 'Нотатки (21)'],
  },
  countNotes: {
    en: ['0 notes','1 note','2 notes','5 notes','21 notes'],
    de: ['0 Notizen','1 Notiz','2 Notizen','5 Notizen','21 Notizen'],
    uk: ['0 нотаток','1 нотатка','2 нотатки','5 нотаток','21 нотатка'],
  },
  textMissing: {
    en: ['This article was imported from a file without its text, so its 0 highlights cannot be shown in it yet. Their quotes are listed under Notes.','This article was imported from a file without its text, so its 1 highlight cannot be shown in it yet. Its quote is listed under Notes.','This article was imported from a file without its text, so its 2 highlights cannot be shown in it yet. Their quotes are listed under Notes.','This article was imported from a file without its text, so its 5 highlights cannot be shown in it yet. Their quotes are listed under Notes.','This article was imported from a file without its text, so its 21 highlights cannot be shown in it yet. Their quotes are listed under Notes.'],
    de: ['Dieser Artikel wurde ohne seinen Text aus einer Datei importiert, daher lassen sich seine 0 Markierungen noch nicht darin zeigen. Ihre Zitate stehen unter Notizen.','Dieser Artikel wurde ohne seinen Text aus einer Datei importiert, daher lässt sich seine 1 Markierung noch nicht darin zeigen. Ihr Zitat steht unter Notizen.','Dieser Artikel wurde ohne seinen Text aus einer Datei importiert, daher lassen sich seine 2 Markierungen noch nicht darin zeigen. Ihre Zitate stehen unter Notizen.','Dieser Artikel wurde ohne seinen Text aus einer Datei importiert, daher lassen sich seine 5 Markierungen noch nicht darin zeigen. Ihre Zitate stehen unter Notizen.','Dieser Artikel wurde ohne seinen Text aus einer Datei importiert, daher lassen sich seine 21 Markierungen noch nicht darin zeigen. Ihre Zitate stehen unter Notizen.'],
    uk: ['Цю статтю імпортовано з файлу без її тексту, тому її виділення (0) поки не можна показати в ній. Їхні цитати — у вкладці «Нотатки».','Цю статтю імпортовано з файлу без її тексту, тому її виділення (1) поки не можна показати в ній. Їхні цитати — у вкладці «Нотатки».','Цю статтю імпортовано з файлу без її тексту, тому її виділення (2) поки не можна показати в ній. Їхні цитати — у вкладці «Нотатки».','Цю статтю імпортовано з файлу без її тексту, тому її виділення (5) поки не можна показати в ній. Їхні цитати — у вкладці «Нотатки».','Цю статтю імпортовано з файлу без її тексту, тому її виділення (21) поки не можна показати в ній. Їхні цитати — у вкладці «Нотатки».'],
  },
  waitingForTextTitle: {
    en: ['Waiting for the article text (0)','Waiting for the article text (1)','Waiting for the article text (2)','Waiting for the article text (5)','Waiting for the article text (21)'],
    de: ['Warten auf den Artikeltext (0)','Warten auf den Artikeltext (1)','Warten auf den Artikeltext (2)','Warten auf den Artikeltext (5)','Warten auf den Artikeltext (21)'],
    uk: ['Очікують на текст статті (0)','Очікують на текст статті (1)','Очікують на текст статті (2)','Очікують на текст статті (5)','Очікують на текст статті (21)'],
  },
  importChecking: {
    en: ['Checking the records… 0 of 0', 'Checking the records… 1 of 1', 'Checking the records… 2 of 2', 'Checking the records… 5 of 5', 'Checking the records… 21 of 21'],
    de: ['Einträge werden geprüft … 0 von 0', 'Einträge werden geprüft … 1 von 1', 'Einträge werden geprüft … 2 von 2', 'Einträge werden geprüft … 5 von 5', 'Einträge werden geprüft … 21 von 21'],
    uk: ['Перевірка записів… 0 з 0', 'Перевірка записів… 1 з 1', 'Перевірка записів… 2 з 2', 'Перевірка записів… 5 з 5', 'Перевірка записів… 21 з 21'],
  },
  importedHighlights: {
    en: ['0 highlights','1 highlight','2 highlights','5 highlights','21 highlights'],
    de: ['0 Markierungen','1 Markierung','2 Markierungen','5 Markierungen','21 Markierungen'],
    uk: ['0 виділень','1 виділення','2 виділення','5 виділень','21 виділення'],
  },
  importedArticles: {
    en: ['0 articles','1 article','2 articles','5 articles','21 articles'],
    de: ['0 Artikel','1 Artikel','2 Artikel','5 Artikel','21 Artikel'],
    uk: ['0 статей','1 статтю','2 статті','5 статей','21 статтю'],
  },
  importSkipped: {
    en: ['0 were already in your library','1 was already in your library','2 were already in your library','5 were already in your library','21 were already in your library'],
    de: ['0 waren schon in Ihrer Bibliothek','1 war schon in Ihrer Bibliothek','2 waren schon in Ihrer Bibliothek','5 waren schon in Ihrer Bibliothek','21 waren schon in Ihrer Bibliothek'],
    uk: ['0 записів уже було в бібліотеці','1 запис уже був у бібліотеці','2 записи вже були в бібліотеці','5 записів уже було в бібліотеці','21 запис уже був у бібліотеці'],
  }
};

const en = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
const families = [...new Set(Object.keys(en).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)))].sort();

afterEach(() => fakeBrowser.reset());

describe('count messages at 0, 1, 2, 5, 21', () => {
  it('every count message of the catalogue has its row here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(families);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      for (const family of families) {
        it(family, () => {
          useCatalogue(locale);
          const second = (n: number) => (family === 'tabWithCount' ? t('tabNotes') : n);
          expect(COUNTS.map((n) => tn(family as PluralKey, n, second(n)))).toEqual(EXPECTED[family]?.[locale]);
        });
      }
    });
  }

  it('the import summary puts three counted phrases into one sentence', () => {
    const summary = (added: number, articles: number, skipped: number) =>
      t('importDone', tn('importedHighlights', added), tn('importedArticles', articles), tn('importSkipped', skipped));
    useCatalogue('en');
    expect(summary(1, 2, 0)).toBe('Imported 1 highlight and 2 articles; 0 were already in your library.');
    useCatalogue('de');
    expect(summary(2, 1, 1)).toBe('Importiert: 2 Markierungen und 1 Artikel; 1 war schon in Ihrer Bibliothek.');
    useCatalogue('uk');
    expect(summary(21, 5, 2)).toBe('Імпортовано 21 виділення і 5 статей; 2 записи вже були в бібліотеці.');
  });

  it('removing an article names its highlights and notes, each counted in its own form', () => {
    const work = (h: number, n: number) => t('removeArticleWithWork', tn('countHighlights', h), tn('countNotes', n));
    useCatalogue('en');
    expect(work(1, 0)).toBe('Remove it with 1 highlight and 0 notes');
    expect(t('articleRemovedWork', tn('countHighlights', 2), tn('countNotes', 1))).toBe('Removed from the library, with its 2 highlights and 1 note.');
    useCatalogue('de');
    expect(work(2, 1)).toBe('Mit 2 Markierungen und 1 Notiz entfernen');
    useCatalogue('uk');
    expect(work(21, 5)).toBe('Вилучити (буде видалено: 21 виділення, 5 нотаток)');
  });

  it('large counts are written as the language writes them', () => {
    useCatalogue('en');
    expect(tn('countHighlights', 12500)).toBe('12,500 highlights');
    useCatalogue('de');
    expect(tn('countHighlights', 12500)).toBe('12.500 Markierungen');
    useCatalogue('uk');
    expect(tn('countHighlights', 12500)).toBe('12\u00a0500 виділень');
  });
});
