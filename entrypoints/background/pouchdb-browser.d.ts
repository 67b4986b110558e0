// pouchdb-browser ships no types; lib/sync/pouch.ts types the part of PouchDB that Gloss uses.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
