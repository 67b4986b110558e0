// How lib/search reads text: words are letters/digits runs, case- and diacritic-folded (NFD, marks
// removed: "Zürich" = "zurich", "café" = "cafe"; Cyrillic "й" folds to "и" too — lenient on
// purpose). Every query word must match (AND); the last word also matches as a prefix while typing
// ("ukrai" → "ukraine"); "quoted phrases" must appear as consecutive words in one field.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const NON_WORDS = /[^\p{L}\p{N}]+/gu;
/** Query words kept at most (a pasted paragraph is not a query). */
const MAX_QUERY_TERMS = 24;

/** Case- and diacritic-folded form of one word. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** A whole text folded like its words, words separated by one space (for phrase checks). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return (NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower).replace(NON_WORDS, ' ').trim();
}

/** Folded words of a text, in order (one pass over the whole text: lower-case, NFD, split). */
export function words(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

export interface ParsedQuery {
  /** Distinct folded words that must all match. */
  terms: string[];
  /** Whether term i may match as a prefix (the last free word while typing). */
  prefix: boolean[];
  /** Folded phrases (words joined by one space) that must appear consecutively. */
  phrases: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const free = query.replace(/"([^"]*)"?/g, (_, p: string) => {
    const w = words(p);
    if (w.length > 1) phrases.push(w.join(' '));
    return ` ${w.join(' ')} `;
  });
  // The last word is typed-so-far (prefix) when the query ends in it, outside any quotes.
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(query) && (query.match(/"/g)?.length ?? 0) % 2 === 0;
  const all = words(free);
  const terms: string[] = [];
  const prefix: boolean[] = [];
  all.forEach((t, i) => {
    const isPrefix = endsInWord && i === all.length - 1;
    const at = terms.indexOf(t);
    if (at >= 0) {
      prefix[at] = prefix[at] && isPrefix;
      return;
    }
    if (terms.length >= MAX_QUERY_TERMS) return;
    terms.push(t);
    prefix.push(isPrefix);
  });
  return { terms, prefix, phrases };
}

/** A phrase as a regex over folded text: its words in order, separated by anything but letters/digits. */
export function phraseRegex(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** Folded like words() but keeping separators (cheaper than foldText; offsets are not needed here). */
export function foldKeepingSeparators(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** A window of `text` around the first matching word, with the matched words' ranges. */
export function snippet(text: string, q: Pick<ParsedQuery, 'terms' | 'prefix'>, context = 60): { snippet: string; highlights: Array<[number, number]> } {
  const matches = (w: string) => q.terms.some((t, i) => w === t || (q.prefix[i] && w.startsWith(t)));
  let first: RegExpMatchArray | null = null;
  for (const m of text.matchAll(WORD)) {
    if (matches(foldWord(m[0]))) {
      first = m;
      break;
    }
  }
  let start = 0;
  let end = text.length;
  if (text.length > context * 2 + 40) {
    const at = first?.index ?? 0;
    start = Math.max(0, at - context);
    end = Math.min(text.length, at + (first?.[0].length ?? 0) + context * 2);
    // Whole words at the edges.
    if (start > 0) {
      const sp = text.indexOf(' ', start);
      if (sp >= 0 && sp < at) start = sp + 1;
    }
    if (end < text.length) {
      const sp = text.lastIndexOf(' ', end);
      if (sp > at) end = sp;
    }
  }
  const lead = start > 0 ? '…' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const highlights: Array<[number, number]> = [];
  for (const m of body.matchAll(WORD)) {
    if (matches(foldWord(m[0]))) highlights.push([lead.length + m.index!, lead.length + m.index! + m[0].length]);
  }
  return { snippet: lead + body + (end < text.length ? '…' : ''), highlights };
}
