// The part of PouchDB's API that lib/sync uses, typed here so lib/ needs neither PouchDB's types
// nor PouchDB itself: the background passes in pouchdb-browser, Node tests and benches pass
// pouchdb-core with the memory and http adapters. Same code either way.

export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  type?: string;
  [key: string]: unknown;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  changes: Array<{ rev: string }>;
}

export interface PouchEmitter {
  on(event: string, listener: (...args: any[]) => void): PouchEmitter;
  cancel(): void;
}

export interface PouchLike {
  name: string;
  get(id: string, options?: Record<string, unknown>): Promise<SyncDoc>;
  put(doc: SyncDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  remove(id: string, rev: string): Promise<{ ok: boolean; rev: string }>;
  bulkDocs(docs: SyncDoc[], options?: Record<string, unknown>): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string }>>;
  allDocs(options: Record<string, unknown>): Promise<{ rows: Array<{ id: string; key: string; value?: { rev: string; deleted?: boolean }; error?: string; doc?: SyncDoc }> }>;
  changes(options: Record<string, unknown>): PouchEmitter & Promise<{ results: PouchChange[]; last_seq: number | string }>;
  sync(remote: PouchLike, options: Record<string, unknown>): PouchEmitter;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  /** For each id, which of the given revisions the database lacks. */
  revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export type PouchConstructor = new (name: string, options?: Record<string, unknown>) => PouchLike;

/** PouchDB's "not found" (a missing document, or one whose winning revision is a deletion). */
export const isNotFound = (error: unknown) => (error as { status?: number })?.status === 404;
export const isConflict = (error: unknown) => (error as { status?: number })?.status === 409;
