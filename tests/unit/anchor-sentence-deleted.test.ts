// A short quote whose sentence is deleted must not move into the next sentence that begins (or
// goes on) with the same words. With 32 characters of context that deletion looks like an edit of
// the quote's own sentence (the prefix still agrees, the suffix does not), so records stored before
// session 16 keep re-attaching there; the longer context stored since records the next sentence
// beside the quote, and match.ts recognises it (recordedNeighbour). Found by deleting, on the
// anchoring-pages texts, each sentence that shares its first words with one of the next ones.
import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { anchor, DEFAULT_CONTEXT_LENGTH, describe, LEGACY_CONTEXT_LENGTH } from '../../lib/anchor';

const page = (id: string) => readFileSync(new URL(`../fixtures/anchor-pages/${id}/base.txt`, import.meta.url), 'utf8');
const BBC = page('en-bbc-obama');
const HEAT = page('en-heat-deaths');
const GUNS = "If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100. ";
const WHO = 'The World Health Organization estimates that heat caused at least 175,000 deaths a year in its European region from 2000 to 2019. ';

/** Annotate `quote` at the start of (or inside) `sentence` in `text`, then replace `sentence` with `by`. */
function reanchor(text: string, sentence: string, quote: string, by: string, ctx: number) {
  const s = text.indexOf(sentence);
  expect(s, 'fixture').toBeGreaterThanOrEqual(0);
  const i = s + sentence.indexOf(quote);
  const sel = describe(text, i, i + quote.length, ctx);
  const edited = text.slice(0, s) + by + text.slice(s + sentence.length);
  return { got: anchor(edited, sel), at: i };
}

suite('a quote whose sentence was deleted', () => {
  it('does not move into the next sentence that starts alike (long context)', () => {
    expect(reanchor(BBC, GUNS, 'look at the number', '', DEFAULT_CONTEXT_LENGTH).got).toBeNull();
    expect(reanchor(BBC, GUNS, 'If you look', '', DEFAULT_CONTEXT_LENGTH).got).toBeNull();
    expect(reanchor(HEAT, WHO, 'The', '', DEFAULT_CONTEXT_LENGTH).got).toBeNull();
  });

  it('still follows the quote when its sentence was only edited (long context)', () => {
    const edits: Array<[string, string, string, string]> = [
      [BBC, GUNS, 'look at the number', GUNS.replace("it's less than 100", 'it is fewer than a hundred')],
      [BBC, GUNS, 'If you look', GUNS.replace('If you look at the number of Americans killed', 'If you look at how many Americans died')],
      [HEAT, WHO, 'The', WHO.replace('estimates that heat caused', 'says heat caused')],
      [HEAT, WHO, 'The', 'The figures were revised again this year by the agency. '],
    ];
    for (const [text, sentence, quote, by] of edits) {
      const { got, at } = reanchor(text, sentence, quote, by, DEFAULT_CONTEXT_LENGTH);
      expect(got && [got.start, got.end], `${quote} / ${by}`).toEqual([at, at + quote.length]);
    }
  });

  it('a short quote stays at its own, unchanged place when the sentence after it is deleted (long context)', () => {
    // the review's case: the probe ("Friday. The central bank") fitted "… prices. The central bank"
    // in the stored suffix within its edits, and the only, exact candidate was refused
    const A = 'Inflation rose to 14% in March, the statistics office said on Friday. ';
    const B = 'Economists had expected a smaller rise after a winter of falling energy prices. ';
    const C = 'The central bank is to meet again next week to decide on rates.';
    for (const quote of ['Friday', 'Friday.', 'on Friday.', 'March']) {
      const text = A + B + C;
      const at = text.indexOf(quote);
      const got = anchor(A + C, describe(text, at, at + quote.length, DEFAULT_CONTEXT_LENGTH));
      expect(got && [got.start, got.end, got.quality], quote).toEqual([at, at + quote.length, 'exact']);
    }
  });

  it('records with 32 characters of context behave as before: the known wrong re-attachment', () => {
    // kept deliberately (no migration of stored records): context that short cannot tell this
    // deletion from an edit of the quote's sentence
    const guns = reanchor(BBC, GUNS, 'look at the number', '', LEGACY_CONTEXT_LENGTH);
    expect(guns.got?.exact).toBe('look at the number');
    expect(reanchor(HEAT, WHO, 'The', '', LEGACY_CONTEXT_LENGTH).got?.exact).toBe('The');
  });
});

/**
 * The table: on the four anchoring-pages texts and the robustness article, every word-aligned
 * phrase of 1-4 words (3+ characters) of a sentence that also occurs in a sentence starting within
 * 400 characters after it. Three edits each: the sentence deleted (any attachment is wrong: the
 * phrase is gone), one word after the phrase changed, and the rest of the sentence rewritten (both
 * must still find the phrase where it was; the rewrite may orphan it).
 */
