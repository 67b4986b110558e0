// Citation keys shared by BibTeX and CSL-JSON: "shevchuk2024ukrainian" — first author's family
// name (or the site), year, first significant title word — transliterated to ASCII so every
// BibTeX (not only biber) accepts them.
//
// Stable: a key depends only on the article itself, except that among articles whose keys
// collide, the one with the smallest id keeps the plain key and the others get a suffix derived
// from their own id (not from their position), so adding an article to an export never renames
// the others' keys unless it collides with them.
import type { SavedArticle } from './types';
import { dateParts, hash32, nameParts, splitAuthors } from './types';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'e', ъ: '',
};

/** Lower-case ASCII letters and digits only: diacritics dropped, Cyrillic transliterated. */
export function asciiFold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[а-яёіїєґ]/g, (c) => CYRILLIC[c] ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]/g, '');
}

const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'at', 'by', 'with', 'der', 'die', 'das', 'le', 'la', 'les', 'un', 'une', 'el', 'los']);

function baseKey(article: SavedArticle): string {
  const first = splitAuthors(article.byline)[0];
  const who = first ? asciiFold(nameParts(first)?.family ?? first) : asciiFold(article.siteName ?? '');
  const year = dateParts(article.publishedTime)?.[0] ?? '';
  const word = article.title
    .split(/[\s\p{P}]+/u)
    .map(asciiFold)
    .find((w) => w.length > 2 && !STOP.has(w)) ?? '';
  // Nothing usable in Latin or Cyrillic letters (an Arabic article by its site): a hash of the id.
  if (!who && !word) return `gloss${year}${hash32(article.id).toString(36)}`;
  const key = `${who.slice(0, 20)}${year}${word.slice(0, 20)}`;
  return /^[a-z]/.test(key) ? key : `gloss${key}`;
}

/** A citation key per article id, unique within the given articles. */
export function citationKeys(articles: SavedArticle[]): Map<string, string> {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const article of sorted) {
    const base = baseKey(article);
    let key = base;
    for (let salt = 0; used.has(key); salt++) key = `${base}-${hash32(article.id, 0x811c9dc5 + salt).toString(36).slice(0, 4)}`;
    used.add(key);
    out.set(article.id, key);
  }
  return out;
}
