// Gloss's own full backup: every article (with the text and HTML annotations are anchored
// against), annotation and tag, as JSON that lib/export/import.ts restores without loss.
//
// Why a canonical writer instead of JSON.stringify(records): records come out of IndexedDB with
// whatever key order they were written in. Here every record is rebuilt with a fixed key order and
// the lists are sorted (articles by id, annotations in reading order, tags by name), one record per
// line, so the same library always gives the same bytes: backup → import → backup is
// byte-identical, and two backups diff line by line.
import type { AnnotationRecord, ExportInput, ExportOptions, SavedArticle, TagRecord } from './types';
import { sortAnnotations, sortArticles } from './types';
import { claimReviewField } from '../extract/claim-review';

export const BACKUP_FORMAT = 'gloss-backup';
export const BACKUP_VERSION = 1;

export interface GlossBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

/** The article with its keys in schema order (and nothing else). */
export function canonicalArticle(a: SavedArticle): SavedArticle {
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    lang: a.lang,
    dir: a.dir,
    excerpt: a.excerpt,
    leadImage: a.leadImage,
    html: a.html,
    text: a.text,
    links: a.links.map((l) => ({ start: l.start, end: l.end, href: l.href })),
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    // a fact-check's ClaimReviews (absent for other articles, so older backups stay byte-identical)
    ...claimReviewField(a.claimReview),
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
  };
}

export function canonicalAnnotation(n: AnnotationRecord): AnnotationRecord {
  const [q, p] = n.selectors;
  return {
    id: n.id,
    articleId: n.articleId,
    url: n.url,
    selectors: [
      { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
      { type: 'TextPositionSelector', start: p.start, end: p.end },
    ],
    color: n.color,
    note: n.note,
    tags: [...n.tags],
    createdAt: n.createdAt,
    modifiedAt: n.modifiedAt,
    // team libraries: whose it is (absent for annotations never synced, so older backups stay byte-identical)
    ...(n.author ? { author: n.author } : {}),
  };
}

export function canonicalTag(t: TagRecord): TagRecord {
  return { name: t.name, color: t.color, createdAt: t.createdAt };
}

const list = (items: unknown[]) => (items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]` : '[]');

/** The backup file's text. Same library and `now` → same bytes. */
export function exportBackup(input: ExportInput, options: ExportOptions = {}): string {
  const now = options.now ?? new Date();
  const articles = sortArticles(input.articles).map(canonicalArticle);
  const annotations = sortAnnotations(input.annotations).map(canonicalAnnotation);
  const tags = [...input.tags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(canonicalTag);
  return (
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},\n` +
    `"articles":${list(articles)},\n"annotations":${list(annotations)},\n"tags":${list(tags)}}\n`
  );
}
