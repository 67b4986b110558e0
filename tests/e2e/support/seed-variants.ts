// The seed page as edited after publication, for the tests about changed pages. Each variant is
// the one copy of the seed page (tests/fixtures/pages) with a few edits applied when the local
// server is asked for it, so a correction to the seed page reaches every variant.
const ISW_LINK = '<a href="https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-october-1-2024" target="_blank" rel="noopener">';
const DUMA_PARAGRAPH = /<p>The Russian State Duma also passed a bill[^\n]*<\/p>\n/;

/** Each variant: the file name it is served under, and the edits made to the seed page. */
export const SEED_VARIANTS: Record<string, Array<[string | RegExp, string]>> = {
  // The Duma paragraph removed and the ISW sentence reworded ("noted that" → "said on Tuesday that"),
  // at another address of the same site that names the original as its canonical URL (the server
  // fills in __ORIGIN__; a canonical on another site would not count).
  'seed-article-revised.html': [
    ['</a> noted that another wave', '</a> said on Tuesday that another wave'],
    [DUMA_PARAGRAPH, ''],
    [/<link rel="canonical" href="[^"]*">/, '<link rel="canonical" href="__ORIGIN__/seed-article.html">'],
  ],
  // The ISW link around the abbreviation only ("… War (<a>ISW</a>) noted …"), as many sites link it.
  'seed-article-linked.html': [[`${ISW_LINK}Institute for the Study of War (ISW)</a> noted`, `Institute for the Study of War (${ISW_LINK}ISW</a>) noted`]],
};

/** The variant's HTML, or throws when an edit no longer applies (the seed page changed under it). */
export function seedVariant(name: string, seed: string): string {
  let html = seed;
  for (const [from, to] of SEED_VARIANTS[name]) {
    const next = html.replace(from, to);
    if (next === html) throw new Error(`${name}: the edit ${String(from).slice(0, 60)} no longer applies to seed-article.html`);
    html = next;
  }
  return html;
}
