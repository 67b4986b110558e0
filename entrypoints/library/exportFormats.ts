// The library's export formats: what each is called, its file type, and how it is made from the
// records (lib/export). Markdown for Obsidian makes one note per article (a zip, or a folder the
// user picks where the browser has the File System Access API); the others make one file.
import type { MessageKey } from '../../components/i18n';
import {
  annotationsCsv,
  exportBackup,
  exportBiblatex,
  exportBibtex,
  exportCslJson,
  exportRis,
  exportW3C,
  figuresCsv,
  libraryToMarkdown,
  libraryToMarkdownFiles,
  markdownZip,
  sourcesCsv,
  type ExportInput,
  type MarkdownFile,
} from '../../lib/export';

export type FormatId = 'obsidian' | 'markdown' | 'w3c' | 'csv-annotations' | 'csv-sources' | 'csv-figures' | 'bibtex' | 'biblatex' | 'ris' | 'csl' | 'backup';

export interface FormatSpec {
  id: FormatId;
  label: MessageKey;
  ext: string;
  mime: string;
  make: (input: ExportInput, options: { fullText: boolean }) => string | Uint8Array;
}

export const FORMATS: FormatSpec[] = [
  { id: 'obsidian', label: 'formatObsidian', ext: 'zip', mime: 'application/zip', make: (i, o) => markdownZip(obsidianNotes(i, o.fullText)) },
  { id: 'markdown', label: 'formatMarkdown', ext: 'md', mime: 'text/markdown', make: (i, o) => libraryToMarkdown(i, { fullText: o.fullText }) },
  { id: 'w3c', label: 'formatW3C', ext: 'jsonld', mime: 'application/ld+json', make: (i) => exportW3C(i) },
  { id: 'csv-annotations', label: 'formatCsvAnnotations', ext: 'csv', mime: 'text/csv', make: (i) => annotationsCsv(i) },
  { id: 'csv-sources', label: 'formatCsvSources', ext: 'csv', mime: 'text/csv', make: (i) => sourcesCsv(i) },
  { id: 'csv-figures', label: 'formatCsvFigures', ext: 'csv', mime: 'text/csv', make: (i) => figuresCsv(i) },
  { id: 'bibtex', label: 'formatBibtex', ext: 'bib', mime: 'application/x-bibtex', make: (i) => exportBibtex(i) },
  { id: 'biblatex', label: 'formatBiblatex', ext: 'bib', mime: 'application/x-bibtex', make: (i) => exportBiblatex(i) },
  { id: 'ris', label: 'formatRis', ext: 'ris', mime: 'application/x-research-info-systems', make: (i) => exportRis(i) },
  { id: 'csl', label: 'formatCsl', ext: 'json', mime: 'application/vnd.citationstyles.csl+json', make: (i) => exportCslJson(i) },
  { id: 'backup', label: 'formatBackup', ext: 'json', mime: 'application/json', make: (i) => exportBackup(i) },
];

export function obsidianNotes(input: ExportInput, fullText: boolean): MarkdownFile[] {
  return libraryToMarkdownFiles(input, { fullText });
}
