// Export the shown articles or the whole library in the formats researchers use, and import a
// Gloss backup or a W3C annotation file. Records are read from the database in chunks (progress,
// Cancel), made into files by lib/export, and downloaded — or, for Obsidian, written note by note
// into a folder where the browser lets a page pick one. An import runs in a worker
// (importWorker.ts) with progress; it is parsed and checked completely before one record is
// written, in one transaction; Cancel ends the worker, which aborts that transaction.
import { memo, useRef, useState } from 'react';
import { readRecords } from '../../lib/db';
import type { ImportWorkerMessage } from './importWorker';
import { t, tn } from '../../components/i18n';
import { downloadBytes, downloadText } from '../../components/download';
import { useCitationStyle } from '../../components/citationStyle';
import { errorText } from '../../components/errorText';
import { CITATION_STYLES, type CitationStyle } from '../../lib/export/styles';
import { db } from '../sidepanel/db';
import { JobStatus } from './JobStatus';
import { FORMATS, type FormatId } from './exportFormats';

const work = () => import('./transferWork');

interface Props {
  /** Ids of the articles shown (filtered/searched), in order; null for a moment while a search ranks them. */
  selection: string[] | null;
  /** How many articles are shown (known before their order). */
  selectionCount: number;
  total: number;
  onError: (message: string | null) => void;
  onNotice: (message: string) => void;
}

interface Job {
  label: string;
  done: number;
  total: number;
  abort: AbortController;
}

type DirectoryPicker = () => Promise<FileSystemDirectoryHandle>;
const pickDirectory = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;

/** What the import is doing, for people. */
function progressText(m: Extract<ImportWorkerMessage, { type: 'progress' }>): string {
  if (m.stage === 'reading') return t('importReading', String(Math.floor((m.done / Math.max(1, m.total)) * 100)));
  if (m.stage === 'checking') return tn('importChecking', m.total, m.done);
  return t('importWriting');
}

const STYLE_LABEL = { apa: 'styleApa', chicago: 'styleChicago', mla: 'styleMla', harvard: 'styleHarvard' } as const;

