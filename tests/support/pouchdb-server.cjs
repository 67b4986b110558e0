// PouchDB Server for the sync tests, in its own process (tests/support/couch.ts starts it):
// express-pouchdb over PouchDB's in-memory adapter, pure JavaScript, on 127.0.0.1 at a port the OS
// picks, with an admin. Prints {"url": …} on one line once it listens; exits when its parent goes.
// Its own process because PouchDB's plugins change one shared prototype: the server's plugins
// (auth, validation, security) must not leak into the PouchDB the tests use as a client.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

// pouchdb-validation 4.2.0 (used by express-pouchdb when a database has a validate_doc_update)
// overwrites a replicated revision's history with the current document's (`newDoc._revisions =
// (oldDoc || {})._revisions`), so with new_edits=false an edit or deletion pushed by replication
// lands as an unrelated root branch and the old revision stays the winner (a deletion silently does
// nothing). Apache CouchDB keeps the history it is sent. This loads the module with that one line
// corrected: keep the sender's history when there is one.
const VALIDATION_BUG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const validationPath = require.resolve('pouchdb-validation', { paths: [path.dirname(require.resolve('express-pouchdb'))] });
const validationSource = fs.readFileSync(validationPath, 'utf8');
if (!validationSource.includes(VALIDATION_BUG)) throw new Error('pouchdb-validation changed: review the patch in tests/support/pouchdb-server.cjs');
const patched = new Module(validationPath, module);
patched.filename = validationPath;
patched.paths = Module._nodeModulePaths(path.dirname(validationPath));
patched._compile(validationSource.replace(VALIDATION_BUG, 'if (!newDoc._revisions) ' + VALIDATION_BUG), validationPath);
require.cache[validationPath] = patched;

const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'));
const express = require('express');

const [user, password] = [process.env.GLOSS_COUCH_ADMIN, process.env.GLOSS_COUCH_ADMIN_PASSWORD];
const app = express();
// inMemoryConfig: the server's config (admins) is never written to a file in the working directory.
app.use('/', require('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' }));
const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  const res = await fetch(`${url}/_config/admins/${encodeURIComponent(user)}`, { method: 'PUT', body: JSON.stringify(password) });
  if (!res.ok) throw new Error(`PouchDB Server refused the admin: HTTP ${res.status}`);
  process.stdout.write(JSON.stringify({ url }) + '\n');
});
process.on('disconnect', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
