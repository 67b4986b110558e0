// What every analysis pass reads: the text and its language, built once per analysis (tokens,
// sentences, quotations, links), so that no pass re-scans the text for what another already knows
// and every pass agrees on where a sentence or a quotation is.
import type { TextLink } from '../extract/types';
import { LEXICONS, baseLang, type Lexicon } from './lexicons';
import { sentenceIndex, type SentenceIndex } from './sentences';
import { findQuotes, quoteIndex, tokenize, type Token } from './text';

export interface AnalysisContext {
  text: string;
  /** Base language with a lexicon ("en", "de", …). */
  lang: string;
  lex: Lexicon;
  tokens: Token[];
  sentences: SentenceIndex;
  /** Outbound links of the body, offsets into `text`, sorted by start. */
  links: TextLink[];
  /** Publication year, to complete dates without one. */
  year: number | null;
  /** The site the article is on ("example.com"), to tell its own links from links to other sites; null if unknown. */
  site: string | null;
  /** The quotation [start, end) that contains `pos`, if any. */
  inQuote: (pos: number) => [number, number] | null;
}

export interface ContextOptions {
  lang?: string | null;
  links?: TextLink[];
  published?: string | null;
  url?: string | null;
}

export function makeContext(text: string, options: ContextOptions = {}): AnalysisContext {
  const lang = baseLang(options.lang);
  const links = (options.links ?? []).filter((l) => l.start >= 0 && l.end <= text.length && l.end > l.start).sort((a, b) => a.start - b.start);
  return {
    text,
    lang,
    lex: LEXICONS[lang],
    tokens: tokenize(text),
    sentences: sentenceIndex(text, lang),
    links,
    year: options.published && /^\d{4}/.test(options.published) ? Number(options.published.slice(0, 4)) : null,
    inQuote: quoteIndex(findQuotes(text)),
    site: siteOf(options.url),
  };
}

// Second-level labels under a country code that registries sell names below ("bbc.co.uk").
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gv']);

/** The registrable part of a URL's host ("www.bbc.co.uk" → "bbc.co.uk"), or null for no http(s) URL. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  const parts = host.split('.');
  if (parts.length <= 2 || /^\d+$/.test(parts[parts.length - 1])) return host;
  const keep = parts[parts.length - 1].length === 2 && SECOND_LEVEL.has(parts[parts.length - 2]) ? 3 : 2;
  return parts.slice(-keep).join('.');
}
