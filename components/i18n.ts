// Every user-facing string goes through the browser's i18n catalogue (public/_locales). When a key
// is missing (or there is no i18n API, as in unit tests) the key itself shows, so a gap is visible.
import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json (WXT generates the union, so a typo fails to compile). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions.map(String));
  } catch {
    message = '';
  }
  return message || key;
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
