// An import, off the library page's main thread. A 300 MB backup (1M annotations) took the page
// 14–22 s of frozen UI to read, parse, check and write; here the page stays responsive and shows
// progress. The worker runs in the extension's origin, so it opens the same Dexie database (Dexie
// tells the page's live queries about the writes). It reads the file with progress, parses and
// checks it (lib/export/import, never throws), merges it with the library and writes it in one
// transaction — as before: nothing is written unless the whole file is good.
import { GlossDatabase, describeStorageError } from '../../lib/db';
import { isImportError, mergeImport, parseImport } from '../../lib/export';

export type ImportWorkerMessage =
  | { type: 'progress'; stage: 'reading' | 'checking' | 'writing'; done: number; total: number }
  | { type: 'done'; added: number; articlesAdded: number; skipped: number }
  | { type: 'error'; message: string };

/** Records written per bulkPut inside the one transaction, with progress between them. */
const WRITE_CHUNK = 5_000;

const post = (m: ImportWorkerMessage) => (self as unknown as Worker).postMessage(m);

/** The file as text, reporting the share read (at most once per percent). */
async function readText(file: File): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  let reported = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    const percent = Math.floor((read / Math.max(1, file.size)) * 100);
    if (percent !== reported) {
      reported = percent;
      post({ type: 'progress', stage: 'reading', done: read, total: file.size });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function putAll<T>(table: { bulkPut(items: T[]): Promise<unknown> }, items: T[], written: { n: number }, total: number) {
  for (let i = 0; i < items.length; i += WRITE_CHUNK) {
    await table.bulkPut(items.slice(i, i + WRITE_CHUNK));
    written.n += Math.min(WRITE_CHUNK, items.length - i);
    post({ type: 'progress', stage: 'writing', done: written.n, total });
  }
}

async function runImport(file: File) {
  const plan = parseImport(await readText(file), {
    onProgress: (done, total) => post({ type: 'progress', stage: 'checking', done, total }),
  });
  if (isImportError(plan)) {
    post({ type: 'error', message: plan.error });
    return;
  }
  const db = new GlossDatabase();
  try {
    const result = await db.transaction('rw', db.articles, db.annotations, db.tags, async () => {
      const existing = { articles: await db.articles.toArray(), annotations: await db.annotations.toArray(), tags: await db.tags.toArray() };
      const merge = mergeImport(existing, plan);
      const total = merge.toPut.articles.length + merge.toPut.annotations.length + merge.toPut.tags.length;
      const written = { n: 0 };
      await putAll(db.articles, merge.toPut.articles, written, total);
      await putAll(db.annotations, merge.toPut.annotations, written, total);
      await putAll(db.tags, merge.toPut.tags, written, total);
      return merge;
    });
    post({ type: 'done', added: result.added, articlesAdded: result.articlesAdded, skipped: result.skipped });
  } catch (error) {
    post({ type: 'error', message: describeStorageError(error).message });
  } finally {
    db.close();
  }
}

self.onmessage = (event: MessageEvent<{ file?: unknown }>) => {
  const file = event.data?.file;
  if (!(file instanceof Blob)) {
    post({ type: 'error', message: 'No file was given to import.' });
    return;
  }
  runImport(file as File).catch((error) => post({ type: 'error', message: String((error as Error)?.message ?? error) }));
};
