// The pass registries: every pass has a unique name and its own table-driven test file, and every
// lexicon has every field (adding a language is a data edit that this test checks).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_PASSES } from '../../../lib/analyze/figures';
import { SOURCE_PASSES } from '../../../lib/analyze/sources';
import { LEXICONS } from '../../../lib/analyze';

const here = (p: string) => new URL(p, import.meta.url).pathname;

describe('pass registries', () => {
  it.each([
    ['sources', SOURCE_PASSES],
    ['figures', FIGURE_PASSES],
  ] as const)('%s: unique names, each with its test', (dir, passes) => {
    const names = passes.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(existsSync(here(`./${dir}/${n}.test.ts`)), `${dir}/${n}.test.ts`).toBe(true);
  });

  it('every lexicon has the fields of the English one, with the same types', () => {
    const en = LEXICONS.en as unknown as Record<string, unknown>;
    for (const [lang, lex] of Object.entries(LEXICONS)) {
      const l = lex as unknown as Record<string, unknown>;
      for (const k of Object.keys(en)) {
        expect(k in l, `${lang}.${k}`).toBe(true);
        expect(Array.isArray(l[k]), `${lang}.${k}`).toBe(Array.isArray(en[k]));
        expect(typeof l[k], `${lang}.${k}`).toBe(typeof en[k]);
      }
    }
  });
});
