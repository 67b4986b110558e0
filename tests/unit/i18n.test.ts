// Gloss ships in English, Ukrainian and German. These tests keep the three catalogues in step (same
// keys, same placeholders, store limits), keep user-facing words out of the components' source
// (every word goes through t(), so it can be translated), and pin the UI direction rule.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, uiLocale } from '../../components/i18n';

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

      it('has exactly the keys of en (none missing, none extra)', () => {
        const missing = Object.keys(en).filter((k) => !(k in cat));
        const extra = Object.keys(cat).filter((k) => !(k in en));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has a non-empty message for every key', () => {
        const empty = Object.entries(cat).filter(([, e]) => typeof e.message !== 'string' || !e.message.trim());
        expect(empty.map(([k]) => k)).toEqual([]);
      });

      it('keeps the placeholder definitions of en and uses each of them', () => {
        for (const key of Object.keys(en)) {
          const e = cat[key];
          if (!e) continue; // reported by the key test
          expect(defs(e), `${locale}.${key} placeholder definitions`).toEqual(defs(en[key]));
          expect(refs(e.message), `${locale}.${key} placeholders used in the message`).toEqual(refs(en[key].message));
        }
      });

      it('is not an untranslated copy of en', () => {
        const same = Object.keys(en).filter((k) => cat[k]?.message === en[k].message);
        // Names and format labels are the same in every language; most strings are not.
        expect(same.length, `untranslated: ${same.join(', ')}`).toBeLessThan(Object.keys(en).length / 10);
      });
    });
  }

  it('fits the store limits in every locale (name ≤ 45, short name ≤ 12, description ≤ 132 characters)', () => {
    for (const locale of locales) {
      const cat = read(locale);
      expect(cat.extName.message.length, `${locale} extName`).toBeLessThanOrEqual(45);
      expect(cat.extName.message.length, `${locale} extName as short name`).toBeLessThanOrEqual(12);
      expect(cat.extDescription.message.length, `${locale} extDescription`).toBeLessThanOrEqual(132);
    }
  });

  it('every t("key") in the source names a key of en', () => {
    const unknown: string[] = [];
    for (const file of sourceFiles(/\.(ts|tsx)$/)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (!(m[1] in en)) unknown.push(`${rel(file)}: ${m[1]}`);
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
    expect(t('readingTime', 4)).toBe('ok');
    expect(got).toEqual(['4']);
  });
});
