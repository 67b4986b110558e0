// Edge cases of lib/anchor: selector validation, text edges, duplicates, long quotes, non-Latin
// text, surrogate pairs, typography folding, anchorMany and wordDiff. The robustness table on a
// real article lives in anchor-robustness.test.ts.
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorMany, DEFAULT_CONTEXT_LENGTH, describe, indexText, LEGACY_CONTEXT_LENGTH, normalize, wordDiff, type Selector } from '../../lib/anchor';

const at = (text: string, quote: string, nth = 0) => {
  let i = text.indexOf(quote);
  for (let k = 0; k < nth; k++) i = text.indexOf(quote, i + 1);
  if (i < 0) throw new Error(`fixture: ${quote} not found`);
  return describe(text, i, i + quote.length);
};

const ARTICLE =
  'The council met on Tuesday to discuss the budget.\n\nThe mayor said the budget would rise by 4 percent next year. ' +
  'Critics said the budget ignored the libraries.\n\nThe vote is scheduled for March.';

suite('describe', () => {
  it('stores up to DEFAULT_CONTEXT_LENGTH characters of context by default', () => {
    const i = ARTICLE.indexOf('rise by');
    const [q] = at(ARTICLE, 'rise by 4 percent');
    expect(DEFAULT_CONTEXT_LENGTH).toBe(256);
    expect(q.prefix).toBe(ARTICLE.slice(0, i));
    expect(q.suffix).toBe(ARTICLE.slice(i + 17));
  });

  it('returns the quote with up to 32 characters of context and the position', () => {
    const i = ARTICLE.indexOf('rise by');
    const [q, p] = describe(ARTICLE, i, i + 17, LEGACY_CONTEXT_LENGTH);
    expect(q).toEqual({
      type: 'TextQuoteSelector',
      exact: 'rise by 4 percent',
      prefix: ARTICLE.slice(ARTICLE.indexOf('rise by') - 32, ARTICLE.indexOf('rise by')),
      suffix: ' next year. Critics said the bud',
    });
    expect(p).toEqual({ type: 'TextPositionSelector', start: ARTICLE.indexOf('rise by'), end: ARTICLE.indexOf('rise by') + 17 });
  });

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    expect(describe(ARTICLE, 0, 3)[0].prefix).toBe('');
    expect(describe(ARTICLE, ARTICLE.length - 6, ARTICLE.length)[0].suffix).toBe('');
  });

  it('honours contextLength and trims nothing from the selection', () => {
    const [q] = describe('  spaced  words  ', 0, 9, 4);
    expect(q.exact).toBe('  spaced ');
    expect(q.suffix).toBe(' wor');
  });

  it('throws on empty, reversed, out-of-range or fractional ranges', () => {
    expect(() => describe('abc', 1, 1)).toThrow(RangeError);
    expect(() => describe('abc', 2, 1)).toThrow(RangeError);
    expect(() => describe('abc', -1, 2)).toThrow(RangeError);
    expect(() => describe('abc', 0, 4)).toThrow(RangeError);
    expect(() => describe('abc', 0.5, 2)).toThrow(RangeError);
    expect(() => describe('abc', 0, 2, -1)).toThrow(RangeError);
  });

  it('does not cut a surrogate pair in the context', () => {
    const text = 'ab😀cdefgh😀ij';
    const [q] = describe(text, 4, 6, 1); // 'cd': one unit of prefix would be half of the emoji
    expect(q.prefix).toBe('');
    expect(describe(text, 4, 6, 2)[0].prefix).toBe('😀');
    const [q2] = describe(text, 4, 6, 5); // suffix would end inside the second emoji
    expect(q2.suffix).toBe('efgh');
  });
});

