// Gloss records ⇄ CouchDB documents. One document per article (its metadata), per article text
// (`text:<id>`: the html, text and links, which are the bulk, so an annotation or a title change
// never re-sends them), per annotation and per tag, with stable ids made from the record's own key.
// Derived data (summaries, analyses, search index) is never synced: each device recomputes it.
import type { AnnotationRecord, SavedArticle, TagRecord } from '../model';
import type { SyncDoc } from './pouch';
import { claimReviewField } from '../extract/claim-review';

export type DocKind = 'article' | 'text' | 'annotation' | 'tag';

export const docId = (kind: DocKind, key: string) => `${kind}:${key}`;

/** The kind and record key of a sync document id; null for ids Gloss does not own (_design/…). */
export function parseDocId(id: string): { kind: DocKind; key: string } | null {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  if (colon < 1 || !['article', 'text', 'annotation', 'tag'].includes(kind)) return null;
  return { kind: kind as DocKind, key: id.slice(colon + 1) };
}

/** The text fields of an article: what `text:<id>` carries and `article:<id>` does not. */
const TEXT_FIELDS = ['html', 'text', 'links'] as const;

export function articleDocs(article: SavedArticle): { meta: SyncDoc; text: SyncDoc } {
  const meta: SyncDoc = { _id: docId('article', article.id), type: 'article' };
  const text: SyncDoc = { _id: docId('text', article.id), type: 'text', articleId: article.id, version: article.version ?? 1 };
  for (const [key, value] of Object.entries(article)) {
    if (value === undefined) continue;
    if ((TEXT_FIELDS as readonly string[]).includes(key)) text[key] = value;
    else meta[key] = value;
  }
  return { meta, text };
}

/** The saved article from its two documents (both must have arrived). */
export function articleFromDocs(meta: SyncDoc, text: SyncDoc): SavedArticle {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) if (!key.startsWith('_') && key !== 'type') record[key] = value;
  for (const key of TEXT_FIELDS) record[key] = text[key];
  // a fact-check's ClaimReviews come from another device's page: checked as the extractor checks them
  delete record.claimReview;
  Object.assign(record, claimReviewField(meta.claimReview));
  return record as unknown as SavedArticle;
}

/** An annotation's document; `author` is the record's, else the syncing user (it is theirs). */
export function annotationDoc(annotation: AnnotationRecord, user: string): SyncDoc {
  return { _id: docId('annotation', annotation.id), type: 'annotation', ...annotation, author: annotation.author ?? user };
}

export function annotationFromDoc(doc: SyncDoc): AnnotationRecord {
  const { _id, _rev, _conflicts, _revisions, _deleted, type, ...record } = doc;
  return record as unknown as AnnotationRecord;
}

export const tagDoc = (tag: TagRecord): SyncDoc => ({ _id: docId('tag', tag.name), type: 'tag', ...tag });

export function tagFromDoc(doc: SyncDoc): TagRecord {
  return { name: String(doc.name), color: (doc.color ?? null) as TagRecord['color'], createdAt: Number(doc.createdAt) };
}

/** Whether two documents carry the same content (revision and conflict fields aside). */
export function sameContent(a: SyncDoc, b: SyncDoc): boolean {
  const strip = ({ _rev, _conflicts, _revisions, ...rest }: SyncDoc) => rest;
  return stableJson(strip(a)) === stableJson(strip(b));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
