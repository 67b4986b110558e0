// The byline as a reader expects it: the names of the people who wrote the piece, nothing else.
// Pages hand us bylines with a label in front ("By Analysis by Chris Cillizza", "Текст: Лида
// Буслаева", "Von Anna Schmidt"), with the same name twice (a page's author tag saying "Tanza
// Loudenback, Business Insider" and another saying "Tanza Loudenback"), and with the publisher or
// one of its sections listed as if it were a co-author ("Jill Disis, CNN Business" on CNN). Each
// source of a byline (metadata, Readability's, the line under the headline) goes through here once.

/**
 * Labels that stand before the names, in the five languages and the forms seen on real pages; one
 * or more, in any order ("By Analysis by …"). Photo credits ("Photos by …") are not among them:
 * a photographer is not the author.
 */
const LABEL = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`(?:(?:news\s+)?analysis|opinion|commentary|column|interview|reporting|report|story|text|words|written|edited)\s+by\b`,
      String.raw`by\b:?`,
      String.raw`(?:von|par|por|door|av|af)(?=\s)`,
      String.raw`(?:text|texte|текст|автор(?:ы|и|ка)?|autor(?:in|en)?|auteur(?:e|s)?)\s*:`,
    ].join('|') +
    String.raw`)\s*`,
  'iu',
);

/** Italian "di", lower case only: "Giulia di Maria" and "Di Maio" are names. */
const ITALIAN_BY = /^\s*di\s+(?=\p{Lu})/u;

/** Names are separated by commas or semicolons (an "and" stays: "A and B" is how the page says it). */
const SEPARATOR = /\s*[,;]\s*/;

/** A name as compared with others: lower case, letters and digits only ("CNN Business" → "cnnbusiness", "NYTimes.com" → "nytimescom"). */
export const squashName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Strips the labels in front of a byline ("By Analysis by Chris Cillizza" → "Chris Cillizza"). */
export function stripBylineLabels(byline: string): string {
  let b = byline;
  for (let i = 0; i < 3; i++) {
    const next = b.replace(LABEL, '').replace(ITALIAN_BY, '');
    if (next === b) break;
    b = next;
  }
  return b.trim();
}

/**
 * The publisher or one of its sections standing in as an author: the site's name begins with it
 * ("Business Insider" on "Business Insider Deutschland") or it begins with the site's name ("CNN
 * Business" on "CNN"). Names shorter than 3 letters are never compared.
 */
function namesPublisher(name: string, site: string): boolean {
  const n = squashName(name);
  const s = squashName(site);
  if (n.length < 3 || s.length < 3) return false;
  return s.startsWith(n) || (n.startsWith(s) && /\s/.test(name.trim()));
}

/**
 * The byline cleaned: labels off, each name once, the publisher dropped when a person is left.
 * Null when nothing is left. A byline with nothing to clean comes back as it was.
 */
export function cleanByline(byline: string | null | undefined, siteName: string | null | undefined): string | null {
  if (!byline?.trim()) return null;
  const stripped = stripBylineLabels(byline);
  const parts = stripped.split(SEPARATOR);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of parts) {
    const name = stripBylineLabels(part);
    const key = squashName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  const people = siteName ? names.filter((n) => !namesPublisher(n, siteName)) : names;
  const kept = people.length ? people : names;
  if (!kept.length) return null;
  const unchanged = stripped === byline.trim() && kept.length === parts.length && kept.every((n, i) => n === parts[i]);
  return unchanged ? byline.trim() : kept.join(', ');
}
