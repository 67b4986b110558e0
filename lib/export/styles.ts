// "Copy with citation" in the style a researcher cites in (a setting): APA 7, Chicago author-date,
// MLA or Harvard, formatted by citation-js from the article's CSL-JSON item. The engine is large,
// so it loads on first use (a separate chunk the panel fetches only when someone copies).
import type { CitableArticle } from './citation';
import { cslItem, type CslItem } from './csljson';
import type { SavedArticle } from './types';

export const CITATION_STYLES = ['apa', 'chicago', 'mla', 'harvard'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const DEFAULT_CITATION_STYLE: CitationStyle = 'apa';

export const isCitationStyle = (v: unknown): v is CitationStyle => CITATION_STYLES.includes(v as CitationStyle);

/** The article's reference-list entry in a style. */
export async function formatCitation(article: CitableArticle & Partial<Pick<SavedArticle, 'lang'>>, style: CitationStyle, accessed = new Date()): Promise<string> {
  const { bibliography } = await import('./citeEngine');
  const item: CslItem = cslItem({ id: 'cite', lang: null, ...article } as SavedArticle, 'cite', { now: accessed });
  // Without a byline or a site name there is no newspaper article to describe: cite the page as
  // website content (CMOS 15.51: title first when there is no author; APA 7 §10.16), which also
  // keeps "Title." a sentence of its own instead of "Title," running into the date.
  if (!item.author || !item['container-title']) (item as { type: string }).type = 'webpage';
  return bibliography(item, style);
}

/** A quoted passage followed by the article's citation in a style. */
export async function quoteWithStyledCitation(quote: string, article: CitableArticle, style: CitationStyle, accessed?: Date): Promise<string> {
  return `“${quote.trim()}”\n— ${await formatCitation(article, style, accessed)}`;
}
