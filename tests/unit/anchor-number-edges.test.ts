// A number is one word for anchoring: a whole-number quote must not re-attach to the digits in front
// of another number's decimal or group separator (found on uk-nbu-stavka: "з 13,5% до 13%" lost its
// second "13" and the note moved to the "13" of "13,5").
import { describe as suite, expect, it } from 'vitest';
import { anchor, DEFAULT_CONTEXT_LENGTH, describe, LEGACY_CONTEXT_LENGTH } from '../../lib/anchor';

const TEXT = 'Востаннє НБУ знижував її у червні, з 13,5% до 13%. Наступне засідання правління відбудеться 12 грудня.';

suite.each([LEGACY_CONTEXT_LENGTH, DEFAULT_CONTEXT_LENGTH])('number edges, %i characters of context', (ctx) => {
  it('a deleted number does not move into the start of a decimal number', () => {
    const at = TEXT.indexOf('13%');
    const sel = describe(TEXT, at, at + 2, ctx);
    const edited = TEXT.replace('до 13%', 'до %');
    expect(anchor(edited, sel)).toBeNull();
  });

  it('a number does not re-attach to the end of a grouped number', () => {
    const text = 'Der Konzern will 1.200 Stellen streichen. Die Branche könnte bis zu 190.000 Arbeitsplätze verlieren.';
    const at = text.indexOf('1.200');
    const sel = describe(text, at, at + 5, ctx);
    expect(anchor(text.replace('1.200 Stellen', 'Stellen'), sel)).toBeNull();
  });

  it('still finds the number where it moved, and a quote that was part of a number', () => {
    const at = TEXT.indexOf('13%');
    const moved = anchor('Оновлено. ' + TEXT, describe(TEXT, at, at + 2, ctx));
    expect(moved && moved.exact).toBe('13');
    expect(moved!.start).toBe(at + 'Оновлено. '.length);
    const part = TEXT.indexOf('13,5');
    const r = anchor('Оновлено. ' + TEXT, describe(TEXT, part, part + 2, ctx));
    expect(r && r.start).toBe(part + 'Оновлено. '.length);
  });
});
