// What Settings → Sync stores is checked when read back, and the host permission it asks for is
// the server's host only (Firefox rejects match patterns with a port).
import { describe, expect, it } from 'vitest';
import { originPattern, parseSyncSettings } from '../../lib/sync/settings';
import { refusal } from '../../lib/sync/engine';
import { splitDatabaseUrl } from '../../lib/sync/probe';
import { annotationDoc, articleDocs, articleFromDocs, parseDocId } from '../../lib/sync/docs';
import { mergeNotes } from '../../lib/sync/conflicts';
import { article } from './sync-helpers';
import { toSavedArticle } from '../../lib/db/articles';

describe('sync settings', () => {
  it('asks for the host without its port, IPv6 included', () => {
    expect(originPattern('http://127.0.0.1:5984/gloss')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://couch.example.org/team/gloss-a')).toBe('https://couch.example.org/*');
    expect(originPattern('http://[::1]:5984/gloss')).toBe('http://[::1]/*');
  });
  it('splits a database URL and refuses what is not one', () => {
    expect(splitDatabaseUrl('https://couch.example.org/prefix/gloss-alice/')).toEqual({ origin: 'https://couch.example.org', server: 'https://couch.example.org/prefix/', db: 'gloss-alice' });
    expect(splitDatabaseUrl('https://couch.example.org/')).toBeNull();
    expect(splitDatabaseUrl('ftp://couch.example.org/db')).toBeNull();
    expect(splitDatabaseUrl('https://u:p@couch.example.org/db')).toBeNull();
  });
  it('reads back only well-formed settings', () => {
    expect(parseSyncSettings({ url: 'https://c.example/db', user: 'a', password: 'p', enabled: true })).toMatchObject({ enabled: true });
    expect(parseSyncSettings({ url: 'not a url', user: 'a', password: 'p', enabled: true })).toBeNull();
    expect(parseSyncSettings({ url: 'https://c.example/db', user: 1, password: 'p' })).toBeNull();
    expect(parseSyncSettings('x')).toBeNull();
  });
  it('with a session, never keeps a password, whatever storage holds', () => {
    expect(parseSyncSettings({ url: 'https://c.example/db', user: 'a', password: 'leaked', session: true, signedInAt: 5, enabled: true })).toMatchObject({ password: '', session: true, signedInAt: 5 });
    expect(parseSyncSettings({ url: 'https://c.example/db', user: 'a', password: 'p', enabled: true })).not.toHaveProperty('session');
  });
  it('tells a server that refuses the user from an outage', () => {
    const target = { url: 'https://c.example/db', user: 'a', password: 'p' };
    expect(refusal({ status: 401, name: 'unauthorized' }, { ...target, session: true })).toBe('signed-out');
    expect(refusal({ status: 401 }, target)).toBe('credentials');
    expect(refusal({ status: 403, name: 'forbidden' }, target)).toBe('no-permission');
    expect(refusal(new TypeError('Failed to fetch'), target)).toBeUndefined();
    expect(refusal(undefined, target)).toBeUndefined();
  });
});

describe('records ⇄ documents', () => {
  it('puts an article’s text in its own document and gets the same article back', () => {
    const saved = toSavedArticle(article(9), 1000);
    const { meta, text } = articleDocs(saved);
    expect(meta._id).toBe(`article:${saved.id}`);
    expect(meta).not.toHaveProperty('text');
    expect(meta).not.toHaveProperty('html');
    expect(text).toMatchObject({ _id: `text:${saved.id}`, text: saved.text, html: saved.html });
    expect(articleFromDocs(meta, text)).toEqual(saved);
  });
  it('gives an annotation without an author the syncing user, keeps one that has an author', () => {
    const base = { id: 'x', articleId: 'a', url: 'u', selectors: [] as never, color: 'blue' as const, note: '', tags: [], createdAt: 1, modifiedAt: 1 };
    expect(annotationDoc(base, 'alice').author).toBe('alice');
    expect(annotationDoc({ ...base, author: 'bob' }, 'alice').author).toBe('bob');
  });
  it('owns only its own document ids', () => {
    expect(parseDocId('annotation:1:2')).toEqual({ kind: 'annotation', key: '1:2' });
    expect(parseDocId('_design/gloss')).toBeNull();
    expect(parseDocId('other:1')).toBeNull();
  });
  it('merges notes without repeating one both sides share', () => {
    expect(mergeNotes('a', ['b'])).toBe('a\n\nb');
    expect(mergeNotes('same', ['same '])).toBe('same');
    expect(mergeNotes('', ['b'])).toBe('b');
  });
});
