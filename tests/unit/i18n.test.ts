// Gloss ships in English, Ukrainian and German. These tests keep the three catalogues in step (same
// keys, same placeholders, store limits; each count message with exactly the plural forms its
// language has), keep user-facing words out of the components' source (every word goes through
// t(), so it can be translated), and pin the UI direction rule. What each plural form says at
// 0, 1, 2, 5 and 21 is pinned in plurals.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetCatalogue, t, tn, uiLocale } from '../../components/i18n';
import { formatDate } from '../../components/ReaderView';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES_DIR = path.join(ROOT, 'public/_locales');

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalogue = Record<string, Entry>;

const read = (locale: string): Catalogue => JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const en = read('en');
const locales = fs.readdirSync(LOCALES_DIR).filter((d) => fs.existsSync(path.join(LOCALES_DIR, d, 'messages.json')));
const others = locales.filter((l) => l !== 'en');

/** $NAME$ references in a message, upper-cased (Chrome matches placeholder names case-insensitively). */
const refs = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toUpperCase()))].sort();
/** Placeholder definitions, names upper-cased, with their content. */
const defs = (e: Entry) =>
  Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([name, p]) => [name.toUpperCase(), p.content]));

/** `countSources_few` → { family: 'countSources', form: 'few' }; a key outside a plural family → null. */
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralOf = (key: string) => {
  const m = PLURAL_KEY.exec(key);
  return m ? { family: m[1], form: m[2] } : null;
};
/** A catalogue's plural families, each with the forms it has. */
const families = (cat: Catalogue) => {
  const out = new Map<string, string[]>();
  for (const key of Object.keys(cat)) {
    const p = pluralOf(key);
    if (p) out.set(p.family, [...(out.get(p.family) ?? []), p.form].sort());
  }
  return out;
};
/** The keys of a catalogue, a plural family counted once (as `family_*`). */
const logicalKeys = (cat: Catalogue) => [...new Set(Object.keys(cat).map((k) => (pluralOf(k) ? `${pluralOf(k)!.family}_*` : k)))].sort();
/** The plural categories of a language, as CLDR (through Intl.PluralRules) has them. */
const categories = (locale: string) => [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
/**
 * What is wrong with a catalogue's count messages: a plural family without exactly the forms of its
 * language, a count ($COUNT$) outside a plural family, a plural form without the count as $1.
 */
function pluralProblems(locale: string, cat: Catalogue): string[] {
  const forms = categories(locale);
  const problems: string[] = [];
  for (const [family, have] of families(cat)) {
    if (have.join() !== forms.join()) problems.push(`${family} has ${have.join(', ')}; ${locale} needs ${forms.join(', ')}`);
  }
  for (const [key, e] of Object.entries(cat)) {
    const counts = refs(e.message).includes('COUNT') && defs(e).COUNT === '$1';
    if (pluralOf(key) && !counts) problems.push(`${key} does not carry the count as $1 ($COUNT$)`);
    if (!pluralOf(key) && refs(e.message).includes('COUNT'))
      problems.push(`${key} carries a count ($COUNT$) but is no plural form: make it ${key}_one, ${key}_other, … and show it with tn()`);
  }
  return problems;
}
/** The en entry a key is checked against: itself, or for a plural form, en's `_other` form. */
const enEntry = (key: string) => en[key] ?? (pluralOf(key) ? en[`${pluralOf(key)!.family}_other`] : undefined);

describe('locale catalogues', () => {
  it('ships English, Ukrainian and German', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['de', 'en', 'uk']));
  });

  it('English is consistent: every $NAME$ used is defined and every definition is used', () => {
    for (const [key, e] of Object.entries(en)) {
      expect(refs(e.message), key).toEqual(Object.keys(defs(e)).sort());
    }
  });

  for (const locale of ['de', 'uk']) {
    it(`${locale} has the file`, () => expect(others).toContain(locale));
  }

  for (const locale of others) {
    describe(locale, () => {
      const cat = read(locale);

      it('has exactly the keys of en (none missing, none extra; a plural family counts as one key)', () => {
        const mine = logicalKeys(cat);
        const theirs = logicalKeys(en);
        const missing = theirs.filter((k) => !mine.includes(k));
        const extra = mine.filter((k) => !theirs.includes(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has a non-empty message for every key', () => {
        const empty = Object.entries(cat).filter(([, e]) => typeof e.message !== 'string' || !e.message.trim());
        expect(empty.map(([k]) => k)).toEqual([]);
      });

      it('keeps the placeholder definitions of en and uses each of them (each plural form those of en\'s _other)', () => {
        for (const [key, e] of Object.entries(cat)) {
          const base = enEntry(key);
          if (!base) continue; // reported by the key test
          expect(defs(e), `${locale}.${key} placeholder definitions`).toEqual(defs(base));
          expect(refs(e.message), `${locale}.${key} placeholders used in the message`).toEqual(refs(base.message));
        }
      });

      it('is not an untranslated copy of en', () => {
        const same = Object.keys(en).filter((k) => k !== 'catalogueLocale' && cat[k]?.message === en[k].message);
        // Names and format labels are the same in every language; most strings are not.
        expect(same.length, `untranslated: ${same.join(', ')}`).toBeLessThan(Object.keys(en).length / 10);
      });
    });
  }

  describe('count messages', () => {
    for (const locale of locales) {
      const cat = read(locale);
      const forms = categories(locale);

      it(`${locale}: names its own language in catalogueLocale (whose plural rules tn() uses)`, () => {
        expect(cat.catalogueLocale?.message).toBe(locale.replace('_', '-'));
      });

      it(`${locale}: every count message has exactly the plural forms of its language (${forms.join(', ')}), each carrying the count as $1`, () => {
        expect(pluralProblems(locale, cat)).toEqual([]);
      });
    }

    it('the check fails a count message without all its forms, or without plural forms at all', () => {
      const uk = read('uk');
      const { countSources_few: _dropped, ...missingFew } = uk;
      expect(pluralProblems('uk', missingFew)).toEqual(['countSources has many, one, other; uk needs few, many, one, other']);
      const flat: Catalogue = { ...read('en'), things: { message: '$COUNT$ things', placeholders: { count: { content: '$1' } } } };
      expect(pluralProblems('en', flat)).toEqual(['things carries a count ($COUNT$) but is no plural form: make it things_one, things_other, … and show it with tn()']);
      const noCount: Catalogue = { ...read('de'), countSources_one: { message: 'eine Quelle' } };
      expect(pluralProblems('de', noCount)).toEqual(['countSources_one does not carry the count as $1 ($COUNT$)']);
    });
  });

  it('fits the store limits in every locale (name ≤ 45, short name ≤ 12, description ≤ 132 characters)', () => {
    for (const locale of locales) {
      const cat = read(locale);
      expect(cat.extName.message.length, `${locale} extName`).toBeLessThanOrEqual(45);
      expect(cat.extName.message.length, `${locale} extName as short name`).toBeLessThanOrEqual(12);
      expect(cat.extDescription.message.length, `${locale} extDescription`).toBeLessThanOrEqual(132);
    }
  });

  it('every t("key") in the source names a key of en, every tn("family") a plural family of en', () => {
    const unknown: string[] = [];
    const plural = families(en);
    for (const file of sourceFiles(/\.(ts|tsx)$/)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (!(m[1] in en) || pluralOf(m[1])) unknown.push(`${rel(file)}: t('${m[1]}')`);
      for (const m of text.matchAll(/\btn\(\s*'([A-Za-z0-9_]+)'/g)) if (!plural.has(m[1])) unknown.push(`${rel(file)}: tn('${m[1]}')`);
    }
    expect(unknown).toEqual([]);
  });
});

// ── literals ────────────────────────────────────────────────────────────────────────────────────

/** Text that is not a word in any language: symbols and the product name. */
const ALLOWED = new Set(['✕', 'A−', 'A+', '◐', '☀', '☾', 'Gloss', '…', '×', '·']);
/** Attributes whose value a user reads or hears. */
const USER_ATTRS = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const HAS_LETTER = /\p{L}/u;

function sourceFiles(pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) out.push(full);
    }
  };
  walk(path.join(ROOT, 'components'));
  walk(path.join(ROOT, 'entrypoints'));
  return out.sort();
}
const rel = (file: string) => path.relative(ROOT, file);

