// The library's export formats: what each is called and its file type. Markdown for Obsidian makes
// one note per article (a zip, or a folder the user picks where the browser has the File System
// Access API); the others make one file. The makers (lib/export, fflate) are a chunk of their own
// (./transferWork.ts), loaded on the first export or import, so the page's first row does not wait
// for them.
import type { MessageKey } from '../../components/i18n';

export type FormatId = 'obsidian' | 'markdown' | 'w3c' | 'csv-annotations' | 'csv-sources' | 'csv-figures' | 'bibtex' | 'biblatex' | 'ris' | 'csl' | 'backup';

export interface FormatSpec {
  id: FormatId;
  label: MessageKey;
  ext: string;
  mime: string;
}

export const FORMATS: FormatSpec[] = [
  { id: 'obsidian', label: 'formatObsidian', ext: 'zip', mime: 'application/zip' },
  { id: 'markdown', label: 'formatMarkdown', ext: 'md', mime: 'text/markdown' },
  { id: 'w3c', label: 'formatW3C', ext: 'jsonld', mime: 'application/ld+json' },
  { id: 'csv-annotations', label: 'formatCsvAnnotations', ext: 'csv', mime: 'text/csv' },
  { id: 'csv-sources', label: 'formatCsvSources', ext: 'csv', mime: 'text/csv' },
  { id: 'csv-figures', label: 'formatCsvFigures', ext: 'csv', mime: 'text/csv' },
  { id: 'bibtex', label: 'formatBibtex', ext: 'bib', mime: 'application/x-bibtex' },
  { id: 'biblatex', label: 'formatBiblatex', ext: 'bib', mime: 'application/x-bibtex' },
  { id: 'ris', label: 'formatRis', ext: 'ris', mime: 'application/x-research-info-systems' },
  { id: 'csl', label: 'formatCsl', ext: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  { id: 'backup', label: 'formatBackup', ext: 'json', mime: 'application/json' },
];
