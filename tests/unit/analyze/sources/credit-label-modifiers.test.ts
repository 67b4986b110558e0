// Pass "credit-label-modifiers": a credit label after a modifier that starts its paragraph.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'The listing is due next Tuesday.\n\nMain image credit: Getty', ['Getty']],
  ['en', 'Shares rose.\n\nTop photo: Jane Doe/Reuters', ['Jane Doe/Reuters']],
  ['fr', 'Les prix montent.\n\nPhoto principale : AFP', []], // the label is not after the modifier: the credits pass's business
  ['uk', 'Ціни зросли.\n\nГоловне фото: Укренерго', ['Укренерго']],
  // not credits: the label inside a sentence, a modifier of three words, a capitalised second word
  ['en', 'He said the photo: a fake.', []],
  ['en', 'Prices rose.\n\nOur best top photo: Reuters', []],
  ['en', 'Prices rose.\n\nMain Photo: Reuters', []], // a capitalised label is the credits pass's
];

describe('credit-label-modifiers', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['credit-label-modifiers']))).toEqual(want);
  });
  it('keeps the label as the cue', () => {
    expect(sourcesOf('Done.\n\nMain image credit: Getty', 'en', ['credit-label-modifiers'])[0]).toMatchObject({ kind: 'credit', cue: 'image credit', text: 'Getty' });
  });
});
