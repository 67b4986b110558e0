// Writes a library into a real browser's IndexedDB the way Gloss's previous schema (Dexie v2:
// articles, annotations, tags) stored it, so the next open of Gloss runs the real upgrade on real
// data. Used by the upgrade e2e test and by bench:library-page. The extension page's CSP forbids
// injected scripts, so records go through page.evaluate (DevTools protocol) in chunks and are
// written with the page's own IndexedDB. The page must be of the extension's origin and must not
// have opened the Gloss database itself (open a static file of the extension, e.g. its manifest).
import type { Page } from '@playwright/test';
import type { AnnotationRecord, SavedArticle, TagRecord } from '../../../lib/db/schema';

/** Dexie stores version n as IndexedDB version 10·n. */
const V2 = 20;
/** Records per page.evaluate call (keeps each message to the browser a few MB). */
const ARTICLE_CHUNK = 250;
const ANNOTATION_CHUNK = 5000;

async function createV2(page: Page) {
  await page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('gloss', version);
        req.onupgradeneeded = () => {
          const db = req.result;
          const articles = db.createObjectStore('articles', { keyPath: 'id' });
          for (const i of ['savedAt', 'updatedAt', 'siteName', 'publishedTime', 'title']) articles.createIndex(i, i);
          const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
          for (const i of ['articleId', 'createdAt', 'modifiedAt', 'color']) annotations.createIndex(i, i);
          annotations.createIndex('tags', 'tags', { multiEntry: true });
          db.createObjectStore('tags', { keyPath: 'name' });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
    V2,
  );
}

async function put(page: Page, store: string, rows: unknown[]) {
  await page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('gloss');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}

export interface Library {
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

/** Creates the v2 database and writes the library into it. */
export async function writeV2Library(page: Page, lib: Library): Promise<void> {
  await createV2(page);
  for (let i = 0; i < lib.articles.length; i += ARTICLE_CHUNK) await put(page, 'articles', lib.articles.slice(i, i + ARTICLE_CHUNK));
  for (let i = 0; i < lib.annotations.length; i += ANNOTATION_CHUNK) await put(page, 'annotations', lib.annotations.slice(i, i + ANNOTATION_CHUNK));
  await put(page, 'tags', lib.tags);
}

/** Counts and the sorted keys of every store, read with plain IndexedDB (no Gloss code). */
export async function storeContents(page: Page): Promise<Record<string, { count: number; keys: string[]; version: number }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('gloss');
        req.onerror = () => reject(req.error);
        req.onsuccess = async () => {
          const db = req.result;
          const out: Record<string, { count: number; keys: string[]; version: number }> = {};
          for (const name of Array.from(db.objectStoreNames)) {
            const keys = await new Promise<IDBValidKey[]>((res) => {
              const r = db.transaction(name).objectStore(name).getAllKeys();
              r.onsuccess = () => res(r.result);
            });
            out[name] = { count: keys.length, keys: keys.map(String).sort(), version: db.version };
          }
          db.close();
          resolve(out);
        };
      }),
  );
}
