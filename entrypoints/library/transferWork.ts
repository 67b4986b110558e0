// What the library's export runs, loaded on first use by LibraryTransfer: each format's maker from
// lib/export (imports run in importWorker.ts).
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
import type { FormatId } from './exportFormats';

export { safeFilename } from '../../lib/export';

type Maker = (input: ExportInput, options: { fullText: boolean }) => string | Uint8Array;

export function obsidianNotes(input: ExportInput, fullText: boolean): MarkdownFile[] {
  return libraryToMarkdownFiles(input, { fullText });
}

export const MAKERS: Record<FormatId, Maker> = {
  obsidian: (i, o) => markdownZip(obsidianNotes(i, o.fullText)),
  markdown: (i, o) => libraryToMarkdown(i, { fullText: o.fullText }),
  w3c: (i) => exportW3C(i),
  'csv-annotations': (i) => annotationsCsv(i),
  'csv-sources': (i) => sourcesCsv(i),
  'csv-figures': (i) => figuresCsv(i),
  bibtex: (i) => exportBibtex(i),
  biblatex: (i) => exportBiblatex(i),
  ris: (i) => exportRis(i),
  csl: (i) => exportCslJson(i),
  backup: (i) => exportBackup(i),
};
