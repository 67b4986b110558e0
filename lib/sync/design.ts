// The design document Gloss installs in a shared (team) database: the server itself refuses an
// edit or deletion of another user's annotation, and an annotation whose author is not the writer,
// whatever client sends it. Server admins may do anything (moderation, repairs).
import type { SyncDoc } from './pouch';

export const DESIGN_ID = '_design/gloss';

/** Bumped when the function changes, so an older copy in a database is replaced. */
export const DESIGN_VERSION = 1;

// CouchDB runs this as JavaScript on the server (SpiderMonkey / QuickJS): ES5, no imports.
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (oldDoc && oldDoc.type === 'annotation' && oldDoc.author && oldDoc.author !== userCtx.name) {
    throw({ forbidden: 'Only ' + oldDoc.author + ' can change or delete this annotation.' });
  }
  if (!newDoc._deleted && newDoc.type === 'annotation' && newDoc.author !== userCtx.name) {
    throw({ forbidden: 'An annotation must carry its author (' + userCtx.name + ').' });
  }
}`;

export const designDoc = (): SyncDoc => ({ _id: DESIGN_ID, language: 'javascript', glossVersion: DESIGN_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE });
