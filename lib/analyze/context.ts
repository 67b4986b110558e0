// What every analysis pass reads: the text and its language, built once per analysis (tokens,
// sentences, quotations, links), so that no pass re-scans the text for what another already knows
// and every pass agrees on where a sentence or a quotation is.
import type { TextLink } from '../extract/types';
import { LEXICONS, baseLang, type Lexicon } from './lexicons';
import { COMMA_DECIMAL, UNREAD_FUNCTION_WORDS } from './lexicons/unread';
import { sentenceIndex, type SentenceIndex } from './sentences';
import { findQuotes, quoteIndex, tokenize, wordId, type Token, type TokenList } from './text';

export interface AnalysisContext {
  text: string;
  /** Base language with a lexicon ("en", "de", …): the declared one unless the text is plainly in another. */
  lang: string;
  /**
   * False when the text is in none of the lexicons' languages (an Italian page): its reporting verbs
   * are unknown, so no source is read off it rather than wrong ones; figures still are.
   */
  sourcesKnown: boolean;
  /** The language the text is plainly in when we have no lexicon for it ("es"), from its function words. */
  unreadLang: string | null;
  /**
   * How numbers are written when that differs from the lexicon's: 'eu' ("17.000", "1,5") for a text in a language
   * without a lexicon that groups thousands with dots or spaces and writes decimals with a comma, as its own numbers
   * show, else as its language does (lexicons/unread.ts COMMA_DECIMAL); the English rules it is read with took
   * "17.000 orang" for 17.
   */
  numberFormat?: 'en' | 'eu';
  lex: Lexicon;
  tokens: Token[];
  sentences: SentenceIndex;
  /** Outbound links of the body, offsets into `text`, sorted by start. */
  links: TextLink[];
  /** Publication year, to complete dates without one. */
  year: number | null;
  /** Publication month and day (1-based), to tell a year-less date ahead of it from one behind; null if unknown. */
  publishedDay: { m: number; d: number } | null;
  /** The site the article is on ("example.com"), to tell its own links from links to other sites; null if unknown. */
  site: string | null;
  /**
   * Every site that is the outlet's own: the page's, or for a page read from a copy (a saved file, a
   * local server) its canonical address's, under which `site` is that one.
   */
  ownSites: string[];
  /** The outlet's name as a copy of its page gives it ("Business Insider"), null for a page at its own address or unknown. */
  siteName: string | null;
  /** The quotation [start, end) that contains `pos`, if any. */
  inQuote: (pos: number) => [number, number] | null;
}

export interface ContextOptions {
  lang?: string | null;
  links?: TextLink[];
  published?: string | null;
  url?: string | null;
  canonicalUrl?: string | null;
  siteName?: string | null;
}

// "17,000" / "1,234,567": comma thousands; "17.000" / "1.234.567" or "2,5" / "1,25": dot thousands and a decimal comma
const COMMA_THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/;
const DOT_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])/;
const DECIMAL_COMMA = /(?<![\d.,])\d,\d{1,2}(?![\d,])/;

/**
 * How a text in a language without a lexicon writes its numbers: as its own numbers show when they tell one way
 * ("17,000 personas" in Mexico, "17.000 personas" in Spain), else as its language usually does (COMMA_DECIMAL).
 */
function numbersWritten(text: string, lang: string): 'en' | 'eu' {
  const comma = COMMA_THOUSANDS.test(text);
  const eu = DOT_THOUSANDS.test(text) || DECIMAL_COMMA.test(text);
  if (comma !== eu) return comma ? 'en' : 'eu';
  return COMMA_DECIMAL.has(lang) ? 'eu' : 'en';
}

export function makeContext(text: string, options: ContextOptions = {}): AnalysisContext {
  const tokens = tokenize(text);
  const { lang, known, unread } = detectLang(tokens, options.lang);
  const declared = (options.lang || '').toLowerCase().split(/[-_]/)[0];
  const unreadBase = known ? null : unread ?? (declared && !Object.hasOwn(LEXICONS, declared) ? declared : null);
  const links = (options.links ?? []).filter((l) => l.start >= 0 && l.end <= text.length && l.end > l.start).sort((a, b) => a.start - b.start);
  return {
    text,
    lang,
    sourcesKnown: known,
    unreadLang: unread ?? null,
    ...(unreadBase && numbersWritten(text, unreadBase) === 'eu' ? { numberFormat: 'eu' as const } : {}),
    lex: LEXICONS[lang],
    tokens,
    sentences: sentenceIndex(text, lang),
    links,
    year: options.published && /^\d{4}/.test(options.published) ? Number(options.published.slice(0, 4)) : null,
    publishedDay: monthDay(options.published),
    inQuote: quoteIndex(findQuotes(text)),
    ...ownSites(options),
  };
}

// How many words the language check reads, and what share of them must be a language's own function
// words ("the", "der", "які") for the text to count as written in it.
const SNIFF_WORDS = 2000;
const MIN_SHARE = 0.04;
// For a page declared in a language with no lexicon ("it", "pt"): an English quote or product name
// must not make it English.
const MIN_SHARE_OTHER = 0.1;
let distinctive: Map<string, string> | null = null;
let unreadWords: Map<string, string> | null = null;

/** Each lexicon's function words, lower case: what both language checks count. */
const functionWords = (x: Lexicon) => new Set([...x.determiners, ...x.stopWords, ...x.pronouns, ...x.connectors].map((w) => w.toLowerCase()));

