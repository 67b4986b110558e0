// The victim of the foreign-canonical attack (issue 14 item 1), for both browser suites: an article
// the user saved from serious-news.example, with a highlight and a private note. The hostile page
// tests/security/fixtures/foreign-canonical.html copies its text and declares its URL as canonical.
// `seedVictim` runs inside an extension page (it is serialized: it must use nothing from outside).
import { describe as describeQuote } from '../../../lib/anchor';

export const VICTIM_URL = 'https://serious-news.example/2024/rates';
export const VICTIM_TITLE = 'Central bank raises rates again (saved from Serious News)';
export const VICTIM_NOTE = 'Private note: call the source at the bank before Friday';
const QUOTE = 'raised its key rate by half a point';

const TEXT = [
  'Central bank raises rates again',
  'The central bank raised its key rate by half a point on Thursday, the third increase this year, saying that prices were still rising faster than it would like.',
  'The governor told reporters that the decision had been unanimous and that the bank would keep watching wages, rents and the price of energy before its next meeting in December.',
].join('\n\n');

export function victimRecords(now = 1_727_870_400_000) {
  const start = TEXT.indexOf(QUOTE);
  const article = {
    id: VICTIM_URL, url: VICTIM_URL, canonicalUrl: VICTIM_URL, title: VICTIM_TITLE, byline: null, siteName: 'Serious News',
    publishedTime: '2024-10-03', lang: 'en', dir: 'ltr', excerpt: null, leadImage: null,
    html: TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join(''), text: TEXT, links: [], wordCount: 60, readingMinutes: 1,
    savedAt: now, updatedAt: now,
  };
  const annotation = {
    id: '5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f', articleId: VICTIM_URL, url: VICTIM_URL,
    selectors: describeQuote(TEXT, start, start + QUOTE.length), color: 'pink', note: VICTIM_NOTE, tags: ['private'],
    createdAt: now, modifiedAt: now,
  };
  return { article, annotation };
}

/** Puts the victim's records into the extension's `gloss` database (which must exist: open the library first). */
export async function seedVictim(records: { article: object; annotation: object }): Promise<number> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('gloss');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['articles', 'annotations'], 'readwrite');
      tx.objectStore('articles').put(records.article);
      tx.objectStore('annotations').put(records.annotation);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return await new Promise<number>((resolve, reject) => {
      const req = db.transaction('annotations').objectStore('annotations').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

/** Empties Gloss's stores (run in an extension page): a test that filled them leaves none of it to the next. */
export async function clearGlossStores(): Promise<void> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('gloss');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
