// Issue #14 (4): analysis stayed quadratic in the number of links (16k links took 16.8 s). The
// result on a generated 16k-link article is checked here; the time, and that doubling the links
// at most about doubles it, is measured by `npm run bench:analyze` (never by a unit test's clock).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { manyLinksArticle } from '../../../bench/lib/analyze-links';

describe('an article with 16,000 links', () => {
  const n = 16_000;
  const { text, links } = manyLinksArticle(n);
  const { sources, analysedChars } = analyzeText(text, { lang: 'en', links });
  // the text is just over MAX_ANALYSED_CHARS: every link in the part read must be found
  const read = links.filter((l) => l.end <= (analysedChars ?? text.length));
  const ofKind = (k: number) => read.filter((_, i) => i % 3 === k).length;

  it('has every link: documents and linked cues as link sources, names and cues as hrefs of their source', () => {
    expect(links.length).toBe(n);
    expect(read.length).toBeGreaterThan(n * 0.9);
    const docLinks = sources.filter((s) => s.kind === 'link' && s.text === 'statement');
    expect(docLinks.length).toBe(ofKind(0));
    expect(docLinks.every((s) => s.text === 'statement' && s.name === 'ministry' && /^https:\/\/gov\.example\/statement\/\d+$/.test(s.href!))).toBe(true);
    const acme = sources.filter((s) => s.text === 'Acme Holdings');
    expect(acme.length).toBe(ofKind(1));
    expect(acme.every((s) => /^https:\/\/acme\.example\/\d+$/.test(s.href!))).toBe(true);
    const analysts = sources.filter((s) => s.text === 'Analysts');
    expect(analysts.length).toBe(ofKind(2));
    expect(analysts.every((s) => /^https:\/\/news\.example\/\d+$/.test(s.href!) && s.cue === 'said')).toBe(true);
    // a link on the cue is a link source of its own too (pass cue-links), named after its sentence's source
    const cueLinks = sources.filter((s) => s.kind === 'link' && s.text === 'said');
    expect(cueLinks.length).toBe(ofKind(2));
    expect(cueLinks.every((s) => s.name === analysts[0].name && /^https:\/\/news\.example\/\d+$/.test(s.href!))).toBe(true);
    expect(sources.filter((s) => s.kind === 'link').length).toBe(ofKind(0) + ofKind(2));
  });

  it('keeps each link on the sentence it is in', () => {
    // the 1000th statement link belongs to the 1000th "ministry" sentence (3 sentences per round)
    const docLinks = sources.filter((s) => s.kind === 'link' && s.text === 'statement');
    expect(docLinks[1000].href).toBe('https://gov.example/statement/3000');
  });
});