/** True when some word of the text has a letter and is not on the allow-list. */
const needsTranslation = (text: string) =>
  text.split(/\s+/).some((word) => HAS_LETTER.test(word) && !ALLOWED.has(word));

/** Literal user-facing strings in a TSX source: JSX text, string-valued expressions in JSX
 * children, and string or template-literal values of user-facing attributes. */
export function findLiterals(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${fileName}:${line + 1}: ${what}`);
  };
  /** The literal parts of an expression that would reach the user as they are. */
  const literalParts = (expr: ts.Expression): string[] => {
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
    if (ts.isTemplateExpression(expr)) return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
    if (ts.isParenthesizedExpression(expr)) return literalParts(expr.expression);
    if (ts.isConditionalExpression(expr)) return [...literalParts(expr.whenTrue), ...literalParts(expr.whenFalse)];
    if (ts.isBinaryExpression(expr) && (expr.operatorToken.kind === ts.SyntaxKind.BarBarToken || expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === ts.SyntaxKind.PlusToken))
      return [...literalParts(expr.left), ...literalParts(expr.right)];
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return literalParts(expr.right);
    return [];
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && needsTranslation(node.text)) at(node, `text "${node.text.trim()}"`);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const part of literalParts(node.expression)) if (needsTranslation(part)) at(node, `text "${part.trim()}"`);
    }
    if (ts.isJsxAttribute(node) && USER_ATTRS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const parts = ts.isStringLiteral(init) ? [init.text] : ts.isJsxExpression(init) && init.expression ? literalParts(init.expression) : [];
      for (const part of parts) if (needsTranslation(part)) at(node, `${node.name.getText(sf)}="${part.trim()}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no literal user-facing strings in components', () => {
  it('finds literals (the checker itself works)', () => {
    const src = `export const A = () => (
      <div title="Hello" aria-label={ok ? t('x') : 'Nope'}>
        Some words {'more words'} {t('fine')} ✕ A+ <img alt="" /> {\`\${t('a')} (n)\`} {\`Hi \${x}\`}
        <input placeholder={t('p')} />
      </div>
    );`;
    expect(findLiterals('x.tsx', src).map((s) => s.replace(/^x\.tsx:\d+: /, ''))).toEqual([
      'title="Hello"',
      'aria-label="Nope"',
      'text "Some words"',
      'text "more words"',
      'text "(n)"',
      'text "Hi"',
    ]);
  });

  it('components/ and entrypoints/ render every word through t()', () => {
    const found = sourceFiles(/\.tsx$/).flatMap((file) => findLiterals(rel(file), fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

// ── t() and the UI direction ────────────────────────────────────────────────────────────────────

describe('uiLocale', () => {
  afterEach(() => fakeBrowser.reset());
  const withLanguage = (lang: string | (() => string)) => {
    fakeBrowser.i18n.getUILanguage = typeof lang === 'function' ? lang : () => lang;
    return uiLocale();
  };

  it.each(['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur'])('%s is right-to-left', (lang) => {
    expect(withLanguage(lang)).toEqual({ lang, dir: 'rtl' });
  });

  it.each(['en', 'en-US', 'uk', 'de', 'de-AT', 'fr', 'hu', 'art', 'heb-x'])('%s is left-to-right', (lang) => {
    expect(withLanguage(lang).dir).toBe('ltr');
  });

  it('falls back to English, left-to-right, without an i18n API', () => {
    expect(
      withLanguage(() => {
        throw new Error('no i18n');
      }),
    ).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('t', () => {
  afterEach(() => fakeBrowser.reset());
  it('shows the key when the catalogue has no message (a gap is visible, not blank)', () => {
    fakeBrowser.i18n.getMessage = () => '';
    expect(t('save')).toBe('save');
  });
  it('passes substitutions as strings', () => {
    let got: unknown;
    fakeBrowser.i18n.getMessage = ((_k: string, subs: unknown) => {
      got = subs;
      return 'ok';
    }) as typeof fakeBrowser.i18n.getMessage;
    expect(t('byAuthor', 'Ann')).toBe('ok');
    expect(got).toEqual(['Ann']);
  });
});

describe('tn', () => {
  afterEach(() => {
    fakeBrowser.reset();
    resetCatalogue();
  });
  /** A catalogue in `catalogueLocale`, recording the keys asked for. */
  const serve = (catalogueLocale: string, messages: Record<string, string>) => {
    const asked: string[] = [];
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) => {
      asked.push(key);
      if (key === 'catalogueLocale') return catalogueLocale;
      return (messages[key] ?? '').replace('$1', subs?.[0] ?? '').replace('$2', subs?.[1] ?? '');
    }) as typeof fakeBrowser.i18n.getMessage;
    resetCatalogue();
    return asked;
  };

  it('picks the form by the catalogue language, not the UI language', () => {
    // a French browser gets the English catalogue: 0 is "other" in English ("one" in French)
    fakeBrowser.i18n.getUILanguage = () => 'fr';
    serve('en', { countSources_one: '$1 source', countSources_other: '$1 sources' });
    expect([0, 1, 2].map((n) => tn('countSources', n))).toEqual(['0 sources', '1 source', '2 sources']);
  });

  it('uses the Ukrainian categories: 1 and 21 one, 2 few, 0 and 5 many', () => {
    const asked = serve('uk', { countSources_one: 'one $1', countSources_few: 'few $1', countSources_many: 'many $1', countSources_other: 'other $1' });
    expect([0, 1, 2, 5, 21, 1.5].map((n) => tn('countSources', n))).toEqual(['many 0', 'one 1', 'few 2', 'many 5', 'one 21', 'other 1,5']);
    expect(asked).toContain('countSources_few');
  });

  it('formats the count and the other numbers for the language, and falls back to _other for a missing form', () => {
    serve('de', { libraryCount_other: '$2 von $1 Artikeln' });
    expect(tn('libraryCount', 12345, 1000)).toBe('1.000 von 12.345 Artikeln');
  });

  it('counts in English when the catalogue names no language (no i18n API)', () => {
    serve('', {});
    expect(tn('countSources', 1)).toBe('countSources_other');
  });
});

describe('formatDate', () => {
  it('formats with the locale and style asked for, each time (its formatters are made once and kept)', () => {
    const long = (locale: string, o: Intl.DateTimeFormatOptions, iso: string) => new Intl.DateTimeFormat(locale, o).format(new Date(iso));
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2024-03-05', 'en')).toBe(long('en', { dateStyle: 'long' }, '2024-03-05'));
      expect(formatDate('2024-03-05', 'de')).toBe(long('de', { dateStyle: 'long' }, '2024-03-05'));
      expect(formatDate('2024-03-05T14:30:00Z', 'de')).toBe(long('de', { dateStyle: 'long', timeStyle: 'short' }, '2024-03-05T14:30:00Z'));
      expect(formatDate('2024-03-05T00:00:00Z', 'uk')).toBe(long('uk', { dateStyle: 'long' }, '2024-03-05T00:00:00Z'));
    }
    expect(formatDate('2024-03-05', 'de')).not.toBe(formatDate('2024-03-05', 'en'));
    expect(formatDate('not a date', 'en')).toBeNull();
  });
});