function sentenceTable(contextLength: number) {
  const texts = [...['en-bbc-obama', 'de-zulieferer', 'uk-nbu-stavka', 'en-heat-deaths'].map(page), readFileSync(new URL('../fixtures/anchor/article.txt', import.meta.url), 'utf8')];
  const n = { deletedWrong: 0, deletedOrphaned: 0, nextDeletedCorrect: 0, nextDeletedWrong: 0, nextDeletedOrphaned: 0, editedCorrect: 0, editedWrong: 0, editedOrphaned: 0, rewrittenCorrect: 0, rewrittenWrong: 0, rewrittenOrphaned: 0 };
  const wrong: string[] = [];
  for (const text of texts) {
    const sentences: Array<[number, number]> = [];
    for (const m of text.matchAll(/[^\s][^.!?\n]*[.!?]["”»]?(?=\s|$)/g)) sentences.push([m.index, m.index + m[0].length]);
    for (let i = 0; i < sentences.length; i++) {
      const [s, e] = sentences[i];
      const words = text.slice(s, e).split(' ');
      for (let j = i + 1; j < sentences.length && sentences[j][0] - e < 400; j++) {
        const later = ` ${text.slice(sentences[j][0], sentences[j][1])} `;
        for (let a = 0; a < words.length; a++) {
          for (let k = 1; k <= 4 && a + k < words.length; k++) {
            const quote = words.slice(a, a + k).join(' ');
            if (quote.length < 3 || /^\W|\W$/.test(quote) || !later.includes(` ${quote} `)) continue;
            const at = s + (a > 0 ? words.slice(0, a).join(' ').length + 1 : 0);
            const sel = describe(text, at, at + quote.length, contextLength);
            const verdict = (got: ReturnType<typeof anchor>) => (!got ? 'Orphaned' : got.start === at && got.end === at + quote.length ? 'Correct' : 'Wrong');
            let cut = e;
            while (text[cut] === ' ') cut++;
            const deleted = anchor(text.slice(0, s) + text.slice(cut), sel);
            n[deleted ? 'deletedWrong' : 'deletedOrphaned']++;
            if (deleted) wrong.push(`deleted: ${JSON.stringify(quote)} → ${JSON.stringify(deleted.exact)}`);
            // the sentence after the quote's deleted instead: the quote is still where it was
            if (i + 1 < sentences.length) {
              let nextCut = sentences[i + 1][1];
              while (text[nextCut] === ' ') nextCut++;
              const v = verdict(anchor(text.slice(0, sentences[i + 1][0]) + text.slice(nextCut), sel));
              n[`nextDeleted${v}`]++;
              if (v !== 'Correct') wrong.push(`next deleted: ${JSON.stringify(quote)} ${v}`);
            }
            const rest = text.slice(at + quote.length, e);
            const word = rest.match(/\p{L}{4,}/u);
            if (word) {
              const v = verdict(anchor(text.slice(0, at + quote.length) + rest.replace(word[0], `${word[0].slice(0, -1)}x`) + text.slice(e), sel));
              n[`edited${v}`]++;
              if (v === 'Wrong') wrong.push(`edited: ${JSON.stringify(quote)}`);
            }
            const v = verdict(anchor(`${text.slice(0, at + quote.length)} had nothing further to add on the matter today.${text.slice(e)}`, sel));
            n[`rewritten${v}`]++;
            if (v === 'Wrong') wrong.push(`rewritten: ${JSON.stringify(quote)}`);
          }
        }
      }
    }
  }
  return { n, wrong };
}

suite('sentence-deletion table', () => {
  it('long context: no deleted sentence passes its note on; edited ones keep theirs', { timeout: 60_000 }, () => {
    const old = sentenceTable(LEGACY_CONTEXT_LENGTH);
    const now = sentenceTable(DEFAULT_CONTEXT_LENGTH);
    console.log(`[anchor sentences] context ${LEGACY_CONTEXT_LENGTH}: ${JSON.stringify(old.n)}\n[anchor sentences] context ${DEFAULT_CONTEXT_LENGTH}: ${JSON.stringify(now.n)}`);
    expect(now.wrong).toEqual([]);
    // the long context refuses attachments only: every edited or rewritten sentence that the short
    // context followed is still followed
    expect(now.n.editedCorrect).toBeGreaterThanOrEqual(old.n.editedCorrect);
    expect(now.n.rewrittenCorrect).toBeGreaterThanOrEqual(old.n.rewrittenCorrect);
    // measured at session 16 (428 deletions): 27 wrong with 32 characters of context — records
    // stored that way keep that behaviour; this bounds it
    expect(old.n.deletedWrong).toBeLessThanOrEqual(27);
  });
});
