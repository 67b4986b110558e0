// An editor's note that opens with the update time is article text: outlets put it above the first
// paragraph when they update a story ("Aktualisiert, 17.40 Uhr: …"), and a reader may annotate it.
// It was dropped as a header dateline, so the extracted text lost it (found by the edited-page
// anchoring table, tests/fixtures/anchor-pages, versions update-top of de-zulieferer and uk-nbu-stavka).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';

const BODY = [
  'Der Autozulieferer Brenner Antriebstechnik will in Deutschland rund 1.200 Arbeitsplätze abbauen, etwa jede sechste Stelle im Inland, wie das Unternehmen am Donnerstag mitteilte.',
  'Betroffen sind vor allem die Werke in Heilbronn und Gaildorf. Der Abbau soll bis Ende 2027 abgeschlossen sein und so sozialverträglich wie möglich erfolgen, sagte die Vorstandschefin.',
  'Die IG Metall reagierte empört und kündigte für Dienstag eine Kundgebung vor dem Werkstor an. Man werde um jeden einzelnen Arbeitsplatz kämpfen, sagte die Bevollmächtigte.',
  'Das Wirtschaftsministerium zeigte sich besorgt. Ein Sprecher sagte, man stehe mit dem Unternehmen in engem Austausch; Staatshilfen seien derzeit kein Thema.',
].map((p) => `<p>${p}</p>`).join('');

function text(first: string): string {
  const html = `<html lang="de"><head><title>Brenner streicht 1.200 Stellen</title></head><body><article><h1>Brenner streicht 1.200 Stellen</h1>
    <div class="body">${first}${BODY}</div></article></body></html>`;
  const dom = new JSDOM(html);
  const r = extractArticle(dom.window.document, { url: 'https://news.test/brenner', purify: dom.window as never });
  if (!r.isArticle) throw new Error(r.message);
  return r.article.text;
}

describe("an editor's note above the body", () => {
  it('keeps a note that opens with the update time', () => {
    const de = 'Aktualisiert, 17.40 Uhr: Die Landesregierung hat inzwischen Gespräche mit dem Vorstand angekündigt.';
    expect(text(`<p><strong>${de.slice(0, 24)}</strong>${de.slice(24)}</p>`).startsWith(de)).toBe(true);
    const uk = 'Оновлено о 17:05: додано коментар Міністерства фінансів.';
    expect(text(`<p><b>${uk.slice(0, 17)}</b>${uk.slice(17)}</p>`).startsWith(uk)).toBe(true);
  });

  it('still drops a bare update line', () => {
    expect(text('<p>Aktualisiert: 06.11.2025, 17.40 Uhr</p>').startsWith('Der Autozulieferer')).toBe(true);
    expect(text('<p>Updated: Nov. 19, 2019, 12:30 p.m. ET.</p>').startsWith('Der Autozulieferer')).toBe(true);
  });
});