export const LibraryTransfer = memo(function LibraryTransfer({ selection, selectionCount, total, onError, onNotice }: Props) {
  const [format, setFormat] = useState<FormatId>('obsidian');
  const [scope, setScope] = useState<'selection' | 'all'>('selection');
  const [fullText, setFullText] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [importStage, setImportStage] = useState<string | null>(null);
  const [style, setStyle] = useCitationStyle();
  const fileInput = useRef<HTMLInputElement>(null);

  /** Runs a long job with progress and Cancel; a cancelled job says so and changes nothing. */
  const run = async (label: string, failed: string, work: (report: (done: number, total: number) => void, signal: AbortSignal) => Promise<void>) => {
    const abort = new AbortController();
    setJob({ label, done: 0, total: 1, abort });
    onError(null);
    try {
      await work((done, n) => setJob((j) => (j ? { ...j, done, total: n } : j)), abort.signal);
    } catch (e) {
      if (abort.signal.aborted) onNotice(t('jobCancelled'));
      else onError(`${failed}${errorText(e)}`);
    } finally {
      setJob(null);
    }
  };

  const records = (report: (done: number, total: number) => void, signal: AbortSignal) =>
    readRecords(db, scope === 'all' || format === 'backup' ? null : selection ?? [], report, signal);
  /** The shown articles' order is still being ranked (the export waits for it: a moment). */
  const selectionPending = scope === 'selection' && format !== 'backup' && selection === null;

  const doExport = () =>
    run(t('exporting'), `${t('exportFailed')} `, async (report, signal) => {
      const spec = FORMATS.find((f) => f.id === format)!;
      const { MAKERS, obsidianNotes, safeFilename } = await work();
      const input = await records(report, signal);
      signal.throwIfAborted();
      const day = new Date().toISOString().slice(0, 10);
      const single = input.articles.length === 1 && spec.id !== 'backup';
      if (single && spec.id === 'obsidian') {
        const [note] = obsidianNotes(input, fullText);
        downloadText(note.filename, note.content, 'text/markdown');
        return;
      }
      const name = single ? safeFilename(input.articles[0].title) : `gloss-${spec.id}-${day}`;
      const out = MAKERS[spec.id](input, { fullText });
      if (typeof out === 'string') downloadText(`${name}.${spec.ext}`, out, spec.mime);
      else downloadBytes(`${name}.${spec.ext}`, out, spec.mime);
    });

  const doFolder = async () => {
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await pickDirectory!();
    } catch {
      return; // the user closed the picker
    }
    await run(t('exporting'), `${t('exportFailed')} `, async (report, signal) => {
      const { obsidianNotes } = await work();
      const notes = obsidianNotes(await records(report, signal), fullText);
      for (const [i, note] of notes.entries()) {
        signal.throwIfAborted();
        const file = await dir.getFileHandle(note.filename, { create: true });
        const writable = await file.createWritable();
        await writable.write(note.content);
        await writable.close();
        report(i + 1, notes.length);
      }
      onNotice(tn('folderDone', notes.length));
    });
  };

  // The import runs in a worker (importWorker.ts): a big backup must not freeze this page.
  const doImport = (file: File) =>
    run(t('importing'), '', (report, signal) => {
      const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
      return new Promise<void>((resolve, reject) => {
        const finish = () => {
          worker.terminate();
          setImportStage(null);
          if (fileInput.current) fileInput.current.value = '';
        };
        signal.addEventListener('abort', () => {
          finish(); // ends the worker: its unfinished transaction is aborted, nothing is written
          reject(signal.reason);
        });
        worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
          const m = event.data;
          if (m.type === 'progress') {
            setImportStage(progressText(m));
            report(m.done, m.total);
            return;
          }
          finish();
          if (m.type === 'done') onNotice(t('importDone', tn('importedHighlights', m.added), tn('importedArticles', m.articlesAdded), tn('importSkipped', m.skipped)));
          else onError(errorText(m));
          resolve();
        };
        worker.onerror = (event) => {
          finish();
          reject(new Error(event.message));
        };
        worker.postMessage({ file });
      });
    });

  return (
    <section className="transfer" aria-labelledby="transfer-title">
      <h3 id="transfer-title">{t('exportTitle')}</h3>
      <label>
        {t('exportFormat')}
        <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as FormatId)}>
          {FORMATS.map((f) => <option key={f.id} value={f.id}>{t(f.label)}</option>)}
        </select>
      </label>
      {(format === 'obsidian' || format === 'markdown') && (
        <label className="checkbox">
          <input type="checkbox" data-testid="export-full-text" checked={fullText} onChange={(e) => setFullText(e.target.checked)} />
          {t('exportFullText')}
        </label>
      )}
      <fieldset className="scope">
        <legend className="visually-hidden">{t('exportScope')}</legend>
        <label className="checkbox">
          <input type="radio" name="scope" checked={scope === 'selection'} onChange={() => setScope('selection')} />
          {tn('exportSelection', selectionCount)}
        </label>
        <label className="checkbox">
          <input type="radio" name="scope" data-testid="export-all" checked={scope === 'all'} onChange={() => setScope('all')} />
          {tn('exportAll', total)}
        </label>
      </fieldset>
      <button type="button" className="button primary" data-testid="export" disabled={!!job || selectionPending} onClick={() => void doExport()}>{t('exportButton')}</button>
      {format === 'obsidian' && pickDirectory && (
        <button type="button" className="button" data-testid="export-folder" disabled={!!job || selectionPending} onClick={() => void doFolder()}>{t('exportToFolder')}</button>
      )}
      {job && <JobStatus testId="transfer-status" label={importStage ?? job.label} done={job.done} total={job.total} onCancel={() => job.abort.abort()} />}
      <label>
        {t('citationStyle')}
        <select data-testid="citation-style" value={style} onChange={(e) => setStyle(e.target.value as CitationStyle)}>
          {CITATION_STYLES.map((s) => <option key={s} value={s}>{t(STYLE_LABEL[s])}</option>)}
        </select>
      </label>
      <h3>{t('importTitle')}</h3>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="import-file"
        aria-label={t('importLabel')}
        disabled={!!job}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void doImport(file);
        }}
      />
      {importStage && <p className="hint" role="status" data-testid="import-progress">{importStage}</p>}
      <p className="hint">{t('importHint')}</p>
    </section>
  );
});