suite('anchor: selectors', () => {
  it('returns null for no selectors, unknown types and unusable quotes', () => {
    expect(anchor(ARTICLE, [])).toBeNull();
    expect(anchor(ARTICLE, [{ type: 'CssSelector', value: 'p' } as unknown as Selector])).toBeNull();
    expect(anchor(ARTICLE, [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }])).toBeNull();
    expect(anchor(ARTICLE, [{ type: 'TextQuoteSelector', exact: 42, prefix: '', suffix: '' } as unknown as Selector])).toBeNull();
    expect(anchor(ARTICLE, null as unknown as Selector[])).toBeNull();
    expect(anchor('', at(ARTICLE, 'budget'))).toBeNull();
  });

  it('ignores an invalid position selector and still uses the quote', () => {
    const [q] = at(ARTICLE, 'scheduled for March');
    for (const bad of [
      { type: 'TextPositionSelector', start: NaN, end: 3 },
      { type: 'TextPositionSelector', start: 5, end: 2 },
      { type: 'TextPositionSelector', start: -4, end: 2 },
    ] as Selector[]) {
      expect(anchor(ARTICLE, [q, bad])?.exact).toBe('scheduled for March');
    }
  });

  it('trusts a bare position selector that fits the text, and rejects one beyond it', () => {
    expect(anchor(ARTICLE, [{ type: 'TextPositionSelector', start: 4, end: 11 }])).toEqual({
      start: 4, end: 11, exact: 'council', quality: 'exact', score: 1,
    });
    expect(anchor(ARTICLE, [{ type: 'TextPositionSelector', start: 4, end: 1e6 }])).toBeNull();
  });

  it('finds the quote when the stored position lies beyond the (shortened) text', () => {
    const [q, p] = at(ARTICLE, 'scheduled for March');
    const shorter = ARTICLE.slice(ARTICLE.indexOf('\n\nThe vote') + 2);
    expect(p.end).toBeGreaterThan(shorter.length);
    const r = anchor(shorter, [q, p]);
    expect(r).toMatchObject({ exact: 'scheduled for March', quality: 'moved' });
    expect(shorter.slice(r!.start, r!.end)).toBe('scheduled for March');
  });

  it('works with a quote selector alone (no prefix/suffix, as some tools export)', () => {
    const r = anchor(ARTICLE, [{ type: 'TextQuoteSelector', exact: 'libraries' } as Selector]);
    expect(r).toMatchObject({ exact: 'libraries', quality: 'moved' });
  });
});

suite('anchor: edges of the text', () => {
  it('anchors a quote at the very start and at the very end, before and after edits', () => {
    const first = at(ARTICLE, 'The council met');
    const last = at(ARTICLE, 'scheduled for March.');
    expect(anchor(ARTICLE, first)?.quality).toBe('exact');
    expect(anchor(ARTICLE, last)?.quality).toBe('exact');
    const edited = 'Breaking. ' + ARTICLE + ' Update: postponed.';
    expect(anchor(edited, first)).toMatchObject({ start: 10, exact: 'The council met', quality: 'moved' });
    expect(anchor(edited, last)).toMatchObject({ exact: 'scheduled for March.', quality: 'moved' });
  });

  it('anchors a one-character text', () => {
    expect(anchor('x', describe('x', 0, 1))).toMatchObject({ start: 0, end: 1, quality: 'exact' });
  });
});

suite('anchor: duplicates', () => {
  it('tells repeated words apart by their context', () => {
    for (const nth of [0, 1, 2]) {
      const sel = at(ARTICLE, 'budget', nth);
      const edited = 'Update: the session ran late.\n\n' + ARTICLE;
      const r = anchor(edited, sel)!;
      expect(r.start).toBe((sel[1] as { start: number }).start + 31);
    }
  });

  it('uses the expected position when the contexts are identical', () => {
    const unit = 'Prices rose again. ';
    const text = unit.repeat(6);
    const sel = describe(text, unit.length * 3, unit.length * 3 + 6);
    expect(anchor(text, sel)?.start).toBe(unit.length * 3);
    const [q, p] = sel;
    expect(anchor('Intro. ' + text, [q, { ...p }])?.start).toBe(unit.length * 3 + 7);
  });

  it('does not re-attach a whole word to the inside of another word', () => {
    const text = 'Exports of grain rose in the spring, officials said.';
    const sel = describe(text, 22, 24);
    expect(sel[0].exact).toBe('in');
    // "in" is gone; what is left of it sits inside "grain" and "spring" (one at the stored offset).
    // With the evidence bar off, only the word-boundary rule keeps it from attaching there.
    const edited = 'Exports of all the grain rose the spring, officials said.';
    expect(edited.slice(22, 24)).toBe('in');
    expect(anchor(edited, sel, { minEvidence: 0 })).toBeNull();
    // a selection made inside a word may still re-attach inside a word
    const part = describe(text, 13, 16); // "ain" of "grain"
    expect(anchor('Intro. ' + text, part)).toMatchObject({ start: 20, exact: 'ain' });
  });

  it('leaves a quote across two blocks unanchored when one of its blocks was removed', () => {
    const text = 'First block ends with these words.\n\nSecond block starts here and goes on.\n\nThird block follows after it.';
    const sel = describe(text, text.indexOf('ends with'), text.indexOf(' starts here'));
    expect(sel[0].exact).toBe('ends with these words.\n\nSecond block');
    const cut = text.replace('Second block starts here and goes on.\n\n', '');
    expect(anchor(cut, sel)).toBeNull(); // not "ends with these words.\n\nThird block"
    // a small change in the second block's part is just a change of wording (replacing half of a
    // part that short — "Next block" — counts as the part being gone: unanchored, by design)
    const changed = text.replace('Second block starts', 'The second block starts');
    expect(anchor(changed, sel)).toMatchObject({ exact: 'ends with these words.\n\nThe second block', quality: 'fuzzy' });
  });

  it('leaves a short repeated word unanchored when its own sentence is gone', () => {
    const sel = at(ARTICLE, 'budget', 2); // "Critics said the budget ignored the libraries."
    const edited = ARTICLE.replace(' Critics said the budget ignored the libraries.', '');
    expect(anchor(edited, sel)).toBeNull();
  });
});

