// Ordinal number words are declined: "пятый", "пятого", "пятому", "пятом", "пятым" … A lexicon writes each
// ordinal's stem once with its value and the endings once; the forms are built here (lexicon yearOrdinals).
// An apostrophe inside a stem ("п'ят") is written in each of its spellings (', ’, ʼ).

/** Every stem with every ending → the stem's value, also whole words given as such (`whole`). */
export function ordinalForms(stems: Record<string, number>, endings: readonly string[], whole: Record<string, number> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stem, v] of Object.entries(stems)) for (const e of endings) for (const w of apostropheSpellings(stem + e)) out[w] = v;
  for (const [w0, v] of Object.entries(whole)) for (const w of apostropheSpellings(w0)) out[w] = v;
  return out;
}

function apostropheSpellings(w: string): string[] {
  return w.includes("'") ? [w, w.replace(/'/g, '’'), w.replace(/'/g, 'ʼ')] : [w];
}
