// The pruning battery's speed-ups must not change what it finds: a gated pattern matches exactly
// what its pattern matches (the gate only saves the tries), and isDateOnly's scan counts what the
// two replacements it stands for left. Each reference below is the plain formulation.
import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE_BLOCK_TEXT,
  DATE_WORD,
  GatedPattern,
  PROMO_LONG,
  PROMO_TEXT,
  PROMPT_LINE,
  anyOf,
  SELF_DESCRIPTION,
  SELF_DESCRIPTION_GATE,
  TAIL_CONTACT,
  UPDATE_WORD,
  DATE_NAME,
} from '../../lib/extract/boilerplate-patterns';
import { isDateOnly } from '../../lib/extract/cleanup';

/** Texts that hit and miss the gated patterns and the date scan, with the characters that fold or pair. */
const PIECES = [
  'Updated', 'November', 'nov.', 'Tuesday', 'at', '10:01', 'pm', 'PST', '2019', 'ſep', 'K', 'вересня', 'року', '—', '•', '·', ' ', ',',
  '.', 'a.m.', 'x', 'xy', 'smithsonian.com', '/', '😀', '𝐀', "aujourd'hui", 'mis à jour', 'sexta-feira', 'de', 'às', '3', 'MAY', 'é',
  'share', 'Share this', 'cookies', 'we use', 'tel', 'phone: +1 202 628 8500', '© 2020', 'all rights reserved', 'subscribe', 'newsletter',
  'Ascom', 'is a', 'est un', '— це', 'является', 'donate now', 'become a member', 'Teilen', 'ПОДЕЛИТЬСЯ', '\u00a0', '\t', 'get our', 'briefing',
];

function texts(count: number): string[] {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    let s = '';
    for (let j = 0, n = 1 + Math.floor(rnd() * 8); j < n; j++) s += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.7 ? ' ' : '');
    return rnd() < 0.5 ? s.trim() : s;
  });
}

const DOMAIN = /(?<![\p{L}\d])[\w-]+\.(?:com|org|net|co\.uk|info|news|[a-z]{2})(?![\p{L}\d])/giu;
/** isDateOnly as two replacements (the formulation the scan stands for). */
function dateOnlyByReplacing(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const rest = text.replace(DOMAIN, ' ').replace(DATE_WORD, ' ').replace(/[\d\s.,:;|/()\-–—•·+]+/g, '');
  if (rest.length > 2) return false;
  DATE_NAME.lastIndex = 0;
  UPDATE_WORD.lastIndex = 0;
  return DATE_NAME.test(text) || /(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(text) || UPDATE_WORD.test(text);
}

describe('pattern gates', () => {
  it('anyOf answers as asking each pattern of the list does', () => {
    const lists = { BOILERPLATE_BLOCK_TEXT, TAIL_CONTACT, PROMO_TEXT, PROMPT_LINE, PROMO_LONG };
    // lines that the lists' own patterns are written for, beside the random texts
    const lines = ['Comments are closed.', 'This site requires JavaScript', 'This post contains affiliate links.', 'Share this article',
      'Sign up for our newsletter', 'Follow us on Twitter', 'Contact: news@example.com', 'Facebook Twitter Email', 'Media playback is unsupported on your device', 'Download the Daily News app', 'If you enjoyed this article, share it', 'Read our sister publication'];
    for (const [name, list] of Object.entries(lists)) {
      const any = anyOf(list);
      let yes = 0;
      for (const t of [...lines, ...texts(5000)]) {
        const expected = list.some((p) => p.test(t));
        expect(any(t), `${name} on ${JSON.stringify(t)}`).toBe(expected);
        yes += Number(expected);
      }
      expect(yes, name).toBeGreaterThan(0);
    }
  });

  it('anyOf refuses patterns that keep state or number groups', () => {
    expect(() => anyOf([/a/g, /b/])).toThrow();
    expect(() => anyOf([/(a)\1/, /b/])).toThrow();
  });

  it('a gated pattern answers as its pattern does, on hits and misses alike', () => {
    const gated = [...BOILERPLATE_BLOCK_TEXT, ...TAIL_CONTACT].filter((p): p is GatedPattern => p instanceof GatedPattern);
    expect(gated.length).toBeGreaterThanOrEqual(6);
    const hits = new Map<GatedPattern, number>();
    for (const t of texts(20000)) {
      for (const p of gated) {
        expect(p.test(t), `${p.pattern.source.slice(0, 40)} on ${JSON.stringify(t)}`).toBe(p.pattern.test(t));
        if (p.pattern.test(t)) hits.set(p, (hits.get(p) ?? 0) + 1);
      }
    }
    expect(hits.size).toBe(gated.length); // every pattern matched somewhere: its gate was tested on hits
  });

  it('the gate never refuses a text that SELF_DESCRIPTION matches', () => {
    for (const t of [...texts(20000), 'Ascom is a global solutions provider', 'Acme (Nasdaq: ACME) ist ein Anbieter', 'Укрпошта — це оператор']) {
      if (SELF_DESCRIPTION.test(t)) expect(SELF_DESCRIPTION_GATE.test(t), t).toBe(true);
    }
  });

  it('isDateOnly scans to the answer the replacements gave', () => {
    const known = ['Updated 10:01 pm PST, Tuesday, November 19, 2019', 'smithsonian.com / November 18, 2019', 'sexta-feira, 22 de outubro de 2010 às 20:13',
      'In 1990, 0 people paid $0.', '𝐀𝐀 2019', 'ſeptember 3', '12 вересня 2019 року', '😀 2019'];
    let dates = 0;
    for (const t of [...known, ...texts(20000)]) {
      expect(isDateOnly(t), JSON.stringify(t)).toBe(dateOnlyByReplacing(t));
      if (dateOnlyByReplacing(t)) dates++;
    }
    expect(dates).toBeGreaterThan(100);
  });
});
