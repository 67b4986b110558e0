// The browser's i18n API over Gloss's real catalogues (public/_locales), for unit tests that show
// what a user of one locale reads: getMessage with Chrome's substitution rules ($NAME$ through the
// entry's placeholders, then $1…$9; $$ is a dollar sign), a locale's keys first, then en's.
import fs from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetCatalogue } from '../../components/i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');
const read = (locale: string): Record<string, Entry> => JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

function substitute(entry: Entry, subs: string[]): string {
  const named = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, p]) => [k.toLowerCase(), p.content]));
  const numbered = (text: string) => text.replace(/\$(\$|[1-9])/g, (m, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
  return numbered(entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => named[name.toLowerCase()] ?? m));
}

/** Makes the fake browser serve `locale`'s catalogue (falling back to en's keys, as browsers do). */
export function useCatalogue(locale: string): void {
  const messages = { ...read('en'), ...read(locale) };
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    return entry ? substitute(entry, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]) : '';
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
  resetCatalogue();
}
