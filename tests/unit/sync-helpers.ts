// Simulated devices for the sync unit tests: each is a Gloss database (Dexie on fake-indexeddb) with
// its own PouchDB replica (memory adapter) syncing through the test server (tests/support/couch.ts).
import { createRequire } from 'node:module';
import { GlossDatabase } from '../../lib/db';
import { startSync, type SyncSession, type SyncStatus } from '../../lib/sync/engine';
import type { PouchConstructor } from '../../lib/sync/pouch';
import type { Article } from '../../lib/extract/types';
import { testArticle } from '../support/article';

const require = createRequire(import.meta.url);

export const NodePouch: PouchConstructor = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

let devices = 0;

export interface Device {
  db: GlossDatabase;
  session: SyncSession;
  stop(): Promise<void>;
}

export async function device(url: string, user: string, password: string, sendEverything = true, onStatus?: (status: SyncStatus) => void): Promise<Device> {
  const name = `device-${++devices}-${Math.random().toString(36).slice(2)}`;
  const db = new GlossDatabase(name);
  await db.open();
  const session = await startSync({ db, PouchDB: NodePouch, target: { url, user, password }, localName: `replica-${name}`, localOptions: { adapter: 'memory' }, sendEverything, onStatus });
  return {
    db,
    session,
    stop: async () => {
      await session.stop();
      db.close();
      await GlossDatabase.delete(name);
    },
  };
}

export const article = (n = 1): Article => testArticle({ url: `https://news.test/story-${n}`, title: `Story ${n}` });

export const selectors = (text: string, start: number, end: number) =>
  [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    { type: 'TextPositionSelector', start, end },
  ] as const;
