// Markdown export for Obsidian and other Markdown note tools: one note per article with YAML
// front matter (Obsidian "properties"), each highlight as a block quote, its note below, its tags
// as #tags, and a link that reopens the article at the exact passage (URL text fragment).
//
// Why hand-written YAML: the front matter is a handful of scalars and lists; every string is
// emitted double-quoted with YAML escapes (so titles with ": ", "#", quotes, newlines or a leading
// "-" can never change the document's structure), which no YAML library is needed for.
import type { AnnotationRecord, ExportInput, ExportOptions, SavedArticle } from './types';
import { annotationsByArticle, dateParts, isoDay, sortArticles, splitAuthors, wellFormed } from './types';
import { textFragmentUrl } from './fragment';

/** A YAML double-quoted scalar: safe for any string (YAML 1.2, also read right by YAML 1.1). */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of wellFormed(value)) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** An Obsidian tag: spaces become hyphens; only letters, digits, "_", "-" and "/" remain. */
export function obsidianTag(tag: string): string {
  let t = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '');
  if (t && /^[\d/_-]+$/.test(t)) t = `_${t}`; // Obsidian needs at least one non-digit
  return t;
}

/**
 * Backslash-escapes inline Markdown and HTML: a page-controlled string (title, site, author, quote)
 * must stay text. Obsidian and most Markdown viewers render inline HTML, so an unescaped
 * "<img src=x onerror=…>" in a site name would run there; "&" too, so "&lt;" stays as written.
 */
const escapeInline = (s: string) => s.replace(/[\\`*_[\]<>&]/g, (c) => `\\${c}`);

/** Escapes what would turn a line of quoted text into a heading, list, quote, rule or HTML. */
function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^(\s*)([#>+\-=|~])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Inline text (site, author, link text) on one line, escaped as text (see escapeInline). */
const linkText = (s: string) => escapeInline(s.replace(/\s+/g, ' '));
/** A link destination that survives Markdown: spaces and parentheses percent-encoded. */
const linkUrl = (s: string) => s.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');

/** A multi-line passage as a block quote, quoted line by line (blank lines as a bare ">"). */
export function blockQuote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeLine(line.trimEnd())}` : '>'))
    .join('\n');
}

export interface MarkdownOptions extends ExportOptions {
  /** YAML front matter (one note per article). Off: a heading and a property list instead. */
  frontMatter?: boolean;
  /** Heading level of the article title (1 with front matter, 2 in a combined document). */
  headingLevel?: number;
}

function frontMatter(article: SavedArticle, tags: string[]): string {
  const lines = ['---', `title: ${yamlString(article.title)}`];
  const authors = splitAuthors(article.byline);
  if (authors.length) lines.push('authors:', ...authors.map((a) => `  - ${yamlString(a)}`));
  if (article.siteName) lines.push(`site: ${yamlString(article.siteName)}`);
  lines.push(`url: ${yamlString(article.url)}`);
  const published = isoDay(dateParts(article.publishedTime));
  if (published) lines.push(`published: ${yamlString(published)}`);
  lines.push(`saved: ${yamlString(new Date(article.savedAt).toISOString())}`);
  if (article.lang) lines.push(`lang: ${yamlString(article.lang)}`);
  if (tags.length) lines.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push('---');
  return lines.join('\n');
}

