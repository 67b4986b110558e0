// Reading the extension's IndexedDB from one of its own pages, for both browser suites: each
// function here runs inside the page (passed to Playwright's or puppeteer's page.evaluate), so it
// uses nothing but the page's indexedDB and must not close over anything of the test's.

/** Record counts of every store of the `gloss` database. */
export async function countStores(): Promise<Record<string, number>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('gloss');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const out: Record<string, number> = {};
  for (const name of db.objectStoreNames) {
    out[name] = await new Promise<number>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  db.close();
  return out;
}

export interface StoredAnnotation {
  id: string;
  articleId: string;
  exact: string;
  start: number;
  end: number;
  note: string;
  tags: string[];
  color: string;
}

/** Every annotation of the `gloss` database: quote, position, note, tags, colour. */
export async function readAnnotations(): Promise<StoredAnnotation[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('gloss');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    if (!db.objectStoreNames.contains('annotations')) return [];
    const all = await new Promise<Array<{ id: string; articleId: string; selectors: [{ exact: string }, { start: number; end: number }]; note: string; tags: string[]; color: string }>>((resolve, reject) => {
      const req = db.transaction('annotations').objectStore('annotations').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return all.map((a) => ({ id: a.id, articleId: a.articleId, exact: a.selectors[0].exact, start: a.selectors[1].start, end: a.selectors[1].end, note: a.note, tags: a.tags, color: a.color }));
  } finally {
    db.close();
  }
}

/** Empties Gloss's stores (defined with the hostile-page victim, which needs it too). */
export { clearGlossStores } from './victim';
