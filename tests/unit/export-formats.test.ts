// Golden files for every export format (clock frozen), plus validity checks with parsers we did
// not write: papaparse (CSV), @retorquere/bibtex-parser (the BibTeX parser of Zotero's Better
// BibTeX) and citation-js's BibTeX plugin (BibTeX, BibLaTeX), astrocite-ris (RIS) and jsonld
// (JSON-LD expansion against a local copy of the W3C anno.jsonld context, no network).
// Regenerate the golden files with UPDATE_GOLDEN=1 npx vitest run tests/unit/export-formats.test.ts
// and read the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import * as bibtex from '@retorquere/bibtex-parser';
import * as ris from 'astrocite-ris';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
// @ts-expect-error -- jsonld ships no type declarations; this test uses expand() only
import jsonld from 'jsonld';
import {
  ANNOTATION_COLUMNS, annotationsCsv, exportBackup, exportBibtex, exportBiblatex, exportCslJson, exportRis, exportW3C, figuresCsv,
  libraryToMarkdown, libraryToMarkdownFiles, sourcesCsv,
} from '../../lib/export';
import { NOW, fixedAnalysis, library } from '../fixtures/export/sample-library';

const DIR = join(__dirname, '../fixtures/export');

function golden(name: string, actual: string) {
  const file = join(DIR, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden files', () => {
  it('markdown: one note per article', () => {
    const files = libraryToMarkdownFiles(library, { now: NOW });
    expect(files.map((f) => f.filename)).toEqual([
      'فيضانات 40% من السكان.md',
      'Putin orders army increase 180,000 more — what it means.md',
      'МЗС протестує проти призову в Криму 🇺🇦.md',
    ]);
    files.forEach((f, i) => golden(`markdown-${i + 1}.golden.md`, f.content));
  });
  it('markdown: whole library', () => golden('library.golden.md', libraryToMarkdown(library, { now: NOW })));
  it('markdown: the header counts one article and one highlight in the singular', () => {
    const one = { ...library, articles: library.articles.slice(0, 1), annotations: library.annotations.filter((a) => a.articleId === library.articles[0].id).slice(0, 1) };
    expect(libraryToMarkdown(one, { now: NOW }).split('\n')[2]).toBe(`Exported ${NOW.toISOString()} · 1 article · 1 highlight`);
  });
  it('w3c', () => golden('w3c.golden.jsonld', exportW3C(library, { now: NOW })));
  it('csv', () => {
    golden('annotations.golden.csv', annotationsCsv(library, { now: NOW }));
    golden('sources.golden.csv', sourcesCsv(library, { now: NOW, analyze: fixedAnalysis }));
    golden('figures.golden.csv', figuresCsv(library, { now: NOW, analyze: fixedAnalysis }));
  });
  it('bibtex', () => golden('citations.golden.bib', exportBibtex(library, { now: NOW })));
  it('biblatex', () => golden('citations.golden.biblatex.bib', exportBiblatex(library, { now: NOW })));
  it('ris', () => golden('citations.golden.ris', exportRis(library, { now: NOW })));
  it('csl-json', () => golden('citations.golden.csl.json', exportCslJson(library, { now: NOW })));
  it('backup', () => golden('backup.golden.json', exportBackup(library, { now: NOW })));
});

describe('CSV parses back (papaparse) to the same rows', () => {
  const parse = (csv: string) => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const r = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
    expect(r.errors).toEqual([]);
    return r.data.filter((row) => !(row.length === 1 && row[0] === ''));
  };
  it('annotations: quotes, commas, newlines, Ukrainian, Arabic, emoji; formula guard', () => {
    const rows = parse(annotationsCsv(library));
    expect(rows[0]).toEqual(ANNOTATION_COLUMNS);
    expect(rows).toHaveLength(library.annotations.length + 1);
    const col = (name: string) => ANNOTATION_COLUMNS.indexOf(name);
    const quotes = rows.slice(1).map((r) => r[col('quote')]);
    for (const a of library.annotations) expect(quotes).toContain(a.selectors[0].exact);
    const notes = rows.slice(1).map((r) => r[col('note')]);
    expect(notes).toContain(`'=HYPERLINK("http://evil.example","x")\nSecond line, with a comma and "quotes".`);
    expect(notes).toContain("'+1 يجب التحقق");
    expect(notes).toContain('Перевірити — джерело? 🧐');
    expect(rows.slice(1).map((r) => r[col('tags')])).toContain('source: official; bias');
  });
  it('guard and BOM can be turned off', () => {
    const csv = annotationsCsv(library, { bom: false, formulaGuard: false });
    expect(csv.startsWith('\uFEFF')).toBe(false);
    const rows = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows.some((r) => r.includes(`=HYPERLINK("http://evil.example","x")\nSecond line, with a comma and "quotes".`))).toBe(true);
  });
  it('sources and figures (real analyzer) carry article columns and the sentence', () => {
    const s = parse(sourcesCsv(library));
    expect(s.length).toBeGreaterThan(2);
    expect(s.slice(1).every((r) => r.length === s[0].length)).toBe(true);
    const f = parse(figuresCsv(library));
    const kinds = f.slice(1).map((r) => r[f[0].indexOf('kind')]);
    expect(kinds).toEqual(expect.arrayContaining(['percent', 'money']));
    const sentence = f.slice(1).find((r) => r[f[0].indexOf('text')] === '12%')?.[f[0].indexOf('sentence')];
    expect(sentence).toBe('According to the Ministry of Defence, spending will rise 12% to $140 billion in 2025.');
  });
});

