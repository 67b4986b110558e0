// Language tags from pages and imported files, made safe to use as data: a BCP 47-shaped tag with a
// two- or three-letter language ("en", "de-AT", "zh-Hant-TW"), or nothing. Tables keyed by language
// (lexicons, number formats) are then never looked up with "constructor" or "__proto__", which an
// `in` test or a plain object lookup would find on Object.prototype.

/** "EN_us" → "en-US"; anything that is not shaped like a language tag → null. */
export function normalizeLang(v: string | null | undefined): string | null {
  if (!v) return null;
  const t = v.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t)) return null;
  const parts = t.split('-');
  return [parts[0].toLowerCase(), ...parts.slice(1).map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}
