import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';
describe('analyzeText', () => {
  it('returns both lists', () => {
    const r = analyzeText('Nothing here.');
    expect(Array.isArray(r.sources) && Array.isArray(r.figures)).toBe(true);
  });
});