describe('BibTeX (not BibLaTeX) parses back as BibTeX, with the highlights and notes in annote', () => {
  const text = exportBibtex(library, { now: NOW });
  const parsed = bibtex.parse(text);
  const en = () => parsed.entries.find((e) => e.fields.url === 'https://news.example/2024/10/02/decree?utm_source=feed')!;
  it('@misc entries with year, month, howpublished and note; no BibLaTeX-only fields', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.type)).toEqual(['misc', 'misc', 'misc']);
    expect(en().fields.year).toBe('2024');
    expect(en().fields.month).toBe('10');
    expect(en().fields.howpublished).toContain('https://news.example/2024/10/02/decree?utm_source=feed');
    expect(en().fields.note).toBe('News & Views; accessed 2026-11-25');
    for (const e of parsed.entries) for (const f of ['date', 'urldate', 'organization', 'journaltitle']) expect(e.fields[f], f).toBeUndefined();
  });
  it('annote lists each highlight with its note and tags, in reading order', () => {
    const annote = String(en().fields.annote);
    const own = library.annotations.filter((a) => a.articleId === library.articles[0].id).sort((a, b) => a.selectors[1].start - b.selectors[1].start);
    let at = -1;
    for (const a of own) {
      const next = annote.indexOf(a.selectors[0].exact.replace(/\s+/g, ' ').trim().slice(0, 30));
      expect(next, a.id).toBeGreaterThan(at);
      at = next;
      if (a.note) expect(annote).toContain(a.note.replace(/\s+/g, ' ').trim().slice(0, 20));
    }
  });
  it('citation-js reads it as the same references as the CSL-JSON export', () => {
    const items = new Cite(text).data as Array<{ title: string; issued?: { 'date-parts': number[][] }; URL?: string; author?: unknown[] }>;
    expect(items).toHaveLength(3);
    const csl = JSON.parse(exportCslJson(library, { now: NOW })) as typeof items;
    for (const c of csl) {
      const item = items.find((i) => i.title === c.title)!;
      expect(item, c.title).toBeTruthy();
      expect(item.URL).toBe(c.URL);
      expect(item.issued?.['date-parts'][0][0]).toBe(c.issued?.['date-parts'][0][0]);
      expect(item.author?.length ?? 0).toBe(c.author?.length ?? 0);
    }
  });
});

describe('BibLaTeX parses back (@retorquere/bibtex-parser)', () => {
  const text = exportBiblatex(library, { now: NOW });
  const parsed = bibtex.parse(text);
  it('without errors, with unique keys', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(3);
    expect(new Set(parsed.entries.map((e) => e.key)).size).toBe(3);
  });
  it('with the fields, LaTeX unescaped back to the original', () => {
    const en = parsed.entries.find((e) => e.fields.url === 'https://news.example/2024/10/02/decree?utm_source=feed')!;
    expect(en.type).toBe('online');
    expect(en.key).toBe('shevchuk2024putin');
    expect(en.fields.title).toBe(library.articles[0].title);
    expect(en.fields.organization).toEqual(['News & Views']);
    expect(en.fields.author).toEqual([{ lastName: 'Shevchuk', firstName: 'Mariia' }, { lastName: 'Smith', firstName: 'John' }]);
    expect(en.fields.date).toBe('2024-10-02');
    expect(en.fields.urldate).toBe('2026-11-25');
    const uk = parsed.entries.find((e) => e.fields.title === library.articles[1].title)!;
    expect(uk.key).toBe('kovalenko2024mzs');
    expect(uk.fields.author).toEqual([{ lastName: 'Коваленко', firstName: 'Ольга' }]);
  });
  it('escapes every LaTeX special character', () => {
    const nasty = { ...library.articles[0], title: 'A \\ {b} $c & d % e # f _ g ^ h ~ i', byline: null };
    for (const format of [exportBibtex, exportBiblatex]) {
      const r = bibtex.parse(format({ articles: [nasty] }, { now: NOW }));
      expect(r.errors).toEqual([]);
      expect(r.entries[0].fields.title).toBe(nasty.title);
    }
  });
  it('@article with journaltitle on request', () => {
    const r = bibtex.parse(exportBiblatex(library, { now: NOW, entryType: 'article' }));
    expect(r.entries.every((e) => e.type === 'article' || !e.fields.journaltitle)).toBe(true);
    expect(r.entries.map((e) => e.fields.journaltitle).filter(Boolean)).toContain('News & Views');
  });
});

