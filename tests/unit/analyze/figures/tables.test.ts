// Pass "tables": figures in table rows (blocks with tab-separated cells) carry their table's number.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../run-passes';

describe('tables', () => {
  it('numbers the tables and leaves figures in prose alone', () => {
    const text = 'Exports rose 5% in 2024.\n\nYear\tTonnes\n\n2023\t12.5\n\n2024\t13.1\n\nMeanwhile 40 ships sailed.\n\nPort\tShips\n\nOdesa\t25';
    const got = figuresOf(text, 'en');
    expect(got.map((f) => [f.text, f.table ?? null])).toEqual([
      ['5%', null],
      ['2024', null],
      ['2023', 1],
      ['12.5', 1],
      ['2024', 1],
      ['13.1', 1],
      ['40', null],
      ['25', 2],
    ]);
  });
  it('does nothing without tables', () => {
    expect(figuresOf('It cost $5 in 2024.', 'en').every((f) => f.table === undefined)).toBe(true);
  });
});
