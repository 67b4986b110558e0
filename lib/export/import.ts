// Import: a Gloss backup, or W3C Web Annotations (our own export, or another tool's — e.g.
// Hypothesis-style JSON with `target[].selector`), turned into records to add to the library.
//
// Why so defensive: an import file comes from anywhere. Nothing from the file is spread or merged
// into our objects: every record is rebuilt field by field from validated values, so unknown keys
// are dropped and prototype-pollution keys (__proto__, constructor, prototype) are refused up
// front. Sizes are bounded (whole file, each string, each list), numbers must be finite integers in
// range, URLs must be http(s) (or file: for the CLI's local pages), colours one of ours.
// A backup is our own format, so any invalid field rejects the whole file (a damaged backup should
// be noticed, not half-restored); foreign W3C annotations that Gloss cannot use (no text quote) are
// skipped and counted. parseImport never throws and touches nothing: the caller shows the message
// or applies mergeImport's `toPut` in one transaction.
//
// Idempotence: mergeImport dedupes by id, and — for annotations from other tools whose ids are not
// ours — by (articleKey(target url), exact, prefix, suffix). Foreign ids are mapped to stable UUIDs
// (a hash of the foreign id), so importing the same file twice adds nothing the second time.
import { normalizeLang } from '../lang';
import { articleKey, linkHref } from '../url';
import { BACKUP_FORMAT, BACKUP_VERSION, canonicalAnnotation, canonicalArticle, canonicalTag } from './backup';
import type { AnnotationRecord, HighlightColor, SavedArticle, TagRecord } from './types';
import { COLORS, hash32 } from './types';
import { TAG_MAX_LENGTH, TAGS_PER_ANNOTATION, cleanTags } from '../model';
import { MAX_CLAIM_REVIEWS, claimReviewField } from '../extract/claim-review';
import type { ImportErrorCode } from '../errors';

export interface ImportPlan {
  kind: 'gloss-backup' | 'w3c';
  /** Articles to create when missing. */
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
  /**
   * Ids of articles re-created without their text (from W3C files): their annotations' positions
   * are unknown; re-anchor them (lib/anchor, by quote) when the article is opened and its text saved.
   */
  needsText: string[];
  /** Records in the file that could not be used (foreign annotations without a text quote…). */
  skipped: number;
  /** Human-readable notes about what was skipped or repaired (at most 20). */
  warnings: string[];
}

/** A refused file: a code the UI turns into a message (lib/errors), the English words, a detail. */
export interface ImportError {
  code: ImportErrorCode;
  error: string;
  detail?: string;
}

export function isImportError(x: ImportPlan | ImportError): x is ImportError {
  return typeof (x as ImportError).error === 'string';
}

export interface ImportOptions {
  /** Time stamps for records the file does not date (default: Date.now()). */
  now?: number;
  /** Called as records are checked (every PROGRESS_EVERY records and at the end): for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** How often (in records) a long import reports its progress: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 10_000;

/** A counter that calls `report` every PROGRESS_EVERY ticks. */
function progressCounter(total: number, report?: (done: number, total: number) => void) {
  let done = 0;
  return () => {
    done++;
    if (report && (done % PROGRESS_EVERY === 0 || done === total)) report(done, total);
  };
}

/** Limits: generous for a researcher's library, small enough that a hostile file cannot exhaust memory. */
export const LIMITS = {
  fileChars: 300_000_000,
  records: 1_000_000,
  id: 200,
  /** A sync user name (team libraries). */
  author: 200,
  url: 8_192,
  title: 2_000,
  byline: 1_000,
  siteName: 500,
  lang: 35,
  excerpt: 20_000,
  html: 20_000_000,
  text: 5_000_000,
  links: 20_000,
  exact: 100_000,
  context: 2_000,
  note: 100_000,
  tag: TAG_MAX_LENGTH,
  tagsPerAnnotation: TAGS_PER_ANNOTATION,
  time: 8.64e15,
} as const;

const NOT_OURS = 'This file is not a Gloss backup or a W3C annotation file';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A reason to refuse the file: a code for the UI (lib/errors), the English words, a technical detail. */
class Invalid extends Error {
  constructor(
    message: string,
    readonly code: ImportErrorCode = 'import-damaged',
    readonly detail?: string,
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') throw new Invalid(`${path} should be text, not ${describeType(v)}`, 'import-damaged', path);
  if (v.length > max) throw new Invalid(`${path} is too long (${v.length.toLocaleString('en')} characters, at most ${max.toLocaleString('en')})`, 'import-damaged', path);
  return v;
}
const strOrNull = (v: unknown, path: string, max: number): string | null => (v === null ? null : str(v, path, max));

function int(v: unknown, path: string, max: number, min = 0): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new Invalid(`${path} should be a whole number from ${min} to ${max}, not ${describeType(v)}`, 'import-damaged', path);
  }
  return v;
}