describe('RIS parses back (astrocite-ris)', () => {
  it('one record per article with title, authors, dates, container, URL, access date', () => {
    const items = ris.parse(exportRis(library, { now: NOW }));
    expect(items).toHaveLength(3);
    const en = items.find((i: { URL?: string }) => i.URL === library.articles[0].url);
    expect(en.type).toBe('article-newspaper');
    expect(en.title).toBe(library.articles[0].title);
    expect(en.author).toEqual([{ family: 'Shevchuk', given: 'Mariia' }, { family: 'Smith', given: 'John' }]);
    expect(en['container-title']).toBe('News & Views');
    expect(en.issued['date-parts'][0].map(Number)).toEqual([2024, 10, 2]);
    expect(en.accessed['date-parts'][0].map(Number)).toEqual([2026, 11, 25]);
    const ar = items.find((i: { URL?: string }) => i.URL === library.articles[2].url);
    expect(ar.title).toBe('فيضانات: 40% من السكان');
  });
  it('one N1 note per highlight, as Zotero imports them', () => {
    const text = exportRis(library, { now: NOW });
    const items = ris.parse(text);
    const en = items.find((i: { URL?: string }) => i.URL === library.articles[0].url);
    const own = library.annotations.filter((a) => a.articleId === library.articles[0].id);
    const n1 = text.split('\r\n').filter((l) => l.startsWith('N1  - '));
    expect(n1.length).toBe(library.annotations.length);
    // astrocite keeps one note per record (the last N1); Zotero keeps each. Both read our lines.
    const ownLines = n1.filter((l) => own.some((a) => l.includes(a.selectors[0].exact.replace(/\s+/g, ' ').trim().slice(0, 30))));
    expect(ownLines).toHaveLength(own.length);
    expect(en.note).toBe(ownLines.at(-1)!.slice(6));
  });
});

describe('CSL-JSON', () => {
  it('article-newspaper items with date-parts and names', () => {
    const items = JSON.parse(exportCslJson(library, { now: NOW }));
    expect(items.map((i: { type: string }) => i.type)).toEqual(['article-newspaper', 'article-newspaper', 'article-newspaper']);
    const uk = items.find((i: { URL: string }) => i.URL === library.articles[1].url);
    expect(uk.issued).toEqual({ 'date-parts': [[2024, 10, 1]] });
    expect(uk.accessed).toEqual({ 'date-parts': [[2026, 11, 25]] });
    expect(uk.author).toEqual([{ family: 'Коваленко', given: 'Ольга' }]);
    expect(uk['container-title']).toBe('Українська правда');
  });
});

describe('W3C JSON-LD is valid against the W3C context', () => {
  const annoContext = JSON.parse(readFileSync(join(DIR, 'anno.jsonld'), 'utf8'));
  const documentLoader = async (url: string) => {
    if (url === 'http://www.w3.org/ns/anno.jsonld') return { contextUrl: null, document: annoContext, documentUrl: url };
    throw new Error(`no network in tests: ${url}`);
  };
  it('uses the W3C context and expands every term to a full IRI (nothing dropped)', async () => {
    const doc = JSON.parse(exportW3C(library, { now: NOW }));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(library.annotations.length);
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true } as never);
    const flat = JSON.stringify(expanded);
    for (const iri of [
      'http://www.w3.org/ns/activitystreams#OrderedCollection', 'http://www.w3.org/ns/oa#Annotation', 'http://www.w3.org/ns/oa#hasTarget',
      'http://www.w3.org/ns/oa#hasSelector', 'http://www.w3.org/ns/oa#TextQuoteSelector', 'http://www.w3.org/ns/oa#TextPositionSelector',
      'http://www.w3.org/ns/oa#tagging', 'http://www.w3.org/ns/oa#commenting', 'http://www.w3.org/ns/oa#highlighting',
      'urn:gloss:color', 'urn:gloss:article', 'http://purl.org/dc/terms/created',
    ]) expect(flat).toContain(iri);
    // Every annotation survives expansion with its target and selectors.
    const items = (expanded[0] as Record<string, any>)['http://www.w3.org/ns/activitystreams#first'][0]['http://www.w3.org/ns/activitystreams#items'][0]['@list'];
    expect(items).toHaveLength(library.annotations.length);
  });
});
