// Full-text search and filters over the library: article titles, sites and texts, highlight
// quotes, notes and tags — ranked hits with the field that matched and a snippet. See ./engine.ts
// (the index), ./fields.ts (what is searched), ./filters.ts (the one filter engine), ./text.ts
// (how words are read) and ./persist.ts (the index as IndexedDB rows). The database side —
// ./idb.ts and ./service.ts (the library's worker) — is imported by path, so this entry stays free
// of Dexie for the panel, the CLI and the benches.
export * from './text';
export * from './fields';
export * from './filters';
export * from './engine';
export * from './persist';
