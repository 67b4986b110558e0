// Markdown export for Obsidian and other Markdown note tools: one note per article with YAML
// front matter (Obsidian "properties"), each highlight as a callout whose type names its colour
// ("> [!highlight-yellow]"; OBSIDIAN_SNIPPET colours them), its note below, its tags as #tags, a
// link that reopens the article at the exact passage (URL text fragment), a fact-check's claim and
// verdict when the page gave them (ClaimReview), and optionally the article's full text. Many
// notes go out as a zip (markdownZip) or into a folder the user picks.
//
// Why hand-written YAML: the front matter is a handful of scalars and lists; every string is
// emitted double-quoted with YAML escapes (so titles with ": ", "#", quotes, newlines or a leading
// "-" can never change the document's structure), which no YAML library is needed for.
import type { AnnotationRecord, ExportInput, ExportOptions, SavedArticle } from './types';
import { annotationsByArticle, dateParts, isoDay, sortArticles, splitAuthors, wellFormed } from './types';
import { textFragmentUrl } from './fragment';
import { claimReviewsFrom, verdictText } from '../extract/claim-review';
import { strToU8, zipSync, type Zippable } from 'fflate';

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
  /** Append the article's full text after the highlights. */
  fullText?: boolean;
}

/** The article's text as Markdown paragraphs (every line escaped, so it stays plain text). */
function articleText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.split('\n').map((line) => escapeLine(line.trim())).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
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

/**
 * A fact-check's claims and verdicts (schema.org ClaimReview), one list per review: page strings,
 * escaped as text like every other page string here. Empty for an article without one.
 */
export function claimReviewMarkdown(article: Pick<SavedArticle, 'claimReview'>): string[] {
  return (claimReviewsFrom(article.claimReview) ?? []).map((r) => {
    const rows = [`**Fact check${r.reviewer ? ` by ${linkText(wellFormed(r.reviewer))}` : ''}**`];
    if (r.claim) rows.push(`- Claim: ${linkText(wellFormed(r.claim))}`);
    if (r.claimant) rows.push(`- Made by: ${linkText(wellFormed(r.claimant))}`);
    const verdict = verdictText(r);
    if (verdict) rows.push(`- Verdict: ${linkText(wellFormed(verdict))}`);
    return rows.join('\n');
  });
}

/** The callout type of a highlight colour: Obsidian keeps it, OBSIDIAN_SNIPPET gives it the colour. */
export const calloutType = (color: string) => `highlight-${color}`;

/** A CSS snippet for Obsidian (.obsidian/snippets/) that colours the highlight callouts like Gloss. */
export const OBSIDIAN_SNIPPET = [
  '/* Gloss highlight colours for Obsidian callouts: enable under Settings → Appearance → CSS snippets. */',
  ...Object.entries({ yellow: '250, 204, 21', green: '74, 222, 128', blue: '96, 165, 250', pink: '244, 114, 182', purple: '192, 132, 252' }).map(
    ([color, rgb]) => `.callout[data-callout="${calloutType(color)}"] { --callout-color: ${rgb}; --callout-icon: lucide-highlighter; }`,
  ),
  '',
].join('\n');

/**
 * One annotation: a callout of its colour quoting the passage, its note, who made it (team
 * libraries), then its #tags and a link to the passage.
 */
export function annotationMarkdown(article: Pick<SavedArticle, 'url'>, annotation: AnnotationRecord): string {
  const [quote] = annotation.selectors;
  const parts = [`> [!${calloutType(annotation.color)}]\n${blockQuote(wellFormed(quote.exact))}`];
  const note = wellFormed(annotation.note).replace(/\r\n?/g, '\n').trim();
  if (note) parts.push(note);
  if (annotation.author) parts.push(`Author: ${linkText(annotation.author)}`);
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
  blocks.push(...claimReviewMarkdown(article));
  if (ordered.length === 0) blocks.push('_No highlights._');
  for (const a of ordered) blocks.push(annotationMarkdown(article, a));
  if (options.fullText && article.text.trim()) blocks.push(`${'#'.repeat(Math.min(6, level + 1))} Article text`, articleText(article.text));
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

/** The notes as a zip (UTF-8 names), with the callout colour snippet where Obsidian looks for snippets. */
export function markdownZip(files: MarkdownFile[], options: ExportOptions = {}): Uint8Array {
  const mtime = options.now ?? new Date();
  const entries: Zippable = {};
  for (const f of files) entries[f.filename] = [strToU8(f.content), { mtime }];
  entries['.obsidian/snippets/gloss-highlights.css'] = [strToU8(OBSIDIAN_SNIPPET), { mtime }];
  return zipSync(entries, { level: 6 });
}

/** "1 article", "3 articles" (the export's header is in English, whatever the interface language). */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The whole selection as one Markdown document: a section per article (no front matter). */
export function libraryToMarkdown(input: ExportInput, options: MarkdownOptions = {}): string {
  const byArticle = annotationsByArticle(input.annotations);
  const now = options.now ?? new Date();
  const head = `# Gloss highlights\n\nExported ${now.toISOString()} · ${counted(input.articles.length, 'article')} · ${counted(input.annotations.length, 'highlight')}`;
  const sections = sortArticles(input.articles).map((article) =>
    articleToMarkdown(article, byArticle.get(article.id) ?? [], { ...options, frontMatter: false, headingLevel: 2 }).trimEnd(),
  );
  return [head, ...sections].join('\n\n') + '\n';
}
