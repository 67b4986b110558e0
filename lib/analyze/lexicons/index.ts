// Picks the lexicon for a BCP 47 tag ("de-AT" → de); unknown languages fall back to English,
// whose number format and cues are the most common in the articles we see.
import type { Lexicon } from './types';
import en from './en';
import de from './de';
import fr from './fr';
import uk from './uk';
import ru from './ru';

export type { DayPart, Lexicon } from './types';

export const LEXICONS: Record<string, Lexicon> = { en, de, fr, uk, ru };

export function baseLang(lang: string | null | undefined): string {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0];
  // an own property only: "constructor" is in every object
  return Object.hasOwn(LEXICONS, base) ? base : 'en';
}
