// URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): a link that opens the
// article scrolled to, and highlighting, the annotated passage — `url#:~:text=prefix-,start,end,-suffix`.
//
// Why its own module: Markdown and CSV exports both link back to the exact passage, and the
// encoding rules are easy to get subtly wrong. Rules followed here:
// - each term is percent-encoded (UTF-8) with encodeURIComponent, and "-" also encoded (%2D),
//   since "-", "&" and "," are the directive's own syntax;
// - browsers match terms on word boundaries and never across a block boundary, so terms are made
//   of whole words, white space is collapsed, and a quote spanning blocks (or longer than
//   LONG_QUOTE characters) becomes textStart,textEnd (first and last few words);
// - context (prefix-, -suffix) is the few whole words of the stored selector's prefix/suffix that
//   sit in the same block as the quote, which disambiguates repeated quotes.
import type { TextQuoteSelector } from '../db/schema';

/** Quotes longer than this (characters) link with textStart,textEnd instead of the whole text. */
export const LONG_QUOTE = 80;
const RANGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encodes one text-fragment term. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function contextWords(raw: string, side: 'prefix' | 'suffix'): string {
  if (!raw) return '';
  // Only the part in the same block (paragraph) as the quote.
  const lines = raw.split(/\n/);
  const part = side === 'prefix' ? lines[lines.length - 1] : lines[0];
  const sameBlockAsEdge = lines.length === 1;
  let list = words(part);
  // A context that reaches the selector's edge probably starts (prefix) or ends (suffix) mid-word.
  if (sameBlockAsEdge) {
    if (side === 'prefix' && !/^\s/.test(part) && list.length > 1) list = list.slice(1);
    if (side === 'suffix' && !/\s$/.test(part) && list.length > 1) list = list.slice(0, -1);
  }
  const picked = side === 'prefix' ? list.slice(-CONTEXT_WORDS) : list.slice(0, CONTEXT_WORDS);
  return picked.join(' ');
}

/** The `text=` directive value (without "text=") for a quote selector. */
export function textDirective(quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string | null {
  const lines = quote.exact.split(/\n/).map((l) => words(l).join(' ')).filter(Boolean);
  if (lines.length === 0) return null;
  let start: string;
  let end: string | null = null;
  const first = words(lines[0]);
  const last = words(lines[lines.length - 1]);
  if (lines.length > 1) {
    start = first.slice(0, RANGE_WORDS).join(' ');
    end = last.slice(-RANGE_WORDS).join(' ');
  } else if (lines[0].length > LONG_QUOTE && first.length > RANGE_WORDS * 2) {
    start = first.slice(0, RANGE_WORDS).join(' ');
    end = first.slice(-RANGE_WORDS).join(' ');
  } else {
    start = lines[0];
  }
  const prefix = contextWords(quote.prefix ?? '', 'prefix');
  const suffix = contextWords(quote.suffix ?? '', 'suffix');
  const parts: string[] = [];
  if (prefix) parts.push(`${encodeFragmentTerm(prefix)}-`);
  parts.push(encodeFragmentTerm(start));
  if (end) parts.push(encodeFragmentTerm(end));
  if (suffix) parts.push(`-${encodeFragmentTerm(suffix)}`);
  return parts.join(',');
}

/**
 * The article URL with a text fragment pointing at the quote. Any fragment the URL had is
 * replaced. Returns the plain URL when the quote has no words.
 */
export function textFragmentUrl(url: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const base = url.split('#')[0];
  const directive = textDirective(quote);
  return directive ? `${base}#:~:text=${directive}` : base;
}