function arr(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${path} should be a list, not ${describeType(v)}`, 'import-damaged', path);
  if (v.length > max) throw new Invalid(`${path} has too many entries (${v.length.toLocaleString('en')}, at most ${max.toLocaleString('en')})`, 'import-damaged', path);
  return v;
}

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new Invalid(`${path} should be an object, not ${describeType(v)}`, 'import-damaged', path);
  return v;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? 'a long text' : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

function webUrl(v: unknown, path: string): string {
  const s = str(v, path, LIMITS.url);
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new Invalid(`${path} is not a URL`, 'import-damaged', path);
  }
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) throw new Invalid(`${path} is not a web address (${u.protocol})`, 'import-damaged', path);
  // The parser's own form: a newline or a space inside the address is gone (it would break a
  // Markdown link, a CSV row or a citation later), the host is lower-case.
  return u.href;
}

function color(v: unknown, path: string): HighlightColor {
  if (typeof v !== 'string' || !(COLORS as readonly string[]).includes(v)) {
    throw new Invalid(`${path} should be one of ${COLORS.join(', ')}, not ${describeType(v)}`, 'import-damaged', path);
  }
  return v as HighlightColor;
}

// ---------------------------------------------------------------- Gloss backup

function backupArticle(v: unknown, path: string): SavedArticle {
  const o = obj(v, path);
  const dir = o.dir;
  if (dir !== 'ltr' && dir !== 'rtl') throw new Invalid(`${path}.dir should be "ltr" or "rtl"`, 'import-damaged', path);
  const text = str(o.text, `${path}.text`, LIMITS.text);
  const leadImage = strOrNull(o.leadImage, `${path}.leadImage`, LIMITS.url);
  if (leadImage !== null && !/^(https?:|data:image\/)/i.test(leadImage)) throw new Invalid(`${path}.leadImage is not an image address`, 'import-damaged', `${path}.leadImage`);
  const links = arr(o.links, `${path}.links`, LIMITS.links).flatMap((l, i) => {
    const lo = obj(l, `${path}.links[${i}]`);
    const start = int(lo.start, `${path}.links[${i}].start`, text.length);
    const end = int(lo.end, `${path}.links[${i}].end`, text.length, start);
    // A link is derived data (older versions kept hrefs that do not parse): drop it, keep the article.
    const href = linkHref(str(lo.href, `${path}.links[${i}].href`, LIMITS.url));
    return href ? [{ start, end, href }] : [];
  });
  // ClaimReviews are derived from the page too: a list is required, entries that are not usable are dropped
  const claimReview = o.claimReview === undefined ? {} : claimReviewField(arr(o.claimReview, `${path}.claimReview`, MAX_CLAIM_REVIEWS * 10));
  return canonicalArticle({
    id: str(o.id, `${path}.id`, LIMITS.url),
    url: webUrl(o.url, `${path}.url`),
    canonicalUrl: o.canonicalUrl === null ? null : webUrl(o.canonicalUrl, `${path}.canonicalUrl`),
    title: str(o.title, `${path}.title`, LIMITS.title),
    byline: strOrNull(o.byline, `${path}.byline`, LIMITS.byline),
    siteName: strOrNull(o.siteName, `${path}.siteName`, LIMITS.siteName),
    publishedTime: strOrNull(o.publishedTime, `${path}.publishedTime`, 100),
    lang: normalizeLang(strOrNull(o.lang, `${path}.lang`, LIMITS.lang)),
    dir,
    excerpt: strOrNull(o.excerpt, `${path}.excerpt`, LIMITS.excerpt),
    leadImage,
    html: str(o.html, `${path}.html`, LIMITS.html),
    text,
    links,
    wordCount: int(o.wordCount, `${path}.wordCount`, LIMITS.text),
    readingMinutes: int(o.readingMinutes, `${path}.readingMinutes`, LIMITS.text),
    ...claimReview,
    savedAt: int(o.savedAt, `${path}.savedAt`, LIMITS.time),
    updatedAt: int(o.updatedAt, `${path}.updatedAt`, LIMITS.time),
  });
}

function backupAnnotation(v: unknown, path: string): AnnotationRecord {
  const o = obj(v, path);
  const sel = arr(o.selectors, `${path}.selectors`, 2);
  if (sel.length !== 2) throw new Invalid(`${path}.selectors should hold a TextQuoteSelector and a TextPositionSelector`, 'import-damaged', path);
  const q = obj(sel[0], `${path}.selectors[0]`);
  const p = obj(sel[1], `${path}.selectors[1]`);
  if (q.type !== 'TextQuoteSelector') throw new Invalid(`${path}.selectors[0] should be a TextQuoteSelector`, 'import-damaged', path);
  if (p.type !== 'TextPositionSelector') throw new Invalid(`${path}.selectors[1] should be a TextPositionSelector`, 'import-damaged', path);
  const start = int(p.start, `${path}.selectors[1].start`, LIMITS.text);
  const end = int(p.end, `${path}.selectors[1].end`, LIMITS.text, start);
  const tags = arr(o.tags, `${path}.tags`, LIMITS.tagsPerAnnotation).map((t, i) => str(t, `${path}.tags[${i}]`, LIMITS.tag));
  return canonicalAnnotation({
    id: str(o.id, `${path}.id`, LIMITS.id),
    articleId: str(o.articleId, `${path}.articleId`, LIMITS.url),
    url: webUrl(o.url, `${path}.url`),
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: str(q.exact, `${path}.selectors[0].exact`, LIMITS.exact),
        prefix: str(q.prefix, `${path}.selectors[0].prefix`, LIMITS.context),
        suffix: str(q.suffix, `${path}.selectors[0].suffix`, LIMITS.context),
      },
      { type: 'TextPositionSelector', start, end },
    ],
    color: color(o.color, `${path}.color`),
    note: str(o.note, `${path}.note`, LIMITS.note),
    tags,
    createdAt: int(o.createdAt, `${path}.createdAt`, LIMITS.time),
    modifiedAt: int(o.modifiedAt, `${path}.modifiedAt`, LIMITS.time),
    ...(o.author === undefined ? {} : { author: str(o.author, `${path}.author`, LIMITS.author) }),
  });
}

function backupTag(v: unknown, path: string): TagRecord {
  const o = obj(v, path);
  return canonicalTag({
    name: str(o.name, `${path}.name`, LIMITS.tag),
    color: o.color === null ? null : color(o.color, `${path}.color`),
    createdAt: int(o.createdAt, `${path}.createdAt`, LIMITS.time),
  });
}

function parseBackup(root: Obj, onProgress?: ImportOptions['onProgress']): ImportPlan {
  if (typeof root.version !== 'number' || !Number.isInteger(root.version)) throw new Invalid('the backup has no format version', 'import-damaged', 'version');
  if (root.version > BACKUP_VERSION) {
    throw new Invalid(`this backup was made by a newer Gloss (backup format ${root.version}); update Gloss to import it`, 'import-newer-backup', String(root.version));
  }
  if (root.version < 1) throw new Invalid(`unknown backup format version ${root.version}`, 'import-damaged', 'version');
  const warnings: string[] = [];
  const rawArticles = arr(root.articles, 'articles', LIMITS.records);
  const rawAnnotations = arr(root.annotations, 'annotations', LIMITS.records);
  const tick = progressCounter(rawArticles.length + rawAnnotations.length, onProgress);
  const articles = uniqueBy(rawArticles.map((a, i) => (tick(), backupArticle(a, `articles[${i}]`))), (a) => a.id, 'article', warnings);
  const annotations = uniqueBy(rawAnnotations.map((a, i) => (tick(), backupAnnotation(a, `annotations[${i}]`))), (a) => a.id, 'annotation', warnings);
  const tags = uniqueBy(arr(root.tags ?? [], 'tags', LIMITS.records).map((t, i) => backupTag(t, `tags[${i}]`)), (t) => t.name, 'tag', warnings);
  const articleIds = new Set(articles.map((a) => a.id));
  for (const n of annotations) {
    if (!articleIds.has(n.articleId)) throw new Invalid(`annotation ${n.id} belongs to an article that is not in the backup (${n.articleId.slice(0, 120)})`, 'import-damaged', `annotation ${n.id}`);
  }
  return { kind: 'gloss-backup', articles, annotations, tags: withAnnotationTags(tags, annotations), needsText: [], skipped: 0, warnings };
}

function uniqueBy<T>(items: T[], key: (t: T) => string, what: string, warnings: string[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) {
      warn(warnings, `A duplicate ${what} (${k.slice(0, 80)}) was left out.`);
      continue;
    }
    seen.add(k);
    out.push(item);
  }
  return out;
}

function warn(warnings: string[], message: string) {
  if (warnings.length < 20) warnings.push(message);
}

/** Tags the annotations use but the tag list lacks, added with no colour. */
function withAnnotationTags(tags: TagRecord[], annotations: AnnotationRecord[]): TagRecord[] {
  const out = [...tags];
  const known = new Set(tags.map((t) => t.name));
  for (const n of annotations) {
    for (const name of n.tags) {
      if (known.has(name)) continue;
      known.add(name);
      out.push({ name, color: null, createdAt: n.createdAt });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// ---------------------------------------------------------------- W3C Web Annotation

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stable UUID-shaped id derived from any string (for foreign annotation ids). */
export function derivedId(s: string): string {
  const h = [hash32(s, 0x811c9dc5), hash32(s, 0x01000193), hash32(s, 0x9e3779b9), hash32(s, 0x85ebca6b)];
  const hex = h.map((n) => n.toString(16).padStart(8, '0')).join('');
  // Version 8 (custom) and the RFC 4122 variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const typeIs = (v: Obj, type: string) => asList(v.type).includes(type) || asList(v['@type']).includes(type);

function isoTime(v: unknown): number | null {
  if (typeof v !== 'string' || v.length > 64) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) && t >= 0 && t <= LIMITS.time ? t : null;
}

interface Foreign {
  annotation: AnnotationRecord;
  article: SavedArticle;
  positionKnown: boolean;
}

function w3cArticleInfo(v: unknown, url: string, fallbackTitle: string | null, now: number): SavedArticle {
  const info = isObj(v) ? v : {};
  const get = (k: string, max: number) => (typeof info[k] === 'string' && (info[k] as string).length <= max ? (info[k] as string) : null);
  let canonicalUrl: string | null = null;
  try {
    if (info.canonicalUrl !== null && info.canonicalUrl !== undefined) canonicalUrl = webUrl(info.canonicalUrl, 'canonicalUrl');
  } catch {
    canonicalUrl = null;
  }
  const id = get('id', LIMITS.url) ?? articleKey(url, canonicalUrl);
  return {
    id,
    url,
    canonicalUrl,
    title: get('title', LIMITS.title) ?? fallbackTitle ?? url,
    byline: get('byline', LIMITS.byline),
    siteName: get('siteName', LIMITS.siteName),
    publishedTime: get('publishedTime', 100),
    lang: normalizeLang(get('lang', LIMITS.lang)),
    dir: info.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: null,
    leadImage: null,
    html: '',
    text: '',
    links: [],
    wordCount: 0,
    readingMinutes: 0,
    savedAt: now,
    updatedAt: now,
  };
}

function foreignAnnotation(v: unknown, now: number): Foreign | string {
  if (!isObj(v)) return 'an entry is not an object';
  // Targets: W3C `target` (string, object or list), Hypothesis `target[]` with `source`, `uri`.
  let quote: { exact: string; prefix: string; suffix: string } | null = null;
  let position: { start: number; end: number } | null = null;
  let source: string | null = null;
  for (const t of asList(v.target).slice(0, 20)) {
    if (typeof t === 'string') {
      source ??= t;
      continue;
    }
    if (!isObj(t)) continue;
    const src = typeof t.source === 'string' ? t.source : typeof t.id === 'string' ? t.id : null;
    for (const s of asList(t.selector).slice(0, 20)) {
      if (!isObj(s)) continue;
      if (!quote && typeIs(s, 'TextQuoteSelector') && typeof s.exact === 'string' && s.exact.trim()) {
        if (s.exact.length > LIMITS.exact) return 'a quote is too long';
        const ctx = (c: unknown) => (typeof c === 'string' ? c.slice(Math.max(0, c.length - LIMITS.context)) : '');
        quote = { exact: s.exact, prefix: ctx(s.prefix), suffix: typeof s.suffix === 'string' ? s.suffix.slice(0, LIMITS.context) : '' };
        source = src ?? source;
      } else if (!position && typeIs(s, 'TextPositionSelector')) {
        const { start, end } = s;
        if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number) && (end as number) <= LIMITS.text) {
          position = { start: start as number, end: end as number };
        }
      }
    }
    if (quote) break;
  }
  if (!quote) return 'an annotation has no text quote (TextQuoteSelector)';
  source ??= typeof v.uri === 'string' ? v.uri : null;
  if (!source) return 'an annotation has no target URL';
  let url: string;
  try {
    url = webUrl(source, 'target');
  } catch {
    return 'an annotation targets something that is not a web page';
  }
  if (position && position.end - position.start !== quote.exact.length) position = null;

  // Bodies: TextualBody with purpose tagging → tag; other textual bodies → note. Hypothesis: text, tags.
  const notes: string[] = [];
  const tags: unknown[] = [];
  if (typeof v.bodyValue === 'string') notes.push(v.bodyValue);
  for (const b of asList(v.body).slice(0, 500)) {
    if (typeof b === 'string') continue; // a body that is a link to elsewhere
    if (!isObj(b) || typeof b.value !== 'string') continue;
    if (asList(b.purpose).includes('tagging')) tags.push(b.value);
    else notes.push(b.value);
  }
  if (typeof v.text === 'string') notes.push(v.text);
  tags.push(...asList(v.tags).slice(0, 500));
  const note = notes.filter((n) => n.trim()).join('\n\n');
  if (note.length > LIMITS.note) return 'a note is too long';

  const rawId = typeof v.id === 'string' ? v.id : typeof v['@id'] === 'string' ? (v['@id'] as string) : null;
  const uuid = rawId && rawId.length <= LIMITS.url ? rawId.replace(/^urn:uuid:/i, '') : null;
  const key = articleKey(url);
  const id = uuid && UUID.test(uuid) ? uuid.toLowerCase() : derivedId(rawId ?? `${key}\u0000${quote.exact}\u0000${quote.prefix}\u0000${quote.suffix}`);
  const created = isoTime(v.created) ?? now;
  const modified = isoTime(v.modified) ?? isoTime(v.updated) ?? created;
  const docTitle = isObj(v.document) ? asList(v.document.title).find((t): t is string => typeof t === 'string') : undefined;
  const article = w3cArticleInfo(v['gloss:article'], url, docTitle ? docTitle.slice(0, LIMITS.title) : null, now);
  const c = v['gloss:color'];
  return {
    annotation: {
      id,
      articleId: article.id,
      url,
      selectors: [
        { type: 'TextQuoteSelector', ...quote },
        { type: 'TextPositionSelector', start: position?.start ?? 0, end: position?.end ?? 0 },
      ],
      color: typeof c === 'string' && (COLORS as readonly string[]).includes(c) ? (c as HighlightColor) : 'yellow',
      note,
      tags: cleanTags(tags),
      createdAt: created,
      modifiedAt: Math.max(created, modified),
    },
    article,
    positionKnown: !!position,
  };
}

function w3cItems(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  if (!isObj(root)) return null;
  if (typeIs(root, 'Annotation')) return [root];
  if (typeIs(root, 'AnnotationCollection')) {
    if (Array.isArray(root.items)) return root.items;
    if (isObj(root.first)) return asList(root.first.items);
    if (typeof root.first === 'string') throw new Invalid('the collection only links to its pages (first: a URL); download the pages and import those', 'import-linked-pages');
    return [];
  }
  if (typeIs(root, 'AnnotationPage')) return asList(root.items);
  if (Array.isArray(root.rows)) return root.rows; // Hypothesis API search results
  return null;
}

function parseW3C(items: unknown[], root: unknown, now: number, onProgress?: ImportOptions['onProgress']): ImportPlan {
  if (items.length > LIMITS.records) throw new Invalid(`it has too many annotations (${items.length.toLocaleString('en')})`, 'import-too-many', String(items.length));
  const warnings: string[] = [];
  const articles = new Map<string, SavedArticle>();
  const annotations: AnnotationRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const tick = progressCounter(items.length, onProgress);
  for (const item of items) {
    tick();
    const r = foreignAnnotation(item, now);
    if (typeof r === 'string') {
      skipped++;
      warn(warnings, `Skipped: ${r}.`);
      continue;
    }
    if (seen.has(r.annotation.id)) {
      skipped++;
      continue;
    }
    seen.add(r.annotation.id);
    if (!articles.has(r.article.id)) articles.set(r.article.id, r.article);
    annotations.push(r.annotation);
  }
  if (annotations.length === 0 && items.length > 0) {
    throw new Invalid(`none of its ${items.length.toLocaleString('en')} annotations quotes text Gloss can use (${warnings[0] ?? ''})`, 'import-no-usable-quote', String(items.length));
  }
  // Tag colours from a Gloss collection.
  const tags: TagRecord[] = [];
  if (isObj(root) && Array.isArray(root['gloss:tags'])) {
    for (const t of root['gloss:tags'].slice(0, LIMITS.records)) {
      if (!isObj(t) || typeof t.name !== 'string' || !t.name.trim() || t.name.length > LIMITS.tag) continue;
      const c = typeof t.color === 'string' && (COLORS as readonly string[]).includes(t.color) ? (t.color as HighlightColor) : null;
      tags.push({ name: t.name, color: c, createdAt: now });
    }
  }
  const list = [...articles.values()];
  return {
    kind: 'w3c',
    articles: list,
    annotations,
    tags: withAnnotationTags(uniqueBy(tags, (t) => t.name, 'tag', warnings), annotations),
    needsText: list.map((a) => a.id),
    skipped,
    warnings,
  };
}

// ---------------------------------------------------------------- entry points

/** Parses an import file. Never throws; returns a plan, or an error with a message for people. */
export function parseImport(text: string, options: ImportOptions = {}): ImportPlan | ImportError {
  const now = options.now ?? Date.now();
  const refuse = (code: ImportErrorCode, why: string, detail?: string): ImportError => ({ code, error: `${NOT_OURS}: ${why}.`, ...(detail === undefined ? {} : { detail }) });
  if (typeof text !== 'string') return refuse('import-unreadable', 'it could not be read as text');
  if (text.length > LIMITS.fileChars) {
    const size = String(Math.round(text.length / 1e6));
    return refuse('import-too-large', `it is too large (${size} million characters; Gloss imports files up to ${LIMITS.fileChars / 1e6} million)`, size);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return refuse('import-empty', 'the file is empty');
  if (!/^\s*[[{]/.test(body)) return refuse('import-not-json', 'it is not JSON (it should start with "{" or "[")');
  let root: unknown;
  let forbidden: string | null = null;
  try {
    root = JSON.parse(body, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch (e) {
    // The reviver recurses per level: a file nested thousands deep overflows the stack. That is no
    // broken JSON but no Gloss or W3C file either (they nest a few levels): say so.
    if (e instanceof RangeError) return refuse('import-too-deep', 'its lists or objects are nested far too deeply for an annotation file');
    const message = String((e as Error)?.message);
    const at = /at position (\d+)/.exec(message);
    const truncated = /end of (JSON )?(data|input)/i.test(message) || (!!at && Number(at[1]) >= body.trimEnd().length - 1);
    return truncated ? refuse('import-cut-off', 'it is not valid JSON (the file looks cut off)') : refuse('import-not-json', 'it is not valid JSON');
  }
  if (forbidden) return refuse('import-forbidden-key', `it contains the key "${forbidden}", which Gloss refuses for safety`, forbidden);
  try {
    if (isObj(root) && root.format === BACKUP_FORMAT) return parseBackup(root, options.onProgress);
    if (isObj(root) && typeof root.format === 'string') {
      throw new Invalid(`its format is "${root.format.slice(0, 40)}"`, 'import-other-format', root.format.slice(0, 40));
    }
    const items = w3cItems(root);
    if (!items) throw new Invalid('it has neither "format": "gloss-backup" nor W3C annotations (type Annotation, AnnotationPage or AnnotationCollection)', 'import-unknown-content');
    if (items.length === 0) throw new Invalid('it holds no annotations', 'import-no-annotations');
    return parseW3C(items, root, now, options.onProgress);
  } catch (e) {
    if (e instanceof Invalid) return refuse(e.code, e.message, e.detail);
    return refuse('import-damaged', (e as Error)?.message ?? String(e));
  }
}

export interface LibraryRecords {
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

export interface MergeResult {
  /** Records to write (bulkPut) in one transaction. Existing records are never overwritten, except an article without text getting its text. */
  toPut: LibraryRecords;
  /** Annotations added. */
  added: number;
  /** Annotations in the plan that were already in the library (same id, or same page and quote). */
  skipped: number;
  articlesAdded: number;
  tagsAdded: number;
}

/** Ids derivedId made for foreign annotations (UUID version 8); Gloss's own are random (version 4). */
const isDerivedId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-8/.test(id);

const fingerprint = (n: AnnotationRecord) => {
  const [q] = n.selectors;
  return `${articleKey(n.url)}\u0000${q.exact}\u0000${q.prefix}\u0000${q.suffix}`;
};

/**
 * What to write so the library contains the plan. Idempotent: merging the same plan into the
 * result adds nothing. Existing annotations win (same id, or same target page and quote).
 */
export function mergeImport(existing: LibraryRecords, plan: ImportPlan): MergeResult {
  const articleById = new Map(existing.articles.map((a) => [a.id, a]));
  const annotationIds = new Set(existing.annotations.map((a) => a.id));
  const fingerprints = new Set(existing.annotations.map(fingerprint));
  const tagNames = new Set(existing.tags.map((t) => t.name));
  const toPut: LibraryRecords = { articles: [], annotations: [], tags: [] };
  let skipped = 0;
  let articlesAdded = 0;
  const neededArticles = new Set<string>();
  for (const n of plan.annotations) {
    // Gloss's own annotations are deduped by id only (a passage may be highlighted twice on purpose);
    // foreign ones also by page + quote, since another tool may re-export them under new ids.
    const fp = fingerprint(n);
    if (annotationIds.has(n.id) || (isDerivedId(n.id) && fingerprints.has(fp))) {
      skipped++;
      continue;
    }
    annotationIds.add(n.id);
    fingerprints.add(fp);
    toPut.annotations.push(n);
    neededArticles.add(n.articleId);
  }
  for (const a of plan.articles) {
    const current = articleById.get(a.id);
    if (!current) {
      // Backups restore every article; W3C files only create the articles their new annotations need.
      if (plan.kind === 'w3c' && !neededArticles.has(a.id)) continue;
      toPut.articles.push(a);
      articleById.set(a.id, a);
      articlesAdded++;
    } else if (!current.text && a.text) {
      toPut.articles.push(a);
      articleById.set(a.id, a);
    }
  }
  for (const t of plan.tags) {
    if (tagNames.has(t.name)) continue;
    tagNames.add(t.name);
    toPut.tags.push(t);
  }
  return { toPut, added: toPut.annotations.length, skipped, articlesAdded, tagsAdded: toPut.tags.length };
}
