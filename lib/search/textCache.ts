// Keeps the texts of the records recent searches read (for snippets and phrase checks), so the next
// query — often the same words typed further, whose best hits are mostly the same records — reads
// only the records it has not seen from IndexedDB. Bounded (least recently used go first), and told
// which records changed, so a snippet never shows an older text than the index has taken in.
import type { AnnotationRecord, SavedArticle } from '../db';
import type { TextSource } from './engine';

/** Records kept (articles and annotations together): a few screens of hits, a few MB at most. */
export const TEXT_CACHE_RECORDS = 300;

export interface CachedTexts extends TextSource {
  /** Drops these records (by id): they changed or went. */
  forget(ids: Iterable<string>): void;
}

export function cachedTexts(source: TextSource, capacity = TEXT_CACHE_RECORDS): CachedTexts {
  // Least recently used first: a Map keeps insertion order, so a hit is moved to the end.
  const kept = new Map<string, SavedArticle | AnnotationRecord>();
  // Bumped by forget: a read that began before a change must not keep what it read.
  let generation = 0;
  /** Kept records from the cache, the others read from the source (in one call) and kept. */
  async function read<T extends SavedArticle | AnnotationRecord>(kind: string, ids: string[], load: (ids: string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
    const out = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      const v = kept.get(kind + id) as T | undefined;
      if (v === undefined) missing.push(id);
      else {
        out.set(id, v);
        kept.delete(kind + id);
        kept.set(kind + id, v);
      }
    }
    if (!missing.length) return out;
    const began = generation;
    for (const [id, v] of await load(missing)) {
      out.set(id, v);
      if (generation === began) kept.set(kind + id, v);
    }
    while (kept.size > capacity) kept.delete(kept.keys().next().value!);
    return out;
  }
  return {
    articles: (ids) => read('a:', ids, (m) => source.articles(m)),
    annotations: (ids) => read('n:', ids, (m) => source.annotations(m)),
    forget(ids) {
      generation++;
      for (const id of ids) {
        kept.delete('a:' + id);
        kept.delete('n:' + id);
      }
    },
  };
}
