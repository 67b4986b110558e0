// Export the filtered selection or the whole library in the formats researchers use, and import
// a Gloss backup or a W3C annotation file. Files are made in memory (lib/export) and downloaded;
// an import runs in a worker (importWorker.ts), with progress, and is parsed and checked completely
// before one record is written, in one transaction.
import { useRef, useState } from 'react';
import {
  annotationsCsv,
  exportBackup,
  exportBibtex,
  exportCslJson,
  exportRis,
  exportW3C,
  figuresCsv,
  libraryToMarkdown,
  libraryToMarkdownFiles,
  safeFilename,
  sourcesCsv,
  type ExportInput,
} from '../../lib/export';
import { t, tn, type MessageKey } from '../../components/i18n';
import { downloadText } from '../../components/download';
import type { ImportWorkerMessage } from './importWorker';

/** What the import is doing, for people. */
function progressText(m: Extract<ImportWorkerMessage, { type: 'progress' }>): string {
  if (m.stage === 'reading') return t('importReading', String(Math.floor((m.done / Math.max(1, m.total)) * 100)));
  if (m.stage === 'checking') return tn('importChecking', m.total, m.done);
  return t('importWriting');
}

type Format = 'markdown' | 'w3c' | 'csv-annotations' | 'csv-sources' | 'csv-figures' | 'bibtex' | 'ris' | 'csl' | 'backup';

const FORMATS: Array<{ id: Format; label: MessageKey; ext: string; mime: string; make: (input: ExportInput) => string }> = [
  // One article: an Obsidian note with YAML front matter; several: one document, a section each.
  { id: 'markdown', label: 'formatMarkdown', ext: 'md', mime: 'text/markdown', make: (i) => (i.articles.length === 1 ? libraryToMarkdownFiles(i)[0].content : libraryToMarkdown(i)) },
  { id: 'w3c', label: 'formatW3C', ext: 'jsonld', mime: 'application/ld+json', make: (i) => exportW3C(i) },
  { id: 'csv-annotations', label: 'formatCsvAnnotations', ext: 'csv', mime: 'text/csv', make: (i) => annotationsCsv(i) },
  { id: 'csv-sources', label: 'formatCsvSources', ext: 'csv', mime: 'text/csv', make: (i) => sourcesCsv(i) },
  { id: 'csv-figures', label: 'formatCsvFigures', ext: 'csv', mime: 'text/csv', make: (i) => figuresCsv(i) },
  { id: 'bibtex', label: 'formatBibtex', ext: 'bib', mime: 'application/x-bibtex', make: (i) => exportBibtex(i) },
  { id: 'ris', label: 'formatRis', ext: 'ris', mime: 'application/x-research-info-systems', make: (i) => exportRis(i) },
  { id: 'csl', label: 'formatCsl', ext: 'json', mime: 'application/vnd.citationstyles.csl+json', make: (i) => exportCslJson(i) },
  { id: 'backup', label: 'formatBackup', ext: 'json', mime: 'application/json', make: (i) => exportBackup(i) },
];

interface Props {
  selection: ExportInput;
  all: ExportInput;
  onError: (message: string | null) => void;
  onNotice: (message: string) => void;
}

export function LibraryTransfer({ selection, all, onError, onNotice }: Props) {
  const [format, setFormat] = useState<Format>('markdown');
  const [scope, setScope] = useState<'selection' | 'all'>('selection');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const doExport = () => {
    const spec = FORMATS.find((f) => f.id === format)!;
    const input = scope === 'all' || format === 'backup' ? all : selection;
    try {
      const day = new Date().toISOString().slice(0, 10);
      const name = input.articles.length === 1 && spec.id !== 'backup' ? safeFilename(input.articles[0].title) : `gloss-${spec.id}-${day}`;
      downloadText(`${name}.${spec.ext}`, spec.make(input), spec.mime);
      onError(null);
    } catch (e) {
      onError(`${t('exportFailed')} ${(e as Error).message}`);
    }
  };

  // The import runs in a worker (importWorker.ts): a big backup must not freeze this page.
  const doImport = (file: File) => {
    setBusy(true);
    onError(null);
    setProgress(null);
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      setBusy(false);
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') setProgress(progressText(m));
      else {
        if (m.type === 'done') onNotice(t('importDone', tn('importedHighlights', m.added), tn('importedArticles', m.articlesAdded), tn('importSkipped', m.skipped)));
        else onError(m.message);
        finish();
      }
    };
    worker.onerror = (event) => {
      onError(`${t('stateError')}: ${event.message}`);
      finish();
    };
    worker.postMessage({ file });
  };

  return (
    <section className="transfer" aria-labelledby="transfer-title">
      <h3 id="transfer-title">{t('exportTitle')}</h3>
      <label>
        {t('exportFormat')}
        <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => <option key={f.id} value={f.id}>{t(f.label)}</option>)}
        </select>
      </label>
      <fieldset className="scope">
        <legend className="visually-hidden">{t('exportScope')}</legend>
        <label className="checkbox">
          <input type="radio" name="scope" checked={scope === 'selection'} onChange={() => setScope('selection')} />
          {tn('exportSelection', selection.articles.length)}
        </label>
        <label className="checkbox">
          <input type="radio" name="scope" data-testid="export-all" checked={scope === 'all'} onChange={() => setScope('all')} />
          {tn('exportAll', all.articles.length)}
        </label>
      </fieldset>
      <button type="button" className="button primary" data-testid="export" onClick={doExport}>{t('exportButton')}</button>
      <h3>{t('importTitle')}</h3>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="import-file"
        aria-label={t('importLabel')}
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void doImport(file);
        }}
      />
      {progress && <p className="hint" role="status" data-testid="import-progress">{progress}</p>}
      <p className="hint">{t('importHint')}</p>
    </section>
  );
}