/** Function words only one lexicon has ("the" → English, "und" → German). */
function distinctiveWords(): Map<string, string> {
  if (distinctive) return distinctive;
  const sets = Object.entries(LEXICONS).map(([l, x]) => [l, functionWords(x)] as const);
  distinctive = new Map();
  for (const [l, set] of sets) {
    // a foreign name particle is no word of the language: not counted for it (nor for another)
    const foreign = new Set(LEXICONS[l].foreignParticles ?? []);
    for (const w of set) if (!foreign.has(w) && sets.every(([o, other]) => o === l || !other.has(w))) distinctive.set(w, l);
  }
  return distinctive;
}

/** Function words of languages without a lexicon (lexicons/unread.ts) that none of ours has. */
function unreadMarkers(): Map<string, string> {
  if (unreadWords) return unreadWords;
  const ours = new Set(Object.values(LEXICONS).flatMap((x) => [...functionWords(x)]));
  unreadWords = new Map();
  for (const [l, list] of Object.entries(UNREAD_FUNCTION_WORDS)) for (const w of list) if (!ours.has(w)) unreadWords.set(w, l);
  return unreadWords;
}

let byWordId: { words: Map<number, { lang: string; own: boolean }>; maxId: number } | null = null;

/** Both lists of detectLang by vocabulary number (Token.w): a lexicon's own word, else an unread language's. */
function languageWords(): NonNullable<typeof byWordId> {
  if (byWordId) return byWordId;
  const words = new Map<number, { lang: string; own: boolean }>();
  for (const [w, lang] of unreadMarkers()) words.set(wordId(w), { lang, own: false });
  for (const [w, lang] of distinctiveWords()) words.set(wordId(w), { lang, own: true });
  return (byWordId = { words, maxId: Math.max(0, ...words.keys()) });
}

/**
 * The language to analyse in: the declared one when the text bears it out, else the lexicon whose
 * function words the text uses most (a page declared "de" that is in English). `known` is false
 * when the text is in no lexicon's language.
 */
export function detectLang(tokens: Token[], declared: string | null | undefined): { lang: string; known: boolean; unread?: string } {
  const base = (declared || '').toLowerCase().split(/[-_]/)[0];
  const fallback = baseLang(declared);
  const counts = new Map<string, number>();
  const others = new Map<string, number>();
  let words = 0;
  const own = distinctiveWords();
  const unread = unreadMarkers();
  const byId = languageWords();
  // (a text tokenised before the language words were numbered reads them by their strings)
  const numbered = (tokens as TokenList).vocab !== undefined && byId.maxId <= (tokens as TokenList).vocab!;
  for (const t of tokens) {
    if (t.t !== 1) continue; // T.Word
    if (++words > SNIFF_WORDS) break;
    let l: string | undefined;
    let o: string | undefined;
    if (t.w || numbered) {
      const f = t.w ? byId.words.get(t.w) : undefined;
      if (f) (f.own ? (l = f.lang) : (o = f.lang));
    } else {
      l = own.get(t.lc);
      o = l ? undefined : unread.get(t.lc);
    }
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
    if (o) others.set(o, (others.get(o) ?? 0) + 1);
  }
  if (words < 30) return { lang: fallback, known: true }; // too little text to tell
  const [best, bestN] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['en', 0];
  const share = (l: string) => (counts.get(l) ?? 0) / Math.min(words, SNIFF_WORDS);
  // plainly in a language we have no lexicon for (Spanish: more "el", "los", "por" than any of ours' own words)
  const [other, otherN] = [...others].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (otherN > bestN && otherN / Math.min(words, SNIFF_WORDS) >= MIN_SHARE) return { lang: fallback, known: false, unread: other };
  const supported = Object.hasOwn(LEXICONS, base);
  if (supported && share(base) >= MIN_SHARE) return { lang: base, known: true };
  // a page declared in a language without a lexicon is read as another only when plainly in it
  const need = base && !supported ? MIN_SHARE_OTHER : MIN_SHARE;
  if (bestN / Math.min(words, SNIFF_WORDS) >= need) return { lang: best, known: true };
  return { lang: fallback, known: false };
}

/** Month and day of an ISO date ("2019-11-19T05:04:02Z" → {m: 11, d: 19}), null without both. */
function monthDay(iso: string | null | undefined): { m: number; d: number } | null {
  const m = iso ? /^\d{4}-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { m: Number(m[1]), d: Number(m[2]) } : null;
}

/**
 * The outlet's sites. The page URL's, when it is the outlet's address; a page read from a copy — a
 * saved file, a local server (localhost, an IP address) — names its outlet by its canonical URL and
 * its site name instead. (A syndicated page keeps its own site: MSN's copy of an NBC News story links
 * NBC's stories as another outlet's.)
 */
function ownSites(options: ContextOptions): Pick<AnalysisContext, 'site' | 'ownSites' | 'siteName'> {
  const page = siteOf(options.url);
  if (page && !isLocalHost(options.url!)) return { site: page, ownSites: [page], siteName: null };
  const canonical = siteOf(options.canonicalUrl);
  const sites = [page, canonical].filter((s, i, all): s is string => !!s && all.indexOf(s) === i);
  return { site: canonical ?? page, ownSites: sites, siteName: options.siteName?.trim() || null };
}

/** Is the URL's host this machine or an IP address (a copy served locally, not the outlet's address)? */
function isLocalHost(url: string): boolean {
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[');
  } catch {
    return false;
  }
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
