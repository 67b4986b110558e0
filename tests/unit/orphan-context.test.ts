import { describe, expect, it } from 'vitest';
import { nearEnd, nearStart, ORPHAN_CONTEXT_CHARS } from '../../components/orphanContext';

describe('orphaned note context', () => {
  const long = 'The ministry said on Tuesday that the new rules, first proposed in 2023 after a long consultation, would apply to every regional office';
  it('keeps short context as stored', () => {
    expect(nearEnd('said on Tuesday that ')).toBe('said on Tuesday that ');
    expect(nearStart(' would apply')).toBe(' would apply');
  });
  it('shows the words nearest the quote, cut at a word boundary', () => {
    const before = nearEnd(long);
    expect(before.length).toBeLessThanOrEqual(ORPHAN_CONTEXT_CHARS);
    expect(long.endsWith(before)).toBe(true);
    expect(before.startsWith('a long') || /^\S/.test(before)).toBe(true);
    expect(long[long.length - before.length - 1]).toMatch(/\s/);
    const after = nearStart(long);
    expect(after.length).toBeLessThanOrEqual(ORPHAN_CONTEXT_CHARS);
    expect(long.startsWith(after)).toBe(true);
    expect(long[after.length]).toMatch(/\s/);
  });
  it('never cuts a context down to nothing', () => {
    expect(nearEnd(`${'x'.repeat(5)} ${'y'.repeat(59)} `)).not.toBe('');
    expect(nearStart(` ${'y'.repeat(70)}`)).not.toBe('');
  });
  it('cuts a context without spaces at the limit', () => {
    const blob = 'x'.repeat(300);
    expect(nearEnd(blob)).toHaveLength(ORPHAN_CONTEXT_CHARS);
    expect(nearStart(blob)).toHaveLength(ORPHAN_CONTEXT_CHARS);
  });
});
