// What Gloss keeps about a reader's work, and the rules every copy of it follows: the record
// types (saved article, its earlier versions, annotation, tag), the five highlight colours and the
// tag rules. One module with no storage code and no browser APIs, so the database (lib/db), the
// export and import formats (lib/export), the panel, the library page and the content script all
// agree on one definition — and none of them pulls Dexie in just to name a colour.
import type { TextPositionSelector, TextQuoteSelector } from './anchor/types';
import type { Article } from './extract/types';

export type { TextPositionSelector, TextQuoteSelector };

/** The highlight colours, in the order of the selection toolbar (keys 1–5). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
/** The colour of `h`, of a note or tags made without picking a colour, and of page highlights. */
export const DEFAULT_COLOR: HighlightColor = 'yellow';

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** A saved article: the clean snapshot the reader saw (an Article), readable offline, keyed by its normalised URL. */
export interface SavedArticle extends Article {
  /** articleKey(url, canonicalUrl): one key for every URL of the same article. */
  id: string;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  /**
   * 1 for the text first saved; +1 each time the reader accepts a changed page ("Update the saved
   * copy"). Earlier texts live in the articleVersions table. Absent on records older than schema 3
   * and in backups: read it with `articleVersion()`.
   */
  version?: number;
}

export const articleVersion = (a: Pick<SavedArticle, 'version'>): number => a.version ?? 1;

/**
 * A text of a saved article that a later version replaced, with where each annotation pointed in
 * it, so the wording before an update stays available (before/after) after the saved copy moved on.
 */
export interface ArticleVersionRecord {
  /** `${articleId}#${version}` */
  id: string;
  articleId: string;
  /** The version number this text had (the saved article's `version` before the update). */
  version: number;
  title: string;
  html: string;
  text: string;
  /** When this text was stored, and when a newer one replaced it (epoch ms). */
  savedAt: number;
  replacedAt: number;
  /** Every annotation of the article as it was anchored on this text. */
  annotations: Array<{ id: string; selectors: [TextQuoteSelector, TextPositionSelector] }>;
}

export const versionRecordId = (articleId: string, version: number) => `${articleId}#${version}`;

/** A highlight with an optional note and tags (the W3C model's target, body and tags). */
export interface AnnotationRecord {
  /** "urn:uuid:…"-free plain UUID. */
  id: string;
  articleId: string;
  /** The page URL the annotation was made on. */
  url: string;
  /** W3C Web Annotation selectors against SavedArticle.text (the stored contract, defined by lib/anchor). */
  selectors: [TextQuoteSelector, TextPositionSelector];
  color: HighlightColor;
  /** Plain text with light Markdown (links, emphasis, lists). */
  note: string;
  tags: string[];
  createdAt: number;
  modifiedAt: number;
  /**
   * Who made it: the sync user name (team libraries). Absent for annotations made on this device
   * before it synced; the first sync stamps them with the device's user.
   */
  author?: string;
}

/** A tag's own settings: its colour for colour-coding (qualitative research). */
export interface TagRecord {
  name: string;
  color: HighlightColor | null;
  createdAt: number;
}

/** Longest tag kept (characters), and most tags on one annotation. */
export const TAG_MAX_LENGTH = 80;
export const TAGS_PER_ANNOTATION = 200;

/** Tags as people type them: trimmed, inner white space folded, no duplicates (case-insensitive). */
export function cleanTags(tags: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    if (typeof raw !== 'string' || out.length >= TAGS_PER_ANNOTATION) continue;
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, TAG_MAX_LENGTH);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** How many highlights and how many notes a list of annotations holds (what removing it deletes). */
export function countWork(annotations: ReadonlyArray<Pick<AnnotationRecord, 'note'>>): { highlights: number; notes: number } {
  return { highlights: annotations.length, notes: annotations.filter((a) => a.note.trim() !== '').length };
}
