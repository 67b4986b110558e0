// This device's changes that are in the replica but not yet on the server: what the indicator
// counts as waiting once the outbox has drained (the outbox empties into the replica even offline).
// A revision written here is unsent until the push replication reports it written, or the server
// refuses it (validate_doc_update). Kept in the replica as a local (never replicated) document, so a
// background that restarts while offline still knows what waits.
import type { PouchLike } from './pouch';

const DOC_ID = '_local/gloss-unsent';

/**
 * Least time between two writes of the list (ms). A first sync lists every document (20,000+), and
 * writing that list after each batch would cost more than the sync; a crash loses at most this much
 * of the list (the count after a restart is then low until those changes are sent).
 */
export const UNSENT_SAVE_INTERVAL_MS = 1_000;

export class UnsentChanges {
  private readonly revs = new Map<string, string>();
  private saving: Promise<void> | null = null;
  private dirty = false;
  private closing = false;

  constructor(private readonly local: PouchLike) {}

  /** Reads what a previous run left unsent (nothing on a new replica). */
  async load(): Promise<void> {
    try {
      const doc = await this.local.get(DOC_ID);
      for (const [id, rev] of Object.entries((doc.revs ?? {}) as Record<string, unknown>)) if (typeof rev === 'string') this.revs.set(id, rev);
    } catch {
      /* none yet */
    }
  }

  get size(): number {
    return this.revs.size;
  }

  written(id: string, rev: string): void {
    this.revs.set(id, rev);
    this.save();
  }

  /** The push replication wrote these revisions to the server. */
  pushed(docs: ReadonlyArray<{ _id?: string; _rev?: string }>): void {
    let changed = false;
    for (const doc of docs) {
      if (doc._id && this.revs.get(doc._id) === doc._rev) changed = this.revs.delete(doc._id) || changed;
    }
    if (changed) this.save();
  }

  /** The server refused this document: it will never be sent, so it no longer waits. */
  refused(id: string): void {
    if (this.revs.delete(id)) this.save();
  }

  /**
   * Drops what the server has after all (a push reported while this list was not stored, before a
   * restart): asked when replication is idle and still something counts as waiting.
   */
  async recheck(remote: PouchLike): Promise<void> {
    if (!this.revs.size) return;
    const asked = new Map(this.revs);
    const missing = await remote.revsDiff(Object.fromEntries([...asked].map(([id, rev]) => [id, [rev]])));
    let changed = false;
    for (const [id, rev] of asked) {
      if (!missing[id]?.missing?.includes(rev) && this.revs.get(id) === rev) changed = this.revs.delete(id) || changed;
    }
    if (changed) this.save();
  }

  /** Resolves once what is known now is stored (without waiting out the interval). */
  async flush(): Promise<void> {
    this.closing = true;
    while (this.saving) await this.saving;
  }

  /** One write at a time; changes meanwhile are stored by one more write after it. */
  private save(): void {
    if (this.saving) {
      this.dirty = true;
      return;
    }
    this.saving = (async () => {
      do {
        this.dirty = false;
        await this.write().catch(() => undefined); // a lost write only costs the count after a restart
        if (this.dirty && !this.closing) await new Promise((resolve) => setTimeout(resolve, UNSENT_SAVE_INTERVAL_MS));
      } while (this.dirty);
    })().finally(() => (this.saving = null));
  }

  private async write(): Promise<void> {
    let rev: string | undefined;
    try {
      rev = (await this.local.get(DOC_ID))._rev;
    } catch {
      /* first write */
    }
    await this.local.put({ _id: DOC_ID, ...(rev ? { _rev: rev } : {}), revs: Object.fromEntries(this.revs) });
  }
}