function propertyList(article: SavedArticle, tags: string[]): string {
  const rows: string[] = [];
  const authors = splitAuthors(article.byline);
  if (authors.length) rows.push(`- Authors: ${authors.map(linkText).join(', ')}`);
  if (article.siteName) rows.push(`- Site: ${linkText(article.siteName)}`);
  rows.push(`- URL: <${linkUrl(article.url)}>`);
  const published = isoDay(dateParts(article.publishedTime));
  if (published) rows.push(`- Published: ${published}`);
  rows.push(`- Saved: ${new Date(article.savedAt).toISOString()}`);
  if (tags.length) rows.push(`- Tags: ${tags.map((t) => `#${t}`).join(' ')}`);
  return rows.join('\n');
}

/** One annotation: block quote, note, then its #tags and a link to the passage. */
export function annotationMarkdown(article: Pick<SavedArticle, 'url'>, annotation: AnnotationRecord): string {
  const [quote] = annotation.selectors;
  const parts = [blockQuote(wellFormed(quote.exact))];
  const note = wellFormed(annotation.note).replace(/\r\n?/g, '\n').trim();
  if (note) parts.push(note);
  const tags = annotation.tags.map(obsidianTag).filter(Boolean).map((t) => `#${t}`);
  const link = `[Open passage](${linkUrl(textFragmentUrl(article.url || annotation.url, quote))})`;
  parts.push([...tags, link].join(' '));
  return parts.join('\n\n');
}

/** One article's note: front matter (or heading and properties), then its annotations in reading order. */
export function articleToMarkdown(
  article: SavedArticle,
  annotations: AnnotationRecord[],
  options: MarkdownOptions = {},
): string {
  const withFrontMatter = options.frontMatter ?? true;
  const level = Math.min(6, Math.max(1, options.headingLevel ?? (withFrontMatter ? 1 : 2)));
  const own = annotations.filter((a) => a.articleId === article.id);
  const ordered = annotationsByArticle(own).get(article.id) ?? [];
  const tagSet = new Set<string>();
  for (const a of ordered) for (const t of a.tags) if (obsidianTag(t)) tagSet.add(obsidianTag(t));
  const tags = [...tagSet].sort();
  const title = wellFormed(article.title).replace(/\s+/g, ' ').trim() || article.url;
  const blocks: string[] = [];
  if (withFrontMatter) blocks.push(frontMatter(article, tags));
  blocks.push(`${'#'.repeat(level)} ${escapeLine(title)}`);
  if (!withFrontMatter) blocks.push(propertyList(article, tags));
  const source = [article.siteName && linkText(article.siteName), isoDay(dateParts(article.publishedTime))].filter(Boolean).join(', ');
  blocks.push(`[Original article${source ? ` (${source})` : ''}](${linkUrl(article.url)})`);
  if (ordered.length === 0) blocks.push('_No highlights._');
  for (const a of ordered) blocks.push(annotationMarkdown(article, a));
  return blocks.join('\n\n') + '\n';
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name that is valid on Windows, macOS, Linux, Android and in Obsidian (no \ / : * ? " < >
 * | # ^ [ ], no control characters, no leading/trailing dots or spaces, not a reserved device
 * name), at most `max` characters (never cutting a surrogate pair), never empty.
 */
export function safeFilename(title: string, max = 100): string {
  let name = wellFormed(title)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ')
    .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const chars = Array.from(name);
  if (chars.length > max) name = chars.slice(0, max).join('').replace(/[.\s]+$/g, '');
  if (!name) name = 'Untitled';
  if (RESERVED.test(name)) name = `${name}_`;
  return name;
}

export interface MarkdownFile {
  filename: string;
  content: string;
}

/** One note per article, with unique safe file names ("Title.md", "Title (2).md"), ordered by article id. */
export function libraryToMarkdownFiles(input: ExportInput, options: MarkdownOptions = {}): MarkdownFile[] {
  const byArticle = annotationsByArticle(input.annotations);
  const used = new Set<string>();
  return sortArticles(input.articles).map((article) => {
    const stem = safeFilename(article.title || article.url);
    let filename = `${stem}.md`;
    for (let n = 2; used.has(filename.toLowerCase()); n++) filename = `${stem} (${n}).md`;
    used.add(filename.toLowerCase());
    return { filename, content: articleToMarkdown(article, byArticle.get(article.id) ?? [], { ...options, frontMatter: true }) };
  });
}

/** The whole selection as one Markdown document: a section per article (no front matter). */
export function libraryToMarkdown(input: ExportInput, options: MarkdownOptions = {}): string {
  const byArticle = annotationsByArticle(input.annotations);
  const now = options.now ?? new Date();
  const head = `# Gloss highlights\n\nExported ${now.toISOString()} · ${input.articles.length} articles · ${input.annotations.length} highlights`;
  const sections = sortArticles(input.articles).map((article) =>
    articleToMarkdown(article, byArticle.get(article.id) ?? [], { ...options, frontMatter: false, headingLevel: 2 }).trimEnd(),
  );
  return [head, ...sections].join('\n\n') + '\n';
}
