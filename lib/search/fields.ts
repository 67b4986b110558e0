// What the library search looks in: one entry per searchable field — which record it belongs to,
// how much a match in it counts, and how to read its text. Adding a searchable field is one entry
// here (existing indexes pick it up when they are rebuilt: bump SEARCH_INDEX_VERSION).
import type { AnnotationRecord, SavedArticle } from '../db/schema';
import { markdownToText } from '../markdown';

export type HitKind = 'article' | 'annotation';

interface Field<K extends HitKind, R> {
  of: K;
  /** BM25 weight of a match in this field against one in the article text. */
  boost: number;
  text: (record: R) => string;
}
type AnyField = Field<'article', SavedArticle> | Field<'annotation', AnnotationRecord>;

export const SEARCH_FIELDS = {
  title: { of: 'article', boost: 3, text: (a: SavedArticle) => a.title },
  site: { of: 'article', boost: 1.5, text: (a: SavedArticle) => a.siteName ?? '' },
  text: { of: 'article', boost: 1, text: (a: SavedArticle) => a.text },
  quote: { of: 'annotation', boost: 2, text: (n: AnnotationRecord) => n.selectors[0].exact },
  // A note is Markdown: index and show the words the note list shows, not the ** and [](…) around them.
  note: { of: 'annotation', boost: 2, text: (n: AnnotationRecord) => markdownToText(n.note) },
  tags: { of: 'annotation', boost: 2.5, text: (n: AnnotationRecord) => n.tags.join(' · ') },
} satisfies Record<string, AnyField>;

export type SearchField = keyof typeof SEARCH_FIELDS;
/** Field numbers (positions in this list) are what the index stores. */
export const FIELD_NAMES = Object.keys(SEARCH_FIELDS) as SearchField[];
export const fieldsOf = (kind: HitKind) => FIELD_NAMES.filter((f) => SEARCH_FIELDS[f].of === kind);

/** Changes whenever what is indexed changes (fields, tokenisation): a persisted index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

/** A field's text of a record. */
export function fieldText(field: SearchField, record: SavedArticle | AnnotationRecord): string {
  return (SEARCH_FIELDS[field].text as (r: SavedArticle | AnnotationRecord) => string)(record);
}