suite('anchor: changed wording', () => {
  it('follows a quote whose number changed, as fuzzy, with the new wording', () => {
    const sel = at(ARTICLE, 'rise by 4 percent next year');
    const r = anchor(ARTICLE.replace('4 percent', '4.5 percent'), sel);
    expect(r).toMatchObject({ exact: 'rise by 4.5 percent next year', quality: 'fuzzy' });
    expect(r!.score).toBeGreaterThan(0.8);
    expect(r!.score).toBeLessThan(1);
  });

  it('returns null when the sentence was rewritten beyond recognition', () => {
    const sel = at(ARTICLE, 'The mayor said the budget would rise by 4 percent next year.');
    const edited = ARTICLE.replace('The mayor said the budget would rise by 4 percent next year.', 'Spending is set to climb modestly, according to City Hall.');
    expect(anchor(edited, sel)).toBeNull();
  });

  it('anchors a very long quote (> 1000 chars) after edits throughout it', () => {
    const para = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} reports a figure of ${i * 37} units.`).join(' ');
    const text = 'Intro.\n\n' + para + '\n\nOutro.';
    expect(para.length).toBeGreaterThan(1000);
    const sel = describe(text, 8, 8 + para.length);
    const edited = 'New intro paragraph.\n\n' + para.replace('figure of 37 ', 'figure of 38 ').replace('number 20', 'no. 20').replace('units.', 'pieces.') + '\n\nOutro.';
    const r = anchor(edited, sel)!;
    expect(r.quality).toBe('fuzzy');
    expect(r.start).toBe(22);
    expect(r.end).toBe(edited.indexOf('\n\nOutro.'));
  });
});

suite('anchor: typography and white space', () => {
  it('ignores quote style, dashes, no-break spaces, block breaks and ellipsis', () => {
    const text = 'He said “it is over” — and left…\u00a0Nobody\n\nfollowed.';
    const sel = describe(text, 0, text.length);
    const edited = 'He said "it is over" - and left... Nobody followed.';
    expect(anchor(edited, sel)).toEqual({ start: 0, end: edited.length, exact: edited, quality: 'moved', score: 1 });
    const back = anchor(text, describe(edited, 8, 20));
    expect(back).toMatchObject({ exact: '“it is over”', quality: 'moved' });
  });

  it('maps offsets back exactly through collapsed white space', () => {
    const text = 'one\u00a0\u00a0 two\n\nthree   four';
    const ix = indexText(text);
    expect(ix.norm).toBe('one two three four');
    const r = anchor(ix, [{ type: 'TextQuoteSelector', exact: 'two three', prefix: 'one ', suffix: ' four' }])!;
    expect(r.exact).toBe('two\n\nthree');
    expect(text.slice(r.start, r.end)).toBe(r.exact);
  });

  it('folds stored strings exactly as it folds the text', () => {
    const alphabet = ['a', 'Я', ' ', '\u00a0', '\n', '\t', '\u200b', '\u00ad', '‘', '’', '“', '”', '«', '–', '—', '−', '…', '😀', '.', '-'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 300; n++) {
      const s = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const ix = indexText(s);
      expect(normalize(s)).toBe(ix.norm);
      for (let i = 0; i < ix.norm.length; i++) expect(ix.normEnd[i]).toBeGreaterThan(ix.normStart[i]);
    }
  });

  it('folds the same way everywhere', () => {
    expect(normalize('‘a’ “b” – c — d … e\u202ff')).toBe(`'a' "b" - c - d ... e f`);
    expect(normalize('soft\u00adhyphen zero\u200bwidth')).toBe('softhyphen zerowidth');
  });
});

suite('anchor: non-Latin text and surrogate pairs', () => {
  const UK =
    'Міністерство закордонних справ України висловило рішучий протест.\n\n' +
    'За даними відомства, примусова мобілізація на окупованих територіях порушує Женевську конвенцію.';

  it('anchors Ukrainian text exactly, moved and fuzzy', () => {
    const sel = at(UK, 'примусова мобілізація');
    expect(anchor(UK, sel)?.quality).toBe('exact');
    const moved = 'Київ, 2 жовтня.\n\n' + UK;
    expect(anchor(moved, sel)).toMatchObject({ exact: 'примусова мобілізація', quality: 'moved' });
    const changed = UK.replace('примусова мобілізація', 'примусову мобілізацію');
    expect(anchor(changed, sel)).toMatchObject({ exact: 'примусову мобілізацію', quality: 'fuzzy' });
  });

  it('never returns offsets inside a surrogate pair', () => {
    const text = 'Fans 🎉🎉 cheered as the team 🏆 won the final 🎉 last night.';
    const sel = at(text, 'team 🏆 won');
    const edited = text.replace('🏆', '🥇');
    const r = anchor(edited, sel)!;
    expect(r.exact).toBe('team 🥇 won');
    const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
    expect(isLow(edited.charCodeAt(r.start))).toBe(false);
    expect(isLow(edited.charCodeAt(r.end))).toBe(false);
    const emoji = at(text, '🏆');
    expect(anchor('Intro! ' + text, emoji)).toMatchObject({ exact: '🏆', quality: 'moved' });
  });
});

suite('anchorMany', () => {
  it('returns one result per id in the given order, with nulls for unusable selectors', () => {
    const list = [
      { id: 'c', selectors: at(ARTICLE, 'March') },
      { id: 'a', selectors: at(ARTICLE, 'council') },
      { id: 'bad', selectors: [] as Selector[] },
      { id: 'b', selectors: at(ARTICLE, 'libraries') },
    ];
    const out = anchorMany('Intro.\n\n' + ARTICLE, list);
    expect([...out.keys()]).toEqual(['c', 'a', 'bad', 'b']);
    expect(out.get('bad')).toBeNull();
    expect(out.get('a')).toMatchObject({ exact: 'council', quality: 'moved', start: ARTICLE.indexOf('council') + 8 });
  });

  it('agrees with anchor() one by one', () => {
    const edited = 'Intro.\n\n' + ARTICLE.replace('Tuesday', 'Wednesday').replace('4 percent', '5 percent');
    const list = ['council met', 'budget', 'rise by 4 percent', 'libraries', 'March'].map((q, i) => ({ id: i, selectors: at(ARTICLE, q) }));
    const many = anchorMany(edited, list);
    for (const item of list) {
      // same place and quality; the score's position term may differ (anchorMany corrects for drift)
      const { score: _s, ...one } = anchor(edited, item.selectors)!;
      expect(many.get(item.id)).toMatchObject(one);
    }
  });
});

suite('wordDiff', () => {
  it('marks changed words and keeps the rest', () => {
    expect(wordDiff('around 500,000 troops positioned', 'about 550,000 troops positioned')).toEqual([
      { op: 'del', text: 'around' },
      { op: 'ins', text: 'about' },
      { op: 'same', text: ' ' },
      { op: 'del', text: '500,000' },
      { op: 'ins', text: '550,000' },
      { op: 'same', text: ' troops positioned' },
    ]);
  });

  it('rebuilds both sides exactly', () => {
    const before = 'The “Foreign Ministre” reports, 1 October.';
    const after = 'The Foreign Ministry reported on 2 October…';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.op !== 'ins').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'del').map((p) => p.text).join('')).toBe(after);
  });

  it('handles identical and empty strings', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ op: 'same', text: 'same words' }]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'ins', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'del', text: 'old' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});

suite('anchor: closing punctuation (issue #11 report 5)', () => {
  const para = 'Meanwhile, the US-based Institute for the Study of War (ISW) noted that another wave of mobilization in Russia remains unlikely.';
  const edits: Array<[string, string]> = [
    ['noted that', 'said on Tuesday that'],
    ['Meanwhile, the', 'The'],
    [') noted', '), a think tank, noted'],
    ['remains unlikely', 'is unlikely'],
  ];
  for (const quote of ['Institute for the Study of War (ISW)', '(ISW)', 'War (ISW)']) {
    it(`"${quote}" keeps its ")" after edits elsewhere in its paragraph`, () => {
      const i = para.indexOf(quote);
      const selectors = describe(para, i, i + quote.length);
      for (const [from, to] of edits) expect(anchor(para.replace(from, to), selectors)?.exact, `${from} → ${to}`).toBe(quote);
    });
  }
});
