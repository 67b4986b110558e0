// Every user-facing string goes through the browser's i18n catalogue (public/_locales). When a key
// is missing (or there is no i18n API, as in unit tests) the key itself shows, so a gap is visible.
//
// Counts never go through t(): a message that carries a count is a plural family in the catalogue,
// one key per CLDR plural category of that catalogue's language (`countSources_one`,
// `countSources_other` in en and de; `_one`, `_few`, `_many`, `_other` in uk), and tn() picks the
// form with Intl.PluralRules. t() takes strings only, so the type checker sends every count to tn().
import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json (WXT generates the union, so a typo fails to compile). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** The name of a plural family: en has `<name>_one` and `<name>_other` for it. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Messages already looked up (a list of 10,000 articles asks for the same few thousands of times). */
const looked = new Map<string, string>();
/** Entries kept before the cache starts over (dates and counts vary; keys do not). */
const LOOKED_MAX = 5000;
/** The getMessage the cache holds answers of (tests swap catalogues by replacing it). */
let lookedFor: unknown = null;

function lookup(key: string, substitutions: string[]): string {
  let getMessage: unknown;
  try {
    getMessage = browser.i18n.getMessage;
  } catch {
    return '';
  }
  if (lookedFor !== getMessage || looked.size >= LOOKED_MAX) {
    looked.clear();
    lookedFor = getMessage;
  }
  const id = substitutions.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
  let message = looked.get(id);
  if (message === undefined) {
    try {
      message = browser.i18n.getMessage(key as MessageKey, substitutions);
    } catch {
      return '';
    }
    looked.set(id, message);
  }
  return message;
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  return lookup(key, substitutions) || key;
}

let catalogue: { locale: string; plural: Intl.PluralRules; number: Intl.NumberFormat } | null = null;

/**
 * The language of the catalogue the browser serves (its `catalogueLocale` message), which is not
 * always the UI language: a French browser reads the English catalogue, and must count in English.
 */
function catalogueRules() {
  if (catalogue) return catalogue;
  const tag = lookup('catalogueLocale', []);
  let locale = 'en';
  try {
    if (tag) locale = Intl.getCanonicalLocales(tag)[0];
  } catch {
    /* not a language tag: count in English */
  }
  catalogue = { locale, plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
  return catalogue;
}

/** Forgets the cached catalogue language (tests switch catalogues). */
export function resetCatalogue(): void {
  catalogue = null;
  looked.clear();
}

/**
 * A message that carries a count: the form for `count` in the catalogue's language, with the count
 * (formatted for that language) as its first substitution and `more` after it. Numbers in `more`
 * are formatted too; they do not choose the form.
 */
export function tn(key: PluralKey, count: number, ...more: Array<string | number>): string {
  const { plural, number } = catalogueRules();
  const subs = [count, ...more].map((x) => (typeof x === 'number' ? number.format(x) : x));
  return lookup(`${key}_${plural.select(count)}`, subs) || lookup(`${key}_other`, subs) || `${key}_other`;
}

/** A number written the catalogue's way ("1,000,000", "1.000.000"). */
export function formatNumber(n: number): string {
  return catalogueRules().number.format(n);
}

/** A language's name in the catalogue's language ("ko" → "Korean", "Koreanisch"); the code itself when there is none. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([catalogueRules().locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a language code Intl knows
  }
}

/** The UI language and direction, from the browser's locale. */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  let lang = 'en';
  try {
    lang = browser.i18n.getUILanguage() || 'en';
  } catch {
    /* no i18n API */
  }
  return { lang, dir: /^(ar|he|fa|ur|yi|ps|sd|ug|dv)\b/i.test(lang) ? 'rtl' : 'ltr' };
}
