// Shared shapes and small helpers of lib/export: what every format takes in (a library or a
// selection of it) and the metadata helpers several formats need (authors, dates, ordering).
//
// Why a module of its own: each format module (markdown, w3c, csv, bibtex, ris, csljson, backup)
// stays a pure function of these plain records, and no format imports another format.
// Records and colours come from lib/model (no Dexie there), so nothing here pulls Dexie into a bundle.
import { isBylineRole } from '../extract/byline';
import { HIGHLIGHT_COLORS, type AnnotationRecord, type HighlightColor, type SavedArticle, type TagRecord } from '../model';

export type { AnnotationRecord, HighlightColor, SavedArticle, TagRecord };

/** A library, or any selection of it: what every exporter takes in. */
export interface ExportInput {
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

/** Options every exporter accepts. `now` is the export time (frozen in tests). */
export interface ExportOptions {
  now?: Date;
}

/** The highlight colours (lib/model's list). */
export const COLORS: readonly HighlightColor[] = HIGHLIGHT_COLORS;

/**
 * Authors from a byline. lib/extract joins authors with ", "; people also write "A and B",
 * "A & B", "A, B and C", "By A". A job title ("AP National Political Writer") is no author. Returns [] for no byline.
 */
export function splitAuthors(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const cleaned = byline.replace(/\s+/g, ' ').trim().replace(/^(by|von|par|від|автор|автори)\s+/i, '');
  const parts = cleaned
    .split(/\s*(?:,|;|\s&\s|\sand\s|\sund\s|\set\s|\sі\s|\sи\s)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // a job title after a name ("Steve Peoples, AP National Political Writer", kept in a record
  // saved before lib/extract dropped it) is no second author
  const people = parts.filter((p) => !isBylineRole(p));
  return people.length ? people : parts;
}

/** A person's name split for citation formats: the last word is the family name. */
export interface NameParts {
  family: string;
  given: string;
}

/**
 * Splits "Given Family" into parts. One-word names, names with digits or more than four words
 * (organisations: "Reuters", "BBC News Ukraine Staff") come back as null: cite them literally.
 */
export function nameParts(name: string): NameParts | null {
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 4 || /\d/.test(name)) return null;
  // Particles stay with the family name: "Ursula von der Leyen" → family "von der Leyen".
  let i = words.length - 1;
  while (i > 1 && /^(van|von|der|den|de|da|del|della|di|du|la|le|al|el|bin|ibn)$/i.test(words[i - 1])) i--;
  return { family: words.slice(i).join(' '), given: words.slice(0, i).join(' ') };
}

/** [year, month, day] (month and day when known) from an ISO 8601 string, else null. */
export function dateParts(iso: string | null | undefined): [number] | [number, number] | [number, number, number] | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return [y];
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return [y];
  if (!m[3]) return [y, mo];
  const d = Number(m[3]);
  if (d < 1 || d > 31) return [y, mo];
  return [y, mo, d];
}

/** "2024-10-02" / "2024-10" / "2024" from date parts. */
export function isoDay(parts: number[] | null): string | null {
  if (!parts) return null;
  return parts.map((n, i) => (i === 0 ? String(n).padStart(4, '0') : String(n).padStart(2, '0'))).join('-');
}

/** The UTC calendar day of a Date as "YYYY-MM-DD". */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Articles in a stable order (by id), so output never depends on the order the caller passed. */
export function sortArticles(articles: SavedArticle[]): SavedArticle[] {
  return [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Annotations in reading order: by article, then position, then creation, then id. */
export function sortAnnotations(annotations: AnnotationRecord[]): AnnotationRecord[] {
  return [...annotations].sort(
    (a, b) =>
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
      a.selectors[1].start - b.selectors[1].start ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Annotations grouped by article id, each group in reading order. */
export function annotationsByArticle(annotations: AnnotationRecord[]): Map<string, AnnotationRecord[]> {
  const out = new Map<string, AnnotationRecord[]>();
  for (const a of sortAnnotations(annotations)) {
    const list = out.get(a.articleId);
    if (list) list.push(a);
    else out.set(a.articleId, [a]);
  }
  return out;
}

/** Replaces lone UTF-16 surrogates (broken text) with U+FFFD so every encoder sees valid Unicode. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** FNV-1a over UTF-16 units: a small, stable, non-cryptographic hash (keys, derived ids). */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
