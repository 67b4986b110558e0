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
 * The nouns a job title ends in ("AP National Political Writer", "Washington Correspondent",
 * "Redakteurin", "journaliste", "спецкорреспондент"), in the five languages, singular and plural.
 */
const ROLE_NOUN = [
  String.raw`(?:staff\s+)?writers?|reporters?|correspondents?|editors?|columnists?|contributors?|producers?|analysts?|journalists?|critics?|commentators?|photographers?|videographers?|bloggers?|bureau\s+chiefs?`,
  String.raw`redakteur(?:in|innen|e)?|korrespondent(?:in|innen|en)?|reporter(?:in|innen)?|journalist(?:in|innen|en)?|kolumnist(?:in|innen|en)?|autor(?:in|innen|en)?`,
  String.raw`journalistes?|correspondant(?:e|es|s)?|rédact(?:eur|rice)s?|chroniqueu(?:r|se)s?|éditorialistes?|envoyée?s?\s+spéciale?s?`,
  String.raw`\p{L}*кореспондент(?:ка|и)?|журналіст(?:ка|и)?|редактор(?:ка|и)?|оглядач(?:ка|і)?`,
  String.raw`\p{L}*корреспондент(?:ка|ы)?|журналист(?:ка|ы)?|обозреватель|колумнист(?:ка)?`,
].join('|');
/** A part of a byline that is a job title, not a person: it ends in a role noun, perhaps with whom it works for ("Senior Writer at Wired"). */
const ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ROLE_NOUN})(?:\s+(?:for|at|of|with|in|bei|für|de|du|à|del|в|у)\s+.+)?$`, 'iu');

/** Whether a comma-separated part of a byline is a job title or description ("AP National Political Writer"), not a name. */
export function isBylineRole(part: string): boolean {
  return ROLE.test(part.trim());
}

/** Words joining two names in one part of a byline. */
const CONNECTOR = /^(?:and|und|et|и|і|та|&)$/iu;
const VOWEL = /[aeiouyàâäéèêëîïôöûüáíóúåæøаеёиоуыэюяіїє]/iu;

/**
 * A name written in capitals shown as a name ("STEVE PEOPLES" → "Steve Peoples", "O'BRIEN-SMITH" →
 * "O'Brien-Smith"): only when the whole name is upper case and has two words or more, each with a
 * vowel (not an acronym: "BBC NEWS" stays). Mixed case ("McDONALD") is the page's choice: kept.
 */
function unshout(name: string): string {
  // (the words joining names stay as written: "MARY CLARE JALONICK and ERIC TUCKER")
  const words = name.split(/\s+/).filter((w) => !CONNECTOR.test(w));
  if (words.length < 2 || words.some((w) => /\p{Ll}/u.test(w)) || !words.every((w) => !/\p{L}/u.test(w) || VOWEL.test(w))) return name;
  return name.split(/(\s+)/).map((w) => (CONNECTOR.test(w) ? w.toLowerCase() : w.toLowerCase().replace(/(^|['’\-.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()))).join('');
}

/**
 * The byline cleaned: labels off, each name once, the publisher and job titles ("AP National
 * Political Writer") dropped when a person is left, a name in capitals in title case. Null when
 * nothing is left. A byline with nothing to clean comes back as it was.
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
  const persons = names.filter((n) => !isBylineRole(n));
  const named = persons.length ? persons : names;
  const people = siteName ? named.filter((n) => !namesPublisher(n, siteName)) : named;
  const kept = (people.length ? people : named).map(unshout);
  if (!kept.length) return null;
  const unchanged = stripped === byline.trim() && kept.length === parts.length && kept.every((n, i) => n === parts[i]);
  return unchanged ? byline.trim() : kept.join(', ');
}
