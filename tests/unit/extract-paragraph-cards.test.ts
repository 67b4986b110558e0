// Paragraphs written one per card (Hawaii News Now, an Arc Publishing page): Readability removed
// the card of a short sentence whose link made more than a fifth of its text, so "The discovery
// was announced … in the journal Nature Astronomy." and its link to the study were lost.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { unwrapParagraphCards } from '../../lib/extract/paragraph-cards';

const card = (p: string) => `<div data-type="text" class="card collection-item "> <div class="card-content card-article"> ${p} </div> </div>`;
const PROSE = [
  '<p>NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on the surface of Europa, one of Jupiter’s 79 moons.</p>',
  '<p>The find almost certainly means the moon has liquid water, an essential ingredient for life, and scientists believe there is an ocean beneath its ice shell.</p>',
  '<p>Lucas Paganini, a NASA planetary scientist who led the water detection investigation, said two of the three requirements for life are found all over the solar system.</p>',
  '<p>Finding water vapor on Europa, he said, is the “next best thing” to liquid water.</p>',
];
const LINKED = '<p>The discovery was announced in an article published Monday in the <a href="https://www.nature.com/articles/s41550-019-0933-6" target="_blank">journal Nature Astronomy</a>.</p>';
const AFTER = [
  '<p>Paganini and his team reported that they detected 5,200 pounds of water vapor being released from Europa per second. That’s enough to fill an Olympic-size swimming pool within minutes.</p>',
  '<p>Europa ― located some 390 million miles away ― is slightly smaller than Earth’s Moon, and it has long been a target in the search for life beyond Earth.</p>',
];
const page = (middle: string) => `<html lang="en"><head><title>Water vapor on Europa</title></head><body>
  <div class="article-body">${PROSE.map(card).join('')}${middle}${AFTER.map(card).join('')}</div></body></html>`;

function extract(html: string) {
  const dom = new JSDOM(html);
  const r = extractArticle(dom.window.document, { url: 'https://www.hawaiinewsnow.com/2019/11/19/europa/', purify: dom.window });
  if (!r.isArticle) throw new Error(r.message);
  return r.article;
}

describe('a linked sentence alone in a paragraph card', () => {
  it('stays in the text, with its link', () => {
    const a = extract(page(card(LINKED)));
    expect(a.text).toContain('The discovery was announced in an article published Monday in the journal Nature Astronomy.');
    expect(a.links.map((l) => l.href)).toContain('https://www.nature.com/articles/s41550-019-0933-6');
  });

  it('takes its card’s place; unlinked paragraphs, teasers and lone cards keep theirs', () => {
    const teaser = '<p>Read more: <a href="/2019/11/18/other-story/">Scientists find another moon with an ocean under its ice</a></p>';
    const doc = new JSDOM(`<body>
      <div id="cards">${card(PROSE[0])}${card(LINKED)}${card(teaser)}</div>
      <section id="lone"><h2>Elsewhere</h2>${card(LINKED)}<p>A last word.</p></section>
    </body>`).window.document;
    expect(unwrapParagraphCards(doc)).toBe(1);
    expect(doc.querySelector('#cards > p')?.textContent).toContain('The discovery was announced');
    expect(doc.querySelectorAll('#cards > .card')).toHaveLength(2); // the unlinked paragraph's and the teaser's
    expect(doc.querySelector('#lone > .card p')).not.toBeNull();
  });
});
