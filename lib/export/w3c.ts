// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): a JSON-LD
// AnnotationCollection that other annotation tools and triple stores read, and that Gloss reads
// back (lib/export/import.ts) without losing selectors, notes, tags or colours.
//
// Mapping:
// - Annotation.id "urn:uuid:<record id>"; created/modified as ISO 8601 (xsd:dateTime);
// - motivation "commenting" when the highlight has a note, else "highlighting";
// - body: the note as TextualBody purpose "commenting" (format text/markdown), one TextualBody
//   purpose "tagging" per tag;
// - target: {source: page URL, selector: [TextQuoteSelector, TextPositionSelector]} — the same
//   shape Hypothesis and Annotorious use;
// - Gloss extensions, in the "gloss:" namespace (urn:gloss:) declared in an extra context object:
//   "gloss:color" (a string) and "gloss:article" (a JSON literal, "@type": "@json", with the article
//   metadata needed to re-create the library record: id, url, canonicalUrl, title, byline, siteName,
//   publishedTime, lang, dir). The collection carries "gloss:tags" (tag colours) the same way.
// The article text is not included (this is an exchange format; the full backup has it): an
// article re-created from it has empty text and is re-anchored when the reader opens it.
import type { AnnotationRecord, ExportInput, ExportOptions, SavedArticle, TagRecord } from './types';
import { sortAnnotations } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const GLOSS_NS = 'urn:gloss:';
export const W3C_CONTEXT = [
  ANNO_CONTEXT,
  {
    gloss: GLOSS_NS,
    'gloss:color': { '@id': `${GLOSS_NS}color` },
    'gloss:article': { '@id': `${GLOSS_NS}article`, '@type': '@json' },
    'gloss:tags': { '@id': `${GLOSS_NS}tags`, '@type': '@json' },
  },
] as const;

/** Article metadata carried by each exported annotation. */
export interface W3CArticleInfo {
  id: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
}

export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/markdown';
}

export interface W3CAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  /** Who made it (team libraries): the sync user name. */
  creator?: { type: 'Person'; name: string };
  motivation: 'highlighting' | 'commenting';
  body?: W3CTextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'gloss:color': string;
  'gloss:article'?: W3CArticleInfo;
}

export interface W3CAnnotationCollection {
  '@context': typeof W3C_CONTEXT;
  id?: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  'gloss:tags': Array<Pick<TagRecord, 'name' | 'color'>>;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export function articleInfo(article: SavedArticle): W3CArticleInfo {
  return {
    id: article.id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
  };
}

/** One Gloss annotation as a W3C Annotation (without @context; the collection carries it). */
export function toW3CAnnotation(annotation: AnnotationRecord, article?: SavedArticle): W3CAnnotation {
  const [quote, position] = annotation.selectors;
  const body: W3CTextualBody[] = [];
  if (annotation.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/markdown' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const out: W3CAnnotation = {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    created: new Date(annotation.createdAt).toISOString(),
    modified: new Date(annotation.modifiedAt).toISOString(),
    motivation: annotation.note.trim() ? 'commenting' : 'highlighting',
    target: {
      source: annotation.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'gloss:color': annotation.color,
  };
  if (body.length) out.body = body;
  if (annotation.author) out.creator = { type: 'Person', name: annotation.author };
  if (article) out['gloss:article'] = articleInfo(article);
  return out;
}

export interface W3CExportOptions extends ExportOptions {
  /** Indentation of the JSON text (default 2; 0 for the smallest file). */
  indent?: number;
}

/** The selection as a JSON-LD AnnotationCollection object (one page with every annotation). */
export function toW3CCollection(input: ExportInput, options: W3CExportOptions = {}): W3CAnnotationCollection {
  const now = options.now ?? new Date();
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const items = sortAnnotations(input.annotations).map((a) => toW3CAnnotation(a, articles.get(a.articleId)));
  const tags = [...input.tags]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((t) => ({ name: t.name, color: t.color }));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Gloss annotations',
    total: items.length,
    generated: now.toISOString(),
    'gloss:tags': tags,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The selection as W3C Web Annotation JSON-LD text (media type application/ld+json). */
export function exportW3C(input: ExportInput, options: W3CExportOptions = {}): string {
  return JSON.stringify(toW3CCollection(input, options), null, options.indent ?? 2) + '\n';
}
