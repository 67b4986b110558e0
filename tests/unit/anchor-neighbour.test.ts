// A figure whose neighbouring figure survives: when "and 14 percent in April" is cut, a note on
// "14 percent" must not move to "12 percent" one clause earlier — the stored prefix names that
// "12 percent" as the text before the quote. A figure changed in place still re-attaches.
// (Found by fuzzing the anchoring-pages texts: "Q3 2024" jumped to "Q3 2025" when its table column went.)
import { describe as suite, expect, it } from 'vitest';
import { anchor, DEFAULT_CONTEXT_LENGTH, describe, LEGACY_CONTEXT_LENGTH } from '../../lib/anchor';

const LEAD = 'The statistics office published its monthly figures on Monday morning. ';
const SALES = LEAD + 'Sales rose 12 percent in March and 14 percent in April, the agency said.';
const PLANT = LEAD + 'The plant will close in 2026 and 2027, the company said on Thursday in a statement to investors.';
const TABLE = LEAD + '\n\nKennzahl\tQ3 2025\tQ3 2024\tVeränderung\n\nUmsatz (Mio. Euro)\t612,4\t701,9\t−12,8 %';

function reanchor(text: string, quote: string, from: string, to: string, ctx: number) {
  const i = text.indexOf(quote);
  return anchor(text.replace(from, to), describe(text, i, i + quote.length, ctx));
}

suite.each([LEGACY_CONTEXT_LENGTH, DEFAULT_CONTEXT_LENGTH])('a figure next to a similar one, %i characters of context', (ctx) => {
  it('does not move to the neighbour its context recorded', () => {
    expect(reanchor(SALES, '14 percent', ' and 14 percent in April', '', ctx)).toBeNull();
    expect(reanchor(SALES, '12 percent', '12 percent in March and ', '', ctx)).toBeNull();
    expect(reanchor(PLANT, '2027', ' and 2027', '', ctx)).toBeNull();
    expect(reanchor(TABLE, 'Q3 2024', '\tQ3 2024', '', ctx)).toBeNull();
  });

  it('still follows a figure changed in place', () => {
    expect(reanchor(SALES, '12 percent', 'rose 12 percent', 'rose 13 percent', ctx)?.exact).toBe('13 percent');
    expect(reanchor(SALES, '14 percent', 'and 14 percent', 'and 15 percent', ctx)?.exact).toBe('15 percent');
    expect(reanchor(PLANT, '2027', 'and 2027', 'and 2028', ctx)?.exact).toBe('2028');
    expect(reanchor(TABLE, 'Q3 2024', 'Q3 2024', 'Q3 2023', ctx)?.exact).toBe('Q3 2023');
  });
});
