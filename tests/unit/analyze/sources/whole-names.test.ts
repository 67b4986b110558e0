// Pass "whole-names": caption labels are cut off, names widened to the whole capitalised name,
// and spans that still end inside one dropped. The table gives what the earlier passes found.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../../lib/analyze/context';
import { compileSources } from '../../../../lib/analyze/sources/compile';
import { PhraseReader } from '../../../../lib/analyze/sources/phrases';
import type { SourceCandidate, SourceContext } from '../../../../lib/analyze/sources/types';
import { wholeNames } from '../../../../lib/analyze/sources/whole-names';

function run(text: string, found: string[], lang = 'en'): string[] {
  const base = makeContext(text, { lang });
  const C = compileSources(base.lang, base.lex);
  const ctx: SourceContext = { ...base, C, np: new PhraseReader(base, C) };
  const spans: SourceCandidate[] = found.map((f) => {
    const start = text.indexOf(f);
    return { start, end: start + f.length, text: f, kind: 'attribution', name: '', sentence: 0 };
  });
  wholeNames.run(ctx, spans);
  return spans.map((s) => s.text);
}

const CASES: Array<[string, string[], string[]]> = [
  ['Image caption Eva-Marie Persson said the decision had been taken.', ['Image caption Eva-Marie Persson'], ['Eva-Marie Persson']],
  ['Media caption The minister said so.', ['Media caption'], []],
  ['It was reported by the New York Times, and the New York Times said so.', ['York Times'], ['New York Times']],
  ['Tariffs are weighing on the United States, and the United States said so.', ['the United'], []],
  ['Reuters Monday reported that Reuters Monday editions sold out.', ['Reuters'], ['Reuters']],
  ['Governor Ivan Fedorov said so.', ['Governor Ivan Fedorov'], ['Governor Ivan Fedorov']],
  // an editorial label opening a sentence names the outlet's note, not a source
  ['Correction added Nov. 18, 2019: The caption made an unconfirmed statement.', ['Correction'], []],
  ['Editor’s note: This story was updated after the ministry said so.', ['Editor’s note', 'the ministry'], ['the ministry']],
  ['Update: Police said the road was open.', ['Police'], ['Police']],
  ['The correction, the editors said, came late.', ['the editors'], ['the editors']],
  // a box's label run into its first sentence is cut off
  ['Summary Studies show that fasting may trigger binges.', ['Summary Studies'], ['Studies']],
  ['Summary: Police said the road was open.', ['Police'], ['Police']],
];

const OTHER: Array<[string, string, string[], string[]]> = [
  ['de', 'Korrektur: In einer früheren Fassung hieß es, das Amt habe geschwiegen.', ['Korrektur'], []],
  ['fr', 'Rectificatif : une version précédente indiquait autre chose, selon le ministère.', ['Rectificatif', 'le ministère'], ['le ministère']],
  ['uk', 'Виправлення: у попередній версії помилково вказано дату.', ['Виправлення'], []],
  ['ru', 'Исправление: в предыдущей версии ошибочно указана дата.', ['Исправление'], []],
];

describe('whole-names', () => {
  it.each(CASES)('%s', (text, found, want) => {
    expect(run(text, found)).toEqual(want);
  });
  it.each(OTHER)('%s: %s', (lang, text, found, want) => {
    expect(run(text, found, lang)).toEqual(want);
  });
});
